"""Layer-to-region commitment: pick a model layer per region on public data, then score it on private data.

For each region, every candidate layer is scored on the region's selection benchmark with its activations
reduced to at most 1000 principal components, fitted on a fixed set of 1000 natural images (`selection`).
Layers with at most 1000 features pass unchanged. The layer with the best ceiled score (raw where the
benchmark has no ceiling) is committed, and the region's scoring benchmarks then score the committed
layer's full activations on images that no selection benchmark shows.

Region -> selection benchmark -> scoring benchmarks:

- V1: Algonauts2019public.EVC-rdm (early visual cortex fMRI, public half of the 92 images)
  -> Algonauts2019.EVC-rdm.
- V4: Cowley2023public.V4-pls (11 Cowley 2023 sessions, PLS per session)
  -> Cowley2023.V4-pls, and MajajHong2015.V4-pls when its official files are present.
- IT: Algonauts2019public.IT-rdm (IT fMRI, public half of the 92 images)
  -> Algonauts2019.IT-rdm, Kriegeskorte2008.IT-rdm, Kiani2007.IT-rdm, and MajajHong2015.IT-pls when
  its official files are present.

The 92-image benchmarks select on fMRI RDMs because that is the region-specific public data in the
mirror for V1 and IT. A Commitment is cached as JSON under ``cache_root()/commitments/``, keyed by the
model's content digest, the selection benchmark and its version, the PCA reduction and the candidate
layers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ventral import config
from ventral.fetch import write_atomically

from .benchmarks import registry
from .benchmarks.base import Benchmark, BenchmarkResult, GramLayerBenchmark, ModelInfo, ProgressCallback
from .benchmarks.neural_catalog import best_layer_result
from .gram_cache import GramCache, GramSource, layer_grams
from .metrics.score import Score
from .selection import ReducedGramSource

logger = logging.getLogger(__name__)

REGIONS = ("V1", "V4", "IT")
SELECTION_BENCHMARKS = {
    "V1": "Algonauts2019public.EVC-rdm",
    "V4": "Cowley2023public.V4-pls",
    "IT": "Algonauts2019public.IT-rdm",
}
SCORING_BENCHMARKS = {
    "V1": ("Algonauts2019.EVC-rdm",),
    "V4": ("Cowley2023.V4-pls", "MajajHong2015.V4-pls"),
    "IT": ("Algonauts2019.IT-rdm", "Kriegeskorte2008.IT-rdm", "Kiani2007.IT-rdm", "MajajHong2015.IT-pls"),
}
# Bump when the JSON layout or the selection procedure changes, so that cached commitments are recomputed.
_FORMAT = 1
SELECTED = "selection"
OVERRIDE = "override"


@dataclass
class Commitment:
    """The layer committed to a region, and how it was chosen.

    Attributes:
        region: "V1", "V4" or "IT".
        layer: the committed layer.
        model, model_digest: the model's identifier and content digest.
        selection_benchmark, selection_benchmark_version: the benchmark the layer was selected on.
        candidate_layers: the layers that were scored, in order (ties go to the first).
        selection_scores: per candidate layer, the selection Score as a dict (`Score.to_dict`).
        layer_errors: per candidate layer that could not be scored, the error message.
        reduction: the PCA reduction (version, number of components, fit images and their degrees).
        source: "selection", or "override" when the user named the layer (then no selection ran).
        selection_s: seconds the selection took when it ran (0 for an overridden commitment).
        reused: True when the commitment was read from the cache instead of being selected now.
    """

    region: str
    layer: str
    model: str
    model_digest: str
    selection_benchmark: str
    selection_benchmark_version: str
    candidate_layers: list[str]
    selection_scores: dict[str, dict] = field(default_factory=dict)
    layer_errors: dict[str, str] = field(default_factory=dict)
    reduction: dict[str, Any] = field(default_factory=dict)
    source: str = SELECTED
    selection_s: float = 0.0
    reused: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "Commitment":
        return cls(**values)

    def summary(self) -> dict[str, Any]:
        """Return the facts stored beside each score: region, layer, source and the selection benchmark."""
        return {
            "region": self.region,
            "layer": self.layer,
            "source": self.source,
            "reused": self.reused,
            "selection_benchmark": self.selection_benchmark,
            "selection_benchmark_version": self.selection_benchmark_version,
            "reduction": self.reduction,
        }


def _check_region(region: str) -> str:
    if region not in REGIONS:
        raise ValueError(f"unknown region {region!r}; use one of {', '.join(REGIONS)}")
    return region


def selection_benchmark(region: str) -> Benchmark:
    """Return the selection benchmark of `region`."""
    return registry.get(SELECTION_BENCHMARKS[_check_region(region)])


def scoring_benchmarks(region: str) -> list[Benchmark]:
    """Return the scoring benchmarks of `region` whose data are available, in the documented order."""
    available = []
    for identifier in SCORING_BENCHMARKS[_check_region(region)]:
        if identifier not in registry.FACTORIES:
            logger.info("region %s: %s is not served by this engine (VENTRAL_BENCHMARKS)", region, identifier)
            continue
        benchmark = registry.get(identifier)
        ok, reason = benchmark.availability()
        if ok:
            available.append(benchmark)
        else:
            logger.info("region %s: skipping unavailable scoring benchmark %s: %s", region, identifier,
                        reason.splitlines()[0] if reason else "")
    return available


def default_candidate_layers(model: ModelInfo) -> list[str]:
    """Return the model's candidate layers (those the runner marks as candidates), in its order."""
    return list(model.layers)


