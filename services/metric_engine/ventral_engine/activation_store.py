"""Disk-backed store of streamed activations, read back as Gram matrices.

Every metric of the engine needs a layer's activations X (n stimuli x p features)
only through K = X X^T and the row sums of X. Activation chunks arrive batch by
batch (rows) and column range by column range. The store writes them into
per-layer files laid out in column blocks, so each block (all n rows, a range
of columns) is contiguous on disk. K is then accumulated block by block
in float64, in memory independent of p: at most n x BLOCK_COLUMNS float32 values
are held at once.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from .parallel import map_ordered

# n x BLOCK_COLUMNS float32 per block read: 640 x 8192 x 4 B = 21 MB.
BLOCK_COLUMNS = 8192


@dataclass
class LayerGram:
    """Gram matrix of one layer over stimuli in `stimulus_ids` order.

    gram: (n, n) float64, X X^T. row_sums: (n,) float64, X summed over features.
    num_features: p, the width of the layer.
    """

    layer: str
    stimulus_ids: list[str]
    gram: np.ndarray
    row_sums: np.ndarray
    num_features: int


class ActivationStore:
    """Collect chunks for a fixed, ordered list of stimuli and several layers."""

    def __init__(self, stimulus_ids: list[str], directory: Path | None = None):
        if len(set(stimulus_ids)) != len(stimulus_ids):
            raise ValueError("stimulus_ids passed to ActivationStore must be unique")
        self.stimulus_ids = list(stimulus_ids)
        self.row_of = {stimulus_id: row for row, stimulus_id in enumerate(self.stimulus_ids)}
        self._directory = Path(tempfile.mkdtemp(prefix="activations-", dir=directory))
        self._files: dict[str, int] = {}
        self._paths: dict[str, Path] = {}
        self._num_features: dict[str, int] = {}
        self._rows_seen: dict[str, np.ndarray] = {}

    @property
    def n(self) -> int:
        return len(self.stimulus_ids)

    def add_chunk(self, layer: str, stimulus_ids: list[str], feature_offset: int,
                  layer_num_features: int, values: np.ndarray) -> None:
        """Write a (len(stimulus_ids), k) float32 block whose first column is `feature_offset`."""
        if layer not in self._files:
            self._open(layer, layer_num_features)
        elif self._num_features[layer] != layer_num_features:
            raise ValueError(f"layer {layer!r} changed width from {self._num_features[layer]} "
                             f"to {layer_num_features} features within one stream")
        try:
            rows = np.array([self.row_of[stimulus_id] for stimulus_id in stimulus_ids])
        except KeyError as error:
            raise ValueError(f"runner returned activations for unknown stimulus_id {error.args[0]!r}") from None
        end = feature_offset + values.shape[1]
        if end > layer_num_features:
            raise ValueError(f"chunk of layer {layer!r} ends at feature {end}, beyond its {layer_num_features}")
        values = np.ascontiguousarray(values, dtype=np.float32)
        descriptor = self._files[layer]
        # pwrite rather than a memory map, so written pages count as page cache, not process memory.
        column = feature_offset
        while column < end:
            block_start = (column // BLOCK_COLUMNS) * BLOCK_COLUMNS
            block_width = min(BLOCK_COLUMNS, layer_num_features - block_start)
            stop = min(end, block_start + block_width)
            segment = np.ascontiguousarray(values[:, column - feature_offset:stop - feature_offset])
            for index, row in enumerate(rows):
                offset = 4 * (self.n * block_start + row * block_width + column - block_start)
                os.pwrite(descriptor, segment[index].tobytes(), offset)
            column = stop
        if feature_offset == 0:
            self._rows_seen[layer][rows] = True

    def _open(self, layer: str, num_features: int) -> None:
        path = self._directory / f"{len(self._files)}.f32"
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        os.ftruncate(descriptor, 4 * self.n * num_features)
        self._files[layer] = descriptor
        self._paths[layer] = path
        self._num_features[layer] = num_features
        self._rows_seen[layer] = np.zeros(self.n, dtype=bool)

    @property
    def layers(self) -> list[str]:
        return list(self._files)

    def missing_stimuli(self, layer: str) -> list[str]:
        seen = self._rows_seen.get(layer)
        if seen is None:
            return list(self.stimulus_ids)
        return [self.stimulus_ids[row] for row in np.flatnonzero(~seen)]

    def gram(self, layer: str, dtype=np.float64) -> LayerGram:
        """Accumulate K = X X^T and the row sums of X over column blocks."""
        missing = self.missing_stimuli(layer)
        if missing:
            raise ValueError(f"no activations of layer {layer!r} arrived for {len(missing)} stimuli, "
                             f"e.g. {missing[:3]}")
        num_features = self._num_features[layer]
        gram = np.zeros((self.n, self.n), dtype=np.float64)
        row_sums = np.zeros(self.n, dtype=np.float64)
        # Block products run on the engine's worker threads; adding them in block order keeps the serial result.
        for block_gram, block_sums in map_ordered(_block_gram, self._blocks(layer, dtype)):
            gram += block_gram
            row_sums += block_sums
        return LayerGram(layer, list(self.stimulus_ids), gram, row_sums, num_features)

    def _blocks(self, layer: str, dtype) -> Iterator[np.ndarray]:
        """Yield the layer's column blocks, each (n, width) in `dtype`, after checking that they are finite."""
        num_features = self._num_features[layer]
        with open(self._paths[layer], "rb") as handle:
            for block_start in range(0, num_features, BLOCK_COLUMNS):
                block_width = min(BLOCK_COLUMNS, num_features - block_start)
                handle.seek(4 * self.n * block_start)
                block = np.fromfile(handle, dtype=np.float32, count=self.n * block_width)
                block = block.reshape(self.n, block_width).astype(dtype)
                if not np.all(np.isfinite(block)):
                    raise ValueError(f"layer {layer!r} has non-finite activations (NaN or inf); "
                                     "check the model's weights and preprocessing")
                yield block

    def features(self, layer: str) -> np.ndarray:
        """Return the full (n, p) float32 activations of a narrow layer (e.g. logits)."""
        num_features = self._num_features[layer]
        out = np.empty((self.n, num_features), dtype=np.float32)
        with open(self._paths[layer], "rb") as handle:
            for block_start in range(0, num_features, BLOCK_COLUMNS):
                block_width = min(BLOCK_COLUMNS, num_features - block_start)
                block = np.fromfile(handle, dtype=np.float32, count=self.n * block_width)
                out[:, block_start:block_start + block_width] = block.reshape(self.n, block_width)
        return out

    def close(self) -> None:
        for descriptor in self._files.values():
            os.close(descriptor)
        self._files.clear()
        shutil.rmtree(self._directory, ignore_errors=True)

    def __enter__(self) -> "ActivationStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _block_gram(block: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return block @ block.T, block.sum(axis=1)


def scratch_directory() -> Path:
    """Folder for activation scratch files (`VENTRAL_SCRATCH`, else the system temp folder)."""
    configured = os.environ.get("VENTRAL_SCRATCH")
    path = Path(configured) if configured else Path(tempfile.gettempdir())
    path.mkdir(parents=True, exist_ok=True)
    return path
