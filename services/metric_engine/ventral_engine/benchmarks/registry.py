"""The benchmarks this engine serves, by identifier (identifiers are part of the public API).

Each family module exposes `FACTORIES: dict[str, Callable[[], Benchmark]]`; this module
merges them explicitly, so adding a family means adding it to `_FAMILIES` below.
"""

from __future__ import annotations

import difflib
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


FACTORIES = _merge()


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
