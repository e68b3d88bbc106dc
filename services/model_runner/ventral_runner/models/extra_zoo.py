"""Zoo entries besides EfficientNet-Lite: pixels, MobileNets (ONNX), CIFAR ResNets and untrained networks.

`EXTRA_SPECS` maps each identifier to its ModelSpec and `load_extra_model` loads one.
Weights come from two read-only places: the public-data mirror (`ventral.config.mirror_root()`,
laid out as repo/commit/path) for the CIFAR ResNet checkpoints, and the operator's shared
models folder (`ventral.config.shared_models_root()`) for the MobileNet ONNX conversions.
Every file is checked against its SHA-256 before it is used.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from ventral import config
from ventral_runner.base import LoadedModel, ModelLoadError, ModelSpec, WeightsFile
from ventral_runner.models import cifar_resnet, untrained
from ventral_runner.onnx_backend import OnnxModel
from ventral_runner.pixels_backend import PIXELS_LAYER, PixelsModel

_logger = logging.getLogger(__name__)

# --- pixels -----------------------------------------------------------------------------

# Brain-Score's `pixels` model (brainscore_vision/models/pixels) resizes every image to
# 256x256 RGB and returns the raw 0..255 values. Mean 0 and std 1/255 reproduce that
# scale here. Features are ordered channel x height x width where Brain-Score uses
# height x width x channel, a fixed permutation that regression, RDM and CKA scores
# do not depend on.
PIXELS_SPEC = ModelSpec(
    training="none (the image pixels)",
    identifier="pixels",
    backend="pixels",
    input_size=256,
    layers=(PIXELS_LAYER,),
    mean=(0.0, 0.0, 0.0),
    std=(1.0 / 255.0,) * 3,
    behavioral_readout_layer=PIXELS_LAYER,
    imagenet_head=None,
    weights_source="none: the preprocessed image itself",
    description="Baseline: the RGB pixels (0..255) of the image resized to 256x256, as Brain-Score's pixels model.",
)

# --- MobileNets (dequantized int8 TFLite models, as float ONNX) ----------------------------------

MOBILENET_ORIGIN_REPO = "google-coral/test_data"
MOBILENET_ORIGIN_COMMIT = "104342d2d3480b3e66203073dac24f4e2dbb4c41"
MOBILENET_FOLDER = "mobilenet-dequantized"

# The TFLite models take pixel / 127.5 - 1, i.e. mean 0.5 and std 0.5 on [0, 1] pixels.
MOBILENET_MEAN = (0.5, 0.5, 0.5)
MOBILENET_STD = (0.5, 0.5, 0.5)
MOBILENET_POOL_LAYER = "mean"
MOBILENET_LOGITS_LAYER = "logits"

_MOBILENET_TOP1_SOURCE = (
    f"published top-1 of the int8 TFLite original ({MOBILENET_ORIGIN_REPO}), as recorded with the ONNX conversion"
)

# The ONNX conversions keep the exporter's generated tensor names. Block outputs, found
# from the weight names of the Conv nodes (e.g. `MobilenetV1_Conv2d_5_pointwise_Relu6_10`):
# V1: the stem convolution after ReLU6 (`relu6`) and the 13 depthwise-separable blocks
# after their pointwise ReLU6 (`relu6_2` ... `relu6_26`).
_MOBILENET_V1_BLOCKS = ("relu6",) + tuple(f"relu6_{2 * block}" for block in range(1, 14))
# V2: the stem after ReLU6, the 17 inverted-residual blocks (the projection convolution, or
# the residual Add when the block has one) and the final 1x1 convolution after ReLU6.
_MOBILENET_V2_BLOCKS = (
    "relu6",
    "conv2d_2",
    "conv2d_5",
    "add_95",
    "conv2d_11",
    "add_161",
    "add_197",
    "conv2d_20",
    "add_263",
    "add_299",
    "add_335",
    "conv2d_32",
    "add_401",
    "add_437",
    "conv2d_41",
    "add_503",
    "add_539",
    "conv2d_50",
    "relu6_34",
)


def _mobilenet_spec(
    identifier: str,
    onnx_name: str,
    onnx_sha256: str,
    tflite_name: str,
    tflite_sha256: str,
    input_size: int,
    blocks: tuple[str, ...],
    top1: float | None,
    description: str,
) -> ModelSpec:
    return ModelSpec(
        training="ImageNet-1k",
        identifier=identifier,
        backend="onnx",
        input_size=input_size,
        layers=blocks + (MOBILENET_POOL_LAYER,),
        mean=MOBILENET_MEAN,
        std=MOBILENET_STD,
        behavioral_readout_layer=MOBILENET_LOGITS_LAYER,
        imagenet_head="1001-background",
        weights=(WeightsFile(MOBILENET_ORIGIN_REPO, MOBILENET_ORIGIN_COMMIT, tflite_name, tflite_sha256),),
        weights_source=(
            f"{MOBILENET_ORIGIN_REPO}@{MOBILENET_ORIGIN_COMMIT} {tflite_name} (Apache-2.0), dequantized to float "
            f"ONNX: shared models folder {MOBILENET_FOLDER}/{onnx_name} (sha256 {onnx_sha256})"
        ),
        published_top1=top1,
        top1_source=_MOBILENET_TOP1_SOURCE if top1 is not None else None,
        description=description,
        extra={"onnx_file": f"{MOBILENET_FOLDER}/{onnx_name}", "onnx_sha256": onnx_sha256},
    )


_MOBILENET_SPECS = (
    _mobilenet_spec(
        "mobilenet-v1-0.25-128",
        "mobilenet_v1_0.25_128_quant_dequantized.onnx",
        "d77ab8b78df2716b819ee44f06c2c1e652432b24fc31dedded5abf01ba1ac576",
        "mobilenet_v1_0.25_128_quant.tflite",
        "cb273c23ee76374b05b9583177e28aa19744858a7679c56a250e83d0333da785",
        128,
        _MOBILENET_V1_BLOCKS,
        39.5,
        "MobileNet V1 (Howard et al. 2017), width 0.25, 128 px; int8 ImageNet model dequantized to float32.",
    ),
    _mobilenet_spec(
        "mobilenet-v1-0.5-160",
        "mobilenet_v1_0.5_160_quant_dequantized.onnx",
        "95116a6db31a47fb89bc2b6e502ec23de1ac92b30e452121a222d649422b6f1a",
        "mobilenet_v1_0.5_160_quant.tflite",
        "3cc6d2ca460abd2e0f699a6d0d2550c6b61c6e3b0e27a3616e384ea74cb86f43",
        160,
        _MOBILENET_V1_BLOCKS,
        57.2,
        "MobileNet V1 (Howard et al. 2017), width 0.5, 160 px; int8 ImageNet model dequantized to float32.",
    ),
    _mobilenet_spec(
        "mobilenet-v1-0.75-192",
        "mobilenet_v1_0.75_192_quant_dequantized.onnx",
        "62ced0ff149bab0bb3eae247822917b913df6d5cc8cccffc572ca76103c360d6",
        "mobilenet_v1_0.75_192_quant.tflite",
        "41daeb22fdcf947e0e5ec32373aa9df7c31f3ef45dbd0ef7b5940fbce3c20f6a",
        192,
        _MOBILENET_V1_BLOCKS,
        66.1,
        "MobileNet V1 (Howard et al. 2017), width 0.75, 192 px; int8 ImageNet model dequantized to float32.",
    ),
    _mobilenet_spec(
        "mobilenet-v2-1.0-224",
        "mobilenet_v2_1.0_224_quant_dequantized.onnx",
        "b3fb1c84b668374ba0622a4cf0cd808f18b983de7a66d9ad0a6c868b50ca6519",
        "mobilenet_v2_1.0_224_quant.tflite",
        "7aad0c74c5e3c06e5eb3c827e13304fdd68a83da6087d92ee169c24ff9fd4776",
        224,
        _MOBILENET_V2_BLOCKS,
        # NOTE: only an approximate figure (about 70 %) is on record for the int8 original,
        # so no published top-1 is claimed.
        None,
        "MobileNet V2 (Sandler et al. 2018), width 1.0, 224 px; int8 ImageNet model dequantized to float32. "
        "Top-1 of the int8 original: about 70 % (exact published value not verified).",
    ),
)
MOBILENET_SPECS: dict[str, ModelSpec] = {spec.identifier: spec for spec in _MOBILENET_SPECS}

# --- registry ---------------------------------------------------------------------------


def _collect_specs() -> dict[str, ModelSpec]:
    specs: dict[str, ModelSpec] = {PIXELS_SPEC.identifier: PIXELS_SPEC}
    for group in (MOBILENET_SPECS, cifar_resnet.SPECS, untrained.SPECS):
        for identifier, spec in group.items():
            if identifier in specs:
                raise ValueError(f"model identifier {identifier!r} is defined twice in the extra zoo")
            specs[identifier] = spec
    return specs


EXTRA_SPECS: dict[str, ModelSpec] = _collect_specs()


def load_extra_model(identifier: str) -> LoadedModel:
    """Load an extra-zoo model by identifier; raise KeyError listing the known ones when unknown.

    Raises ModelLoadError when a weights file is missing or its SHA-256 does not match.
    """
    spec = EXTRA_SPECS.get(identifier)
    if spec is None:
        raise KeyError(f"unknown model {identifier!r}; the extra zoo has: {', '.join(sorted(EXTRA_SPECS))}")

    if identifier == PIXELS_SPEC.identifier:
        return PixelsModel(spec)
    if identifier in MOBILENET_SPECS:
        return OnnxModel(spec, _read_mobilenet_file(spec))
    if identifier in cifar_resnet.SPECS:
        return cifar_resnet.load(identifier)
    return untrained.load(identifier)


def _read_mobilenet_file(spec: ModelSpec) -> bytes:
    """Return the bytes of a MobileNet ONNX file after checking its SHA-256."""
    root = config.shared_models_root()
    relative = spec.extra["onnx_file"]
    if root is None:
        raise ModelLoadError(
            f"no shared models folder is configured, so {relative} cannot be read; "
            "set VENTRAL_SHARED_MODELS to the folder that contains it"
        )
    path = root / relative
    if not path.is_file():
        raise ModelLoadError(f"model file {path} is missing; put {relative} into the shared models folder {root}")

    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != spec.extra["onnx_sha256"]:
        raise ModelLoadError(f"model file {path} has SHA-256 {digest}, expected {spec.extra['onnx_sha256']}; replace it")
    _logger.info("verified %s (sha256 %s)", path, digest[:12])
    return data
