"""OnnxModel: candidate layers, graph-output exposure on a hand-built graph, and a real MobileNet."""

from __future__ import annotations

import hashlib

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from ventral import config
from ventral_runner.base import ModelSpec
from ventral_runner.onnx_backend import (
    OnnxModel,
    candidate_layers,
    default_intra_op_threads,
    execution_providers,
)

SIZE = 4
OPSET = 17


def _tiny_weights() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    return {
        "conv_w": rng.standard_normal((2, 3, 3, 3)).astype(np.float32),
        "conv_b_half": rng.standard_normal(2).astype(np.float32),
        "fc_w": rng.standard_normal((5, 2)).astype(np.float32),
        "fc_b": rng.standard_normal(5).astype(np.float32),
    }


def _tiny_model() -> onnx.ModelProto:
    """input (N, 3, 4, 4) -> Conv 3x3 pad 1 -> Relu -> GlobalAveragePool -> Flatten -> Gemm -> logits (N, 5).

    The Conv bias is computed by an Add of two initializers, a node whose output does
    not depend on the image.
    """
    weights = _tiny_weights()
    initializers = [
        numpy_helper.from_array(weights["conv_w"], "conv_w"),
        numpy_helper.from_array(weights["conv_b_half"], "conv_b_half"),
        numpy_helper.from_array(weights["fc_w"], "fc_w"),
        numpy_helper.from_array(weights["fc_b"], "fc_b"),
    ]
    nodes = [
        helper.make_node("Add", ["conv_b_half", "conv_b_half"], ["conv_b"]),
        helper.make_node("Conv", ["input", "conv_w", "conv_b"], ["conv_out"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["conv_out"], ["relu_out"]),
        helper.make_node("GlobalAveragePool", ["relu_out"], ["pool_out"]),
        helper.make_node("Flatten", ["pool_out"], ["flat"]),
        helper.make_node("Gemm", ["flat", "fc_w", "fc_b"], ["logits"], transB=1),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, SIZE, SIZE])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", 5])],
        initializer=initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    onnx.checker.check_model(model)
    return model


def _expected_tiny(images: np.ndarray) -> dict[str, np.ndarray]:
    """Compute the tiny graph in numpy, each tensor in NCHW layout."""
    weights = _tiny_weights()
    batch = images.shape[0]
    padded = np.pad(images, ((0, 0), (0, 0), (1, 1), (1, 1)))
    conv = np.zeros((batch, 2, SIZE, SIZE), dtype=np.float64)
    for row in range(SIZE):
        for column in range(SIZE):
            patch = padded[:, :, row : row + 3, column : column + 3]
            conv[:, :, row, column] = np.einsum("bcij,ocij->bo", patch, weights["conv_w"])
    conv += (2 * weights["conv_b_half"])[None, :, None, None]
    relu = np.maximum(conv, 0)
    pool = relu.mean(axis=(2, 3), keepdims=True)
    logits = pool.reshape(batch, 2) @ weights["fc_w"].T + weights["fc_b"]
    return {"conv_out": conv, "relu_out": relu, "pool_out": pool, "flat": pool.reshape(batch, 2), "logits": logits}


def _tiny_spec() -> ModelSpec:
    return ModelSpec(identifier="tiny-onnx", backend="onnx", input_size=SIZE, layers=("conv_out", "relu_out"))


def _images(batch: int = 3, size: int = SIZE) -> np.ndarray:
    return np.random.default_rng(0).standard_normal((batch, 3, size, size)).astype(np.float32)


def test_tiny_candidate_layers():
    assert candidate_layers(_tiny_model()) == ["conv_out", "relu_out", "pool_out", "logits"]


def test_tiny_exposed_outputs_match_numpy():
    model = OnnxModel(_tiny_spec(), _tiny_model().SerializeToString())
    images = _images()
    expected = _expected_tiny(images.astype(np.float64))

    layers = ["conv_out", "relu_out", "pool_out", "flat", "logits"]
    result = model.activations(images, layers)

    assert list(result) == layers
    for name in layers:
        assert result[name].dtype == np.float32, name
        assert result[name].flags.c_contiguous, name
        assert result[name].shape == (3, expected[name][0].size), name
        # Row-major flattening of (channel, height, width).
        np.testing.assert_allclose(result[name], expected[name].reshape(3, -1), rtol=1e-5, atol=1e-5, err_msg=name)


def test_tiny_single_layer_session():
    model = OnnxModel(_tiny_spec(), _tiny_model().SerializeToString())
    images = _images()

    alone = model.activations(images, ["relu_out"])
    together = model.activations(images, ["logits", "relu_out"])

    assert list(alone) == ["relu_out"]
    np.testing.assert_array_equal(alone["relu_out"], together["relu_out"])


def test_tiny_layer_shapes_and_parameters():
    model = OnnxModel(_tiny_spec(), _tiny_model().SerializeToString())

    shapes = model.layer_shapes(["conv_out", "pool_out", "logits"])

    assert shapes == {"conv_out": (2, SIZE, SIZE), "pool_out": (2, 1, 1), "logits": (5,)}
    # conv_w 2x3x3x3, conv_b_half 2, fc_w 5x2, fc_b 5.
    assert model.num_parameters == 54 + 2 + 10 + 5


def test_tiny_unknown_layer_lists_candidates():
    model = OnnxModel(_tiny_spec(), _tiny_model().SerializeToString())
    with pytest.raises(ValueError, match="unknown layer") as raised:
        model.activations(_images(), ["conv_out", "no_such_tensor"])
    assert "no_such_tensor" in str(raised.value)
    assert "relu_out" in str(raised.value)


