"""Untrained AlexNet, ResNet-18 and CORnet-Z: random-init baselines for layer-to-region scores.

Architectures follow pytorch/vision `torchvision/models/alexnet.py` (the single-tower
AlexNet of Krizhevsky 2014, "One weird trick for parallelizing convolutional neural
networks"), `torchvision/models/resnet.py` (ResNet-18 of He et al. 2016) and
dicarlolab/CORnet `cornet/cornet_z.py` (CORnet-Z of Kubilius et al. 2018). They are
re-written here because torchvision is not a dependency. Parameter names match those
implementations. ReLUs are not in place, which changes no output.

Initialization is each implementation's own: PyTorch layer defaults for AlexNet,
Kaiming-normal fan-out convolutions and unit batch norm for ResNet-18, Xavier-uniform
weights and zero biases for CORnet-Z. The weights are drawn from torch's CPU generator
seeded with `SEED` inside `torch.random.fork_rng`. So loads are repeatable, and the
caller's global random state is untouched. The draws depend on torch's random number generator, so
another torch version may give other weights; the content digest covers the weights.

The 1000-way heads are random: these models are not usable classifiers, so their specs
declare no ImageNet head and the behavioral readout is the penultimate layer.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable

import torch
from torch import nn

from ventral_runner.base import ModelSpec
from ventral_runner.torch_backend import TorchModel

SEED = 0
INPUT_SIZE = 224


class AlexNet(nn.Module):
    """torchvision's AlexNet: 5 convolutions (`features`), 6x6 adaptive pooling, 3 linear layers (`classifier`)."""

    def __init__(self, num_classes: int = 1000, dropout: float = 0.5) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(64, 192, kernel_size=5, padding=2),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(192, 384, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.Conv2d(384, 256, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.Conv2d(256, 256, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )
        self.avgpool = nn.AdaptiveAvgPool2d((6, 6))
        self.classifier = nn.Sequential(
            nn.Dropout(p=dropout),
            nn.Linear(256 * 6 * 6, 4096),
            nn.ReLU(),
            nn.Dropout(p=dropout),
            nn.Linear(4096, 4096),
            nn.ReLU(),
            nn.Linear(4096, num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.avgpool(self.features(x))
        return self.classifier(torch.flatten(x, 1))


class BasicBlock(nn.Module):
    """torchvision's ResNet basic block: two 3x3 convolutions with batch norm and a (projected) shortcut."""

    def __init__(self, in_planes: int, planes: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU()
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample: nn.Module | None = None
        if stride != 1 or in_planes != planes:
            self.downsample = nn.Sequential(
                nn.Conv2d(in_planes, planes, kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm2d(planes),
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + identity)


class ResNet18(nn.Module):
    """torchvision's ResNet-18 (4 stages of 2 basic blocks, 64/128/256/512 channels) with its initialization."""

    def __init__(self, num_classes: int = 1000) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU()
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = nn.Sequential(BasicBlock(64, 64), BasicBlock(64, 64))
        self.layer2 = nn.Sequential(BasicBlock(64, 128, stride=2), BasicBlock(128, 128))
        self.layer3 = nn.Sequential(BasicBlock(128, 256, stride=2), BasicBlock(256, 256))
        self.layer4 = nn.Sequential(BasicBlock(256, 512, stride=2), BasicBlock(512, 512))
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(512, num_classes)

        # torchvision ResNet.__init__ (zero_init_residual=False).
        for module in self.modules():
            if isinstance(module, nn.Conv2d):
                nn.init.kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(module, nn.BatchNorm2d):
                nn.init.constant_(module.weight, 1)
                nn.init.constant_(module.bias, 0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        x = self.avgpool(x)
        return self.fc(torch.flatten(x, 1))


class CORblockZ(nn.Module):
    """CORnet-Z area: convolution, ReLU, 3x3 max pool with stride 2; `output` exposes the area's output."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size: int = 3, stride: int = 1) -> None:
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=kernel_size, stride=stride, padding=kernel_size // 2)
        self.nonlin = nn.ReLU()
        self.pool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.output = nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.output(self.pool(self.nonlin(self.conv(x))))


def cornet_z(num_classes: int = 1000) -> nn.Sequential:
    """Build CORnet-Z (areas V1, V2, V4, IT and a decoder) with its Xavier-uniform initialization."""
    model = nn.Sequential(
        OrderedDict(
            [
                ("V1", CORblockZ(3, 64, kernel_size=7, stride=2)),
                ("V2", CORblockZ(64, 128)),
                ("V4", CORblockZ(128, 256)),
                ("IT", CORblockZ(256, 512)),
                (
                    "decoder",
                    nn.Sequential(
                        OrderedDict(
                            [
                                ("avgpool", nn.AdaptiveAvgPool2d(1)),
                                ("flatten", nn.Flatten()),
                                ("linear", nn.Linear(512, num_classes)),
                                ("output", nn.Identity()),
                            ]
                        )
                    ),
                ),
            ]
        )
    )
    for module in model.modules():
        if isinstance(module, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(module.weight)
            nn.init.constant_(module.bias, 0)
    return model


_BUILDERS: dict[str, tuple[Callable[[], nn.Module], str]] = {
    "alexnet": (AlexNet, "ventral_runner.models.untrained.AlexNet() (torchvision AlexNet layout)"),
    "resnet18": (ResNet18, "ventral_runner.models.untrained.ResNet18() (torchvision ResNet-18 layout)"),
    "cornet-z": (cornet_z, "ventral_runner.models.untrained.cornet_z() (dicarlolab/CORnet CORnet_Z layout)"),
}

_NOT_A_CLASSIFIER = "Untrained (seeded random weights): its 1000-way head is random, so it is not a usable classifier."

SPECS: dict[str, ModelSpec] = {
    "alexnet": ModelSpec(
        training="untrained (random weights)",
        identifier="alexnet",
        backend="torch",
        input_size=INPUT_SIZE,
        # Pooled conv1 and conv2, conv3-conv5 after ReLU (conv5 pooled), fc6 and fc7 after ReLU.
        layers=("features.2", "features.5", "features.7", "features.9", "features.12", "classifier.2", "classifier.5"),
        behavioral_readout_layer="classifier.5",
        imagenet_head=None,
        weights_source=f"none: random initialization, torch.manual_seed({SEED})",
        description=f"AlexNet (torchvision layout), {_NOT_A_CLASSIFIER}",
        extra={"seed": SEED, "trained": False},
    ),
    "resnet18": ModelSpec(
        training="untrained (random weights)",
        identifier="resnet18",
        backend="torch",
        input_size=INPUT_SIZE,
        layers=(
            "maxpool",
            "layer1.0",
            "layer1.1",
            "layer2.0",
            "layer2.1",
            "layer3.0",
            "layer3.1",
            "layer4.0",
            "layer4.1",
            "avgpool",
        ),
        behavioral_readout_layer="avgpool",
        imagenet_head=None,
        weights_source=f"none: random initialization, torch.manual_seed({SEED})",
        description=f"ResNet-18 (torchvision layout), {_NOT_A_CLASSIFIER}",
        extra={"seed": SEED, "trained": False},
    ),
    "cornet-z": ModelSpec(
        training="untrained (random weights)",
        identifier="cornet-z",
        backend="torch",
        input_size=INPUT_SIZE,
        layers=("V1.output", "V2.output", "V4.output", "IT.output", "decoder.avgpool"),
        behavioral_readout_layer="decoder.avgpool",
        imagenet_head=None,
        weights_source=f"none: random initialization, torch.manual_seed({SEED})",
        description=f"CORnet-Z (Kubilius et al. 2018), {_NOT_A_CLASSIFIER}",
        extra={"seed": SEED, "trained": False, "area_layers": {"V1": "V1.output", "V2": "V2.output", "V4": "V4.output", "IT": "IT.output"}},
    ),
}


def build(identifier: str, seed: int = SEED) -> nn.Module:
    """Build an untrained zoo architecture in eval mode with weights drawn after `torch.manual_seed(seed)`."""
    entry = _BUILDERS.get(identifier)
    if entry is None:
        raise KeyError(f"{identifier!r} is not an untrained zoo model; known: {sorted(_BUILDERS)}")
    constructor, _ = entry
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        module = constructor()
    return module.eval()


def load(identifier: str) -> TorchModel:
    """Load an untrained zoo model (`alexnet`, `resnet18` or `cornet-z`) as a TorchModel."""
    spec = SPECS.get(identifier)
    if spec is None:
        raise KeyError(f"{identifier!r} is not an untrained zoo model; known: {sorted(SPECS)}")
    _, architecture = _BUILDERS[identifier]
    return TorchModel(spec, build(identifier), f"{architecture} seed={SEED}")
