"""Benchmark interface: what every benchmark declares, and the base class of neural benchmarks on Gram matrices."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Callable

from ventral.stimuli import StimulusSet

from ..activation_store import ActivationStore, LayerGram
from ..metrics.score import Score

# progress(stage, done, total, message)
ProgressCallback = Callable[[str, int, int, str], None]


@dataclass
class ModelInfo:
    """Model facts the engine reads from the runner's DescribeModel."""

    identifier: str
    content_digest: str
    layers: list[str]
    layer_features: dict[str, int]
    field_of_view_degrees: float
    imagenet_head: str | None = None
    behavioral_readout_layer: str | None = None
    runtime_versions: dict[str, str] = field(default_factory=dict)
    # Input size and normalization as the runner describes them; part of activation cache keys.
    preprocessing: str = ""


@dataclass
class BenchmarkResult:
    """A benchmark's verdict on one model; `layers` maps layer name to that layer's Score."""

    score: Score
    layer: str | None = None
    layers: dict[str, Score] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)


class Benchmark(ABC):
    """A benchmark: a stimulus set, the data it is compared with, and a metric.

    `version` changes whenever the data, the split or the procedure changes, so
    stored scores name exactly what produced them.
    """

    identifier: str
    version: str
    region: str
    kind: str
    stimulus_degrees: float
    has_ceiling: bool = True
    ceiling_formula: str = ""
    description: str = ""

    def availability(self) -> tuple[bool, str]:
        """Return (True, "") when the data can be loaded, else (False, the reason and the fix)."""
        return True, ""

    def limited(self, stimulus_limit: int) -> "Benchmark":
        """Return this benchmark restricted to its first `stimulus_limit` stimuli (sorted by stimulus_id)."""
        raise ValueError(f"benchmark {self.identifier!r} cannot be scored on a subset; drop stimulus_limit")

    @abstractmethod
    def stimulus_set(self) -> StimulusSet:
        """Return the images the model is shown."""

    @abstractmethod
    def layers_to_run(self, model: ModelInfo, requested: list[str]) -> list[str]:
        """Return the model layers whose activations this benchmark needs."""

    @abstractmethod
    def score(self, model: ModelInfo, store: ActivationStore, layers: list[str],
              progress: ProgressCallback) -> BenchmarkResult:
        """Score the model from the activations in `store` (rows sorted by stimulus_id)."""


class GramLayerBenchmark(Benchmark):
    """A neural benchmark that scores each layer from its Gram matrix and reports the best layer."""

    def layers_to_run(self, model: ModelInfo, requested: list[str]) -> list[str]:
        layers = requested or model.layers
        unknown = [layer for layer in layers if layer not in model.layer_features]
        if unknown:
            raise ValueError(f"unknown layers {unknown} for model {model.identifier!r}; "
                             f"choose from {model.layers}")
        return list(layers)

    @abstractmethod
    def score_layer(self, gram: LayerGram) -> Score:
        """Score one layer; the Score carries raw, ceiling and ceiled values."""

    def score(self, model: ModelInfo, store: ActivationStore, layers: list[str],
              progress: ProgressCallback) -> BenchmarkResult:
        per_layer: dict[str, Score] = {}
        for index, layer in enumerate(layers):
            progress("scoring layers", index, len(layers), layer)
            per_layer[layer] = self.score_layer(store.gram(layer))
        progress("scoring layers", len(layers), len(layers), "")
        best = max(per_layer, key=lambda name: _rank_value(per_layer[name]))
        return BenchmarkResult(score=per_layer[best], layer=best, layers=per_layer)


def _rank_value(score: Score) -> float:
    value = score.ceiled if score.ceiled is not None else score.raw
    return -math.inf if value is None or math.isnan(value) else value