def test_tiny_constant_tensor_rejected():
    model = OnnxModel(_tiny_spec(), _tiny_model().SerializeToString())
    with pytest.raises(ValueError, match="batch dimension"):
        model.activations(_images(), ["conv_b"])


def test_tiny_wrong_image_shape_rejected():
    model = OnnxModel(_tiny_spec(), _tiny_model().SerializeToString())
    with pytest.raises(ValueError, match=r"\(batch, 3, 4, 4\)"):
        model.activations(_images(size=5), ["logits"])
    with pytest.raises(ValueError, match="empty"):
        model.activations(np.zeros((0, 3, SIZE, SIZE), np.float32), ["logits"])


def test_content_digest_is_file_sha256(tmp_path):
    data = _tiny_model().SerializeToString()
    path = tmp_path / "tiny.onnx"
    path.write_bytes(data)

    expected = hashlib.sha256(data).hexdigest()
    assert OnnxModel(_tiny_spec(), path).content_digest() == expected
    assert OnnxModel(_tiny_spec(), data).content_digest() == expected


def test_external_data_rejected():
    model = _tiny_model()
    tensor = model.graph.initializer[0]
    onnx.external_data_helper.set_external_data(tensor, location="weights.bin")
    tensor.ClearField("raw_data")
    tensor.data_location = TensorProto.EXTERNAL

    with pytest.raises(ValueError, match="external files"):
        OnnxModel(_tiny_spec(), model.SerializeToString())


def test_external_constant_attribute_rejected():
    model = _tiny_model()
    value = numpy_helper.from_array(np.ones(2, dtype=np.float32), "offset_value")
    onnx.external_data_helper.set_external_data(value, location="offset.bin")
    value.ClearField("raw_data")
    value.data_location = TensorProto.EXTERNAL
    model.graph.node.insert(0, helper.make_node("Constant", [], ["offset"], value=value))

    with pytest.raises(ValueError, match="offset_value"):
        OnnxModel(_tiny_spec(), model.SerializeToString())


def test_corrupt_bytes_rejected():
    with pytest.raises(ValueError, match="ONNX"):
        OnnxModel(_tiny_spec(), b"\x08\x07 definitely not a model \xff\xfe")


def _reduce_mean_model(axes: list[int]) -> onnx.ModelProto:
    nodes = [
        helper.make_node("Relu", ["input"], ["relu_out"]),
        helper.make_node("ReduceMean", ["relu_out", "axes"], ["mean_out"], keepdims=0),
        helper.make_node("Identity", ["mean_out"], ["output"]),
    ]
    graph = helper.make_graph(
        nodes,
        "reduce",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, SIZE, SIZE])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, None)],
        initializer=[numpy_helper.from_array(np.array(axes, dtype=np.int64), "axes")],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])


def test_spatial_reduce_mean_is_candidate():
    assert "mean_out" in candidate_layers(_reduce_mean_model([2, 3]))
    assert "mean_out" in candidate_layers(_reduce_mean_model([-2, -1]))
    assert "mean_out" not in candidate_layers(_reduce_mean_model([1]))


def test_session_settings():
    model = OnnxModel(_tiny_spec(), _tiny_model().SerializeToString(), intra_op_threads=1)
    model.activations(_images(), ["logits"])
    session = next(iter(model._sessions.values()))

    assert session.get_session_options().intra_op_num_threads == 1
    assert session.get_providers()[0] == execution_providers()[0]
    assert default_intra_op_threads() >= 1


# --- a real model: MobileNet V1 0.25 at 128 px ------------------------------------------------

MOBILENET_FILE = "mobilenet-dequantized/mobilenet_v1_0.25_128_quant_dequantized.onnx"


@pytest.fixture(scope="module")
def mobilenet() -> OnnxModel:
    root = config.shared_models_root()
    if root is None or not (root / MOBILENET_FILE).is_file():
        pytest.skip(f"shared models folder with {MOBILENET_FILE} not found (set VENTRAL_SHARED_MODELS)")
    spec = ModelSpec(identifier="mobilenet-test", backend="onnx", input_size=128, layers=("relu6",))
    return OnnxModel(spec, root / MOBILENET_FILE)


def test_mobilenet_candidate_layers(mobilenet):
    layers = mobilenet.candidate_layers

    # 28 Conv, 27 Clip (relu6), the spatial ReduceMean and the Reshape to logits.
    assert len(layers) == 57
    assert layers[:3] == ["conv2d", "relu6", "conv2d_1"]
    assert layers[-3:] == ["mean", "conv2d_27", "logits"]
    assert mobilenet.layer_names == layers
    assert mobilenet.input_name == "input"


def test_mobilenet_activation_shapes(mobilenet):
    images = _images(batch=2, size=128)
    result = mobilenet.activations(images, ["relu6", "relu6_2", "relu6_26", "mean", "logits"])

    # Width 0.25: 8 channels at 64x64 after the stride-2 stem, 16 after block 1, 256 at 4x4 at the end.
    assert result["relu6"].shape == (2, 8 * 64 * 64)
    assert result["relu6_2"].shape == (2, 16 * 64 * 64)
    assert result["relu6_26"].shape == (2, 256 * 4 * 4)
    assert result["mean"].shape == (2, 256)
    assert result["logits"].shape == (2, 1001)
    # ReLU6 bounds every value to [0, 6].
    assert result["relu6_26"].min() >= 0
    assert result["relu6_26"].max() <= 6
    # The pool is the spatial mean of the last block.
    np.testing.assert_allclose(result["mean"], result["relu6_26"].reshape(2, 256, 16).mean(axis=2), atol=1e-5)
