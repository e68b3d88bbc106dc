"""Fixtures of the neural benchmark tests: an in-process model runner and an isolated cache folder."""

from __future__ import annotations

from typing import Iterable, Iterator

import pytest

from ventral.config import mirror_root


class InProcessRunner:
    """The model runner's activation stream without a server: the same chunks `RunnerClient` yields."""

    def describe(self, model: str):
        from ventral_runner import servicer

        return servicer.describe(model)

    def stream_activations(self, model: str, layers: list[str], stimulus_degrees: float,
                           stimuli: Iterable[tuple[str, bytes]], batch_size: int = 64) -> Iterator:
        from ventral_runner import servicer, zoo
        from ventral_runner.activations import extract

        loaded = zoo.load_model(model)
        for batch_index, (stimulus_ids, outputs) in enumerate(
                extract(loaded, list(stimuli), layers, stimulus_degrees, batch_size)):
            for layer in layers:
                yield from servicer.split_into_chunks(layer, stimulus_ids, outputs[layer], batch_index)


def model_info(runner: InProcessRunner, model: str):
    from ventral_engine.scoring import model_info as to_model_info

    return to_model_info(runner.describe(model))


def no_progress(stage: str, done: int, total: int, message: str) -> None:
    return None


needs_mirror = pytest.mark.skipif(mirror_root() is None, reason="needs the data mirror (set VENTRAL_MIRROR)")


@pytest.fixture
def isolated_cache(tmp_path, monkeypatch):
    """Point `config.cache_root()` at a fresh folder, keeping packaged datasets readable from the real mirror."""
    monkeypatch.setenv("VENTRAL_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def make_stimulus_set(folder, stimulus_ids, seed: int = 0, identifier: str = "synthetic"):
    """Write one small random PNG per id under `folder` and return them as a StimulusSet."""
    import numpy as np
    import pandas as pd
    from PIL import Image

    from ventral.stimuli import StimulusSet

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    paths = []
    for stimulus_id in stimulus_ids:
        path = folder / f"{stimulus_id}.png"
        Image.fromarray(rng.integers(0, 256, size=(8, 8, 3), dtype=np.uint8)).save(path)
        paths.append(path)
    return StimulusSet.from_files(identifier, pd.DataFrame({"stimulus_id": list(stimulus_ids)}), paths)


class FeatureRunner:
    """A runner whose layer activations are given per stimulus_id; counts the images it streams."""

    def __init__(self, features: dict):
        self.features = features  # {layer: {stimulus_id: 1-D float array}}
        self.streams = []  # (layers, number of stimuli, stimulus_degrees) per call

    def stream_activations(self, model, layers, stimulus_degrees, stimuli, batch_size=64):
        import numpy as np

        from ventral.v1 import model_runner_pb2 as pb

        stimuli = list(stimuli)
        self.streams.append((list(layers), len(stimuli), stimulus_degrees))
        for batch_index, start in enumerate(range(0, len(stimuli), batch_size)):
            ids = [stimulus_id for stimulus_id, _ in stimuli[start:start + batch_size]]
            for layer in layers:
                values = np.stack([self.features[layer][stimulus_id] for stimulus_id in ids]).astype("<f4")
                # Column ranges of at most 256 features, as the runner cuts wide layers into chunks.
                for offset in range(0, values.shape[1], 256):
                    block = np.ascontiguousarray(values[:, offset:offset + 256])
                    yield pb.ActivationChunk(layer=layer, stimulus_ids=ids, feature_offset=offset,
                                             num_features=block.shape[1], layer_num_features=values.shape[1],
                                             data=block.tobytes(), batch_index=batch_index)

    @property
    def images_streamed(self) -> int:
        return sum(count for _, count, _ in self.streams)


def synthetic_model(layer_features: dict, digest: str = "a" * 64):
    from ventral_engine.benchmarks.base import ModelInfo

    return ModelInfo(identifier="synthetic", content_digest=digest, layers=list(layer_features),
                     layer_features=dict(layer_features), field_of_view_degrees=8.0)


@pytest.fixture(autouse=True)
def _isolated_feature_cache(tmp_path, monkeypatch):
    """Give each test its own feature cache, so counted runner streams do not hit earlier tests' files."""
    from ventral_engine import feature_cache

    monkeypatch.setattr(feature_cache, "default_cache", lambda: feature_cache.FeatureCache(tmp_path / "features"))
