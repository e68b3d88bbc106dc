"""EfficientNet-Lite0 exported to ONNX: OnnxModel layers match the PyTorch forward hooks.

The export uses torch's TorchScript-based exporter (`dynamo=False`), which names each
node after the module that emitted it (e.g. `/_blocks.7/_project_conv/Conv`), so a
module's output is the output of the last node in its scope.
"""

from __future__ import annotations

import io
import warnings

import numpy as np
import onnx
import pytest
import skimage.data
import torch
from PIL import Image

from ventral_runner.base import ModelLoadError
from ventral_runner.models import efficientnet_lite
from ventral_runner.onnx_backend import OnnxModel
from ventral_runner.preprocess import preprocess
from ventral_runner.upload_validation import validate_onnx_upload

OPSET = 17
MODULES = ("_blocks.0", "_blocks.2", "_blocks.7", "_blocks.15", "_avg_pooling", "_fc")
# Allowed max absolute difference per unit of the layer's largest magnitude (at least 1).
# The exporter folds batch norm into the convolutions, so float32 rounding differs: on
# the two photos, block outputs up to 56 differ by up to 2e-4, the pool and logits by 6e-6.
TOLERANCE = 1e-4


def _png(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def exported():
    try:
        torch_model = efficientnet_lite.load("efficientnet-lite0")
    except (ModelLoadError, ImportError) as error:  # missing packages or weights
        pytest.skip(f"EfficientNet-Lite0 cannot be loaded: {error}")

    # TorchModel keeps the wrapped nn.Module (in eval mode) in `_module`.
    module = torch_model._module
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # torch 2.9+ marks the TorchScript-based exporter as deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.onnx.export(
            module,
            (torch.zeros(2, 3, 224, 224, device=next(module.parameters()).device),),
            buffer,
            dynamo=False,
            opset_version=OPSET,
            input_names=["input"],
            output_names=["logits"],
            dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
        )
    return torch_model, buffer.getvalue()


def _module_output_tensor(model: onnx.ModelProto, module_name: str) -> str:
    scoped = [node for node in model.graph.node if node.name.startswith(f"/{module_name}/")]
    assert scoped, f"no ONNX node in the scope of module {module_name}"
    return scoped[-1].output[0]


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_onnx_layers_match_torch(exported):
    torch_model, data = exported
    spec = torch_model.spec
    onnx_model = OnnxModel(spec, data)
    tensors = {name: _module_output_tensor(onnx.load_model_from_string(data), name) for name in MODULES}
    images = preprocess([_png(skimage.data.chelsea()), _png(skimage.data.coffee())], spec, spec.field_of_view_degrees)

    expected = torch_model.activations(images, list(MODULES))
    actual = onnx_model.activations(images, list(tensors.values()))

    for module_name, tensor_name in tensors.items():
        assert actual[tensor_name].shape == expected[module_name].shape, module_name
        difference = np.abs(actual[tensor_name] - expected[module_name]).max()
        scale = max(1.0, float(np.abs(expected[module_name]).max()))
        assert difference <= TOLERANCE * scale, f"{module_name} ({tensor_name}): max difference {difference:.2e}"
    assert tensors["_fc"] == "logits"
    assert (actual["logits"].argmax(axis=1) == expected["_fc"].argmax(axis=1)).all()


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_export_passes_upload_validation(exported):
    _, data = exported

    result = validate_onnx_upload(data, max_bytes=100_000_000)

    assert result.input_size == 224
    assert result.output_class_count == 1000
    assert result.output_name == "logits"
