"""Checks on a user-uploaded ONNX model before it enters the zoo.

The bytes are only parsed as protobuf, checked with `onnx.checker`, shape-inferred and run
by onnxruntime on one synthetic test batch. Nothing is unpickled, and models that store
tensors in external files are rejected, so a model cannot make the runner open other files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto

from ventral_runner.onnx_backend import (
    candidate_layers,
    graph_input_names,
    load_onnx_bytes,
    session_options,
    with_outputs,
)

# Square input sizes accepted. The upper bound keeps one test batch (and every later
# batch of 64 images) within memory: 64 x 3 x 1024 x 1024 float32 is 768 MiB.
MIN_INPUT_SIZE = 16
MAX_INPUT_SIZE = 1024
TEST_BATCH_SIZE = 2
TEST_BATCH_SEED = 0


class UploadRejected(ValueError):
    """Rejection of an uploaded model, with a message that names the problem and the fix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ValidatedOnnx:
    """Facts about an accepted ONNX upload.

    `input_size` is the side of the square (batch, 3, input_size, input_size) input.
    `layers` are the candidate layer tensor names in graph order. `output_class_count`
    is the number of values per image in the first graph output (e.g. 1000 logits).
    """

    sha256: str
    input_name: str
    input_size: int
    layers: tuple[str, ...]
    output_name: str
    output_class_count: int
    opset: int


