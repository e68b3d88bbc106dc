"""Split-half ceiling on synthetic data of known reliability, and the ceiled score."""

import numpy as np
import pytest
import scipy.stats
from sklearn.model_selection import ShuffleSplit

from ventral_engine.metrics.ceiling import ceiled_score, clip01, spearman_brown, split_half_ceiling


def make_responses(n_stimuli, n_neuroids, n_repetitions, signal_variance, noise_variance, seed=0):
    """Return responses (stimulus, neuroid, repetition) = signal per stimulus and neuroid + trial noise."""
    rng = np.random.default_rng(seed)
    signal = rng.normal(scale=np.sqrt(signal_variance), size=(n_stimuli, n_neuroids, 1))
    noise = rng.normal(scale=np.sqrt(noise_variance), size=(n_stimuli, n_neuroids, n_repetitions))
    return signal + noise


def reference_ceiling(responses):
    """Brain-Score's split-half procedure written directly with scikit-learn and scipy (no NaN)."""
    n_repetitions = responses.shape[2]
    splitter = ShuffleSplit(n_splits=10, train_size=0.5, test_size=None, random_state=1)
    values = []
    for half_a, half_b in splitter.split(np.zeros(n_repetitions)):
        mean_a = responses[:, :, half_a].mean(axis=2)
        mean_b = responses[:, :, half_b].mean(axis=2)
        r = np.array([scipy.stats.pearsonr(mean_a[:, i], mean_b[:, i]).statistic for i in range(responses.shape[1])])
        values.append(np.median(2 * r / (1 + r)))
    return np.mean(values), np.std(values) / np.sqrt(10)


def test_ceiling_recovers_known_reliability():
    signal_variance, noise_variance, n_repetitions = 1.0, 4.0, 8
    responses = make_responses(600, 60, n_repetitions, signal_variance, noise_variance)
    expected = signal_variance / (signal_variance + noise_variance / n_repetitions)

    score = split_half_ceiling(responses)

    assert score.raw == pytest.approx(expected, abs=0.03)
    assert len(score.per_split) == 10


def test_ceiling_matches_reference_procedure():
    responses = make_responses(50, 12, 7, 1.0, 2.0, seed=1)
    expected_raw, expected_error = reference_ceiling(responses)
    score = split_half_ceiling(responses)
    assert score.raw == pytest.approx(expected_raw, abs=1e-12)
    assert score.error == pytest.approx(expected_error, abs=1e-12)


def test_ceiling_ignores_padding_slots():
    responses = make_responses(40, 8, 6, 1.0, 1.0, seed=2)
    padded = np.concatenate([responses, np.full((40, 8, 3), np.nan)], axis=2)
    assert split_half_ceiling(padded).raw == split_half_ceiling(responses).raw
    assert split_half_ceiling(padded).extra["repetitions"] == [0, 1, 2, 3, 4, 5]


def test_ceiling_with_unequal_repetition_counts():
    signal_variance, noise_variance = 1.0, 3.0
    responses = make_responses(800, 60, 10, signal_variance, noise_variance, seed=3)
    short = np.arange(800) % 2 == 1
    responses[short, :, 6:] = np.nan  # every other stimulus has 6 repetitions instead of 10

    expected_per_split = []
    splitter = ShuffleSplit(n_splits=10, train_size=0.5, test_size=None, random_state=1)
    for half_a, half_b in splitter.split(np.zeros(10)):
        # Population r between half means: signal variance over the geometric mean of the half variances,
        # where a half mean over k trials carries noise variance noise_variance / k.
        variances = []
        for half in (half_a, half_b):
            counts = np.where(short, np.sum(half < 6), half.size)
            variances.append(signal_variance + noise_variance * np.mean(1.0 / counts))
        r = signal_variance / np.sqrt(variances[0] * variances[1])
        expected_per_split.append(2 * r / (1 + r))

    score = split_half_ceiling(responses)

    assert score.raw == pytest.approx(np.mean(expected_per_split), abs=0.02)


def test_ceiling_rejects_stimulus_missing_from_a_half():
    responses = make_responses(10, 3, 4, 1.0, 1.0)
    responses[2, :, 1:] = np.nan  # stimulus 2 has a single repetition
    with pytest.raises(ValueError, match="stimulus 2, neuroid 0 has no finite response"):
        split_half_ceiling(responses)


def test_ceiling_rejects_single_repetition():
    with pytest.raises(ValueError, match="a split-half ceiling needs at least 2"):
        split_half_ceiling(np.ones((5, 2, 1)))


def test_ceiling_rejects_two_dimensional_input():
    with pytest.raises(ValueError, match=r"shape \(stimulus, neuroid, repetition\)"):
        split_half_ceiling(np.ones((5, 2)))


def test_ceiling_rejects_inf():
    responses = make_responses(10, 3, 4, 1.0, 1.0)
    responses[0, 0, 0] = np.inf
    with pytest.raises(ValueError, match="responses contain inf"):
        split_half_ceiling(responses)


def test_spearman_brown_doubles_trials():
    np.testing.assert_allclose(spearman_brown(np.array([0.0, 0.5, 1.0])), [0.0, 2 / 3, 1.0])
    assert np.isnan(spearman_brown(np.nan))


def test_ceiled_score_is_squared_r_over_ceiling():
    assert ceiled_score(0.5, 0.5) == pytest.approx(0.5)
    assert ceiled_score(-0.5, 0.5) == pytest.approx(0.5)
    assert ceiled_score(0.9, 0.5) == pytest.approx(1.62)


def test_ceiled_score_rejects_nonpositive_ceiling():
    with pytest.raises(ValueError, match="ceiling must be finite and > 0"):
        ceiled_score(0.5, 0.0)


def test_clip01_bounds():
    assert clip01(1.62) == 1.0
    assert clip01(-0.1) == 0.0
    assert clip01(0.3) == 0.3
    with pytest.raises(ValueError, match="cannot clip NaN"):
        clip01(float("nan"))
