"""The contract every model backend keeps: metadata plus a batched activation call."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

import numpy as np

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


@dataclass(frozen=True)
class WeightsFile:
    """Public origin and checksum of a weights file (mirror layout: repo/commit/path)."""

    repo: str
    commit: str
    path: str
    sha256: str


@dataclass(frozen=True)
class PackagedWeightsFile:
    """Origin and checksum of a weights file shipped inside a Python distribution.

    `path` is relative to the distribution's install location (site-packages), as
    `importlib.metadata.Distribution.locate_file` takes it.
    """

    distribution: str
    version: str
    path: str
    sha256: str


class ModelLoadError(RuntimeError):
    """A model's weights or architecture code are missing, or a weights checksum does not match."""


@dataclass(frozen=True)
class ModelSpec:
    """Zoo metadata of one model.

    `imagenet_head` is "1000" for a 1000-way ImageNet classifier, "1001-background"
    for a 1001-way head whose class 0 is background, and None otherwise.
    `mean`/`std` apply to RGB pixels scaled to [0, 1] after a square resize to
    `input_size`. `layers` are the candidate readout layers for layer-to-region
    commitment; a backend also accepts `behavioral_readout_layer` when it is not
    among them.
    """

    identifier: str
    backend: str  # "torch", "onnx" or "pixels"
    input_size: int
    layers: tuple[str, ...]
    mean: tuple[float, float, float] = IMAGENET_MEAN
    std: tuple[float, float, float] = IMAGENET_STD
    field_of_view_degrees: float = 8.0
    behavioral_readout_layer: str | None = None
    imagenet_head: str | None = None
    weights: tuple[WeightsFile | PackagedWeightsFile, ...] = ()
    weights_source: str = ""
    published_top1: float | None = None
    top1_source: str | None = None
    description: str = ""
    # What the weights were trained on, shown next to the model: "ImageNet-1k", "CIFAR-10", ...
    training: str = ""
    extra: dict = field(default_factory=dict, hash=False, compare=False)


class LoadedModel(Protocol):
    """A model ready for inference."""

    spec: ModelSpec

    @property
    def layer_names(self) -> list[str]:
        """Names of the layers `activations` accepts (a backend may accept more, e.g. any ONNX tensor)."""

    def content_digest(self) -> str:
        """Return a SHA-256 hex digest of the weights and architecture identity."""

    def activations(self, images: np.ndarray, layers: Sequence[str]) -> dict[str, np.ndarray]:
        """Run one batch and return, per layer, float32 activations of shape (batch, features).

        `images` is float32 of shape (batch, 3, input_size, input_size), already
        normalized. Features are the layer output flattened row-major (channel x height x width).
        """