def score_benchmark_layers(benchmark: Benchmark, layers: list[str], gram_source: GramSource,
                           progress: ProgressCallback, skip_failed_layers: bool = False) -> BenchmarkResult:
    """Score `layers` on `benchmark` from the Grams that `gram_source` returns, and pick the best layer.

    With `skip_failed_layers`, a layer whose scoring raises ValueError (e.g. a layer with a constant
    response, whose RDM is undefined) is reported in `details["layer_errors"]` instead of stopping the run.
    """
    score_from_grams = getattr(benchmark, "score_from_grams", None)
    if score_from_grams is not None:
        return score_from_grams(gram_source, layers, progress, skip_failed_layers)
    if not isinstance(benchmark, GramLayerBenchmark):
        raise TypeError(f"benchmark {benchmark.identifier!r} does not score layers from Gram matrices")

    grams = gram_source(benchmark.stimulus_set(), benchmark.stimulus_degrees, layers)
    per_layer: dict[str, Score] = {}
    errors: dict[str, str] = {}
    for index, layer in enumerate(layers):
        progress("scoring layers", index, len(layers), layer)
        try:
            per_layer[layer] = benchmark.score_layer(grams[layer])
        except ValueError as error:
            if not skip_failed_layers:
                raise
            errors[layer] = str(error)
    progress("scoring layers", len(layers), len(layers), "")
    return best_layer_result(per_layer, errors)


def _cache_path(key: dict[str, Any]) -> Path:
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode("utf-8")).hexdigest()
    return config.cache_root() / "commitments" / f"{digest}.json"


