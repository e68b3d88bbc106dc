"""Uploaded ONNX models, stored by SHA-256 in a folder every runner can read.

Each accepted file becomes `<store>/<sha256>.onnx`; each registration adds
`<registration digest>.json` with its metadata. The registration digest covers the
file's SHA-256 and the preprocessing (mean, std, field of view, head), and its first
12 hex digits make the model identifier `upload-<digits>`. Two uploads under the
same display name are therefore two models. One file registered with two
normalizations is two models too, and neither pair shares cached activations.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from ventral.config import cache_root

from .base import IMAGENET_MEAN, IMAGENET_STD, ModelSpec
from .upload_validation import UploadRejected, validate_onnx_upload

# Uploads travel to the runner in one gRPC message, whose limit is 64 MiB.
DEFAULT_MAX_UPLOAD_BYTES = 60 * 1024 * 1024
IDENTIFIER_PREFIX = "upload-"
IMAGENET_HEADS = ("", "1000", "1001-background")

_lock = threading.Lock()


def store_root() -> Path:
    """Return the model store folder (`VENTRAL_MODEL_STORE`, else <cache>/model_store)."""
    configured = os.environ.get("VENTRAL_MODEL_STORE")
    path = Path(configured).expanduser() if configured else cache_root() / "model_store"
    path.mkdir(parents=True, exist_ok=True)
    return path


def max_upload_bytes() -> int:
    return int(os.environ.get("VENTRAL_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES))


@dataclass
class UploadedModel:
    """Metadata of one stored upload."""

    identifier: str
    display_name: str
    sha256: str
    input_size: int
    layers: list[str]
    output_class_count: int
    mean: list[float]
    std: list[float]
    field_of_view_degrees: float
    imagenet_head: str

    def spec(self) -> ModelSpec:
        readout = self.layers[-1] if self.layers else None
        return ModelSpec(
            identifier=self.identifier, backend="onnx", training="unknown (uploaded)", input_size=self.input_size, layers=tuple(self.layers),
            mean=tuple(self.mean), std=tuple(self.std), field_of_view_degrees=self.field_of_view_degrees,
            behavioral_readout_layer=readout if self.imagenet_head else None,
            imagenet_head=self.imagenet_head or None, weights_source=f"upload sha256:{self.sha256}",
            description=f"uploaded ONNX model {self.display_name!r}")


def register(data: bytes | None, *, display_name: str, store_path: str = "", mean=IMAGENET_MEAN,
             std=IMAGENET_STD, field_of_view_degrees: float = 8.0, imagenet_head: str = "") -> UploadedModel:
    """Validate an ONNX model (bytes, or a file the operator placed in the store) and store it by SHA-256.

    Raises UploadRejected with the reason and the fix.
    """
    if not display_name or len(display_name) > 200:
        raise UploadRejected("give the model a display name of 1 to 200 characters")
    if imagenet_head not in IMAGENET_HEADS:
        raise UploadRejected(f"imagenet_head {imagenet_head!r} is invalid; use '', '1000' or '1001-background'")
    if len(mean) != 3 or len(std) != 3 or any(value <= 0 for value in std):
        raise UploadRejected(f"mean {list(mean)} and std {list(std)} must have 3 values each, std positive")
    if not 0 < field_of_view_degrees <= 180:
        raise UploadRejected(f"field_of_view_degrees {field_of_view_degrees} must be in (0, 180]")
    if data is None:
        data = _read_store_file(store_path)
    validated = validate_onnx_upload(data, max_upload_bytes())
    expected_classes = {"1000": 1000, "1001-background": 1001}.get(imagenet_head)
    if expected_classes and validated.output_class_count != expected_classes:
        raise UploadRejected(f"imagenet_head {imagenet_head!r} needs {expected_classes} outputs, the model has "
                             f"{validated.output_class_count}; fix the head or leave imagenet_head empty")

    settings = json.dumps({"sha256": validated.sha256, "mean": [float(value) for value in mean],
                           "std": [float(value) for value in std], "fov": float(field_of_view_degrees),
                           "head": imagenet_head}, sort_keys=True)
    registration = hashlib.sha256(settings.encode()).hexdigest()
    model = UploadedModel(
        identifier=IDENTIFIER_PREFIX + registration[:12], display_name=display_name, sha256=validated.sha256,
        input_size=validated.input_size, layers=list(validated.layers) + [validated.output_name],
        output_class_count=validated.output_class_count, mean=[float(value) for value in mean],
        std=[float(value) for value in std], field_of_view_degrees=float(field_of_view_degrees),
        imagenet_head=imagenet_head)
    root = store_root()
    with _lock:
        onnx_path = root / f"{validated.sha256}.onnx"
        if not onnx_path.exists():
            temporary = onnx_path.with_suffix(".onnx.partial")
            temporary.write_bytes(data)
            temporary.replace(onnx_path)
        (root / f"{registration}.json").write_text(json.dumps(asdict(model), indent=2))
    return model


def _read_store_file(store_path: str) -> bytes:
    if not store_path:
        raise UploadRejected("send the ONNX file, or name a file placed in the model store with store_path")
    root = store_root().resolve()
    path = (root / store_path).resolve()
    if root not in path.parents:
        raise UploadRejected(f"store_path {store_path!r} leaves the model store {root}; name a file inside it")
    if not path.is_file():
        raise UploadRejected(f"store_path {store_path!r} is not a file in the model store {root}")
    if path.stat().st_size > max_upload_bytes():
        raise UploadRejected(f"{store_path!r} is larger than the {max_upload_bytes()} byte limit")
    return path.read_bytes()


def list_uploaded() -> list[UploadedModel]:
    models = []
    for path in sorted(store_root().glob("*.json")):
        models.append(UploadedModel(**json.loads(path.read_text())))
    return models


def find(identifier: str) -> UploadedModel | None:
    if not identifier.startswith(IDENTIFIER_PREFIX):
        return None
    for model in list_uploaded():
        if model.identifier == identifier:
            return model
    return None


def onnx_path(model: UploadedModel) -> Path:
    return store_root() / f"{model.sha256}.onnx"
