"""gRPC servicer of the model runner: translates wire messages to zoo and activation calls."""

from __future__ import annotations

import logging
import math
import os
import time
from typing import Iterator

import grpc
import numpy as np

from ventral.v1 import model_runner_pb2 as pb
from ventral.v1 import model_runner_pb2_grpc as pb_grpc

from . import model_store, zoo
from .activations import extract
from .base import IMAGENET_MEAN, IMAGENET_STD, ModelLoadError
from .upload_validation import UploadRejected

logger = logging.getLogger(__name__)

# Each ActivationChunk carries at most this many bytes of float32 data, well below gRPC's 4 MB default.
CHUNK_BYTES = 1 << 20
DEFAULT_BATCH_SIZE = 64


def max_forward_batch() -> int:
    """Return the most images one forward pass takes (`VENTRAL_MAX_FORWARD_BATCH`, default 16).

    Requests ask for batches of 64 by default. In eval mode a model's activations do not
    depend on the batch, so the runner splits larger batches to bound its memory. With all
    18 layers of EfficientNet-Lite0, 128 images peaked at 1.7 GB of resident memory in
    batches of 64 and at 0.8 GB in batches of 16, which also ran faster on a 2-core CPU.
    Raise it on a GPU.
    """
    value = int(os.environ.get("VENTRAL_MAX_FORWARD_BATCH", "16"))
    if value < 1:
        raise ValueError(f"VENTRAL_MAX_FORWARD_BATCH must be a positive integer, got {value}")
    return value


