"""Map ImageNet classifier outputs to the 16 object categories of Geirhos et al.'s human experiments.

Each of the 16 categories (airplane, bear, ..., truck) is a set of ImageNet-1k classes,
207 classes in all, none shared by two categories. The index lists come from
bethgelab/model-vs-human `modelvshuman/helper/human_categories.py` (MIT) and are read
from the mirror's ``derived/geirhos16_imagenet_indices.json``. As in model-vs-human's
`ImageNetProbabilitiesTo16ClassesMapping` and Brain-Score's `LabelBehavior`, a category's
probability is the mean softmax probability of its classes, and the choice is the
category with the highest probability.

Only 1000-way ImageNet heads (standard class order) and 1001-way heads whose class 0 is
"background" (TensorFlow-slim models) qualify. `check_imagenet_head` rejects every other
model before any image is run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

import numpy as np

from ventral import config

#: Location of the index table inside the mirror, with the size and SHA-256 of the mirrored file.
CATEGORY_INDICES_PATH = "derived/geirhos16_imagenet_indices.json"
CATEGORY_INDICES_SIZE = 2463
CATEGORY_INDICES_SHA256 = "ac414829a707645fb746488cb02b88463c2103bd5dcb1906a285d4f4726a7d31"

#: The 16 categories in sorted order, the column order of `imagenet_to_16`.
CATEGORIES = (
    "airplane", "bear", "bicycle", "bird", "boat", "bottle", "car", "cat",
    "chair", "clock", "dog", "elephant", "keyboard", "knife", "oven", "truck",
)
N_IMAGENET_CLASSES = 1000
#: Logit count of each accepted `ModelSpec.imagenet_head` value.
IMAGENET_HEAD_WIDTHS = {"1000": 1000, "1001-background": 1001}

# Rows of a probability matrix must sum to 1 within this tolerance.
_SUM_TOLERANCE = 1e-3


def check_imagenet_head(spec) -> int:
    """Return the logit count of the model's ImageNet head, or raise ValueError if it has none.

    `spec` is a `ventral_runner.base.ModelSpec` (anything with `identifier` and
    `imagenet_head`). Call this before running any image for a behavioral benchmark.
    """
    head = getattr(spec, "imagenet_head", None)
    identifier = getattr(spec, "identifier", repr(spec))
    if head not in IMAGENET_HEAD_WIDTHS:
        raise ValueError(
            f"model {identifier!r} has imagenet_head={head!r}; behavioral benchmarks with 16-category choices need a "
            f"1000-way ImageNet classifier head (imagenet_head in {sorted(IMAGENET_HEAD_WIDTHS)}). "
            "Choose a model with an ImageNet head, or score this model on neural benchmarks only"
        )
    return IMAGENET_HEAD_WIDTHS[head]


def logits_to_probabilities(logits, head: str) -> np.ndarray:
    """Return softmax probabilities of shape (n, 1000) over the ImageNet-1k classes in standard order.

    Args:
        logits: float array of shape (n, 1000) for head "1000", or (n, 1001) for head
            "1001-background", whose column 0 is the background class.
        head: the model's `ModelSpec.imagenet_head`.

    The background column is dropped before the softmax, so the probabilities are the
    1001-way softmax renormalized over the 1000 object classes. The renormalization
    scales all of an image's probabilities by one factor and leaves the choice unchanged.
    """
    if head not in IMAGENET_HEAD_WIDTHS:
        raise ValueError(
            f"head {head!r} is not an ImageNet head; use one of {sorted(IMAGENET_HEAD_WIDTHS)} "
            "(see check_imagenet_head)"
        )
    logits = np.asarray(logits, dtype=np.float64)
    width = IMAGENET_HEAD_WIDTHS[head]
    if logits.ndim != 2 or logits.shape[1] != width:
        raise ValueError(f"logits for head {head!r} must have shape (n, {width}); got {logits.shape}")
    if not np.isfinite(logits).all():
        raise ValueError(f"logits contain {int((~np.isfinite(logits)).sum())} NaN or infinite values; check the model")
    if head == "1001-background":
        logits = logits[:, 1:]

    shifted = logits - logits.max(axis=1, keepdims=True)
    exponentials = np.exp(shifted)
    return exponentials / exponentials.sum(axis=1, keepdims=True)


def imagenet_to_16(probabilities, category_indices: dict[str, tuple[int, ...]] | None = None):
    """Pool ImageNet probabilities into the 16 categories and pick one per image.

    Args:
        probabilities: softmax probabilities of shape (n, 1000), rows summing to 1.
        category_indices: category -> ImageNet class indices; defaults to
            `load_category_indices()`.

    Returns:
        (choices, category_probabilities): a list of n category names and a float array
        of shape (n, 16) with the mean probability of each category's classes, columns
        in `CATEGORIES` order. Ties go to the category that comes first in that order.
    """
    indices = load_category_indices() if category_indices is None else category_indices
    probabilities = np.asarray(probabilities, dtype=np.float64)
    if probabilities.ndim != 2 or probabilities.shape[1] != N_IMAGENET_CLASSES:
        raise ValueError(
            f"probabilities must have shape (n, {N_IMAGENET_CLASSES}); got {probabilities.shape}. "
            "Convert logits with logits_to_probabilities first"
        )
    if np.isnan(probabilities).any():
        rows = np.flatnonzero(np.isnan(probabilities).any(axis=1))
        raise ValueError(
            f"probabilities contain NaN in {len(rows)} row(s) (first: row {int(rows[0])}); "
            "the model's output is invalid"
        )
    if (probabilities < 0).any() or not np.allclose(probabilities.sum(axis=1), 1.0, atol=_SUM_TOLERANCE):
        sums = probabilities.sum(axis=1)
        raise ValueError(
            f"probabilities must be non-negative with rows summing to 1 (row sums range {sums.min():.4g} to "
            f"{sums.max():.4g}); pass softmax outputs, e.g. from logits_to_probabilities"
        )

    category_probabilities = np.stack(
        [probabilities[:, list(indices[category])].mean(axis=1) for category in CATEGORIES], axis=1
    )
    choices = [CATEGORIES[index] for index in np.argmax(category_probabilities, axis=1)]
    return choices, category_probabilities


def load_category_indices(mirror: str | os.PathLike | None = None) -> dict[str, tuple[int, ...]]:
    """Return category -> sorted ImageNet class indices (0-999) for the 16 categories.

    Reads ``derived/geirhos16_imagenet_indices.json`` from `mirror` (default
    `ventral.config.mirror_root()`), checks its size and SHA-256, and checks that the
    categories are exactly `CATEGORIES` with 207 distinct classes in all.
    """
    root = Path(mirror).expanduser() if mirror is not None else config.mirror_root()
    if root is None:
        raise FileNotFoundError(
            f"the 16-category ImageNet index table is unavailable: no mirror is configured. Set VENTRAL_MIRROR to the "
            f"mirror folder that contains {CATEGORY_INDICES_PATH}"
        )
    return _read_category_indices(root / CATEGORY_INDICES_PATH)


@functools.lru_cache(maxsize=4)
def _read_category_indices(path: Path) -> dict[str, tuple[int, ...]]:
    if not path.is_file():
        raise FileNotFoundError(
            f"the 16-category ImageNet index table {path} is missing; point VENTRAL_MIRROR at a complete mirror"
        )
    content = path.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    if len(content) != CATEGORY_INDICES_SIZE or digest != CATEGORY_INDICES_SHA256:
        raise ValueError(
            f"{path} does not match the expected file ({CATEGORY_INDICES_SIZE} bytes, SHA-256 "
            f"{CATEGORY_INDICES_SHA256}); got {len(content)} bytes, SHA-256 {digest}. Restore it from the mirror"
        )

    table = json.loads(content)["categories"]
    if sorted(table) != list(CATEGORIES):
        raise ValueError(f"{path} lists the categories {sorted(table)}; expected {list(CATEGORIES)}")
    indices = {category: tuple(sorted(int(index) for index in table[category])) for category in CATEGORIES}
    flat = [index for values in indices.values() for index in values]
    if len(set(flat)) != len(flat) or not all(0 <= index < N_IMAGENET_CLASSES for index in flat):
        raise ValueError(f"{path}: class indices must be distinct across categories and lie in 0..999")
    return indices