def validate_onnx_upload(data: bytes, max_bytes: int) -> ValidatedOnnx:
    """Validate uploaded ONNX bytes and return their digest, input and layer facts.

    Raises UploadRejected when:
    - the file is larger than `max_bytes`, or is not a valid self-contained ONNX model;
    - the graph has other than exactly one input (initializers do not count);
    - that input is not float32 (batch, 3, size, size) with a dynamic batch dimension;
    - onnxruntime cannot load or run the model;
    - a test batch gives NaN or infinite values in a graph output or candidate layer.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    if len(data) > max_bytes:
        raise UploadRejected(
            f"the file is {len(data)} bytes, more than the limit of {max_bytes} bytes; "
            "upload a smaller model (fewer parameters, or weights stored as float16)"
        )
    if not data:
        raise UploadRejected("the file is empty; upload the .onnx file written by your exporter")

    model = _parse(data)
    input_name, input_size = _check_input(model)
    model = _infer_shapes(model)
    layers = tuple(candidate_layers(model))
    output_name, class_count = _run_test_batch(model, input_name, input_size, layers)

    opset = next((entry.version for entry in model.opset_import if entry.domain in ("", "ai.onnx")), 0)
    return ValidatedOnnx(
        sha256=hashlib.sha256(data).hexdigest(),
        input_name=input_name,
        input_size=input_size,
        layers=layers,
        output_name=output_name,
        output_class_count=class_count,
        opset=opset,
    )


def _parse(data: bytes) -> onnx.ModelProto:
    try:
        model = load_onnx_bytes(data)
    except ValueError as error:
        raise UploadRejected(str(error)) from error

    try:
        onnx.checker.check_model(model)
    except onnx.checker.ValidationError as error:
        raise UploadRejected(
            f"the ONNX model is invalid: {_first_line(error)}; re-export it and check it with onnx.checker.check_model"
        ) from error
    return model


def _infer_shapes(model: onnx.ModelProto) -> onnx.ModelProto:
    try:
        return onnx.shape_inference.infer_shapes(model, strict_mode=True)
    except onnx.shape_inference.InferenceError as error:
        raise UploadRejected(
            f"ONNX shape inference failed ({_first_line(error)}); re-export the model with a current exporter and opset"
        ) from error


def _check_input(model: onnx.ModelProto) -> tuple[str, int]:
    inputs = graph_input_names(model)
    if len(inputs) != 1:
        raise UploadRejected(
            f"the model has {len(inputs)} graph inputs {inputs}, expected exactly one image input; "
            "export it with a single input (weights as initializers, no extra inputs)"
        )
    name = inputs[0]
    value = next(value for value in model.graph.input if value.name == name)

    if not value.type.HasField("tensor_type"):
        raise UploadRejected(f"input {name!r} is not a tensor; the input must be a float32 image batch")
    tensor_type = value.type.tensor_type
    if tensor_type.elem_type != TensorProto.FLOAT:
        type_name = TensorProto.DataType.Name(tensor_type.elem_type)
        raise UploadRejected(f"input {name!r} has element type {type_name}, expected FLOAT (float32); export in float32")

    dims = list(tensor_type.shape.dim) if tensor_type.HasField("shape") else None
    if dims is None or len(dims) != 4:
        shape = "unknown" if dims is None else _describe_shape(dims)
        raise UploadRejected(
            f"input {name!r} has shape {shape}, expected 4 dimensions (batch, 3, height, width) in NCHW order; "
            "export with a batched NCHW image input"
        )
    shape = _describe_shape(dims)
    if dims[0].HasField("dim_value"):
        raise UploadRejected(
            f"input {name!r} has shape {shape} with a fixed batch size of {dims[0].dim_value}; "
            "export with a dynamic batch dimension (torch.onnx.export dynamic_axes={'input': {0: 'batch'}} "
            "or dynamic_shapes)"
        )
    if not dims[1].HasField("dim_value") or dims[1].dim_value != 3:
        raise UploadRejected(
            f"input {name!r} has shape {shape}, expected 3 channels in dimension 1 (NCHW, RGB); "
            "export with channels-first RGB input, not NHWC or grayscale"
        )
    if not (dims[2].HasField("dim_value") and dims[3].HasField("dim_value")):
        raise UploadRejected(
            f"input {name!r} has shape {shape} with dynamic height or width, so the input size is unknown; "
            "export with a fixed square height and width (e.g. 224 x 224)"
        )
    height, width = dims[2].dim_value, dims[3].dim_value
    if height != width:
        raise UploadRejected(
            f"input {name!r} is {height} x {width} pixels, but images are resized to a square; "
            "export with equal height and width"
        )
    if not MIN_INPUT_SIZE <= height <= MAX_INPUT_SIZE:
        raise UploadRejected(
            f"input {name!r} is {height} x {width} pixels, outside the supported {MIN_INPUT_SIZE}..{MAX_INPUT_SIZE}; "
            "export with an input size in that range"
        )
    return name, height


def _describe_shape(dims) -> str:
    parts = [str(dim.dim_value) if dim.HasField("dim_value") else (dim.dim_param or "?") for dim in dims]
    return "(" + ", ".join(parts) + ")"


def _run_test_batch(
    model: onnx.ModelProto, input_name: str, input_size: int, layers: tuple[str, ...]
) -> tuple[str, int]:
    """Run a seeded random batch through the graph outputs and candidate layers; return the first output's name and width."""
    output_names = [value.name for value in model.graph.output]
    if not output_names:
        raise UploadRejected("the model has no graph outputs; export it with its classifier output")
    fetched = list(dict.fromkeys(output_names + list(layers)))

    try:
        session = ort.InferenceSession(
            with_outputs(model, fetched).SerializeToString(),
            sess_options=session_options(),
            providers=["CPUExecutionProvider"],
        )
    except Exception as error:  # onnxruntime raises its own exception types for unsupported models
        raise UploadRejected(
            f"onnxruntime {ort.__version__} cannot load the model ({_first_line(error)}); "
            "export with standard ONNX operators (no custom domains) at an opset this version supports"
        ) from error

    # Normalized images are roughly standard normal, so the test batch is too.
    rng = np.random.default_rng(TEST_BATCH_SEED)
    batch = rng.standard_normal((TEST_BATCH_SIZE, 3, input_size, input_size), dtype=np.float32)
    try:
        values = session.run(fetched, {input_name: batch})
    except Exception as error:  # onnxruntime raises its own exception types at run time
        raise UploadRejected(
            f"running the model on a test batch of shape {batch.shape} failed ({_first_line(error)}); "
            "check that it runs with onnxruntime on that shape"
        ) from error

    for name, value in zip(fetched, values):
        value = np.asarray(value)
        if not np.issubdtype(value.dtype, np.number):
            continue
        if name in output_names and (value.ndim == 0 or value.shape[0] != TEST_BATCH_SIZE):
            raise UploadRejected(
                f"output {name!r} has shape {value.shape} for a batch of {TEST_BATCH_SIZE} images; "
                "dimension 0 of every output must be the batch dimension"
            )
        if not np.all(np.isfinite(value)):
            kind = "output" if name in output_names else "layer"
            raise UploadRejected(
                f"{kind} {name!r} has NaN or infinite values on a test batch of standard-normal images; "
                "fix the numerically unstable operation (e.g. log or division of zero) before uploading"
            )

    first = np.asarray(values[0])
    return output_names[0], int(first.reshape(TEST_BATCH_SIZE, -1).shape[1])


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
