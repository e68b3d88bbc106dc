"""The pixels baseline: the preprocessed image itself is the only layer."""

from __future__ import annotations

import hashlib
from typing import Sequence

import numpy as np

from ventral_runner.base import ModelSpec

PIXELS_LAYER = "pixels"


class PixelsModel:
    """A LoadedModel whose single layer `pixels` returns the input batch flattened.

    The spec's mean and std decide the pixel scale (mean 0 and std 1/255 give
    0..255 values). The features are in channel x height x width order.
    """

    def __init__(self, spec: ModelSpec) -> None:
        if spec.layers != (PIXELS_LAYER,):
            raise ValueError(f"a pixels model has exactly the layer ({PIXELS_LAYER!r},), got {spec.layers}")
        self.spec = spec
        identity = (
            f"backend=pixels\nidentifier={spec.identifier}\ninput_size={spec.input_size}\n"
            f"mean={spec.mean!r}\nstd={spec.std!r}\n"
        )
        self._digest = hashlib.sha256(identity.encode()).hexdigest()

    @property
    def layer_names(self) -> list[str]:
        """Names of the readable layers: only `pixels`."""
        return [PIXELS_LAYER]

    @property
    def num_parameters(self) -> int:
        """Number of parameter values: none."""
        return 0

    def layer_shapes(self, layers: Sequence[str]) -> dict[str, tuple[int, ...]]:
        """Return {"pixels": (3, input_size, input_size)}; raise ValueError for any other layer."""
        requested = list(dict.fromkeys(layers))
        if requested != [PIXELS_LAYER]:
            raise ValueError(f"model {self.spec.identifier!r} has only the layer {PIXELS_LAYER!r}, got {list(layers)}")
        size = self.spec.input_size
        return {PIXELS_LAYER: (3, size, size)}

    def content_digest(self) -> str:
        """Return the SHA-256 of the backend name, identifier, input size and normalization (there are no weights)."""
        return self._digest

    def activations(self, images: np.ndarray, layers: Sequence[str]) -> dict[str, np.ndarray]:
        """Return {"pixels": images reshaped to (batch, 3 * input_size**2)} as float32.

        `images` is float32 of shape (batch, 3, input_size, input_size), already
        normalized. Raises ValueError for any layer other than `pixels`.
        """
        size = self.spec.input_size
        if not isinstance(images, np.ndarray) or images.ndim != 4 or images.shape[1:] != (3, size, size):
            shape = getattr(images, "shape", type(images).__name__)
            raise ValueError(
                f"images for model {self.spec.identifier!r} must have shape (batch, 3, {size}, {size}), "
                f"got {shape}; resize them to the model's input size"
            )
        if images.shape[0] == 0:
            raise ValueError("the image batch is empty; pass at least one image")

        requested = list(dict.fromkeys(layers))
        if requested != [PIXELS_LAYER]:
            raise ValueError(
                f"model {self.spec.identifier!r} has only the layer {PIXELS_LAYER!r}, got {list(layers)}"
            )
        batch = images.shape[0]
        return {PIXELS_LAYER: np.ascontiguousarray(images.reshape(batch, -1), dtype=np.float32)}
