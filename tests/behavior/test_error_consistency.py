"""Error consistency (Cohen's kappa) on hand-computed cases and its aggregation over subjects and conditions."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from ventral_engine.behavior import (
    ceiled_error_consistency,
    cohens_kappa,
    error_consistency,
    human_ceiling,
    kappa_between,
)

T, F = True, False


@pytest.mark.parametrize(
    "left, right, expected",
    [
        # p = .5 and .5, c_exp = .5, c_obs = .5: agreement at chance.
        ([T, T, F, F], [T, F, T, F], 0.0),
        # p = .75 and .5, c_exp = .5, c_obs = .75.
        ([T, T, T, F], [T, T, F, F], 0.5),
        # p = .75 and .75, c_exp = .625, c_obs = .5.
        ([T, T, T, F], [F, T, T, T], -1 / 3),
        # Complete disagreement with p = .5 each.
        ([T, F], [F, T], -1.0),
        # Identical sequences that contain errors.
        ([T, F, F, T, T], [T, F, F, T, T], 1.0),
    ],
)
def test_kappa_hand_computed(left, right, expected):
    assert kappa_between(left, right)["kappa"] == pytest.approx(expected)


def test_kappa_parts_hand_computed():
    parts = kappa_between([T, T, T, F], [T, T, F, F])

    assert parts["n_trials"] == 4
    assert parts["accuracy_left"] == 0.75
    assert parts["accuracy_right"] == 0.5
    assert parts["expected"] == pytest.approx(0.75 * 0.5 + 0.25 * 0.5)
    assert parts["observed"] == 0.75


def test_kappa_expected_one_is_one():
    # Both always right: c_exp = c_obs = 1, where the formula is 0 / 0.
    assert kappa_between([T, T, T], [T, T, T])["kappa"] == 1.0
    assert kappa_between([F, F], [F, F])["kappa"] == 1.0
    assert cohens_kappa(1.0, 1.0) == 1.0


def test_kappa_single_trial():
    assert kappa_between([T], [T])["kappa"] == 1.0
    assert kappa_between([T], [F])["kappa"] == 0.0


def test_kappa_rejects_bad_input():
    with pytest.raises(ValueError, match="equal length"):
        kappa_between([T, F], [T])
    with pytest.raises(ValueError, match="zero trials"):
        kappa_between([], [])
    with pytest.raises(ValueError, match="observed_consistency"):
        cohens_kappa(1.5, 0.5)


def _trials(correct_by_subject_condition: dict) -> pd.DataFrame:
    """Build trials where subject s in condition c is right on the given trials; stimuli are c-0, c-1, ..."""
    rows = []
    for (subject, condition), correct in correct_by_subject_condition.items():
        for index, is_correct in enumerate(correct):
            rows.append(
                {
                    "stimulus_id": f"{condition}-{index}",
                    "subject": subject,
                    "condition": condition,
                    "truth": "dog",
                    "choice": "dog" if is_correct else "cat",
                }
            )
    return pd.DataFrame(rows)


def test_error_consistency_aggregation():
    trials = _trials(
        {
            ("s1", "c1"): [T, T, F, F],  # vs model [T, T, T, F]: kappa 0.5
            ("s1", "c2"): [T, F, T, F],  # vs model [T, T, F, F]: kappa 0
            ("s2", "c1"): [F, T, T, T],  # vs model [T, T, T, F]: kappa -1/3
        }
    )
    model = {"c1-0": T, "c1-1": T, "c1-2": T, "c1-3": F, "c2-0": T, "c2-1": T, "c2-2": F, "c2-3": F}

    score = error_consistency(model, trials)

    # Mean over conditions, then over subjects: s1 = 0.25, s2 = -1/3.
    assert score.extra["per_subject"] == pytest.approx({"s1": 0.25, "s2": -1 / 3})
    assert score.raw == pytest.approx(abs((0.25 - 1 / 3) / 2))
    assert score.error == pytest.approx(np.std([0.5, 0.0, -1 / 3]))
    assert len(score.extra["kappas"]) == 3


def test_error_consistency_takes_absolute_value():
    trials = _trials({("s1", "c1"): [T, F], ("s2", "c1"): [T, F]})
    model = {"c1-0": F, "c1-1": T}

    score = error_consistency(model, trials)

    assert score.extra["per_subject"] == pytest.approx({"s1": -1.0, "s2": -1.0})
    assert score.raw == 1.0


def test_error_consistency_array_equals_dict():
    trials = _trials({("s1", "c1"): [T, T, F, F], ("s2", "c1"): [T, F, T, T]})
    model = {"c1-0": T, "c1-1": F, "c1-2": F, "c1-3": T}
    aligned = [model[stimulus_id] for stimulus_id in trials["stimulus_id"]]

    assert error_consistency(aligned, trials).raw == pytest.approx(error_consistency(model, trials).raw)


def test_error_consistency_rejects_bad_model_input():
    trials = _trials({("s1", "c1"): [T, F]})

    with pytest.raises(ValueError, match="no value for 1 stimulus_id"):
        error_consistency({"c1-0": T}, trials)
    with pytest.raises(ValueError, match="3 entries but trials has 2 rows"):
        error_consistency([T, F, T], trials)
    with pytest.raises(ValueError, match="booleans"):
        error_consistency({"c1-0": "yes", "c1-1": T}, trials)


def test_error_consistency_rejects_bad_trials():
    with pytest.raises(ValueError, match="missing the column"):
        error_consistency({}, pd.DataFrame({"stimulus_id": ["a"]}))

    repeated = _trials({("s1", "c1"): [T, F]})
    repeated = pd.concat([repeated, repeated], ignore_index=True)
    with pytest.raises(ValueError, match="repeated trials"):
        error_consistency({"c1-0": T, "c1-1": F}, repeated)


def test_human_ceiling_uses_unordered_pairs():
    correct = {
        ("s1", "c1"): [T, T, F, F],
        ("s2", "c1"): [T, T, T, F],
        ("s3", "c1"): [F, T, T, T],
    }
    trials = _trials(correct)
    pairs = [("s1", "s2"), ("s1", "s3"), ("s2", "s3")]
    expected = np.mean([kappa_between(correct[(a, "c1")], correct[(b, "c1")])["kappa"] for a, b in pairs])

    ceiling = human_ceiling(trials)

    assert ceiling.raw == pytest.approx(abs(expected))
    assert len(ceiling.extra["pairs"]) == 3
    assert {(pair["subject_left"], pair["subject_right"]) for pair in ceiling.extra["pairs"]} == set(pairs)


def test_human_ceiling_aligns_by_stimulus():
    trials = _trials({("s1", "c1"): [T, T, F, F], ("s2", "c1"): [T, T, F, F]})
    shuffled = pd.concat([trials[trials["subject"] == "s1"], trials[trials["subject"] == "s2"].iloc[::-1]])

    assert human_ceiling(shuffled).raw == 1.0


def test_human_ceiling_rejects_mismatched_stimuli():
    trials = _trials({("s1", "c1"): [T, T, F], ("s2", "c1"): [T, T]})

    with pytest.raises(ValueError, match="saw different stimuli"):
        human_ceiling(trials)
    with pytest.raises(ValueError, match="at least two subjects"):
        human_ceiling(trials[trials["subject"] == "s1"])


def test_ceiled_error_consistency():
    trials = _trials({("s1", "c1"): [T, T, F, F], ("s2", "c1"): [T, T, T, F]})
    model = {"c1-0": T, "c1-1": T, "c1-2": F, "c1-3": F}

    score = ceiled_error_consistency(model, trials)
    ceiling = human_ceiling(trials)

    assert score.ceiling == pytest.approx(ceiling.raw)
    assert score.ceiled == pytest.approx(score.raw / ceiling.raw)
    assert score.extra["ceiled_bounded"] == pytest.approx(min(1.0, score.raw / ceiling.raw))
    assert math.isfinite(score.error)


def test_ceiled_error_consistency_bounds_to_one():
    # Humans agree at chance with each other (ceiling 0.5 after abs), the model matches s1 exactly.
    trials = _trials({("s1", "c1"): [T, T, F, F], ("s2", "c1"): [T, T, T, F]})
    model = {"c1-0": T, "c1-1": T, "c1-2": F, "c1-3": F}

    score = ceiled_error_consistency(model, trials)

    assert score.ceiled > 1.0
    assert score.extra["ceiled_bounded"] == 1.0
