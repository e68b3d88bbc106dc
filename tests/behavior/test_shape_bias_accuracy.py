"""Shape bias and accuracy on hand-computed cases."""

from __future__ import annotations

import pandas as pd
import pytest

from ventral_engine.behavior import accuracy, human_accuracy, human_shape_bias, shape_bias


def test_shape_bias_hand_computed():
    shapes = ["cat", "cat", "dog", "dog", "bird", "bird"]
    textures = ["dog", "bird", "cat", "cat", "bird", "knife"]
    # Trial 4 has no conflict (bird-bird) and is left out although its choice is "bird".
    choices = ["cat", "bird", "cat", "dog", "bird", "oven"]

    result = shape_bias(choices, shapes, textures)

    assert result["n_conflict"] == 5
    assert result["n_shape"] == 2  # trials 0 and 3
    assert result["n_texture"] == 2  # trials 1 and 2
    assert result["shape_bias"] == 0.5
    assert result["fraction_shape"] == pytest.approx(2 / 6)
    assert result["fraction_texture"] == pytest.approx(2 / 6)


def test_shape_bias_all_shape():
    result = shape_bias(["cat", "dog"], ["cat", "dog"], ["dog", "cat"])

    assert result["shape_bias"] == 1.0


def test_shape_bias_rejects_bad_input():
    with pytest.raises(ValueError, match="equal length"):
        shape_bias(["cat"], ["cat", "dog"], ["dog", "cat"])
    with pytest.raises(ValueError, match="undefined"):
        shape_bias(["oven", "oven"], ["cat", "dog"], ["dog", "cat"])


def test_human_shape_bias_pooled_and_per_subject():
    trials = pd.DataFrame(
        {
            "subject": ["s1", "s1", "s2", "s2", "s2", "s2"],
            "truth": ["cat", "dog", "cat", "dog", "cat", "dog"],
            "texture": ["dog", "cat", "dog", "cat", "dog", "cat"],
            "choice": ["cat", "dog", "cat", "cat", "dog", "cat"],
        }
    )

    result = human_shape_bias(trials)

    assert result["per_subject"] == {"s1": 1.0, "s2": 0.25}
    assert result["pooled"] == pytest.approx(3 / 6)
    assert result["mean_over_subjects"] == pytest.approx(0.625)


def test_accuracy():
    assert accuracy(["cat", "dog", "na"], ["cat", "cat", "cat"]) == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="equal length"):
        accuracy(["cat"], ["cat", "dog"])
    with pytest.raises(ValueError, match="zero choices"):
        accuracy([], [])


def test_human_accuracy():
    trials = pd.DataFrame(
        {
            "subject": ["s1", "s1", "s2", "s2"],
            "truth": ["cat", "dog", "cat", "dog"],
            "choice": ["cat", "na", "cat", "dog"],
        }
    )

    result = human_accuracy(trials)

    assert result["per_subject"] == {"s1": 0.5, "s2": 1.0}
    assert result["pooled"] == 0.75
    assert result["mean_over_subjects"] == 0.75
