"""Batched activation streaming: batching, duplicate images, ordering and errors."""

from __future__ import annotations

import inspect
import io

import numpy as np
import pytest
import torch
from PIL import Image
from torch import nn

from ventral_runner.activations import extract
from ventral_runner.base import ModelSpec
from ventral_runner.torch_backend import TorchModel
from ventral_runner.zoo import load_model

INPUT_SIZE = 16


class CountingModel:
    """A small TorchModel that records the batch size of every forward pass."""

    def __init__(self):
        torch.manual_seed(0)
        module = nn.Sequential(nn.Conv2d(3, 2, kernel_size=3, stride=2), nn.Flatten(), nn.LazyLinear(3))
        module(torch.zeros(1, 3, INPUT_SIZE, INPUT_SIZE))
        spec = ModelSpec(identifier="counting", backend="torch", input_size=INPUT_SIZE, layers=("0", "2"))
        self._model = TorchModel(spec, module, architecture="counting", device=torch.device("cpu"))
        self.spec = spec
        self.batches: list[int] = []

    def content_digest(self) -> str:
        return self._model.content_digest()

    def activations(self, images, layers):
        self.batches.append(images.shape[0])
        return self._model.activations(images, layers)


def _png(seed: int, size: int = 20) -> bytes:
    pixels = np.random.default_rng(seed).integers(0, 256, size=(size, size, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def _collect(batches) -> tuple[list[str], dict[str, np.ndarray]]:
    stimulus_ids: list[str] = []
    parts: dict[str, list[np.ndarray]] = {}
    for ids, outputs in batches:
        stimulus_ids.extend(ids)
        for layer, values in outputs.items():
            parts.setdefault(layer, []).append(values)
    return stimulus_ids, {layer: np.concatenate(values) for layer, values in parts.items()}


def test_batches_and_shapes():
    model = CountingModel()
    images = [(f"s{i}", _png(i)) for i in range(10)]

    batches = list(extract(model, images, ["0", "2"], stimulus_degrees=8, batch_size=4))

    assert model.batches == [4, 4, 2]
    assert [ids for ids, _ in batches] == [["s0", "s1", "s2", "s3"], ["s4", "s5", "s6", "s7"], ["s8", "s9"]]
    for ids, outputs in batches:
        assert outputs["0"].shape == (len(ids), 2 * 7 * 7)
        assert outputs["2"].shape == (len(ids), 3)
        assert outputs["0"].dtype == np.float32


def test_is_lazy_generator():
    model = CountingModel()
    images = [(f"s{i}", _png(i)) for i in range(6)]

    stream = extract(model, images, ["2"], stimulus_degrees=8, batch_size=2)

    assert inspect.isgenerator(stream)
    assert model.batches == []
    next(stream)
    assert model.batches == [2]
    stream.close()


def test_duplicates_run_once():
    model = CountingModel()
    images = [("a", _png(1)), ("b", _png(2)), ("a-copy", _png(1)), ("c", _png(3)), ("b-copy", _png(2))]

    stimulus_ids, outputs = _collect(extract(model, images, ["2"], stimulus_degrees=8, batch_size=64))

    assert model.batches == [3]
    assert stimulus_ids == ["a", "a-copy", "b", "b-copy", "c"]
    np.testing.assert_array_equal(outputs["2"][0], outputs["2"][1])
    np.testing.assert_array_equal(outputs["2"][2], outputs["2"][3])
    assert not np.array_equal(outputs["2"][0], outputs["2"][2])


def test_duplicates_across_batches_run_once():
    model = CountingModel()
    images = [(f"s{i}", _png(i % 3)) for i in range(9)]

    stimulus_ids, outputs = _collect(extract(model, images, ["2"], stimulus_degrees=8, batch_size=2))

    assert model.batches == [2, 1]
    assert sorted(stimulus_ids) == sorted(f"s{i}" for i in range(9))
    assert stimulus_ids == ["s0", "s3", "s6", "s1", "s4", "s7", "s2", "s5", "s8"]
    assert outputs["2"].shape == (9, 3)


def test_duplicate_rows_are_copies():
    model = CountingModel()
    images = [("a", _png(1)), ("a-copy", _png(1))]

    (_, outputs), = list(extract(model, images, ["2"], stimulus_degrees=8))
    outputs["2"][0, 0] = 1e9

    assert outputs["2"][1, 0] != 1e9


def test_batching_does_not_change_values():
    model = CountingModel()
    images = [(f"s{i}", _png(i)) for i in range(7)]

    _, together = _collect(extract(model, images, ["0", "2"], stimulus_degrees=8, batch_size=64))
    _, split = _collect(extract(model, images, ["0", "2"], stimulus_degrees=8, batch_size=3))

    np.testing.assert_allclose(split["0"], together["0"], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(split["2"], together["2"], rtol=1e-5, atol=1e-6)


def test_empty_input_yields_nothing():
    model = CountingModel()

    assert list(extract(model, [], ["2"], stimulus_degrees=8)) == []
    assert model.batches == []


def test_duplicate_stimulus_id_rejected():
    with pytest.raises(ValueError, match="stimulus_id 'a' occurs more than once"):
        extract(CountingModel(), [("a", _png(1)), ("a", _png(2))], ["2"], stimulus_degrees=8)


@pytest.mark.parametrize("batch_size", [0, -1, 2.5, True])
def test_invalid_batch_size_rejected(batch_size):
    with pytest.raises(ValueError, match="batch_size"):
        extract(CountingModel(), [("a", _png(1))], ["2"], stimulus_degrees=8, batch_size=batch_size)


def test_invalid_degrees_rejected_before_work():
    model = CountingModel()

    with pytest.raises(ValueError, match="stimulus_degrees"):
        extract(model, [("a", _png(1))], ["2"], stimulus_degrees=0)
    assert model.batches == []


def test_no_layers_rejected():
    with pytest.raises(ValueError, match="no layers"):
        extract(CountingModel(), [("a", _png(1))], [], stimulus_degrees=8)


def test_undecodable_image_names_stimulus():
    stream = extract(CountingModel(), [("good", _png(1)), ("bad-42", b"\x00garbage")], ["2"], stimulus_degrees=8)

    with pytest.raises(ValueError, match="bad-42"):
        list(stream)


def test_lite0_duplicates_match_single_run():
    model = load_model("efficientnet-lite0")
    images = [("x", _png(5, size=64)), ("y", _png(6, size=64)), ("x-again", _png(5, size=64))]

    stimulus_ids, outputs = _collect(extract(model, images, ["_blocks.0", "_fc"], stimulus_degrees=4))

    assert stimulus_ids == ["x", "x-again", "y"]
    assert outputs["_blocks.0"].shape == (3, 200704)
    np.testing.assert_array_equal(outputs["_fc"][0], outputs["_fc"][1])
    np.testing.assert_array_equal(outputs["_blocks.0"][0], outputs["_blocks.0"][1])


def test_batch_size_leaves_activations_unchanged():
    from ventral_runner import zoo
    from ventral_runner.activations import extract

    rng = np.random.default_rng(7)
    images = []
    for index in range(12):
        buffer = io.BytesIO()
        Image.fromarray(rng.integers(0, 256, size=(40, 40, 3), dtype=np.uint8)).save(buffer, format="PNG")
        images.append((f"image{index:02d}", buffer.getvalue()))
    model = zoo.load_model("cifar-resnet20")
    layers = ["layer1.0", "avgpool"]
    whole = dict(_rows_by_layer(extract(model, images, layers, 8.0, batch_size=12)))
    split = dict(_rows_by_layer(extract(model, images, layers, 8.0, batch_size=5)))
    for layer in layers:
        np.testing.assert_allclose(split[layer], whole[layer], rtol=1e-5, atol=1e-5)


def _rows_by_layer(batches):
    rows: dict[str, list] = {}
    for stimulus_ids, outputs in batches:
        for layer, values in outputs.items():
            rows.setdefault(layer, []).append(values)
    return [(layer, np.concatenate(parts)) for layer, parts in rows.items()]
