"""Score one model on one benchmark: stream activations from a runner, then apply the benchmark."""

from __future__ import annotations

import json
import logging
import math
import threading
import time

import numpy as np

from ventral.v1 import model_runner_pb2 as runner_pb

from . import feature_cache
from .activation_store import ActivationStore, scratch_directory
from .feature_cache import FeatureCache
from .benchmarks.base import Benchmark, BenchmarkResult, ModelInfo, ProgressCallback
from .runner_client import RunnerClient

logger = logging.getLogger(__name__)


def engine_versions() -> dict[str, str]:
    """Return the versions of the engine and its numeric libraries, stored with every score."""
    import scipy
    import sklearn

    import ventral

    return {"ventral": ventral.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__}


def model_info(description: runner_pb.ModelDescription) -> ModelInfo:
    return ModelInfo(
        identifier=description.model,
        content_digest=description.content_digest,
        layers=[layer.name for layer in description.layers if layer.candidate],
        layer_features={layer.name: int(layer.num_features) for layer in description.layers},
        field_of_view_degrees=description.field_of_view_degrees,
        imagenet_head=description.imagenet_head or None,
        behavioral_readout_layer=description.behavioral_readout_layer or None,
        runtime_versions=dict(description.runtime_versions),
        preprocessing=description.preprocessing,
    )


def collect_activations(runner: RunnerClient, model: ModelInfo, benchmark: Benchmark, layers: list[str],
                        batch_size: int, progress: ProgressCallback,
                        cache: FeatureCache | None = None) -> ActivationStore:
    """Fill a new ActivationStore (rows sorted by stimulus_id) with the benchmark's activations.

    Narrow layers found in the feature cache are read from it. The runner computes the others,
    and the narrow ones among them are added to the cache.
    """
    cache = cache or feature_cache.default_cache()
    stimuli = benchmark.stimulus_set()
    stimulus_ids = sorted(stimuli.stimulus_ids)
    store = ActivationStore(stimulus_ids, scratch_directory())
    try:
        keys = {layer: cache.key(model, stimuli, benchmark.stimulus_degrees, layer)
                for layer in layers if cache.cacheable(model, layer)}
        missing = []
        for layer in layers:
            values = cache.load(keys[layer], len(stimulus_ids)) if layer in keys else None
            if values is None:
                missing.append(layer)
            else:
                store.add_chunk(layer, stimulus_ids, 0, values.shape[1], values)
        if missing:
            _stream(runner, model, benchmark, stimuli, stimulus_ids, missing, batch_size, progress, store)
            for layer in missing:
                if layer in keys:
                    cache.save(keys[layer], store.features(layer))
        else:
            progress("activations", len(stimulus_ids), len(stimulus_ids), "read from the activation cache")
    except BaseException:
        store.close()
        raise
    return store


def _stream(runner: RunnerClient, model: ModelInfo, benchmark: Benchmark, stimuli, stimulus_ids: list[str],
            layers: list[str], batch_size: int, progress: ProgressCallback, store: ActivationStore) -> None:
    total = len(stimulus_ids)
    images_done = 0
    progress("activations", 0, total, f"{len(layers)} layers")
    images = ((stimulus_id, stimuli.image_bytes(stimulus_id)) for stimulus_id in stimulus_ids)
    for chunk in runner.stream_activations(model.identifier, layers, benchmark.stimulus_degrees, images, batch_size):
        values = np.frombuffer(chunk.data, dtype="<f4").reshape(len(chunk.stimulus_ids), chunk.num_features)
        store.add_chunk(chunk.layer, list(chunk.stimulus_ids), chunk.feature_offset, chunk.layer_num_features, values)
        # A chunk of the last requested layer ending at its last feature completes a runner batch.
        if chunk.layer == layers[-1] and chunk.feature_offset + chunk.num_features == chunk.layer_num_features:
            images_done += len(chunk.stimulus_ids)
            progress("activations", min(images_done, total), total, "")


