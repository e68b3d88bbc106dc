"""Gateway settings, read from environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ventral.config import cache_root


def _addresses(name: str, default: str) -> list[str]:
    return [address.strip() for address in os.environ.get(name, default).split(",") if address.strip()]


@dataclass
class Settings:
    """Gateway configuration: its database and the services it schedules on.

    VENTRAL_DB: SQLite file (default <cache>/gateway.sqlite3).
    VENTRAL_ENGINE_ADDRESSES / VENTRAL_RUNNER_ADDRESSES: comma-separated host:port lists.
    VENTRAL_SLOTS_PER_ENGINE: jobs one metric engine runs at once (default 1).
    VENTRAL_UNAVAILABLE_WAIT_S: seconds a job step waits for an unreachable engine or runner (default 300).
    """

    database: Path = field(default_factory=lambda: Path(os.environ.get("VENTRAL_DB", cache_root() / "gateway.sqlite3")))
    engine_addresses: list[str] = field(default_factory=lambda: _addresses("VENTRAL_ENGINE_ADDRESSES", "127.0.0.1:50052"))
    runner_addresses: list[str] = field(default_factory=lambda: _addresses("VENTRAL_RUNNER_ADDRESSES", "127.0.0.1:50051"))
    slots_per_engine: int = field(default_factory=lambda: int(os.environ.get("VENTRAL_SLOTS_PER_ENGINE", "1")))
    unavailable_wait_s: float = field(default_factory=lambda: float(os.environ.get("VENTRAL_UNAVAILABLE_WAIT_S", "300")))
