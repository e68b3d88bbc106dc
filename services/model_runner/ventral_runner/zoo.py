"""The model zoo: every model the runner can load, by identifier.

EfficientNet-Lite entries come from `ventral_runner.models.efficientnet_lite`. When the
module `ventral_runner.models.extra_zoo` exists, its `EXTRA_SPECS` (identifier ->
ModelSpec) join the zoo and its `load_extra_model(identifier)` loads them.
"""

from __future__ import annotations

import importlib
import logging
import threading
from types import ModuleType
from typing import Callable

import numpy as np

from ventral_runner import model_store
from ventral_runner.base import LoadedModel, ModelSpec
from ventral_runner.onnx_backend import OnnxModel
from ventral_runner.models import efficientnet_lite

_logger = logging.getLogger(__name__)

EXTRA_ZOO_MODULE = "ventral_runner.models.extra_zoo"


def _import_extra_zoo() -> ModuleType | None:
    try:
        return importlib.import_module(EXTRA_ZOO_MODULE)
    except ModuleNotFoundError as error:
        # Only the absence of the module itself is optional; a missing dependency inside it is a bug.
        if error.name != EXTRA_ZOO_MODULE:
            raise
        return None


def _build_registry() -> tuple[dict[str, ModelSpec], dict[str, Callable[[str], LoadedModel]]]:
    specs: dict[str, ModelSpec] = dict(efficientnet_lite.SPECS)
    loaders: dict[str, Callable[[str], LoadedModel]] = {identifier: efficientnet_lite.load for identifier in specs}

    extra = _import_extra_zoo()
    if extra is None:
        return specs, loaders

    for identifier, spec in extra.EXTRA_SPECS.items():
        if identifier in specs:
            raise ValueError(f"model identifier {identifier!r} from {EXTRA_ZOO_MODULE} is already in the zoo")
        if spec.identifier != identifier:
            raise ValueError(f"{EXTRA_ZOO_MODULE}.EXTRA_SPECS key {identifier!r} differs from its spec.identifier {spec.identifier!r}")
        specs[identifier] = spec
        loaders[identifier] = extra.load_extra_model
    return specs, loaders


SPECS, _LOADERS = _build_registry()

_loaded: dict[str, LoadedModel] = {}
_layer_shapes: dict[str, dict[str, tuple[int, ...]]] = {}
_load_lock = threading.Lock()


def list_models() -> list[ModelSpec]:
    """Return the specs of all zoo models, then of uploaded models, each sorted by identifier."""
    uploaded = [model.spec() for model in model_store.list_uploaded()]
    return [SPECS[identifier] for identifier in sorted(SPECS)] + uploaded


def get_spec(identifier: str) -> ModelSpec:
    """Return the spec of a zoo or uploaded model; raise KeyError listing the known identifiers when unknown."""
    if identifier in SPECS:
        return SPECS[identifier]
    uploaded = model_store.find(identifier)
    if uploaded is not None:
        return uploaded.spec()
    raise KeyError(f"unknown model {identifier!r}; known models: {', '.join(sorted(SPECS))} "
                   "(and uploads listed by `ventral models`)")


def load_model(identifier: str) -> LoadedModel:
    """Load a zoo model once per process and return the cached instance on later calls."""
    get_spec(identifier)
    with _load_lock:
        model = _loaded.get(identifier)
        if model is None:
            _logger.info("loading model %s", identifier)
            uploaded = model_store.find(identifier) if identifier not in _LOADERS else None
            if uploaded is not None:
                model = OnnxModel(uploaded.spec(), model_store.onnx_path(uploaded))
            else:
                model = _LOADERS[identifier](identifier)
            _loaded[identifier] = model
            _logger.info("loaded model %s", identifier)
        return model


def available_layers(identifier: str) -> list[str]:
    """Return the layer names a request may name: the spec's layers, its behavioral readout, then the backend's."""
    names = readout_layers(get_spec(identifier)) + list(load_model(identifier).layer_names)
    return list(dict.fromkeys(names))


def readout_layers(spec: ModelSpec) -> list[str]:
    """Return the spec's candidate layers followed by its behavioral readout layer, without repeats."""
    names = list(spec.layers)
    if spec.behavioral_readout_layer:
        names.append(spec.behavioral_readout_layer)
    return list(dict.fromkeys(names))


def layer_shapes(identifier: str) -> dict[str, tuple[int, ...]]:
    """Return the per-image output shape of each readout layer (`readout_layers`), computed once per process.

    Backends with a `layer_shapes(layers)` method report the full shape (e.g. channel,
    height, width). For others the shape is (features,), measured on one blank input.
    """
    model = load_model(identifier)
    with _load_lock:
        cached = _layer_shapes.get(identifier)
    if cached is not None:
        return dict(cached)

    layers = readout_layers(model.spec)
    if hasattr(model, "layer_shapes"):
        shapes = model.layer_shapes(layers)
    else:
        size = model.spec.input_size
        outputs = model.activations(np.zeros((1, 3, size, size), dtype=np.float32), layers)
        shapes = {layer: (int(outputs[layer].shape[1]),) for layer in layers}

    with _load_lock:
        _layer_shapes[identifier] = shapes
    return dict(shapes)


def num_parameters(identifier: str) -> int:
    """Return the model's number of parameter values, or 0 when its backend does not report one."""
    model = load_model(identifier)
    # NOTE: only backends with a `num_parameters` attribute (TorchModel) report a count.
    return int(getattr(model, "num_parameters", 0) or 0)
