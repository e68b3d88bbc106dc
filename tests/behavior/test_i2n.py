"""I2n (Rajalingham et al. 2018) on hand-computed cases and on synthetic trials with a known image-level pattern."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.stats

from ventral_engine.behavior import (
    LogisticReadout,
    correlate_signatures,
    dprimes,
    human_choice_rates,
    i2n,
    i2n_ceiling,
    model_choice_rates,
    model_i2n,
    split_halves,
)

PPF = scipy.stats.norm.ppf


def _trial(stimulus_id, sample, distractor, choice):
    return {"stimulus_id": stimulus_id, "sample_obj": sample, "dist_obj": distractor, "choice": choice}


def _hand_trials() -> pd.DataFrame:
    rows = [_trial("a1", "a", "b", choice) for choice in "abaa"]
    rows += [_trial("a2", "a", "b", choice) for choice in "bbaa"]
    rows += [_trial("b1", "b", "a", choice) for choice in "ba"]
    return pd.DataFrame(rows)


def test_human_choice_rates_hand_computed():
    rates = human_choice_rates(_hand_trials(), ["a1", "a2", "b1"], ["a", "b"])

    expected = np.array([[np.nan, 0.25], [np.nan, 0.5], [0.5, np.nan]])
    np.testing.assert_array_equal(np.isnan(rates), np.isnan(expected))
    np.testing.assert_allclose(rates[~np.isnan(rates)], expected[~np.isnan(expected)])


def test_dprimes_hand_computed():
    rates = np.array([[np.nan, 0.25], [np.nan, 0.5], [0.5, np.nan]])
    truth = ["a", "a", "b"]

    raw = dprimes(rates, truth, ["a", "b"], normalize=False)
    normalized = dprimes(rates, truth, ["a", "b"])

    # (a1, b): HR = 0.75, FAR(b, a) = 0.5; (a2, b): HR = 0.5; (b1, a): HR = 0.5, FAR(a, b) = mean(.25, .5).
    assert raw[0, 1] == pytest.approx(PPF(0.75) - PPF(0.5))
    assert raw[1, 1] == pytest.approx(0.0)
    assert raw[2, 0] == pytest.approx(PPF(0.5) - PPF(0.375))
    assert np.isnan(raw[0, 0])
    assert np.isnan(raw[2, 1])
    # "n": subtract the mean over the images of the same object, per distractor.
    assert normalized[0, 1] == pytest.approx(PPF(0.75) / 2)
    assert normalized[1, 1] == pytest.approx(-PPF(0.75) / 2)
    assert normalized[2, 0] == pytest.approx(0.0)


def test_dprimes_clip_at_five():
    never_wrong = dprimes(np.array([[np.nan, 0.0], [0.5, np.nan]]), ["a", "b"], ["a", "b"], normalize=False)
    always_wrong = dprimes(np.array([[np.nan, 1.0], [0.5, np.nan]]), ["a", "b"], ["a", "b"], normalize=False)

    # Rates of 0 and 1 give infinite Phi^-1 values before clipping.
    np.testing.assert_array_equal(never_wrong[[0, 1], [1, 0]], [5.0, 5.0])
    np.testing.assert_array_equal(always_wrong[[0, 1], [1, 0]], [-5.0, -5.0])


def test_model_choice_rates_hand_computed():
    probabilities = np.array([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6]])

    rates = model_choice_rates(probabilities, ["a", "b", "c"], ["a", "c"])

    assert np.isnan(rates[0, 0])
    assert np.isnan(rates[1, 2])
    assert rates[0, 1] == pytest.approx(0.3 / 0.9)
    assert rates[0, 2] == pytest.approx(0.1 / 0.7)
    assert rates[1, 0] == pytest.approx(0.2 / 0.8)


def test_model_choice_rates_sorts_object_columns():
    probabilities = np.array([[0.1, 0.3, 0.6]])

    rates = model_choice_rates(probabilities, ["c", "b", "a"], ["a"])

    assert rates[0, 1] == pytest.approx(0.3 / 0.9)
    assert rates[0, 2] == pytest.approx(0.1 / 0.7)


def test_split_halves_match_legacy_random_state():
    halves = split_halves(11, n_splits=2, seed=0)

    random_state = np.random.RandomState(0)
    for first, second in halves:
        positions = list(range(11))
        random_state.shuffle(positions)
        assert first.tolist() == positions[:5]
        assert second.tolist() == positions[5:]


def test_correlate_signatures_nan_handling():
    target = np.array([[np.nan, 1.0], [2.0, 3.0], [4.0, 6.0]])
    source = np.array([[np.nan, 2.0], [np.nan, 6.0], [8.0, 12.0]])

    with pytest.raises(ValueError, match="NaN in 1 cells"):
        correlate_signatures(source, target)
    assert correlate_signatures(source, target, skipna=True) == pytest.approx(1.0)


OBJECTS = ["apple", "bear", "car", "dog"]
N_IMAGES_PER_OBJECT = 12


def _latent_difficulty(seed=0):
    rng = np.random.default_rng(seed)
    stimulus_ids = [f"{obj}-{index:02d}" for obj in OBJECTS for index in range(N_IMAGES_PER_OBJECT)]
    truth = [obj for obj in OBJECTS for _ in range(N_IMAGES_PER_OBJECT)]
    return stimulus_ids, truth, rng.normal(size=len(stimulus_ids))


def _simulated_trials(difficulty, stimulus_ids, truth, repeats, seed=1) -> pd.DataFrame:
    """Humans err on image i against any distractor with probability sigmoid(-1.5 - 1.2 * difficulty_i)."""
    rng = np.random.default_rng(seed)
    rows = []
    for stimulus_id, obj, value in zip(stimulus_ids, truth, difficulty):
        error_rate = 1 / (1 + np.exp(1.5 + 1.2 * value))
        for distractor in OBJECTS:
            if distractor == obj:
                continue
            for _ in range(repeats):
                choice = distractor if rng.random() < error_rate else obj
                rows.append(_trial(stimulus_id, obj, distractor, choice))
    trials = pd.DataFrame(rows)
    return trials.sample(frac=1.0, random_state=2).reset_index(drop=True)


def _model_probabilities(difficulty, truth):
    """Probabilities whose true-object share grows with the same latent difficulty."""
    logits = np.zeros((len(truth), len(OBJECTS)))
    for row, (obj, value) in enumerate(zip(truth, difficulty)):
        logits[row, OBJECTS.index(obj)] = 1.5 + 1.2 * value
    return np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)


def test_i2n_recovers_shared_image_pattern():
    stimulus_ids, truth, difficulty = _latent_difficulty()
    trials = _simulated_trials(difficulty, stimulus_ids, truth, repeats=40)
    matching = _model_probabilities(difficulty, truth)
    unrelated = _model_probabilities(np.random.default_rng(5).permutation(difficulty), truth)

    good = i2n(matching, OBJECTS, stimulus_ids, trials)
    bad = i2n(unrelated, OBJECTS, stimulus_ids, trials)

    assert len(good.per_split) == 2
    assert good.raw > 0.6
    assert abs(bad.raw) < 0.3
    assert 0.3 < good.ceiling < 1.0
    per_split = [score / np.sqrt(ceiling) for score, ceiling in zip(good.per_split, good.extra["ceiling_per_split"])]
    assert good.ceiled == pytest.approx(np.mean(per_split))
    assert good.ceiled > good.raw


def test_i2n_ceiling_grows_with_trials():
    stimulus_ids, truth, difficulty = _latent_difficulty()
    few = i2n_ceiling(_simulated_trials(difficulty, stimulus_ids, truth, repeats=6))
    many = i2n_ceiling(_simulated_trials(difficulty, stimulus_ids, truth, repeats=200))

    assert few.raw < 0.45
    assert many.raw > 0.75
    assert len(many.per_split) == 2


def test_i2n_ceiling_matches_score_halves():
    stimulus_ids, truth, difficulty = _latent_difficulty()
    trials = _simulated_trials(difficulty, stimulus_ids, truth, repeats=20)

    score = i2n(_model_probabilities(difficulty, truth), OBJECTS, stimulus_ids, trials)

    assert score.extra["ceiling_per_split"] == pytest.approx(i2n_ceiling(trials).per_split)


def test_i2n_rejects_mismatched_inputs():
    stimulus_ids, truth, difficulty = _latent_difficulty()
    trials = _simulated_trials(difficulty, stimulus_ids, truth, repeats=4)
    probabilities = _model_probabilities(difficulty, truth)

    with pytest.raises(ValueError, match="stimulus_ids must be"):
        i2n(probabilities[:-1], OBJECTS, stimulus_ids[:-1], trials)
    with pytest.raises(ValueError, match="objects"):
        i2n(probabilities, ["apple", "bear", "car", "emu"], stimulus_ids, trials)
    bad_truth = trials.assign(truth=trials["dist_obj"])
    with pytest.raises(ValueError, match="truth column that differs"):
        i2n(probabilities, OBJECTS, stimulus_ids, bad_truth)


def test_model_i2n_shape_and_nan_diagonal():
    stimulus_ids, truth, difficulty = _latent_difficulty()

    signature = model_i2n(_model_probabilities(difficulty, truth), OBJECTS, truth)

    assert signature.shape == (len(stimulus_ids), len(OBJECTS))
    assert np.isnan(signature).sum() == len(stimulus_ids)
    assert np.isnan(signature[0, OBJECTS.index(truth[0])])


def test_logistic_readout_separates_objects():
    rng = np.random.default_rng(0)
    centers = rng.normal(scale=3.0, size=(len(OBJECTS), 20))
    labels = np.repeat(OBJECTS, 30)
    features = centers[np.repeat(np.arange(len(OBJECTS)), 30)] + rng.normal(size=(len(labels), 20))

    readout = LogisticReadout().fit(features, labels)
    probabilities = readout.predict_probabilities(features)

    assert readout.objects_ == tuple(OBJECTS)
    assert probabilities.shape == (len(labels), len(OBJECTS))
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)
    predicted = np.asarray(readout.objects_)[probabilities.argmax(axis=1)]
    assert (predicted == labels).mean() > 0.95


def test_logistic_readout_rejects_bad_input():
    readout = LogisticReadout()
    with pytest.raises(ValueError, match="not fitted"):
        readout.predict_probabilities(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="at least two objects"):
        readout.fit(np.zeros((3, 2)), ["a", "a", "a"])
    with pytest.raises(ValueError, match="NaN"):
        readout.fit(np.full((2, 2), np.nan), ["a", "b"])
    readout.fit(np.random.default_rng(0).normal(size=(6, 3)), ["a", "b", "c"] * 2)
    with pytest.raises(ValueError, match="same layer"):
        readout.predict_probabilities(np.zeros((2, 4)))
