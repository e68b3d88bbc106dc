"""ImageNet-to-16-category mapping, head checks and logit conversion."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from ventral import config
from ventral_runner.base import ModelSpec
from ventral.imagenet_labels import (
    CATEGORIES,
    CATEGORY_INDICES_PATH,
    check_imagenet_head,
    imagenet_to_16,
    load_category_indices,
    logits_to_probabilities,
)

MIRROR = config.mirror_root()
requires_mirror = pytest.mark.skipif(
    MIRROR is None or not (MIRROR / CATEGORY_INDICES_PATH).is_file(),
    reason=f"the mirror with {CATEGORY_INDICES_PATH} is not available (set VENTRAL_MIRROR)",
)


def _spec(head):
    return ModelSpec(identifier="test-model", backend="torch", input_size=32, layers=("a",), imagenet_head=head)


@requires_mirror
def test_category_indices_are_207_distinct_classes():
    indices = load_category_indices()
    flat = [index for values in indices.values() for index in values]

    assert tuple(indices) == CATEGORIES
    assert len(flat) == 207
    assert len(set(flat)) == 207
    assert all(0 <= index < 1000 for index in flat)
    assert indices["airplane"] == (404,)
    assert indices["knife"] == (499,)


@requires_mirror
def test_category_indices_reject_modified_file(tmp_path):
    copy = tmp_path / CATEGORY_INDICES_PATH
    copy.parent.mkdir(parents=True)
    shutil.copy(MIRROR / CATEGORY_INDICES_PATH, copy)
    copy.write_bytes(copy.read_bytes().replace(b"404", b"405"))

    with pytest.raises(ValueError, match="does not match the expected file"):
        load_category_indices(tmp_path)
    with pytest.raises(FileNotFoundError, match="missing"):
        load_category_indices(tmp_path / "empty")


@requires_mirror
def test_imagenet_to_16_uses_mean_not_sum():
    indices = load_category_indices()
    probabilities = np.zeros((2, 1000))
    # Row 0: 0.6 spread over the 109 dog classes, 0.4 on the single knife class.
    probabilities[0, list(indices["dog"])] = 0.6 / len(indices["dog"])
    probabilities[0, indices["knife"][0]] = 0.4
    # Row 1: all mass on the airplane class.
    probabilities[1, 404] = 1.0

    choices, category_probabilities = imagenet_to_16(probabilities)

    assert choices == ["knife", "airplane"]
    assert category_probabilities.shape == (2, 16)
    assert category_probabilities[0, CATEGORIES.index("dog")] == pytest.approx(0.6 / 109)
    assert category_probabilities[0, CATEGORIES.index("knife")] == pytest.approx(0.4)
    assert category_probabilities[1, CATEGORIES.index("airplane")] == pytest.approx(1.0)


def test_imagenet_to_16_with_given_indices():
    indices = {category: (position,) for position, category in enumerate(CATEGORIES)}
    probabilities = np.zeros((1, 1000))
    probabilities[0, :15] = 0.06
    probabilities[0, 15] = 1 - 15 * 0.06

    choices, _ = imagenet_to_16(probabilities, indices)

    assert choices == ["truck"]


def test_imagenet_to_16_rejects_invalid_probabilities():
    indices = {category: (position,) for position, category in enumerate(CATEGORIES)}
    with pytest.raises(ValueError, match="NaN"):
        imagenet_to_16(np.full((2, 1000), np.nan), indices)
    with pytest.raises(ValueError, match="shape"):
        imagenet_to_16(np.full((2, 1001), 1 / 1001), indices)
    with pytest.raises(ValueError, match="summing to 1"):
        imagenet_to_16(np.random.default_rng(0).normal(size=(2, 1000)), indices)


def test_logits_to_probabilities_softmax():
    logits = np.random.default_rng(0).normal(size=(3, 1000)) * 5

    probabilities = logits_to_probabilities(logits, "1000")

    expected = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(probabilities, expected, rtol=1e-12)


def test_logits_1001_drops_background_before_softmax():
    logits = np.random.default_rng(1).normal(size=(2, 1001))
    logits[:, 0] = 50.0  # a dominant background class must not shrink the object probabilities

    probabilities = logits_to_probabilities(logits, "1001-background")

    assert probabilities.shape == (2, 1000)
    np.testing.assert_allclose(probabilities, logits_to_probabilities(logits[:, 1:], "1000"), rtol=1e-12)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)


def test_logits_rejects_wrong_width_and_nan():
    with pytest.raises(ValueError, match=r"shape \(n, 1001\)"):
        logits_to_probabilities(np.zeros((1, 1000)), "1001-background")
    with pytest.raises(ValueError, match="not an ImageNet head"):
        logits_to_probabilities(np.zeros((1, 10)), "10")
    bad = np.zeros((1, 1000))
    bad[0, 3] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        logits_to_probabilities(bad, "1000")


def test_check_imagenet_head():
    assert check_imagenet_head(_spec("1000")) == 1000
    assert check_imagenet_head(_spec("1001-background")) == 1001
    for head in (None, "10", "1001"):
        with pytest.raises(ValueError, match="test-model"):
            check_imagenet_head(_spec(head))