def split_into_chunks(layer: str, stimulus_ids: list[str], values: np.ndarray, batch_index: int,
                      chunk_bytes: int = CHUNK_BYTES) -> Iterator[pb.ActivationChunk]:
    """Cut a (stimuli, features) float32 block into column ranges of at most `chunk_bytes` each."""
    rows, features = values.shape
    columns = max(1, chunk_bytes // (4 * max(rows, 1)))
    for offset in range(0, features, columns):
        block = np.ascontiguousarray(values[:, offset:offset + columns], dtype="<f4")
        yield pb.ActivationChunk(
            layer=layer,
            stimulus_ids=stimulus_ids,
            feature_offset=offset,
            num_features=block.shape[1],
            layer_num_features=features,
            data=block.tobytes(),
            batch_index=batch_index,
        )


def describe(identifier: str) -> pb.ModelDescription:
    spec = zoo.get_spec(identifier)
    model = zoo.load_model(identifier)
    shapes = zoo.layer_shapes(identifier)
    candidates = set(spec.layers)
    layers = [
        pb.LayerInfo(name=name, shape=list(shape), num_features=int(np.prod(shape)), candidate=name in candidates)
        for name, shape in shapes.items()
    ]
    mean = ", ".join(f"{value:g}" for value in spec.mean)
    std = ", ".join(f"{value:g}" for value in spec.std)
    return pb.ModelDescription(
        model=spec.identifier,
        backend=spec.backend,
        layers=layers,
        input_size=spec.input_size,
        field_of_view_degrees=spec.field_of_view_degrees,
        imagenet_head=spec.imagenet_head or "",
        behavioral_readout_layer=spec.behavioral_readout_layer or "",
        content_digest=model.content_digest(),
        preprocessing=f"RGB, square resize to {spec.input_size} px, mean ({mean}), std ({std})",
        published_top1=spec.published_top1 if spec.published_top1 is not None else math.nan,
        top1_source=spec.top1_source or "",
        weights_source=spec.weights_source,
        num_parameters=zoo.num_parameters(identifier),
        description=spec.description,
        training=spec.training,
        runtime_versions=runtime_versions(),
    )


def runtime_versions() -> dict[str, str]:
    """Return the versions of the runner and the libraries that compute activations."""
    import numpy
    import onnxruntime
    import torch

    import ventral

    return {"ventral": ventral.__version__, "torch": torch.__version__, "onnxruntime": onnxruntime.__version__,
            "numpy": numpy.__version__}


class ModelRunnerServicer(pb_grpc.ModelRunnerServicer):
    def ListModels(self, request, context):
        models = []
        for spec in zoo.list_models():
            models.append(pb.ModelDescription(
                model=spec.identifier,
                backend=spec.backend,
                input_size=spec.input_size,
                field_of_view_degrees=spec.field_of_view_degrees,
                imagenet_head=spec.imagenet_head or "",
                behavioral_readout_layer=spec.behavioral_readout_layer or "",
                layers=[pb.LayerInfo(name=name, candidate=True) for name in spec.layers],
                training=spec.training,
                published_top1=spec.published_top1 if spec.published_top1 is not None else math.nan,
                top1_source=spec.top1_source or "",
                weights_source=spec.weights_source,
                description=spec.description,
            ))
        return pb.ListModelsResponse(models=models)

    def DescribeModel(self, request, context):
        try:
            return describe(request.model)
        except KeyError as error:
            context.abort(grpc.StatusCode.NOT_FOUND, _message(error))
        except ModelLoadError as error:
            logger.error("loading model %s failed: %s", request.model, error)
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, str(error))
        except Exception as error:  # a broken weights file or backend must not kill the server
            logger.exception("describing model %s failed", request.model)
            context.abort(grpc.StatusCode.INTERNAL, f"describing model {request.model!r} failed: {error}")

    def RegisterModel(self, request, context):
        try:
            model = model_store.register(
                request.onnx or None, display_name=request.display_name, store_path=request.store_path,
                mean=tuple(request.mean) or IMAGENET_MEAN, std=tuple(request.std) or IMAGENET_STD,
                field_of_view_degrees=request.field_of_view_degrees or 8.0, imagenet_head=request.imagenet_head)
        except UploadRejected as error:
            logger.warning("model upload %r rejected: %s", request.display_name, error)
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        logger.info("model %s registered as %s (sha256 %s)", request.display_name, model.identifier, model.sha256)
        return describe(model.identifier)

    def ComputeActivations(self, request_iterator, context):
        requests = iter(request_iterator)
        first = next(requests, None)
        if first is None or first.WhichOneof("kind") != "setup":
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          "the first ActivationRequest must be an ActivationSetup naming the model and layers")
        setup = first.setup
        try:
            model = zoo.load_model(setup.model)
        except KeyError as error:
            context.abort(grpc.StatusCode.NOT_FOUND, _message(error))
        except ModelLoadError as error:
            logger.error("loading model %s failed: %s", setup.model, error)
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, str(error))
        layers = list(setup.layers) or list(model.spec.layers)
        unknown = [layer for layer in layers if layer not in zoo.available_layers(setup.model)]
        if unknown:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          f"unknown layers {unknown} for model {setup.model!r}; "
                          f"list valid ones with `ventral layers --model {setup.model}`")
        if not setup.stimulus_degrees > 0:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          f"stimulus_degrees must be positive, got {setup.stimulus_degrees}")
        batch_size = min(setup.batch_size or DEFAULT_BATCH_SIZE, max_forward_batch())
        logger.info("activations start: model=%s layers=%d degrees=%g batch=%d",
                    setup.model, len(layers), setup.stimulus_degrees, batch_size)

        batch_index = 0
        images_done = 0
        compute_s = 0.0
        for request in requests:
            if request.WhichOneof("kind") != "batch":
                context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                              "only StimulusBatch messages may follow the ActivationSetup")
            stimuli = [(stimulus.stimulus_id, stimulus.image) for stimulus in request.batch.stimuli]
            try:
                computed = extract(model, stimuli, layers, setup.stimulus_degrees, batch_size=batch_size)
                while True:
                    started = time.perf_counter()
                    batch = next(computed, None)
                    compute_s += time.perf_counter() - started
                    if batch is None:
                        break
                    stimulus_ids, per_layer = batch
                    for layer in layers:
                        yield from split_into_chunks(layer, stimulus_ids, per_layer[layer], batch_index)
                    images_done += len(stimulus_ids)
            except ValueError as error:
                logger.warning("activations rejected for model %s: %s", setup.model, error)
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
            batch_index += 1
        logger.info("activations done: model=%s images=%d preprocessing+forward=%.1f s",
                    setup.model, images_done, compute_s)


def _message(error: KeyError) -> str:
    return error.args[0] if error.args else str(error)
