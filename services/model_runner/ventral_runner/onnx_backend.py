"""ONNX models on onnxruntime, with intermediate tensors read by name.

ONNX Runtime returns only graph outputs, so reading a layer means adding its
tensor to the graph outputs. `OnnxModel` builds one session per requested set of
layers, and the graph outputs of that session are exactly those layers. Because of
that, onnxruntime prunes the nodes that the requested layers do not depend on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Sequence

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto

from ventral_runner.base import ModelSpec

logger = logging.getLogger(__name__)

# Node types whose outputs are offered as layers. `ReduceMean` counts only when
# it averages over the spatial axes (a global average pool written as a reduction).
CANDIDATE_OP_TYPES = frozenset(
    {
        "Conv",
        "Relu",
        "Clip",
        "Add",
        "Gemm",
        "MatMul",
        "Concat",
        "MaxPool",
        "AveragePool",
        "GlobalAveragePool",
        "GlobalMaxPool",
    }
)
_SPATIAL_AXES = ({2, 3}, {-2, -1})
# UNDEFINED stands for "not inferred": such tensors stay candidates.
_FLOAT_TYPES = frozenset(
    {TensorProto.UNDEFINED, TensorProto.FLOAT, TensorProto.FLOAT16, TensorProto.BFLOAT16, TensorProto.DOUBLE}
)

# onnxruntime input type -> numpy dtype the float32 images are cast to before a run.
_NUMPY_DTYPES = {
    "tensor(float)": np.float32,
    "tensor(float16)": np.float16,
    "tensor(double)": np.float64,
}

MAX_CACHED_SESSIONS = 3


def load_onnx_bytes(data: bytes) -> onnx.ModelProto:
    """Parse serialized ONNX bytes and reject models whose tensors live in external files.

    Raises ValueError for bytes that are not an ONNX model and for external data,
    because reading external data would open files named by the model.
    """
    try:
        model = onnx.load_model_from_string(data)
    except Exception as error:  # protobuf raises DecodeError, onnx may raise others
        raise ValueError(
            f"the bytes are not a valid ONNX model ({type(error).__name__}: {error}); "
            "use the .onnx file written by torch.onnx.export or onnx.save_model"
        ) from error
    if not model.graph.node:
        raise ValueError(
            "the bytes parse as an ONNX model with no graph nodes (corrupt or not an ONNX file); "
            "use the .onnx file written by torch.onnx.export or onnx.save_model"
        )
    external = external_data_tensors(model)
    if external:
        raise ValueError(
            f"the ONNX model stores tensors in external files ({', '.join(external[:5])}); "
            "save it as one file with onnx.save_model(model, path, save_as_external_data=False)"
        )
    return model


def external_data_tensors(model: onnx.ModelProto) -> list[str]:
    """Return the names of tensors stored in external files.

    Searched are initializers (dense and sparse) and tensor attributes of nodes, in
    the main graph, its subgraphs and the model's local functions.
    """
    names: list[str] = []

    def visit_tensors(tensors, fallback_name: str) -> None:
        for tensor in tensors:
            if tensor.data_location == TensorProto.EXTERNAL:
                names.append(tensor.name or fallback_name)

    def visit_nodes(nodes) -> None:
        for node in nodes:
            for attribute in node.attribute:
                label = f"{node.name or node.op_type}.{attribute.name}"
                visit_tensors(attribute.tensors, label)
                if attribute.HasField("t"):
                    visit_tensors([attribute.t], label)
                visit_tensors([sparse.values for sparse in attribute.sparse_tensors], label)
                if attribute.HasField("sparse_tensor"):
                    visit_tensors([attribute.sparse_tensor.values], label)
                if attribute.HasField("g"):
                    visit_graph(attribute.g)
                for subgraph in attribute.graphs:
                    visit_graph(subgraph)

    def visit_graph(graph: onnx.GraphProto) -> None:
        visit_tensors(graph.initializer, graph.name)
        visit_tensors([sparse.values for sparse in graph.sparse_initializer], graph.name)
        visit_nodes(graph.node)

    visit_graph(model.graph)
    for function in model.functions:
        visit_nodes(function.node)
    return names


def graph_input_names(model: onnx.ModelProto) -> list[str]:
    """Return the graph inputs that are fed at run time (initializers listed as inputs excluded)."""
    initializers = {tensor.name for tensor in model.graph.initializer}
    return [value.name for value in model.graph.input if value.name not in initializers]


def candidate_layers(model: onnx.ModelProto) -> list[str]:
    """List the tensor names worth reading as layers, in graph order.

    These are the outputs of Conv, Relu, Clip (relu6), Add, Gemm, MatMul, Concat
    and pooling nodes (MaxPool, AveragePool, the global pools, and ReduceMean over
    the spatial axes 2 and 3), followed by the graph outputs not listed yet.
    Skipped are nodes whose inputs are all constants, because their outputs do not
    depend on the image, and outputs whose inferred type is not floating point
    (e.g. a Concat of shape values). Shapes are inferred when the model has no
    `value_info` yet.
    """
    if not model.graph.value_info:
        model = onnx.shape_inference.infer_shapes(model)
    element_types = {
        value.name: value.type.tensor_type.elem_type
        for value in list(model.graph.value_info) + list(model.graph.output)
    }
    constants = {tensor.name for tensor in model.graph.initializer}
    constants |= {node.output[0] for node in model.graph.node if node.op_type == "Constant"}

    names: list[str] = []
    for node in model.graph.node:
        if not node.output or not node.output[0]:
            continue
        inputs = [name for name in node.input if name]
        if inputs and all(name in constants for name in inputs):
            continue
        element_type = element_types.get(node.output[0], TensorProto.UNDEFINED)
        if element_type not in _FLOAT_TYPES:
            continue
        if node.op_type in CANDIDATE_OP_TYPES or _is_spatial_mean(node, model.graph):
            names.append(node.output[0])

    listed = set(names)
    names.extend(output.name for output in model.graph.output if output.name not in listed)
    return names


def _is_spatial_mean(node: onnx.NodeProto, graph: onnx.GraphProto) -> bool:
    if node.op_type != "ReduceMean":
        return False
    axes: list[int] | None = None
    for attribute in node.attribute:
        if attribute.name == "axes":
            axes = list(attribute.ints)
    if axes is None and len(node.input) > 1 and node.input[1]:
        # Opset 18 moved `axes` from an attribute to an input, usually an initializer.
        for tensor in graph.initializer:
            if tensor.name == node.input[1]:
                axes = [int(axis) for axis in onnx.numpy_helper.to_array(tensor).ravel()]
        for constant in graph.node:
            if constant.op_type == "Constant" and constant.output[0] == node.input[1]:
                axes = [int(axis) for axis in onnx.numpy_helper.to_array(constant.attribute[0].t).ravel()]
    return axes is not None and set(axes) in _SPATIAL_AXES


def produced_tensor_names(model: onnx.ModelProto) -> set[str]:
    """Return every tensor name that a node of the main graph outputs."""
    return {name for node in model.graph.node for name in node.output if name}


def with_outputs(model: onnx.ModelProto, outputs: Sequence[str]) -> onnx.ModelProto:
    """Return a copy of a shape-inferred model whose graph outputs are exactly `outputs`.

    Types and shapes come from the model's graph outputs and `value_info` (fill
    those with `onnx.shape_inference.infer_shapes` first). A tensor without an
    inferred type is declared float32 with unknown shape.
    """
    known = {value.name: value for value in model.graph.output}
    for value in model.graph.value_info:
        known.setdefault(value.name, value)

    exposed = onnx.ModelProto()
    exposed.CopyFrom(model)
    del exposed.graph.output[:]
    for name in outputs:
        value = known.get(name)
        if value is None or not value.type.tensor_type.elem_type:
            value = onnx.helper.make_tensor_value_info(name, TensorProto.FLOAT, None)
        exposed.graph.output.append(value)
    return exposed


def default_intra_op_threads() -> int:
    """Return the number of CPUs this process may run on (its affinity mask), at least 1.

    onnxruntime's own default is the machine's physical core count, which
    oversubscribes a container limited to fewer CPUs.
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def execution_providers() -> list[str]:
    """Return CUDA then CPU when this onnxruntime build has CUDA, else CPU only."""
    if "CUDAExecutionProvider" in ort.get_available_providers():
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