def score(benchmark: Benchmark, runner: RunnerClient, model_identifier: str, layers: list[str],
          batch_size: int, progress: ProgressCallback) -> dict:
    """Run the whole scoring and return a JSON-ready result dict."""
    started = time.monotonic()
    available, reason = benchmark.availability()
    if not available:
        raise LookupError(f"benchmark {benchmark.identifier!r} is unavailable: {reason}")
    progress("describing model", 0, 1, model_identifier)
    model = model_info(runner.describe(model_identifier))
    layers = benchmark.layers_to_run(model, layers)
    store = collect_activations(runner, model, benchmark, layers, batch_size or 64, progress)
    activations_s = time.monotonic() - started
    with store:
        result = benchmark.score(model, store, layers, progress)
    return result_dict(benchmark, model, result, activations_s, time.monotonic() - started)


def result_dict(benchmark: Benchmark, model: ModelInfo, result: BenchmarkResult,
                activations_s: float, total_s: float) -> dict:
    score = result.score
    return {
        "model": model.identifier,
        "benchmark": benchmark.identifier,
        "benchmark_version": benchmark.version,
        "raw": _number(score.raw),
        "ceiling": _number(score.ceiling),
        "ceiled": _number(score.ceiled),
        "error": _number(score.error),
        "layer": result.layer or "",
        "layers": {name: layer_score.to_dict() for name, layer_score in result.layers.items()},
        "model_digest": model.content_digest,
        "details": {
            "score": score.to_dict(),
            "ceiling_formula": benchmark.ceiling_formula,
            "region": benchmark.region,
            "stimulus_degrees": benchmark.stimulus_degrees,
            "timing_s": {"activations": round(activations_s, 3), "total": round(total_s, 3)},
            "versions": {"engine": engine_versions(), "runner": model.runtime_versions},
            **result.details,
        },
    }


def _number(value) -> float:
    return math.nan if value is None else float(value)


def dumps(value: dict) -> str:
    return json.dumps(value, allow_nan=False, default=str)


class _FitSetReuse:
    """Keeps the last model's PCA fit activations between region calls of one engine process.

    A whole-model job commits V1, V4 and IT in three calls; without this, each call would run
    the 1000 fit images through the model again. Only one source is kept (its fit activations
    can take gigabytes of scratch disk), and a source in use by one call is not shared.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._source = None
        self._busy = False

    def acquire(self, runner, model: ModelInfo, layers: list[str], batch_size: int, progress: ProgressCallback):
        from .selection import ReducedGramSource

        key = (model.content_digest, model.preprocessing, model.field_of_view_degrees, tuple(layers), batch_size)
        with self._lock:
            if self._busy or not model.content_digest:
                return ReducedGramSource(runner, model, layers, batch_size=batch_size, progress=progress), False
            if self._key != key:
                if self._source is not None:
                    self._source.close()
                self._source = ReducedGramSource(runner, model, layers, batch_size=batch_size, progress=progress)
                self._key = key
            self._busy = True
            # The kept source streams through this call's runner connection and reports to its progress.
            self._source.runner = runner
            self._source.progress = progress
            return self._source, True

    def release(self, source, shared: bool) -> None:
        if not shared:
            source.close()
            return
        with self._lock:
            self._busy = False


_fit_sets = _FitSetReuse()


def score_region(runner: RunnerClient, model_identifier: str, region: str, progress: ProgressCallback,
                 committed_layer: str | None, candidate_layers: list[str], batch_size: int) -> tuple[dict, list[dict]]:
    """Commit a layer for `region` (or use `committed_layer`) and score the region's scoring benchmarks."""
    from .commitment import default_candidate_layers, score_region as commit_and_score

    progress("describing model", 0, 1, model_identifier)
    model = model_info(runner.describe(model_identifier))
    layers = candidate_layers or default_candidate_layers(model)
    source, shared = _fit_sets.acquire(runner, model, layers, batch_size or 64, progress)
    try:
        commitment, results = commit_and_score(runner, model, region, progress, committed_layer=committed_layer,
                                               candidate_layers=layers, batch_size=batch_size or 64,
                                               reduced_grams=source)
    finally:
        _fit_sets.release(source, shared)
    return commitment_dict(commitment), results


def commitment_dict(commitment) -> dict:
    if isinstance(commitment, dict):
        return commitment
    return {
        "region": commitment.region,
        "layer": commitment.layer,
        "selection_benchmark": commitment.selection_benchmark,
        "selection_benchmark_version": commitment.selection_benchmark_version,
        # The wire field `reused` covers both a cached commitment and a layer the user named.
        "reused": bool(getattr(commitment, "reused", False)) or getattr(commitment, "source", "") == "override",
        "selection_scores": getattr(commitment, "selection_scores", {}),
    }
