"""Extra zoo: spec metadata, weights checks, classification of two photos, untrained determinism, pixels."""

from __future__ import annotations

import hashlib
import io

import numpy as np
import pytest
import skimage.data
import torch
from PIL import Image

from ventral import config
from ventral_runner.base import ModelLoadError, WeightsFile
from ventral_runner.models import cifar_resnet, untrained
from ventral_runner.models.extra_zoo import EXTRA_SPECS, MOBILENET_SPECS, load_extra_model
from ventral_runner.preprocess import preprocess

# ImageNet-1k indices (0-based, 1000-way): 281 tabby ... 285 Egyptian cat; 967 espresso, 968 cup, 504 coffee mug.
IMAGENET_CATS = set(range(281, 286))
IMAGENET_COFFEE = {967, 968, 504}
CIFAR_CAT = 3


def _png(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


PHOTOS = [_png(skimage.data.chelsea()), _png(skimage.data.coffee())]


def _photo_batch(spec) -> np.ndarray:
    """Chelsea the cat and the coffee cup, preprocessed for `spec` at stimulus size = field of view."""
    return preprocess(PHOTOS, spec, stimulus_degrees=spec.field_of_view_degrees)


def _needs_mirror():
    root = config.mirror_root()
    if root is None or not (root / cifar_resnet.WEIGHTS_REPO).is_dir():
        pytest.skip("data mirror with akamaster/pytorch_resnet_cifar10 not found (set VENTRAL_MIRROR)")
    return root


def _needs_shared_models():
    root = config.shared_models_root()
    if root is None or not (root / "mobilenet-dequantized").is_dir():
        pytest.skip("shared models folder with mobilenet-dequantized not found (set VENTRAL_SHARED_MODELS)")
    return root


# --- metadata -----------------------------------------------------------------------------


def test_specs_metadata():
    expected = {
        "pixels",
        "mobilenet-v1-0.25-128",
        "mobilenet-v1-0.5-160",
        "mobilenet-v1-0.75-192",
        "mobilenet-v2-1.0-224",
        "cifar-resnet20",
        "cifar-resnet32",
        "cifar-resnet44",
        "cifar-resnet56",
        "alexnet",
        "resnet18",
        "cornet-z",
    }
    assert set(EXTRA_SPECS) == expected
    for identifier, spec in EXTRA_SPECS.items():
        assert spec.identifier == identifier
        assert spec.backend in ("torch", "onnx", "pixels"), identifier
        assert spec.field_of_view_degrees == 8.0, identifier
        assert spec.imagenet_head in ("1000", "1001-background", None), identifier
        assert spec.layers, identifier
        assert len(set(spec.layers)) == len(spec.layers), identifier
        assert spec.behavioral_readout_layer, identifier
        assert spec.weights_source, identifier
        assert (spec.published_top1 is None) == (spec.top1_source is None), identifier


def test_heads_and_top1():
    for identifier in MOBILENET_SPECS:
        assert EXTRA_SPECS[identifier].imagenet_head == "1001-background"
        assert EXTRA_SPECS[identifier].mean == (0.5, 0.5, 0.5)
        assert EXTRA_SPECS[identifier].std == (0.5, 0.5, 0.5)
    assert EXTRA_SPECS["mobilenet-v1-0.25-128"].published_top1 == 39.5
    assert EXTRA_SPECS["mobilenet-v1-0.5-160"].published_top1 == 57.2
    assert EXTRA_SPECS["mobilenet-v1-0.75-192"].published_top1 == 66.1
    for identifier in (*cifar_resnet.SPECS, *untrained.SPECS, "pixels"):
        assert EXTRA_SPECS[identifier].imagenet_head is None, identifier
        assert EXTRA_SPECS[identifier].published_top1 is None, identifier


def test_cornet_z_areas():
    assert EXTRA_SPECS["cornet-z"].layers[:4] == ("V1.output", "V2.output", "V4.output", "IT.output")


def test_unknown_identifier_raises():
    with pytest.raises(KeyError, match="cornet-z"):
        load_extra_model("no-such-model")


# --- weights files ------------------------------------------------------------------------------


def test_cifar_checkpoint_checksums():
    root = _needs_mirror()
    for spec in cifar_resnet.SPECS.values():
        (weights,) = spec.weights
        path = root / weights.repo / weights.commit / weights.path
        assert hashlib.sha256(path.read_bytes()).hexdigest() == weights.sha256, spec.identifier


def test_mobilenet_checksums():
    shared = _needs_shared_models()
    mirror = config.mirror_root()
    for spec in MOBILENET_SPECS.values():
        onnx_path = shared / spec.extra["onnx_file"]
        assert hashlib.sha256(onnx_path.read_bytes()).hexdigest() == spec.extra["onnx_sha256"], spec.identifier
        (origin,) = spec.weights
        tflite_path = None if mirror is None else mirror / origin.repo / origin.commit / origin.path
        if tflite_path is not None and tflite_path.is_file():
            assert hashlib.sha256(tflite_path.read_bytes()).hexdigest() == origin.sha256, spec.identifier


def test_cifar_checksum_mismatch_raises(tmp_path, monkeypatch):
    weights = cifar_resnet.SPECS["cifar-resnet20"].weights[0]
    path = tmp_path / weights.repo / weights.commit / weights.path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not the checkpoint")
    monkeypatch.setenv("VENTRAL_MIRROR", str(tmp_path))

    with pytest.raises(ModelLoadError, match="SHA-256"):
        cifar_resnet.weights_path(weights)
    missing = WeightsFile(weights.repo, weights.commit, "pretrained_models/absent.th", weights.sha256)
    with pytest.raises(ModelLoadError, match="missing"):
        cifar_resnet.weights_path(missing)


def test_mobilenet_missing_file_raises(tmp_path, monkeypatch):
    monkeypatch.setenv("VENTRAL_SHARED_MODELS", str(tmp_path))
    with pytest.raises(ModelLoadError, match="missing"):
        load_extra_model("mobilenet-v1-0.25-128")


# --- every model reads its layers ----------------------------------------------------------------


@pytest.mark.parametrize("identifier", sorted(EXTRA_SPECS))
def test_model_reads_declared_layers(identifier):
    spec = EXTRA_SPECS[identifier]
    if spec.backend == "onnx":
        _needs_shared_models()
    if identifier in cifar_resnet.SPECS:
        _needs_mirror()
    model = load_extra_model(identifier)
    layers = list(dict.fromkeys((*spec.layers, spec.behavioral_readout_layer)))

    result = model.activations(_photo_batch(spec)[:1], layers)

    assert list(result) == layers
    for name, values in result.items():
        assert values.dtype == np.float32, name
        assert values.shape[0] == 1, name
        assert values.shape[1] > 0, name
        assert np.isfinite(values).all(), name
    assert len(model.content_digest()) == 64


# --- classification of two photos -----------------------------------------------------------


def test_cifar_resnet56_chelsea_is_cat():
    _needs_mirror()
    spec = EXTRA_SPECS["cifar-resnet56"]
    model = load_extra_model("cifar-resnet56")

    logits = model.activations(_photo_batch(spec)[:1], [spec.extra["classifier_layer"]])["linear"]

    assert logits.shape == (1, 10)
    assert int(logits.argmax()) == CIFAR_CAT, cifar_resnet.CIFAR10_CLASSES[int(logits.argmax())]


@pytest.mark.parametrize("identifier", sorted(MOBILENET_SPECS))
def test_mobilenet_classifies_photos(identifier):
    _needs_shared_models()
    spec = EXTRA_SPECS[identifier]
    model = load_extra_model(identifier)

    logits = model.activations(_photo_batch(spec), ["logits"])["logits"]

    assert logits.shape == (2, 1001)
    # Class 0 of the 1001-way head is background, so ImageNet index = argmax - 1.
    cat_class, coffee_class = (int(index) - 1 for index in logits.argmax(axis=1))
    assert cat_class in IMAGENET_CATS, cat_class
    assert coffee_class in IMAGENET_COFFEE, coffee_class


def test_mobilenet_label_offset():
    mirror = config.mirror_root()
    origin = MOBILENET_SPECS["mobilenet-v1-0.25-128"].weights[0]
    labels_path = None if mirror is None else mirror / origin.repo / origin.commit / "imagenet_labels.txt"
    if labels_path is None or not labels_path.is_file():
        pytest.skip("google-coral/test_data imagenet_labels.txt not in the mirror")
    labels = labels_path.read_text().splitlines()

    assert len(labels) == 1001
    assert labels[0] == "background"
    assert labels[281 + 1].startswith("tabby")
    assert labels[967 + 1] == "espresso"


# --- untrained models ---------------------------------------------------------------------------


@pytest.mark.parametrize("identifier", sorted(untrained.SPECS))
def test_untrained_deterministic_across_loads(identifier):
    spec = untrained.SPECS[identifier]
    images = _photo_batch(spec)[:1]
    first = load_extra_model(identifier)
    second = load_extra_model(identifier)

    assert first.content_digest() == second.content_digest()
    layer = spec.layers[-1]
    np.testing.assert_array_equal(
        first.activations(images, [layer])[layer], second.activations(images, [layer])[layer]
    )


@pytest.mark.parametrize("identifier", sorted(untrained.SPECS))
def test_untrained_seed_changes_weights(identifier):
    default = untrained.build(identifier).state_dict()
    other = untrained.build(identifier, seed=untrained.SEED + 1).state_dict()
    first_weight = next(name for name in default if name.endswith("weight"))
    assert not torch.equal(default[first_weight], other[first_weight])


def test_untrained_keeps_global_rng():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    untrained.build("cornet-z")
    assert torch.equal(torch.rand(3), expected)


# --- CIFAR ResNet details and pixels ----------------------------------------------------------------


def test_option_a_shortcut_zero_pads_channels():
    shortcut = cifar_resnet.ZeroPadShortcut(16, 32)
    x = torch.arange(2 * 16 * 4 * 4, dtype=torch.float32).reshape(2, 16, 4, 4)

    y = shortcut(x)

    assert y.shape == (2, 32, 2, 2)
    assert torch.equal(y[:, 8:24], x[:, :, ::2, ::2])
    assert torch.count_nonzero(y[:, :8]) == 0
    assert torch.count_nonzero(y[:, 24:]) == 0


def test_cifar_depths_block_counts():
    for depth in cifar_resnet.DEPTHS:
        spec = cifar_resnet.SPECS[f"cifar-resnet{depth}"]
        blocks = [name for name in spec.layers if name.startswith("layer")]
        assert len(blocks) == 3 * (depth - 2) // 6, depth
    with pytest.raises(ValueError, match="6n \\+ 2"):
        cifar_resnet.CifarResNet(21)


def test_pixels_returns_scaled_image():
    spec = EXTRA_SPECS["pixels"]
    model = load_extra_model("pixels")
    images = _photo_batch(spec)

    values = model.activations(images, ["pixels"])["pixels"]

    assert values.shape == (2, 3 * 256 * 256)
    np.testing.assert_array_equal(values, images.reshape(2, -1))
    # Mean 0 and std 1/255 leave the 0..255 pixel scale.
    assert values.min() >= 0
    assert values.max() <= 255.0 + 1e-3
    assert values.max() > 200
    with pytest.raises(ValueError, match="only the layer"):
        model.activations(images, ["conv1"])
    assert model.layer_shapes(["pixels"]) == {"pixels": (3, 256, 256)}
