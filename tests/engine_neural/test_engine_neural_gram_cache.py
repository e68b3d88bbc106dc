"""The Gram cache: computed once per (model, images, degrees, layer, variant), kept in memory and on disk."""

import numpy as np
import pytest

from conftest import FeatureRunner, make_stimulus_set, no_progress, synthetic_model
from ventral_engine.activation_store import LayerGram
from ventral_engine.gram_cache import GramCache, GramKey, layer_grams, sorted_digest

IDS = ["b", "a", "c", "d"]


@pytest.fixture
def features():
    rng = np.random.default_rng(0)
    return {layer: {stimulus_id: rng.standard_normal(width) for stimulus_id in IDS}
            for layer, width in (("conv", 50), ("fc", 10))}


@pytest.fixture
def stimuli(tmp_path):
    return make_stimulus_set(tmp_path / "images", IDS)


def test_layer_grams_computed_once(tmp_path, stimuli, features):
    runner = FeatureRunner(features)
    model = synthetic_model({"conv": 50, "fc": 10})
    cache = GramCache(tmp_path / "grams")

    first = layer_grams(runner, model, stimuli, 4.0, ["conv", "fc"], progress=no_progress, cache=cache)
    second = layer_grams(runner, model, stimuli, 4.0, ["fc", "conv"], progress=no_progress, cache=cache)

    assert len(runner.streams) == 1
    assert second["conv"] is first["conv"]
    X = np.stack([features["conv"][stimulus_id] for stimulus_id in sorted(IDS)]).astype(np.float32).astype(float)
    np.testing.assert_allclose(first["conv"].gram, X @ X.T, rtol=1e-12)
    assert first["conv"].stimulus_ids == sorted(IDS)
    assert not first["conv"].gram.flags.writeable


def test_only_missing_layers_streamed(tmp_path, stimuli, features):
    runner = FeatureRunner(features)
    model = synthetic_model({"conv": 50, "fc": 10})
    cache = GramCache(tmp_path / "grams")
    layer_grams(runner, model, stimuli, 4.0, ["conv"], progress=no_progress, cache=cache)
    layer_grams(runner, model, stimuli, 4.0, ["conv", "fc"], progress=no_progress, cache=cache)
    assert [layers for layers, _, _ in runner.streams] == [["conv"], ["fc"]]


@pytest.mark.parametrize("change", ["degrees", "model digest", "images"])
def test_changed_key_part_misses(tmp_path, stimuli, features, change):
    runner = FeatureRunner(features)
    cache = GramCache(tmp_path / "grams")
    model = synthetic_model({"conv": 50, "fc": 10})
    layer_grams(runner, model, stimuli, 4.0, ["conv"], progress=no_progress, cache=cache)

    degrees, other_stimuli = 4.0, stimuli
    if change == "degrees":
        degrees = 8.0
    elif change == "model digest":
        model = synthetic_model({"conv": 50, "fc": 10}, digest="b" * 64)
    else:
        other_stimuli = make_stimulus_set(tmp_path / "other", IDS, seed=1)  # same ids, other pixels
    layer_grams(runner, model, other_stimuli, degrees, ["conv"], progress=no_progress, cache=cache)

    assert len(runner.streams) == 2
    assert runner.streams[1][2] == degrees


def test_disk_cache_survives_new_instance(tmp_path, stimuli, features):
    runner = FeatureRunner(features)
    model = synthetic_model({"conv": 50, "fc": 10})
    first = layer_grams(runner, model, stimuli, 4.0, ["conv"], progress=no_progress,
                        cache=GramCache(tmp_path / "grams"))
    fresh = GramCache(tmp_path / "grams")
    again = layer_grams(runner, model, stimuli, 4.0, ["conv"], progress=no_progress, cache=fresh)
    assert len(runner.streams) == 1
    assert fresh.hits == 1
    np.testing.assert_array_equal(again["conv"].gram, first["conv"].gram)
    np.testing.assert_array_equal(again["conv"].row_sums, first["conv"].row_sums)
    assert again["conv"].num_features == 50


def test_model_without_digest_not_cached(tmp_path, stimuli, features):
    runner = FeatureRunner(features)
    model = synthetic_model({"conv": 50, "fc": 10}, digest="")
    cache = GramCache(tmp_path / "grams")
    layer_grams(runner, model, stimuli, 4.0, ["conv"], progress=no_progress, cache=cache)
    layer_grams(runner, model, stimuli, 4.0, ["conv"], progress=no_progress, cache=cache)
    assert len(runner.streams) == 2
    assert list((tmp_path / "grams").glob("*.npz")) == []


def _gram(layer: str, n: int) -> LayerGram:
    return LayerGram(layer, [str(index) for index in range(n)], np.eye(n), np.zeros(n), 3)


def test_memory_bounded_by_bytes():
    cache = GramCache(None, memory_bytes=3 * (10 * 10 * 8 + 10 * 8))
    keys = [GramKey("m", "s", 1.0, f"layer{index}") for index in range(5)]
    for key in keys:
        cache.put(key, _gram(key.layer, 10))
    assert cache.get(keys[0]) is None  # evicted first
    assert cache.get(keys[4]) is not None


def test_variant_is_part_of_key(tmp_path):
    cache = GramCache(tmp_path)
    full = GramKey("m", "s", 1.0, "layer")
    reduced = GramKey("m", "s", 1.0, "layer", variant="pca")
    cache.put(full, _gram("layer", 4))
    assert cache.get(reduced) is None
    assert full.file_name() != reduced.file_name()


def test_put_rejects_other_layer(tmp_path):
    with pytest.raises(ValueError, match="layer 'conv' cannot be cached under the key of layer 'fc'"):
        GramCache(tmp_path).put(GramKey("m", "s", 1.0, "fc"), _gram("conv", 3))


def test_sorted_digest_ignores_set_order(tmp_path, stimuli):
    reordered = stimuli.subset(list(reversed(stimuli.stimulus_ids)))
    assert sorted_digest(reordered) == sorted_digest(stimuli)
    assert reordered.digest() != stimuli.digest()


def test_preprocessing_and_field_of_view_change_key():
    from ventral_engine.gram_cache import GramKey

    base = GramKey("digest", "stimuli", 8.0, "layer", preprocessing="mean (0.5)", field_of_view_degrees=8.0)
    other_normalization = GramKey("digest", "stimuli", 8.0, "layer", preprocessing="mean (0.4)",
                                  field_of_view_degrees=8.0)
    other_field = GramKey("digest", "stimuli", 8.0, "layer", preprocessing="mean (0.5)", field_of_view_degrees=10.0)
    assert base.file_name() != other_normalization.file_name()
    assert base.file_name() != other_field.file_name()
