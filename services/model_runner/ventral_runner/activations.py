"""Stream a model's layer activations for a stimulus set, batch by batch."""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Iterator, Sequence

import numpy as np

from ventral_runner.base import LoadedModel
from ventral_runner.preprocess import check_degrees, preprocess

_logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 64


def extract(
    model: LoadedModel,
    images: Sequence[tuple[str, bytes]],
    layers: Sequence[str],
    stimulus_degrees: float,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[tuple[list[str], dict[str, np.ndarray]]]:
    """Yield (stimulus_ids, {layer: activations}) per batch as each batch is computed.

    `images` contains (stimulus_id, encoded image bytes) pairs with unique stimulus_ids.
    Images with identical bytes (same SHA-256) run through the model once: each
    forward pass takes up to `batch_size` distinct images, and every stimulus_id that
    shares one of those images is yielded in the same batch with a copy of its row.
    So a yielded batch can have more than `batch_size` rows, and rows come in order
    of each distinct image's first occurrence, with its duplicates right after it.
    Every stimulus_id appears exactly once over all batches.

    Activations are float32 of shape (rows, features), features flattened row-major
    (channel x height x width). `stimulus_degrees` is the stimulus size in degrees
    of visual angle, which places the image in the model's field of view.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
    layers = list(layers)
    if not layers:
        raise ValueError(f"no layers requested for model {model.spec.identifier!r}; choose from {model.spec.layers}")
    check_degrees("stimulus_degrees", stimulus_degrees)

    groups = _group_by_content(images)
    total_images = sum(len(stimulus_ids) for _, stimulus_ids in groups)
    return _run_batches(model, groups, layers, stimulus_degrees, batch_size, total_images)


def _group_by_content(images: Sequence[tuple[str, bytes]]) -> list[tuple[bytes, list[str]]]:
    """Return (image bytes, stimulus_ids with these bytes) per distinct image, in first-occurrence order."""
    groups: dict[str, tuple[bytes, list[str]]] = {}
    seen_ids: set[str] = set()
    for stimulus_id, data in images:
        if stimulus_id in seen_ids:
            raise ValueError(f"stimulus_id {stimulus_id!r} occurs more than once; stimulus_ids must be unique")
        seen_ids.add(stimulus_id)
        digest = hashlib.sha256(data).hexdigest()
        if digest in groups:
            groups[digest][1].append(stimulus_id)
        else:
            groups[digest] = (data, [stimulus_id])
    return list(groups.values())


def _run_batches(
    model: LoadedModel,
    groups: list[tuple[bytes, list[str]]],
    layers: list[str],
    stimulus_degrees: float,
    batch_size: int,
    total_images: int,
) -> Iterator[tuple[list[str], dict[str, np.ndarray]]]:
    identifier = model.spec.identifier
    batch_count = -(-len(groups) // batch_size)
    _logger.info(
        "model %s: extracting %s for %d images (%d distinct) in %d batches of up to %d",
        identifier, layers, total_images, len(groups), batch_count, batch_size,
    )
    started = time.perf_counter()
    done = 0

    try:
        for batch_index, start in enumerate(range(0, len(groups), batch_size)):
            stimulus_ids, outputs = _run_batch(model, groups[start:start + batch_size], layers, stimulus_degrees)
            done += len(stimulus_ids)
            elapsed = time.perf_counter() - started
            _logger.info(
                "model %s: batch %d/%d done, %d/%d images, %.1f distinct images/s",
                identifier, batch_index + 1, batch_count, done, total_images,
                min(start + batch_size, len(groups)) / max(elapsed, 1e-9),
            )
            yield stimulus_ids, outputs
    except GeneratorExit:
        _logger.info("model %s: extraction stopped by the consumer after %d/%d images", identifier, done, total_images)
        raise

    _logger.info("model %s: extraction finished, %d images in %.1f s", identifier, done, time.perf_counter() - started)


def _run_batch(
    model: LoadedModel,
    batch: list[tuple[bytes, list[str]]],
    layers: list[str],
    stimulus_degrees: float,
) -> tuple[list[str], dict[str, np.ndarray]]:
    """Run the distinct images of one batch and return rows for all their stimulus_ids."""
    inputs = preprocess(
        [data for data, _ in batch],
        model.spec,
        stimulus_degrees,
        stimulus_ids=[stimulus_ids[0] for _, stimulus_ids in batch],
    )
    outputs = model.activations(inputs, layers)

    # Row i of `outputs` is the distinct image batch[i]; repeat it for each stimulus_id that shares it.
    repeats = [len(stimulus_ids) for _, stimulus_ids in batch]
    stimulus_ids = [stimulus_id for _, ids in batch for stimulus_id in ids]
    if len(stimulus_ids) != len(batch):
        row_index = np.repeat(np.arange(len(batch)), repeats)
        outputs = {layer: values[row_index] for layer, values in outputs.items()}
    return stimulus_ids, outputs