def _read_cached(path: Path, key: dict[str, Any]) -> Commitment | None:
    if not path.is_file():
        return None
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("key") != key:
            logger.warning("ignoring cached commitment %s: written for another key", path)
            return None
        return Commitment.from_dict(stored["commitment"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        logger.warning("ignoring unreadable cached commitment %s: %s", path, error)
        return None


def commit_layer(runner, model_info: ModelInfo, region: str, progress: ProgressCallback,
                 candidate_layers: Sequence[str] | None = None, *, batch_size: int = 64,
                 selection: Benchmark | None = None, reduced_grams: ReducedGramSource | None = None,
                 gram_cache: GramCache | None = None, use_cache: bool = True) -> Commitment:
    """Commit the best candidate layer of `model_info` to `region` on the region's selection benchmark.

    Args:
        runner: a `RunnerClient`, or any object with its `stream_activations` method.
        model_info: the model, as the runner describes it.
        region: "V1", "V4" or "IT".
        progress: progress(stage, done, total, message) callback.
        candidate_layers: layers to choose from; default `default_candidate_layers`.
        batch_size: images per runner batch.
        selection: the selection benchmark; default the region's (`SELECTION_BENCHMARKS`).
        reduced_grams: the PCA-reduced Gram source to use, e.g. one shared by several regions so that the
            fit images run once; by default one is created here and closed at the end.
        gram_cache: the Gram cache for a new `reduced_grams`; default `gram_cache.default_cache()`.
        use_cache: read and write the commitment JSON cache.
    """
    _check_region(region)
    layers = list(candidate_layers) if candidate_layers else default_candidate_layers(model_info)
    unknown = [layer for layer in layers if layer not in model_info.layer_features]
    if unknown:
        raise ValueError(f"unknown candidate layers {unknown} for model {model_info.identifier!r}; "
                         f"choose from {model_info.layers}")
    benchmark = selection if selection is not None else selection_benchmark(region)
    available, reason = benchmark.availability()
    if not available:
        raise LookupError(f"selection benchmark {benchmark.identifier!r} is unavailable: {reason}")

    owned = reduced_grams is None
    source = reduced_grams or ReducedGramSource(runner, model_info, layers, batch_size=batch_size,
                                                progress=progress, cache=gram_cache)
    try:
        key = {"format": _FORMAT, "model_digest": model_info.content_digest, "region": region,
               "selection_benchmark": benchmark.identifier, "selection_benchmark_version": benchmark.version,
               "reduction": source.variant, "candidate_layers": layers,
               "preprocessing": model_info.preprocessing, "field_of_view_degrees": model_info.field_of_view_degrees}
        cacheable = use_cache and bool(model_info.content_digest)
        path = _cache_path(key)
        if cacheable:
            cached = _read_cached(path, key)
            if cached is not None:
                cached.reused = True
                logger.info("commitment of %s to %s read from cache: %s", model_info.identifier, region, cached.layer)
                return cached

        started = time.monotonic()
        logger.info("committing %s to %s: %d candidate layers on %s", model_info.identifier, region, len(layers),
                    benchmark.identifier)
        result = score_benchmark_layers(benchmark, layers, source, progress, skip_failed_layers=True)
        commitment = Commitment(
            region=region,
            layer=result.layer,
            model=model_info.identifier,
            model_digest=model_info.content_digest,
            selection_benchmark=benchmark.identifier,
            selection_benchmark_version=benchmark.version,
            candidate_layers=layers,
            selection_scores={layer: score.to_dict() for layer, score in result.layers.items()},
            layer_errors=dict(result.details.get("layer_errors", {})),
            reduction=source.describe(),
            selection_s=round(time.monotonic() - started, 3),
        )
        logger.info("committed %s to %s: layer %s (%.1f s, %d layers failed)", model_info.identifier, region,
                    commitment.layer, commitment.selection_s, len(commitment.layer_errors))
        if cacheable:
            with write_atomically(path) as temporary:
                temporary.write_text(json.dumps({"key": key, "commitment": commitment.to_dict()}, allow_nan=False),
                                     encoding="utf-8")
        return commitment
    finally:
        if owned:
            source.close()


def commit_layers(runner, model_info: ModelInfo, regions: Sequence[str], progress: ProgressCallback,
                  candidate_layers: Sequence[str] | None = None, *, batch_size: int = 64,
                  gram_cache: GramCache | None = None) -> dict[str, Commitment]:
    """Commit a layer to each of `regions`, running the PCA fit images through the model at most once."""
    layers = list(candidate_layers) if candidate_layers else default_candidate_layers(model_info)
    with ReducedGramSource(runner, model_info, layers, batch_size=batch_size, progress=progress,
                           cache=gram_cache) as source:
        return {region: commit_layer(runner, model_info, region, progress, layers, batch_size=batch_size,
                                     reduced_grams=source)
                for region in regions}


def overridden_commitment(model_info: ModelInfo, region: str, layer: str,
                          selection: Benchmark | None = None) -> Commitment:
    """Return a Commitment of the user's `layer` to `region`, without running the selection."""
    _check_region(region)
    if layer not in model_info.layer_features:
        raise ValueError(f"committed layer {layer!r} is not a layer of model {model_info.identifier!r}; "
                         f"choose from {model_info.layers}")
    benchmark = selection if selection is not None else selection_benchmark(region)
    return Commitment(region=region, layer=layer, model=model_info.identifier, model_digest=model_info.content_digest,
                      selection_benchmark=benchmark.identifier, selection_benchmark_version=benchmark.version,
                      candidate_layers=[layer], source=OVERRIDE)


def score_region(runner, model_info: ModelInfo, region: str, progress: ProgressCallback,
                 committed_layer: str | None = None, batch_size: int = 64, *,
                 scoring: Sequence[Benchmark] | None = None, selection: Benchmark | None = None,
                 candidate_layers: Sequence[str] | None = None, reduced_grams: ReducedGramSource | None = None,
                 gram_cache: GramCache | None = None) -> tuple[Commitment, list[dict]]:
    """Commit a layer to `region` (or take `committed_layer`) and score it on the region's scoring benchmarks.

    Each scoring benchmark scores the committed layer's full activations (no PCA). Benchmarks that show the
    same images at the same size share one Gram through the Gram cache. `scoring`, `selection`,
    `candidate_layers`, `reduced_grams` and `gram_cache` override the defaults of `commit_layer` and
    `scoring_benchmarks`.

    Returns:
        (commitment, results): one result dict per available scoring benchmark, shaped like
        `scoring.result_dict`, with the commitment in ``details["commitment"]``.
    """
    from .scoring import result_dict  # scoring imports the gRPC client; load it only when results are built

    _check_region(region)
    if committed_layer:
        commitment = overridden_commitment(model_info, region, committed_layer, selection)
    else:
        commitment = commit_layer(runner, model_info, region, progress, candidate_layers, batch_size=batch_size,
                                  selection=selection, reduced_grams=reduced_grams, gram_cache=gram_cache)
    benchmarks = list(scoring) if scoring is not None else scoring_benchmarks(region)
    results = []
    for benchmark in benchmarks:
        started = time.monotonic()
        progress("scoring", 0, 1, benchmark.identifier)
        grams = layer_grams(runner, model_info, benchmark.stimulus_set(), benchmark.stimulus_degrees,
                            [commitment.layer], batch_size=batch_size, progress=progress, cache=gram_cache)
        activations_s = time.monotonic() - started
        if not isinstance(benchmark, GramLayerBenchmark):
            raise TypeError(f"scoring benchmark {benchmark.identifier!r} does not score a layer from its Gram matrix")
        score = benchmark.score_layer(grams[commitment.layer])
        result = BenchmarkResult(score=score, layer=commitment.layer, layers={commitment.layer: score},
                                 details={"commitment": commitment.summary()})
        results.append(result_dict(benchmark, model_info, result, activations_s, time.monotonic() - started))
        progress("scoring", 1, 1, benchmark.identifier)
        logger.info("scored %s layer %s on %s: raw %.4f", model_info.identifier, commitment.layer,
                    benchmark.identifier, score.raw)
    return commitment, results