def session_options(intra_op_threads: int | None = None) -> ort.SessionOptions:
    """Build session options: sequential execution, `intra_op_threads` threads per operator, no spin-waiting.

    With `intra_op_threads=None` the thread count is `default_intra_op_threads()`.
    Spin-waiting is off because the runner shares its CPUs with other
    processes, and spinning threads burn CPU time between operators.
    """
    options = ort.SessionOptions()
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = intra_op_threads or default_intra_op_threads()
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


class OnnxModel:
    """A LoadedModel backed by an ONNX file and onnxruntime.

    `model_path_or_bytes` is a path to a self-contained .onnx file or its bytes.
    The model must have one image input of shape (batch, 3, size, size).
    `content_digest()` is the SHA-256 of the file bytes.
    """

    def __init__(
        self,
        spec: ModelSpec,
        model_path_or_bytes: str | os.PathLike | bytes,
        *,
        intra_op_threads: int | None = None,
    ) -> None:
        if isinstance(model_path_or_bytes, (bytes, bytearray, memoryview)):
            data = bytes(model_path_or_bytes)
        else:
            data = Path(model_path_or_bytes).read_bytes()

        self.spec = spec
        self._digest = hashlib.sha256(data).hexdigest()
        model = load_onnx_bytes(data)
        self._model = onnx.shape_inference.infer_shapes(model)

        inputs = graph_input_names(self._model)
        if len(inputs) != 1:
            raise ValueError(
                f"model {spec.identifier!r} has {len(inputs)} graph inputs {inputs}; "
                "export it with a single image input"
            )
        self.input_name = inputs[0]
        self.num_parameters = sum(
            int(np.prod(tensor.dims)) for tensor in self._model.graph.initializer if tensor.data_type in _FLOAT_TYPES
        )
        self.candidate_layers = candidate_layers(self._model)
        self._readable = produced_tensor_names(self._model)
        self._options = session_options(intra_op_threads)
        self._providers = execution_providers()
        self._sessions: OrderedDict[tuple[str, ...], ort.InferenceSession] = OrderedDict()
        self._sessions_lock = threading.Lock()
        logger.info(
            "loaded ONNX model %s (sha256 %s, %d candidate layers, providers %s, %d intra-op threads)",
            spec.identifier,
            self._digest[:12],
            len(self.candidate_layers),
            self._providers,
            self._options.intra_op_num_threads,
        )

    @property
    def layer_names(self) -> list[str]:
        """Candidate layer names (tensor names), in graph order; any other node output is readable too."""
        return list(self.candidate_layers)

    def content_digest(self) -> str:
        """Return the SHA-256 hex digest of the ONNX file bytes."""
        return self._digest

    def activations(self, images: np.ndarray, layers: Sequence[str]) -> dict[str, np.ndarray]:
        """Run one batch and return, per layer, float32 activations of shape (batch, features).

        `images` is float32 of shape (batch, 3, input_size, input_size), already
        normalized. A layer is any tensor name that a node outputs. Features are
        the tensor flattened row-major (channel x height x width).
        Raises ValueError for an unknown layer or a wrongly shaped batch.
        """
        outputs = self._run(images, layers)
        batch = images.shape[0]
        return {
            name: np.ascontiguousarray(value.reshape(batch, -1), dtype=np.float32) for name, value in outputs.items()
        }

    def layer_shapes(self, layers: Sequence[str]) -> dict[str, tuple[int, ...]]:
        """Return the per-image output shape of each layer (e.g. channel, height, width), measured on one blank image."""
        size = self.spec.input_size
        outputs = self._run(np.zeros((1, 3, size, size), dtype=np.float32), layers)
        return {name: tuple(int(dim) for dim in value.shape[1:]) for name, value in outputs.items()}

    def _run(self, images: np.ndarray, layers: Sequence[str]) -> dict[str, np.ndarray]:
        """Check the inputs, run the session for `layers` and return each layer's raw output (batch first)."""
        self._check_images(images)
        requested = tuple(dict.fromkeys(layers))
        if not requested:
            raise ValueError("no layers requested; pass at least one of " + ", ".join(self.candidate_layers))
        unknown = [name for name in requested if name not in self._readable]
        if unknown:
            raise ValueError(
                f"unknown layer(s) {unknown} for model {self.spec.identifier!r}; "
                f"candidates are: {', '.join(self.candidate_layers)}"
            )

        session = self._session_for(requested)
        input_dtype = _NUMPY_DTYPES.get(session.get_inputs()[0].type, np.float32)
        values = session.run(list(requested), {self.input_name: images.astype(input_dtype, copy=False)})

        batch = images.shape[0]
        outputs: dict[str, np.ndarray] = {}
        for name, value in zip(requested, values):
            value = np.asarray(value)
            if value.ndim == 0 or value.shape[0] != batch:
                raise ValueError(
                    f"layer {name!r} of model {self.spec.identifier!r} has shape {value.shape}, "
                    f"which has no batch dimension of size {batch}; choose a layer that depends on the image"
                )
            outputs[name] = value
        return outputs

    def _check_images(self, images: np.ndarray) -> None:
        size = self.spec.input_size
        if not isinstance(images, np.ndarray) or images.ndim != 4 or images.shape[1:] != (3, size, size):
            shape = getattr(images, "shape", type(images).__name__)
            raise ValueError(
                f"images for model {self.spec.identifier!r} must have shape (batch, 3, {size}, {size}), "
                f"got {shape}; resize them to the model's input size"
            )
        if images.shape[0] == 0:
            raise ValueError("the image batch is empty; pass at least one image")

    def _session_for(self, layers: tuple[str, ...]) -> ort.InferenceSession:
        """Return the cached session whose graph outputs are `layers`, building it when missing.

        Sessions run concurrently (onnxruntime's `run` is thread-safe), but the cache
        is guarded by a lock, so two threads never build the same session.
        """
        key = tuple(sorted(layers))
        with self._sessions_lock:
            session = self._sessions.get(key)
            if session is not None:
                self._sessions.move_to_end(key)
                return session

            exposed = with_outputs(self._model, key)
            session = ort.InferenceSession(
                exposed.SerializeToString(), sess_options=self._options, providers=self._providers
            )
            self._sessions[key] = session
            # NOTE: each cached session keeps its own copy of the weights, so the cache
            # stays small. A job usually reads one fixed set of layers.
            while len(self._sessions) > MAX_CACHED_SESSIONS:
                self._sessions.popitem(last=False)
            return session
