"""validate_onnx_upload: one accepted model and every rejection, on graphs built with onnx.helper."""

from __future__ import annotations

import hashlib

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from ventral import config
from ventral_runner.upload_validation import UploadRejected, ValidatedOnnx, validate_onnx_upload

SIZE = 16
LIMIT = 10_000_000


def _classifier(
    input_shape=("N", 3, SIZE, SIZE),
    input_type=TensorProto.FLOAT,
    extra_inputs=(),
    weights_as_inputs=False,
    opset=17,
) -> onnx.ModelProto:
    """input -> Conv 3x3 (4 channels) -> Relu -> GlobalAveragePool -> Flatten -> Gemm -> logits (N, 10)."""
    rng = np.random.default_rng(0)
    initializers = [
        numpy_helper.from_array(rng.standard_normal((4, 3, 3, 3)).astype(np.float32), "conv_w"),
        numpy_helper.from_array(rng.standard_normal((10, 4)).astype(np.float32), "fc_w"),
    ]
    nodes = [
        helper.make_node("Conv", ["input", "conv_w"], ["conv_out"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["conv_out"], ["relu_out"]),
        helper.make_node("GlobalAveragePool", ["relu_out"], ["pool_out"]),
        helper.make_node("Flatten", ["pool_out"], ["flat"]),
        helper.make_node("Gemm", ["flat", "fc_w"], ["logits"], transB=1),
    ]
    inputs = [helper.make_tensor_value_info("input", input_type, list(input_shape) if input_shape else None)]
    inputs += [helper.make_tensor_value_info(name, TensorProto.FLOAT, ["N", 3, SIZE, SIZE]) for name in extra_inputs]
    if weights_as_inputs:
        # Older exporters list initializers among the graph inputs too.
        inputs += [helper.make_tensor_value_info(t.name, TensorProto.FLOAT, list(t.dims)) for t in initializers]
    graph = helper.make_graph(
        nodes,
        "classifier",
        inputs,
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", 10])],
        initializer=initializers,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def _bytes(model: onnx.ModelProto) -> bytes:
    return model.SerializeToString()


def _rejected(data: bytes, max_bytes: int = LIMIT) -> str:
    with pytest.raises(UploadRejected) as raised:
        validate_onnx_upload(data, max_bytes)
    return raised.value.reason


def test_valid_classifier_accepted():
    data = _bytes(_classifier())

    result = validate_onnx_upload(data, LIMIT)

    assert isinstance(result, ValidatedOnnx)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.input_name == "input"
    assert result.input_size == SIZE
    assert result.layers == ("conv_out", "relu_out", "pool_out", "logits")
    assert result.output_name == "logits"
    assert result.output_class_count == 10
    assert result.opset == 17


def test_initializers_listed_as_inputs_accepted():
    result = validate_onnx_upload(_bytes(_classifier(weights_as_inputs=True)), LIMIT)
    assert result.input_name == "input"


def test_oversized_file_rejected():
    data = _bytes(_classifier())
    reason = _rejected(data, max_bytes=len(data) - 1)
    assert f"{len(data)} bytes" in reason
    assert f"limit of {len(data) - 1}" in reason


def test_empty_file_rejected():
    assert "empty" in _rejected(b"")


def test_non_onnx_bytes_rejected():
    reason = _rejected(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert "ONNX" in reason
    assert "torch.onnx.export" in reason


def test_truncated_file_rejected():
    data = _bytes(_classifier())
    assert "ONNX" in _rejected(data[: len(data) // 2])


def test_invalid_graph_rejected():
    model = _classifier()
    model.graph.node[1].input[0] = "undefined_tensor"
    assert "invalid" in _rejected(_bytes(model))


def test_two_inputs_rejected():
    reason = _rejected(_bytes(_classifier(extra_inputs=("second",))))
    assert "2 graph inputs" in reason
    assert "second" in reason


def test_missing_batch_dimension_rejected():
    reason = _rejected(_bytes(_classifier(input_shape=(3, SIZE, SIZE))))
    assert "4 dimensions" in reason


def test_fixed_batch_rejected():
    reason = _rejected(_bytes(_classifier(input_shape=(1, 3, SIZE, SIZE))))
    assert "dynamic batch" in reason


def test_channels_last_rejected():
    reason = _rejected(_bytes(_classifier(input_shape=("N", SIZE, SIZE, 3))))
    assert "3 channels" in reason
    assert "NHWC" in reason


def test_grayscale_input_rejected():
    assert "3 channels" in _rejected(_bytes(_classifier(input_shape=("N", 1, SIZE, SIZE))))


def test_dynamic_spatial_size_rejected():
    assert "dynamic height or width" in _rejected(_bytes(_classifier(input_shape=("N", 3, "H", "W"))))


def test_non_square_input_rejected():
    assert "square" in _rejected(_bytes(_classifier(input_shape=("N", 3, SIZE, SIZE * 2))))


def test_input_size_out_of_range_rejected():
    assert "outside the supported" in _rejected(_bytes(_classifier(input_shape=("N", 3, 8, 8))))


def test_integer_input_rejected():
    assert "UINT8" in _rejected(_bytes(_classifier(input_type=TensorProto.UINT8)))


def test_external_data_rejected():
    model = _classifier()
    tensor = model.graph.initializer[0]
    onnx.external_data_helper.set_external_data(tensor, location="../../etc/passwd")
    tensor.ClearField("raw_data")
    tensor.data_location = TensorProto.EXTERNAL
    assert "external files" in _rejected(_bytes(model))


def test_non_finite_output_rejected():
    model = _classifier()
    # log(0 * logits) is -inf for every image.
    zero = numpy_helper.from_array(np.zeros(1, dtype=np.float32), "zero")
    model.graph.initializer.append(zero)
    model.graph.node[-1].output[0] = "raw_logits"
    model.graph.node.append(helper.make_node("Mul", ["raw_logits", "zero"], ["zeroed"]))
    model.graph.node.append(helper.make_node("Log", ["zeroed"], ["logits"]))

    reason = _rejected(_bytes(model))
    assert "NaN or infinite" in reason
    assert "'logits'" in reason


def test_output_without_batch_dimension_rejected():
    model = _classifier()
    model.graph.node.append(helper.make_node("ReduceMean", ["logits"], ["total"], keepdims=0))
    del model.graph.output[:]
    model.graph.output.append(helper.make_tensor_value_info("total", TensorProto.FLOAT, []))
    assert "batch dimension" in _rejected(_bytes(model))


def test_unknown_operator_domain_rejected():
    model = _classifier()
    model.graph.node[1].domain = "com.example.custom"
    model.graph.node[1].op_type = "SecretRelu"
    model.opset_import.append(helper.make_opsetid("com.example.custom", 1))
    reason = _rejected(_bytes(model))
    assert "cannot load" in reason
    assert "custom domains" in reason


def test_mobilenet_file_accepted():
    root = config.shared_models_root()
    path = None if root is None else root / "mobilenet-dequantized/mobilenet_v1_0.25_128_quant_dequantized.onnx"
    if path is None or not path.is_file():
        pytest.skip("shared models folder with the MobileNet ONNX files not found (set VENTRAL_SHARED_MODELS)")

    result = validate_onnx_upload(path.read_bytes(), 50_000_000)

    assert result.input_size == 128
    assert result.output_class_count == 1001
    assert "relu6_26" in result.layers
