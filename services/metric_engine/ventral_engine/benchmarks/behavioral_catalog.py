"""Behavioral benchmarks on the mirrored human trials (and on official files where the mirror has none)."""

from __future__ import annotations

from typing import Callable

from ventral.datasets import geirhos2021

from .base import Benchmark
from .behavioral import (
    Geirhos2021ErrorConsistency,
    Geirhos2021ShapeBias,
    Geirhos2021Top1,
    Mur2013JudgmentsRDM,
    Rajalingham2018I2n,
)


def _geirhos_factories() -> dict[str, Callable[[], Benchmark]]:
    factories: dict[str, Callable[[], Benchmark]] = {}
    for experiment in geirhos2021.EXPERIMENTS:
        for benchmark_class in (Geirhos2021ErrorConsistency, Geirhos2021Top1):
            identifier = f"Geirhos2021{experiment.replace('-', '')}-{benchmark_class.measure}"
            factories[identifier] = lambda cls=benchmark_class, name=experiment: cls(name)
    factories["Geirhos2021cueconflict-shape_bias"] = lambda: Geirhos2021ShapeBias("cue-conflict")
    return factories


FACTORIES: dict[str, Callable[[], Benchmark]] = {
    **_geirhos_factories(),
    "Mur2013.judgments-rdm": Mur2013JudgmentsRDM,
    "Rajalingham2018-i2n": Rajalingham2018I2n,
}
