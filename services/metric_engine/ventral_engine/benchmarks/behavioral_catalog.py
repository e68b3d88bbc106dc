"""Behavioral benchmarks on the mirrored human trials."""

from __future__ import annotations

from typing import Callable

from .base import Benchmark

FACTORIES: dict[str, Callable[[], Benchmark]] = {}
