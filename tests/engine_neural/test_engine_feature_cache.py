"""Narrow layers are cached on disk, so benchmarks that share stimuli run the model once."""

import io

import numpy as np
import pandas as pd
from PIL import Image

from ventral.stimuli import StimulusSet
from ventral.v1 import model_runner_pb2 as pb
from ventral_engine.benchmarks.base import ModelInfo
from ventral_engine.feature_cache import FeatureCache
from ventral_engine.scoring import collect_activations


class CountingRunner:
    """Returns fixed activations per image and counts the images it was sent."""

    def __init__(self, widths: dict[str, int]):
        self.widths = widths
        self.images = 0

    def stream_activations(self, model, layers, stimulus_degrees, stimuli, batch_size=64):
        for stimulus_id, image in stimuli:
            self.images += 1
            seed = int.from_bytes(image[-4:], "little")
            for layer in layers:
                values = np.random.default_rng(seed).normal(size=(1, self.widths[layer])).astype("<f4")
                yield pb.ActivationChunk(layer=layer, stimulus_ids=[stimulus_id], feature_offset=0,
                                         num_features=values.shape[1], layer_num_features=values.shape[1],
                                         data=values.tobytes())


class Benchmark:
    stimulus_degrees = 3.0

    def __init__(self, stimuli):
        self._stimuli = stimuli

    def stimulus_set(self):
        return self._stimuli


def _stimuli(tmp_path, count=5):
    paths = []
    for index in range(count):
        path = tmp_path / f"image{index}.png"
        Image.new("RGB", (8, 8), (index * 40, 10, 10)).save(path)
        paths.append(path)
    table = pd.DataFrame({"stimulus_id": [f"s{index}" for index in range(count)]})
    return StimulusSet.from_files("tiny", table, paths)


def _model(digest="a" * 64, preprocessing="mean (0.5)"):
    return ModelInfo(identifier="m", content_digest=digest, layers=["wide"], layer_features={"logits": 10, "wide": 5000},
                     field_of_view_degrees=8.0, preprocessing=preprocessing)


def _noop(*args):
    pass


def test_second_benchmark_reads_logits_from_cache(tmp_path):
    cache = FeatureCache(tmp_path / "features")
    benchmark = Benchmark(_stimuli(tmp_path))
    runner = CountingRunner({"logits": 10, "wide": 5000})
    first = collect_activations(runner, _model(), benchmark, ["logits"], 64, _noop, cache=cache)
    expected = first.features("logits")
    first.close()
    second = collect_activations(runner, _model(), benchmark, ["logits"], 64, _noop, cache=cache)
    assert runner.images == 5
    np.testing.assert_array_equal(second.features("logits"), expected)
    second.close()


def test_wide_layers_are_not_cached(tmp_path):
    cache = FeatureCache(tmp_path / "features")
    benchmark = Benchmark(_stimuli(tmp_path))
    runner = CountingRunner({"logits": 10, "wide": 5000})
    for _ in range(2):
        collect_activations(runner, _model(), benchmark, ["wide"], 64, _noop, cache=cache).close()
    assert runner.images == 10


def test_other_model_or_preprocessing_misses(tmp_path):
    cache = FeatureCache(tmp_path / "features")
    benchmark = Benchmark(_stimuli(tmp_path))
    runner = CountingRunner({"logits": 10, "wide": 5000})
    collect_activations(runner, _model(), benchmark, ["logits"], 64, _noop, cache=cache).close()
    collect_activations(runner, _model(digest="b" * 64), benchmark, ["logits"], 64, _noop, cache=cache).close()
    collect_activations(runner, _model(preprocessing="mean (0.4)"), benchmark, ["logits"], 64, _noop,
                        cache=cache).close()
    assert runner.images == 15


class FakeSource:
    def __init__(self, runner, model, layers, batch_size=64, progress=None):
        self.runner, self.progress, self.closed = runner, progress, False

    def close(self):
        self.closed = True


def test_fit_set_reused_between_region_calls(monkeypatch):
    from ventral_engine import scoring, selection

    monkeypatch.setattr(selection, "ReducedGramSource", FakeSource)
    reuse = scoring._FitSetReuse()
    first, shared = reuse.acquire("runner-1", _model(), ["wide"], 64, _noop)
    assert shared
    reuse.release(first, shared)
    second, shared_again = reuse.acquire("runner-2", _model(), ["wide"], 64, _noop)
    assert second is first
    assert second.runner == "runner-2"
    busy, shared_busy = reuse.acquire("runner-3", _model(), ["wide"], 64, _noop)
    assert busy is not first
    assert not shared_busy
    reuse.release(busy, shared_busy)
    assert busy.closed
    reuse.release(second, shared_again)
    other, _ = reuse.acquire("runner-4", _model(digest="c" * 64), ["wide"], 64, _noop)
    assert first.closed
    assert other is not first
