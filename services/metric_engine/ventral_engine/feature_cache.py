"""On-disk cache of narrow layers' full activations, so benchmarks that share stimuli run them once.

The behavioral benchmarks of one Geirhos experiment, for example, all read the logits of
the same images. Layers of at most `MAX_CACHED_FEATURES` features are stored under
``<cache>/features`` as float32 `.npy` files holding the exact values the runner sent.
Their keys are those of the Gram cache: model content digest, preprocessing, field of
view, the sorted stimulus set's digest, stimulus degrees and layer. Wider layers go
through the Gram cache instead.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ventral import config
from ventral.fetch import write_atomically
from ventral.stimuli import StimulusSet

from .benchmarks.base import ModelInfo
from .gram_cache import GramKey, sorted_digest

logger = logging.getLogger(__name__)

# 1001 logits of 1600 images are 6.4 MB; wider layers would fill the disk quickly.
MAX_CACHED_FEATURES = 4096
FEATURES = "features"


class FeatureCache:
    """Full (stimulus x feature) activations by key, as .npy files under `directory`."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def key(self, model: ModelInfo, stimuli: StimulusSet, stimulus_degrees: float, layer: str) -> GramKey:
        return GramKey(model.content_digest, sorted_digest(stimuli), float(stimulus_degrees), layer, FEATURES,
                       preprocessing=model.preprocessing, field_of_view_degrees=model.field_of_view_degrees)

    def cacheable(self, model: ModelInfo, layer: str) -> bool:
        return bool(model.content_digest) and 0 < model.layer_features.get(layer, 0) <= MAX_CACHED_FEATURES

    def load(self, key: GramKey, rows: int) -> np.ndarray | None:
        path = self.directory / key.file_name().replace(".npz", ".npy")
        if not path.is_file():
            return None
        try:
            values = np.load(path, allow_pickle=False)
        except (OSError, ValueError) as error:
            logger.warning("ignoring unreadable cached activations %s: %s", path, error)
            return None
        if values.dtype != np.float32 or values.ndim != 2 or values.shape[0] != rows:
            logger.warning("ignoring cached activations %s of shape %s and dtype %s", path, values.shape, values.dtype)
            return None
        return values

    def save(self, key: GramKey, values: np.ndarray) -> None:
        path = self.directory / key.file_name().replace(".npz", ".npy")
        path.parent.mkdir(parents=True, exist_ok=True)
        with write_atomically(path) as temporary:
            with open(temporary, "wb") as handle:
                np.save(handle, np.ascontiguousarray(values, dtype=np.float32), allow_pickle=False)


def default_cache() -> FeatureCache:
    return FeatureCache(config.cache_root() / "features")
