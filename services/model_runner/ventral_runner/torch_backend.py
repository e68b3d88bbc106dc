"""PyTorch backend: read layer outputs of an `nn.Module` through forward hooks."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from typing import Callable, Sequence

import numpy as np
import torch
from torch import nn

from ventral_runner.base import ModelSpec

_logger = logging.getLogger(__name__)

DEVICE_ENV = "VENTRAL_DEVICE"


def select_device() -> torch.device:
    """Return the inference device: `VENTRAL_DEVICE` when set, else CUDA when available, else CPU.

    NOTE: the tests cover the CPU path only. On CUDA, torch's default cuDNN settings allow
    TF32 convolutions on Ampere and newer GPUs, so activations can differ from CPU ones by
    roughly 1e-3 relative (an estimate from TF32's 10-bit mantissa).
    """
    configured = os.environ.get(DEVICE_ENV, "").strip()
    if not configured:
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")

    try:
        device = torch.device(configured)
    except RuntimeError as error:
        raise ValueError(
            f"{DEVICE_ENV}={configured!r} is not a valid torch device ({error}); use e.g. 'cpu', 'cuda' or 'cuda:1'"
        ) from error
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"{DEVICE_ENV}={configured!r} requests CUDA, but torch finds no CUDA device; unset it or use 'cpu'")
    return device


class TorchModel:
    """A `LoadedModel` that wraps an `nn.Module` in eval mode.

    `architecture` names the code that built `module` (package, version and
    constructor call) and enters the content digest with the weights.
    """

    def __init__(self, spec: ModelSpec, module: nn.Module, architecture: str, device: torch.device | None = None):
        self.spec = spec
        self.architecture = architecture
        self.device = device if device is not None else select_device()
        self._module = module.eval().to(self.device)
        self._named_modules = {name: child for name, child in self._module.named_modules() if name}
        self._digest: str | None = None
        self._digest_lock = threading.Lock()
        self._forward_lock = threading.Lock()

    @property
    def module(self) -> nn.Module:
        """The wrapped network, in eval mode on `device`."""
        return self._module

    @property
    def layer_names(self) -> list[str]:
        """Names of every submodule that can be read, in definition order."""
        return list(self._named_modules)

    @property
    def num_parameters(self) -> int:
        """Number of trainable and frozen parameter values (buffers such as batch-norm statistics excluded)."""
        return sum(parameter.numel() for parameter in self._module.parameters())

    def layer_shapes(self, layers: Sequence[str]) -> dict[str, tuple[int, ...]]:
        """Return the output shape of each layer for one image, without the batch axis (e.g. (16, 112, 112))."""
        requested = self._check_layers(layers)
        shapes: dict[str, tuple[int, ...]] = {}

        def record(name: str):
            def hook(module: nn.Module, inputs, output) -> None:
                if isinstance(output, torch.Tensor):
                    shapes[name] = tuple(output.shape[1:])
            return hook

        size = self.spec.input_size
        self._forward_with_hooks(torch.zeros((1, 3, size, size)), {name: record(name) for name in requested})

        missing = [name for name in requested if name not in shapes]
        if missing:
            raise ValueError(f"layer(s) {missing} of model {self.spec.identifier!r} produced no tensor output")
        return {name: shapes[name] for name in requested}

    def content_digest(self) -> str:
        """Return the SHA-256 hex digest of the identifier, the architecture and the state_dict.

        Tensors enter sorted by name, each as its name, dtype, shape and raw bytes,
        so the digest is independent of the device and of the state_dict order.
        The value is computed once and cached.
        """
        with self._digest_lock:
            if self._digest is None:
                self._digest = _state_dict_digest(self.spec.identifier, self.architecture, self._module.state_dict())
            return self._digest

    def activations(self, images: np.ndarray, layers: Sequence[str]) -> dict[str, np.ndarray]:
        """Run one batch and return, per layer, float32 activations of shape (batch, features).

        `images` is float32 of shape (batch, 3, input_size, input_size), already
        normalized. Features are the layer output flattened row-major (channel x
        height x width). A layer must be a module name from `layer_names` whose
        module runs exactly once per forward pass and returns a single tensor.
        """
        self._check_images(images)
        requested = self._check_layers(layers)

        captured: dict[str, list[torch.Tensor]] = {name: [] for name in requested}
        hooks = {name: _capture_hook(captured[name]) for name in requested}
        self._forward_with_hooks(torch.from_numpy(images), hooks)

        batch = images.shape[0]
        result = {}
        for name in requested:
            outputs = captured[name]
            if not outputs:
                raise ValueError(
                    f"layer {name!r} of model {self.spec.identifier!r} did not run in the forward pass "
                    "(a container such as ModuleList is never called); choose a module inside it"
                )
            if len(outputs) > 1:
                raise ValueError(
                    f"layer {name!r} of model {self.spec.identifier!r} ran {len(outputs)} times in one forward pass, "
                    "so its output is ambiguous; choose a layer that runs exactly once (e.g. the enclosing block)"
                )
            result[name] = outputs[0].reshape(batch, -1).numpy()
        return result

    def _forward_with_hooks(self, inputs: torch.Tensor, hooks: dict[str, Callable]) -> None:
        """Run one forward pass with a forward hook on each named module, then remove the hooks.

        The lock spans registration, forward pass and removal, so concurrent calls
        never see each other's hooks.
        """
        with self._forward_lock:
            handles = [self._named_modules[name].register_forward_hook(hook) for name, hook in hooks.items()]
            try:
                with torch.inference_mode():
                    self._module(inputs.to(self.device))
            finally:
                for handle in handles:
                    handle.remove()

    def _check_images(self, images: np.ndarray) -> None:
        size = self.spec.input_size
        expected = f"(batch, 3, {size}, {size})"
        if not isinstance(images, np.ndarray) or images.dtype != np.float32:
            kind = images.dtype if isinstance(images, np.ndarray) else type(images).__name__
            raise ValueError(f"images must be a float32 numpy array of shape {expected}, got {kind}")
        if images.ndim != 4 or images.shape[1:] != (3, size, size) or images.shape[0] < 1:
            raise ValueError(
                f"images for model {self.spec.identifier!r} must have shape {expected} with batch >= 1, "
                f"got {images.shape}; preprocess them to the model's input_size"
            )
        if not np.isfinite(images).all():
            raise ValueError(f"images for model {self.spec.identifier!r} contain NaN or infinite values; check the decoded images and the spec's mean and std")

    def _check_layers(self, layers: Sequence[str]) -> list[str]:
        if isinstance(layers, str):
            raise ValueError(f"layers must be a sequence of layer names, got the string {layers!r}; wrap it in a list")
        requested = list(dict.fromkeys(layers))
        if not requested:
            raise ValueError(f"no layers requested; choose from {self.spec.layers}")
        unknown = [name for name in requested if name not in self._named_modules]
        if unknown:
            raise ValueError(
                f"unknown layer(s) {unknown} for model {self.spec.identifier!r}; "
                f"available layers: {self.layer_names}"
            )
        return requested


def _capture_hook(store: list[torch.Tensor]):
    """Return a forward hook that appends a float32 CPU copy of the module output to `store`."""

    def hook(module: nn.Module, inputs, output) -> None:
        if not isinstance(output, torch.Tensor):
            raise ValueError(
                f"module {type(module).__name__} returns {type(output).__name__}, not a tensor; "
                "choose a layer whose output is a single tensor"
            )
        # A copy, because later modules may modify this output in place (e.g. ReLU(inplace=True)).
        store.append(output.detach().to(device="cpu", dtype=torch.float32, copy=True))

    return hook


def _state_dict_digest(identifier: str, architecture: str, state_dict: dict[str, torch.Tensor]) -> str:
    digest = hashlib.sha256()
    digest.update(f"identifier={identifier}\narchitecture={architecture}\n".encode())
    for name in sorted(state_dict):
        tensor = state_dict[name].detach().to("cpu").contiguous()
        digest.update(f"{name}\n{tensor.dtype}\n{tuple(tensor.shape)}\n".encode())
        digest.update(tensor.reshape(-1).view(torch.uint8).numpy().tobytes())
    return digest.hexdigest()
