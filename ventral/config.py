"""Locations the product reads and writes, each overridable by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def mirror_root() -> Path | None:
    """Return the offline mirror folder, or None when none is configured or present.

    `VENTRAL_MIRROR` wins; otherwise `../shared/mirror` beside the checkout is used
    when it exists.
    """
    configured = os.environ.get("VENTRAL_MIRROR")
    if configured:
        return Path(configured).expanduser()
    default = _REPO_ROOT.parent / "shared" / "mirror"
    return default if default.is_dir() else None


def shared_models_root() -> Path | None:
    """Return the folder of operator-provided model files (`VENTRAL_SHARED_MODELS`, else ../shared/models)."""
    configured = os.environ.get("VENTRAL_SHARED_MODELS")
    if configured:
        return Path(configured).expanduser()
    default = _REPO_ROOT.parent / "shared" / "models"
    return default if default.is_dir() else None


def cache_root() -> Path:
    """Return the cache folder for packaged data and activations (`VENTRAL_CACHE`, else ~/.cache/ventral)."""
    configured = os.environ.get("VENTRAL_CACHE")
    path = Path(configured).expanduser() if configured else Path.home() / ".cache" / "ventral"
    path.mkdir(parents=True, exist_ok=True)
    return path
