"""Cache of per-layer Gram matrices, so benchmarks that show a model the same images share activations.

A `LayerGram` (K = X X^T, the row sums of X and the layer width) depends only on the model's weights,
the images in row order, the size in degrees at which they are shown, and the layer. `GramKey` contains
exactly these four, plus `variant`, which names a reduction applied to the activations ("full" for none,
or a PCA specification from `selection`). Grams are kept in memory (least recently used first out,
bounded in bytes) and on disk as ``<cache_root>/grams/<sha256 of the key>.npz``.

`layer_grams` is the entry point: it returns the Grams of the requested layers, streaming the stimuli
through the model runner only for layers whose Gram is not cached yet.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from ventral import config
from ventral.fetch import write_atomically
from ventral.stimuli import StimulusSet

from .activation_store import ActivationStore, LayerGram
from .benchmarks.base import ModelInfo, ProgressCallback

logger = logging.getLogger(__name__)

FULL = "full"
DEFAULT_MEMORY_BYTES = 512 * 2**20
# Bump when the npz layout changes, so that old files are ignored.
_FILE_FORMAT = 1

# gram_source(stimuli, stimulus_degrees, layers) -> {layer: LayerGram}, rows sorted by stimulus_id.
GramSource = Callable[[StimulusSet, float, list[str]], dict[str, LayerGram]]


@dataclass(frozen=True)
class GramKey:
    """Everything a layer's Gram matrix depends on.

    Attributes:
        model_digest: the model's content digest (weights and architecture) from the runner.
        stimulus_digest: `sorted_digest` of the stimulus set, i.e. the images in row order.
        stimulus_degrees: stimulus size in degrees of visual angle (field-of-view transform).
        layer: the layer name.
        variant: "full" for the layer's own activations, else the name of a reduction.
        preprocessing: the model's input size and normalization, as the runner describes them.
        field_of_view_degrees: the model's field of view, which sets where stimuli are placed.
    """

    model_digest: str
    stimulus_digest: str
    stimulus_degrees: float
    layer: str
    variant: str = FULL
    preprocessing: str = ""
    field_of_view_degrees: float = 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    def file_name(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest() + ".npz"


def sorted_stimuli(stimuli: StimulusSet) -> StimulusSet:
    """Return `stimuli` in stimulus_id order, the row order of every ActivationStore and LayerGram."""
    ids = sorted(stimuli.stimulus_ids)
    if list(stimuli.stimulus_ids) == ids:
        return stimuli
    return stimuli.subset(ids, identifier=f"{stimuli.identifier}.sorted")


def sorted_digest(stimuli: StimulusSet) -> str:
    """Return the digest (ids and image contents) of `stimuli` in stimulus_id order."""
    return sorted_stimuli(stimuli).digest()


class GramCache:
    """LayerGrams by `GramKey`, in memory (at most `memory_bytes`) and, when `directory` is set, on disk.

    Returned arrays are read-only, because the same objects are handed to every caller.
    """

    def __init__(self, directory: Path | None, memory_bytes: int = DEFAULT_MEMORY_BYTES):
        self.directory = Path(directory) if directory is not None else None
        self.memory_bytes = int(memory_bytes)
        self._memory: OrderedDict[GramKey, LayerGram] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: GramKey) -> LayerGram | None:
        """Return the cached Gram of `key`, or None; a disk hit is also kept in memory."""
        with self._lock:
            gram = self._memory.get(key)
            if gram is not None:
                self._memory.move_to_end(key)
                self.hits += 1
                return gram
        gram = self._read(key)
        with self._lock:
            if gram is None:
                self.misses += 1
                return None
            self.hits += 1
            self._remember(key, gram)
        return gram

    def put(self, key: GramKey, gram: LayerGram) -> LayerGram:
        """Store `gram` under `key` in memory and on disk; return the read-only copy that is cached."""
        if gram.layer != key.layer:
            raise ValueError(f"Gram of layer {gram.layer!r} cannot be cached under the key of layer {key.layer!r}")
        frozen = _frozen(gram)
        self._write(key, frozen)
        with self._lock:
            self._remember(key, frozen)
        return frozen

    def clear_memory(self) -> None:
        with self._lock:
            self._memory.clear()
            self._bytes = 0

    def _remember(self, key: GramKey, gram: LayerGram) -> None:
        if key in self._memory:
            self._bytes -= _size(self._memory.pop(key))
        self._memory[key] = gram
        self._bytes += _size(gram)
        while self._bytes > self.memory_bytes and len(self._memory) > 1:
            _, evicted = self._memory.popitem(last=False)
            self._bytes -= _size(evicted)

    def _path(self, key: GramKey) -> Path | None:
        return None if self.directory is None else self.directory / key.file_name()

    def _read(self, key: GramKey) -> LayerGram | None:
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as archive:
                if int(archive["format"]) != _FILE_FORMAT or str(archive["key"]) != key.to_json():
                    logger.warning("ignoring cached Gram %s: written for another key or format", path)
                    return None
                gram = LayerGram(
                    layer=str(archive["layer"]),
                    stimulus_ids=[str(value) for value in archive["stimulus_ids"]],
                    gram=archive["gram"],
                    row_sums=archive["row_sums"],
                    num_features=int(archive["num_features"]),
                )
        except (OSError, ValueError, KeyError) as error:
            logger.warning("ignoring unreadable cached Gram %s: %s", path, error)
            return None
        return _frozen(gram)

    def _write(self, key: GramKey, gram: LayerGram) -> None:
        path = self._path(key)
        if path is None:
            return
        with write_atomically(path) as temporary:
            with open(temporary, "wb") as handle:
                np.savez(
                    handle,
                    format=np.int64(_FILE_FORMAT),
                    key=np.str_(key.to_json()),
                    layer=np.str_(gram.layer),
                    stimulus_ids=np.array(gram.stimulus_ids, dtype=str),
                    gram=gram.gram,
                    row_sums=gram.row_sums,
                    num_features=np.int64(gram.num_features),
                )


def _frozen(gram: LayerGram) -> LayerGram:
    matrix = np.array(gram.gram, dtype=np.float64)
    sums = np.array(gram.row_sums, dtype=np.float64)
    matrix.setflags(write=False)
    sums.setflags(write=False)
    return LayerGram(gram.layer, list(gram.stimulus_ids), matrix, sums, int(gram.num_features))


def _size(gram: LayerGram) -> int:
    return gram.gram.nbytes + gram.row_sums.nbytes


_default: GramCache | None = None
_default_lock = threading.Lock()


def default_cache() -> GramCache:
    """Return the process-wide cache, on disk under ``config.cache_root()/grams``."""
    global _default
    with _default_lock:
        directory = config.cache_root() / "grams"
        if _default is None or _default.directory != directory:
            _default = GramCache(directory)
        return _default


@dataclass
class _StimulusSource:
    """The two attributes of a benchmark that `scoring.collect_activations` reads."""

    stimuli: StimulusSet
    stimulus_degrees: float

    def stimulus_set(self) -> StimulusSet:
        return self.stimuli


def stream_to_store(runner, model: ModelInfo, stimuli: StimulusSet, stimulus_degrees: float, layers: list[str],
                    batch_size: int, progress: ProgressCallback) -> ActivationStore:
    """Stream `stimuli` through the runner into a new ActivationStore (rows sorted by stimulus_id).

    `runner` is a `RunnerClient` or any object with its `stream_activations` method. The caller closes
    the returned store.
    """
    from .scoring import collect_activations  # scoring imports the gRPC client; load it only when streaming

    return collect_activations(runner, model, _StimulusSource(stimuli, stimulus_degrees), list(layers),
                               batch_size, progress)


def layer_grams(runner, model: ModelInfo, stimuli: StimulusSet, stimulus_degrees: float, layers: list[str], *,
                batch_size: int = 64, progress: ProgressCallback | None = None,
                cache: GramCache | None = None) -> dict[str, LayerGram]:
    """Return {layer: LayerGram} of `stimuli` shown at `stimulus_degrees`, rows sorted by stimulus_id.

    Cached layers are read from `cache` (default: `default_cache()`); the others are computed in one
    stream through the runner and cached. A model without a content digest is never cached, because
    nothing would tell two versions of its weights apart.
    """
    progress = progress or _no_progress
    cache = cache if cache is not None else default_cache()
    layers = list(dict.fromkeys(layers))
    if not model.content_digest:
        logger.warning("model %s has no content digest; its Grams are computed without the cache", model.identifier)
        return _compute(runner, model, stimuli, stimulus_degrees, layers, batch_size, progress)

    digest = sorted_digest(stimuli)
    keys = {layer: GramKey(model.content_digest, digest, float(stimulus_degrees), layer,
                           preprocessing=model.preprocessing, field_of_view_degrees=model.field_of_view_degrees)
            for layer in layers}
    grams: dict[str, LayerGram] = {}
    for layer, key in keys.items():
        cached = cache.get(key)
        if cached is not None:
            grams[layer] = cached
    missing = [layer for layer in layers if layer not in grams]
    if missing:
        for layer, gram in _compute(runner, model, stimuli, stimulus_degrees, missing, batch_size, progress).items():
            grams[layer] = cache.put(keys[layer], gram)
    logger.info("Grams of %s on %s at %g deg: %d layers cached, %d computed", model.identifier,
                stimuli.identifier, stimulus_degrees, len(layers) - len(missing), len(missing))
    return {layer: grams[layer] for layer in layers}


def _compute(runner, model: ModelInfo, stimuli: StimulusSet, stimulus_degrees: float, layers: list[str],
             batch_size: int, progress: ProgressCallback) -> dict[str, LayerGram]:
    started = time.monotonic()
    store = stream_to_store(runner, model, stimuli, stimulus_degrees, layers, batch_size, progress)
    with store:
        grams = {layer: store.gram(layer) for layer in layers}
    logger.info("computed Grams of %d layers of %s for %d stimuli in %.1f s", len(layers), model.identifier,
                len(stimuli), time.monotonic() - started)
    return grams


def _no_progress(stage: str, done: int, total: int, message: str) -> None:
    return None


__all__ = [
    "FULL",
    "GramCache",
    "GramKey",
    "GramSource",
    "default_cache",
    "layer_grams",
    "sorted_digest",
    "sorted_stimuli",
    "stream_to_store",
]
