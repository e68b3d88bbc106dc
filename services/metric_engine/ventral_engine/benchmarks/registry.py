"""The benchmarks this engine serves, by identifier (identifiers are part of the public API)."""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Callable

from ventral.datasets import cowley2023

from .base import Benchmark
from .neural import RegressionBenchmark


def _cowley2023_v4() -> Benchmark:
    session = cowley2023.SCORING_SESSION
    return RegressionBenchmark(
        identifier="Cowley2023.V4-pls",
        version="1",
        region="V4",
        stimulus_degrees=cowley2023.STIMULUS_DEGREES,
        load_stimuli=lambda: cowley2023.load_stimulus_set(session),
        load_assembly=lambda: cowley2023.load_assembly(session),
        description=f"Cowley et al. 2023 macaque V4, session {session}: 640 images, single trials; "
                    "PLS (25 components) predictivity, split-half ceiling",
    )


FACTORIES: dict[str, Callable[[], Benchmark]] = {
    "Cowley2023.V4-pls": _cowley2023_v4,
}


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
