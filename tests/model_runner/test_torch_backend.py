"""Forward hooks, input checks, device choice and content digests of TorchModel, on a tiny network."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
from torch import nn

from ventral_runner.base import ModelSpec
from ventral_runner.torch_backend import TorchModel, select_device

INPUT_SIZE = 8


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, kernel_size=3, padding=1)
        self.relu = nn.ReLU(inplace=True)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(4, 5)
        self.unused = nn.ModuleList([nn.Identity()])

    def forward(self, x):
        x = self.relu(self.conv(x))
        x = self.relu(x)  # the same module twice: its output is ambiguous
        return self.fc(self.pool(x).flatten(1))


def _spec() -> ModelSpec:
    return ModelSpec(identifier="tiny", backend="torch", input_size=INPUT_SIZE, layers=("conv", "pool", "fc"))


def _model(seed: int = 0) -> TorchModel:
    torch.manual_seed(seed)
    return TorchModel(_spec(), TinyNet(), architecture="TinyNet v1", device=torch.device("cpu"))


def _images(batch: int = 2, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((batch, 3, INPUT_SIZE, INPUT_SIZE)).astype(np.float32)


def test_shapes_and_dtype():
    outputs = _model().activations(_images(3), ["conv", "pool", "fc"])

    assert outputs["conv"].shape == (3, 4 * INPUT_SIZE * INPUT_SIZE)
    assert outputs["pool"].shape == (3, 4)
    assert outputs["fc"].shape == (3, 5)
    assert all(values.dtype == np.float32 for values in outputs.values())


def test_matches_direct_forward():
    model = _model()
    images = _images(2)
    module = TinyNet()
    module.load_state_dict(model.module.state_dict())
    module.eval()

    outputs = model.activations(images, ["conv", "fc"])

    with torch.inference_mode():
        conv = module.conv(torch.from_numpy(images))
        logits = module(torch.from_numpy(images))
    # Flattening is row-major over channel x height x width.
    np.testing.assert_allclose(outputs["conv"], conv.reshape(2, -1).numpy(), rtol=1e-6)
    np.testing.assert_allclose(outputs["fc"], logits.numpy(), rtol=1e-6)


def test_output_copied_before_inplace_change():
    outputs = _model().activations(_images(2), ["conv"])

    # ReLU(inplace=True) overwrites the conv output after the hook runs; the copy keeps negatives.
    assert (outputs["conv"] < 0).any()


def test_layer_shapes_without_batch_axis():
    shapes = _model().layer_shapes(["conv", "pool", "fc"])

    assert shapes == {"conv": (4, INPUT_SIZE, INPUT_SIZE), "pool": (4, 1, 1), "fc": (5,)}


def test_num_parameters():
    # conv: 4 * 3 * 3 * 3 weights + 4 biases; fc: 5 * 4 weights + 5 biases.
    assert _model().num_parameters == 112 + 25


def test_model_in_eval_mode():
    assert not _model().module.training


def test_unknown_layer_lists_available():
    with pytest.raises(ValueError, match=r"unknown layer\(s\) \['nope'\].*available layers: \['conv', 'relu'"):
        _model().activations(_images(), ["conv", "nope"])


def test_layer_run_twice_rejected():
    with pytest.raises(ValueError, match="ran 2 times"):
        _model().activations(_images(), ["relu"])


def test_layer_never_run_rejected():
    with pytest.raises(ValueError, match="did not run"):
        _model().activations(_images(), ["unused"])


def test_string_layers_rejected():
    with pytest.raises(ValueError, match="wrap it in a list"):
        _model().activations(_images(), "conv")


def test_hooks_removed_after_call():
    model = _model()
    model.activations(_images(), ["conv", "fc"])

    assert not model.module.conv._forward_hooks
    assert not model.module.fc._forward_hooks


@pytest.mark.parametrize(
    "images",
    [
        np.zeros((2, 3, INPUT_SIZE, INPUT_SIZE), dtype=np.float64),
        np.zeros((2, 3, INPUT_SIZE + 1, INPUT_SIZE + 1), dtype=np.float32),
        np.zeros((0, 3, INPUT_SIZE, INPUT_SIZE), dtype=np.float32),
        np.zeros((3, INPUT_SIZE, INPUT_SIZE), dtype=np.float32),
    ],
    ids=["float64", "wrong-size", "empty", "3d"],
)
def test_bad_images_rejected(images):
    with pytest.raises(ValueError, match="images"):
        _model().activations(images, ["fc"])


def test_non_finite_images_rejected():
    images = _images()
    images[0, 0, 0, 0] = np.nan

    with pytest.raises(ValueError, match="NaN"):
        _model().activations(images, ["fc"])


def test_repeated_runs_identical():
    model = _model()
    images = _images(4)

    first = model.activations(images, ["conv", "fc"])
    second = model.activations(images, ["conv", "fc"])

    np.testing.assert_array_equal(first["conv"], second["conv"])
    np.testing.assert_array_equal(first["fc"], second["fc"])


def test_digest_stable_and_cached():
    model = _model(seed=0)

    digest = model.content_digest()

    assert len(digest) == 64
    assert model.content_digest() is digest
    assert _model(seed=0).content_digest() == digest


def test_digest_changes_with_weights_and_architecture():
    digest = _model(seed=0).content_digest()

    assert _model(seed=1).content_digest() != digest
    torch.manual_seed(0)
    renamed = TorchModel(_spec(), TinyNet(), architecture="TinyNet v2", device=torch.device("cpu"))
    assert renamed.content_digest() != digest


def test_digest_sees_one_changed_weight():
    model = _model(seed=0)
    digest = model.content_digest()
    changed = _model(seed=0)
    with torch.no_grad():
        changed.module.fc.bias[0] += 1e-3

    assert changed.content_digest() != digest


def test_device_env_override(monkeypatch):
    monkeypatch.setenv("VENTRAL_DEVICE", "cpu")

    assert select_device() == torch.device("cpu")


def test_device_env_invalid(monkeypatch):
    monkeypatch.setenv("VENTRAL_DEVICE", "abacus")

    with pytest.raises(ValueError, match="VENTRAL_DEVICE='abacus'"):
        select_device()


def test_device_default(monkeypatch):
    monkeypatch.delenv("VENTRAL_DEVICE", raising=False)

    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert select_device().type == expected


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the error raised when CUDA is missing")
def test_device_env_cuda_without_gpu(monkeypatch):
    monkeypatch.setenv("VENTRAL_DEVICE", "cuda")

    with pytest.raises(ValueError, match="no CUDA device"):
        select_device()


def test_concurrent_calls_keep_hooks_apart():
    model = _model()
    images = _images(2)
    expected = model.activations(images, ["conv", "fc"])
    errors: list[Exception] = []

    def run(layers: list[str]) -> None:
        try:
            for _ in range(50):
                outputs = model.activations(images, layers)
                for layer in layers:
                    np.testing.assert_array_equal(outputs[layer], expected[layer])
        except Exception as error:  # collected so the main thread can fail the test
            errors.append(error)

    threads = [threading.Thread(target=run, args=(layers,)) for layers in (["conv"], ["fc"], ["conv", "fc"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
