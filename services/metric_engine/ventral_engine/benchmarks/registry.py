"""The benchmarks this engine serves, by identifier (identifiers are part of the public API).

Each family module exposes `FACTORIES: dict[str, Callable[[], Benchmark]]`; this module
merges them explicitly, so adding a family means adding it to `_FAMILIES` below.
An operator can make an engine serve only some benchmarks by listing their identifiers,
comma-separated, in `VENTRAL_BENCHMARKS`.
"""

from __future__ import annotations

import difflib
import os
from functools import lru_cache
from typing import Callable

from . import behavioral_catalog, neural_catalog
from .base import Benchmark

_FAMILIES = (neural_catalog, behavioral_catalog)


def _merge() -> dict[str, Callable[[], Benchmark]]:
    merged: dict[str, Callable[[], Benchmark]] = {}
    for family in _FAMILIES:
        for identifier, factory in family.FACTORIES.items():
            if identifier in merged:
                raise ValueError(f"benchmark {identifier!r} is defined twice ({family.__name__})")
            merged[identifier] = factory
    return merged


def _served(factories: dict[str, Callable[[], Benchmark]]) -> dict[str, Callable[[], Benchmark]]:
    selected = [name.strip() for name in os.environ.get("VENTRAL_BENCHMARKS", "").split(",") if name.strip()]
    if not selected:
        return factories
    unknown = [name for name in selected if name not in factories]
    if unknown:
        raise ValueError(f"VENTRAL_BENCHMARKS names unknown benchmarks {unknown}; known: {sorted(factories)}")
    return {name: factories[name] for name in selected}


FACTORIES = _served(_merge())


@lru_cache(maxsize=None)
def get(identifier: str) -> Benchmark:
    """Return the benchmark named `identifier`; KeyError names close matches."""
    factory = FACTORIES.get(identifier)
    if factory is None:
        close = difflib.get_close_matches(identifier, FACTORIES, n=3)
        hint = f"; did you mean {close}?" if close else ""
        raise KeyError(f"unknown benchmark {identifier!r}{hint} List them with `ventral benchmarks`.")
    return factory()


def all_benchmarks() -> list[Benchmark]:
    return [get(identifier) for identifier in FACTORIES]
