"""CIFAR-10 ResNet-20/32/44/56 (He et al. 2016, section 4.2) with the akamaster/pytorch_resnet_cifar10 weights.

Architecture, as in akamaster/pytorch_resnet_cifar10 `resnet.py`: a 3x3 stem convolution
with 16 channels, then 3 stages of n basic blocks (16, 32 and 64 channels; depth = 6n + 2),
the first block of stages 2 and 3 with stride 2 and an "option A" shortcut (subsample by 2
and zero-pad the new channels, no parameters), global average pooling and a 10-way linear
classifier. Inputs are 32x32 RGB normalized with the ImageNet mean and std, as in that
repository's training script.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from ventral import config
from ventral_runner.base import ModelLoadError, ModelSpec, WeightsFile
from ventral_runner.torch_backend import TorchModel

_logger = logging.getLogger(__name__)

WEIGHTS_REPO = "akamaster/pytorch_resnet_cifar10"
WEIGHTS_COMMIT = "d5489e8995e81e91ce6b1d69dcc98ad579b0b153"

# CIFAR-10 classes in the order of the dataset's label indices.
CIFAR10_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")

INPUT_SIZE = 32
POOL_LAYER = "avgpool"
CLASSIFIER_LAYER = "linear"


class ZeroPadShortcut(nn.Module):
    """Option-A shortcut: keep every second row and column, zero-pad channels from `in_planes` to `planes`."""

    def __init__(self, in_planes: int, planes: int) -> None:
        super().__init__()
        if (planes - in_planes) % 2:
            raise ValueError(f"channel increase {in_planes} -> {planes} must be even to pad both sides equally")
        self.padding = (planes - in_planes) // 2

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.pad(x[:, :, ::2, ::2], (0, 0, 0, 0, self.padding, self.padding), "constant", 0.0)


class BasicBlock(nn.Module):
    """Two 3x3 convolutions with batch norm, plus the (identity or option-A) shortcut, then ReLU."""

    def __init__(self, in_planes: int, planes: int, stride: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        if stride != 1 or in_planes != planes:
            self.shortcut: nn.Module = ZeroPadShortcut(in_planes, planes)
        else:
            self.shortcut = nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


class CifarResNet(nn.Module):
    """CIFAR ResNet of depth 6n + 2; parameter names match the akamaster checkpoints without `module.`.

    Readable layers: `relu` (stem), `layer{1,2,3}.{i}` (block outputs), `avgpool` (64 features)
    and `linear` (10 CIFAR-10 logits).
    """

    def __init__(self, depth: int, num_classes: int = 10) -> None:
        super().__init__()
        if depth < 8 or (depth - 2) % 6:
            raise ValueError(f"CIFAR ResNet depth must be 6n + 2 with n >= 1 (20, 32, 44, 56, ...), got {depth}")
        blocks = (depth - 2) // 6

        self.conv1 = nn.Conv2d(3, 16, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.relu = nn.ReLU()
        self.layer1 = self._make_stage(16, 16, blocks, stride=1)
        self.layer2 = self._make_stage(16, 32, blocks, stride=2)
        self.layer3 = self._make_stage(32, 64, blocks, stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.linear = nn.Linear(64, num_classes)

    @staticmethod
    def _make_stage(in_planes: int, planes: int, blocks: int, stride: int) -> nn.Sequential:
        layers = [BasicBlock(in_planes, planes, stride)]
        layers += [BasicBlock(planes, planes, 1) for _ in range(blocks - 1)]
        return nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.layer3(self.layer2(self.layer1(out)))
        out = self.avgpool(out)
        return self.linear(torch.flatten(out, 1))


# depth -> (checkpoint file name, SHA-256, test error % of that checkpoint in the akamaster README,
# `best_prec1` stored in the checkpoint)
_CHECKPOINTS = {
    20: ("resnet20-12fca82f.th", "12fca82f0bebc4135bf1f32f6e3710e61d5108578464b84fd6d7f5c1b04036c8", 8.27, 91.78),
    32: ("resnet32-d509ac18.th", "d509ac1820d7f25398913559d7e81a13229b1e7adc5648e3bfa5e22dc137f850", 7.37, 92.78),
    44: ("resnet44-014dd654.th", "014dd6541728a1c700b1642ab640e211dc6eb8ed507d70697458dc8f8a0ae2e4", 6.90, 93.14),
    56: ("resnet56-4bfd9763.th", "4bfd97631478d6b638d2764fd2baff3edb1d7d82252d54439343b6596b9b5367", 6.61, 93.62),
}


def _layers(depth: int) -> tuple[str, ...]:
    blocks = (depth - 2) // 6
    block_names = tuple(f"layer{stage}.{index}" for stage in (1, 2, 3) for index in range(blocks))
    return ("relu",) + block_names + (POOL_LAYER,)


def _spec(depth: int) -> ModelSpec:
    file_name, sha256, test_error, best_prec1 = _CHECKPOINTS[depth]
    return ModelSpec(
        training="CIFAR-10",
        identifier=f"cifar-resnet{depth}",
        backend="torch",
        input_size=INPUT_SIZE,
        layers=_layers(depth),
        behavioral_readout_layer=POOL_LAYER,
        imagenet_head=None,
        weights=(WeightsFile(WEIGHTS_REPO, WEIGHTS_COMMIT, f"pretrained_models/{file_name}", sha256),),
        weights_source=f"{WEIGHTS_REPO}@{WEIGHTS_COMMIT} pretrained_models/{file_name} (BSD-2-Clause)",
        published_top1=None,
        top1_source=None,
        description=(
            f"ResNet-{depth} for CIFAR-10 (He et al. 2016; 3 stages of {(depth - 2) // 6} blocks, 16/32/64 "
            "channels, option-A shortcuts), 32x32 input. Its head has the 10 CIFAR-10 classes, not ImageNet, "
            f"so it takes no ImageNet benchmark. CIFAR-10 test error {test_error} % (akamaster README)."
        ),
        extra={
            "cifar10_classes": CIFAR10_CLASSES,
            "cifar10_test_error_percent": test_error,
            "cifar10_test_error_source": "akamaster/pytorch_resnet_cifar10 README, 'Test err(this impl.)'",
            "checkpoint_best_prec1": best_prec1,
            "classifier_layer": CLASSIFIER_LAYER,
        },
    )


DEPTHS = tuple(sorted(_CHECKPOINTS))
SPECS: dict[str, ModelSpec] = {f"cifar-resnet{depth}": _spec(depth) for depth in DEPTHS}


def weights_path(weights: WeightsFile) -> Path:
    """Return the mirror path of a weights file, after checking that it exists and its SHA-256 matches."""
    root = config.mirror_root()
    if root is None:
        raise ModelLoadError(
            f"no data mirror is configured, so {weights.repo}/{weights.path} cannot be read; "
            "set VENTRAL_MIRROR to the mirror folder"
        )
    path = root / weights.repo / weights.commit / weights.path
    if not path.is_file():
        raise ModelLoadError(f"weights file {path} is missing from the mirror; add {weights.repo}@{weights.commit} {weights.path}")
    digest = _sha256(path)
    if digest != weights.sha256:
        raise ModelLoadError(f"weights file {path} has SHA-256 {digest}, expected {weights.sha256}; replace it")
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build(depth: int) -> CifarResNet:
    """Return a CIFAR ResNet of `depth` in eval mode with the verified mirror checkpoint loaded."""
    spec = SPECS.get(f"cifar-resnet{depth}")
    if spec is None:
        raise KeyError(f"no checkpoint for CIFAR ResNet depth {depth}; known depths: {list(DEPTHS)}")
    path = weights_path(spec.weights[0])

    # weights_only=True restricts unpickling to tensors and plain containers.
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    state_dict = {key.removeprefix("module."): value for key, value in checkpoint["state_dict"].items()}
    module = CifarResNet(depth)
    module.load_state_dict(state_dict, strict=True)
    _logger.info("loaded CIFAR ResNet-%d weights from %s", depth, path)
    return module.eval()


def load(identifier: str) -> TorchModel:
    """Load a zoo CIFAR ResNet (`cifar-resnet20`, -32, -44 or -56) as a TorchModel."""
    spec = SPECS.get(identifier)
    if spec is None:
        raise KeyError(f"{identifier!r} is not a CIFAR ResNet; known: {sorted(SPECS)}")
    depth = int(identifier.removeprefix("cifar-resnet"))
    architecture = f"ventral_runner.models.cifar_resnet.CifarResNet(depth={depth}) (akamaster option-A layout)"
    return TorchModel(spec, build(depth), architecture)
