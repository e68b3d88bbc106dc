"""Cross-validation splits and cross-validated predictivity from Grams and from features."""

import json
import warnings

import numpy as np
import pytest
import scipy.stats
from sklearn.cross_decomposition import PLSRegression
from sklearn.model_selection import ShuffleSplit, StratifiedShuffleSplit

from ventral_engine.metrics.crossval import split_indices
from ventral_engine.metrics.predictivity import crossvalidated_predictivity, crossvalidated_predictivity_from_features


def make_population(n_stimuli=100, n_features=300, n_neuroids=20, noise=0.1, seed=0, n_latent=10):
    """Return activations X of rank about n_latent and responses Y = X W + noise."""
    rng = np.random.default_rng(seed)
    latent = rng.standard_normal((n_stimuli, n_latent))
    X = latent @ rng.standard_normal((n_latent, n_features)) + 0.1 * rng.standard_normal((n_stimuli, n_features))
    weights = rng.standard_normal((n_features, n_neuroids)) / np.sqrt(n_features)
    Y = X @ weights + noise * rng.standard_normal((n_stimuli, n_neuroids))
    return X, Y


def test_split_indices_match_shufflesplit():
    expected = list(ShuffleSplit(n_splits=10, train_size=0.9, test_size=None, random_state=1).split(np.zeros(576)))
    actual = split_indices(576)
    assert len(actual) == 10
    for (train, test), (expected_train, expected_test) in zip(actual, expected):
        np.testing.assert_array_equal(train, expected_train)
        np.testing.assert_array_equal(test, expected_test)
        assert train.size == 518
        assert test.size == 58
        assert np.union1d(train, test).size == 576


def test_split_indices_match_stratified_shufflesplit():
    labels = np.repeat(np.arange(8), 12)
    splitter = StratifiedShuffleSplit(n_splits=10, train_size=0.9, test_size=None, random_state=1)
    expected = list(splitter.split(np.zeros(96), labels))
    actual = split_indices(96, stratify=labels)
    for (train, test), (expected_train, expected_test) in zip(actual, expected):
        np.testing.assert_array_equal(train, expected_train)
        np.testing.assert_array_equal(test, expected_test)
        assert np.all(np.bincount(labels[test], minlength=8) >= 1)


def test_split_indices_reject_wrong_label_count():
    with pytest.raises(ValueError, match=r"stratify must hold one label per stimulus, shape \(10,\)"):
        split_indices(10, stratify=np.zeros(9))


def test_split_indices_reject_integer_train_size():
    with pytest.raises(ValueError, match="train_size must be a float in"):
        split_indices(10, train_size=9)


def reference_predictivity(X, Y, stratify=None):
    """Brain-Score's procedure written directly with scikit-learn and scipy."""
    if stratify is None:
        splits = ShuffleSplit(n_splits=10, train_size=0.9, test_size=None, random_state=1).split(np.zeros(len(X)))
    else:
        splitter = StratifiedShuffleSplit(n_splits=10, train_size=0.9, test_size=None, random_state=1)
        splits = splitter.split(np.zeros(len(X)), stratify)
    values = []
    for train, test in splits:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            predictions = PLSRegression(n_components=25, scale=False).fit(X[train], Y[train]).predict(X[test])
        correlations = [scipy.stats.pearsonr(predictions[:, i], Y[test, i]).statistic for i in range(Y.shape[1])]
        values.append(np.median(correlations))
    values = np.array(values)
    return values.mean(), values.std() / np.sqrt(values.size), values


# Both implementations hit the power-iteration limit on some components of this noisy data and warn.
@pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")
def test_predictivity_matches_reference_procedure():
    X, Y = make_population(noise=1.0, seed=1)
    labels = np.repeat(np.arange(5), 20)
    expected_raw, expected_error, expected_splits = reference_predictivity(X, Y, stratify=labels)

    score = crossvalidated_predictivity_from_features(X, Y, stratify=labels)

    assert score.raw == pytest.approx(expected_raw, abs=1e-8)
    assert score.error == pytest.approx(expected_error, abs=1e-8)
    np.testing.assert_allclose(score.per_split, expected_splits, rtol=0, atol=1e-8)
    assert score.extra["stratified"] is True
    assert score.extra["nan_neuroids_per_split"] == [0] * 10


def test_predictivity_near_one_for_linear_responses():
    X, Y = make_population(noise=0.05)
    score = crossvalidated_predictivity(X @ X.T, Y)
    assert score.raw > 0.95
    assert len(score.per_split) == 10
    assert score.error == pytest.approx(np.std(score.per_split) / np.sqrt(10))


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")
def test_predictivity_near_zero_for_independent_noise():
    X, _ = make_population(n_stimuli=200, seed=2)
    Y = np.random.default_rng(3).standard_normal((200, 40))
    score = crossvalidated_predictivity(X @ X.T, Y)
    assert abs(score.raw) < 0.1


@pytest.mark.parametrize("mapping", ["pls", "ridge", "ridgecv", "ols"])
def test_predictivity_kernel_and_feature_paths_agree(mapping):
    X, Y = make_population(n_stimuli=80, n_features=150, noise=0.5, seed=4)
    X = X + 3.0
    from_grams = crossvalidated_predictivity(X @ X.T, Y, mapping=mapping)
    from_features = crossvalidated_predictivity_from_features(X, Y, mapping=mapping)
    np.testing.assert_allclose(from_features.per_split, from_grams.per_split, rtol=0, atol=1e-10)
    assert from_features.raw == pytest.approx(from_grams.raw, abs=1e-10)


def test_predictivity_records_ridgecv_alphas():
    X, Y = make_population(n_stimuli=60, seed=5)
    score = crossvalidated_predictivity(X @ X.T, Y, mapping="ridgecv", mapping_kwargs={"alphas": [0.1, 10.0, 1000.0]})
    assert len(score.extra["alpha_per_split"]) == 10
    assert set(score.extra["alpha_per_split"]) <= {0.1, 10.0, 1000.0}
    json.dumps(score.to_dict())


def test_predictivity_rejects_constant_neuroid():
    X, Y = make_population(n_stimuli=40)
    Y[:, 3] = 1.0
    with pytest.raises(ValueError, match=r"Y has 1 constant neuroid\(s\) \(indices \[3\]\)"):
        crossvalidated_predictivity(X @ X.T, Y)


def test_predictivity_rejects_mismatched_stimuli():
    X, Y = make_population(n_stimuli=40)
    with pytest.raises(ValueError, match="Y has 39 rows but K has 40"):
        crossvalidated_predictivity(X @ X.T, Y[:-1])


def test_predictivity_rejects_nan_responses():
    X, Y = make_population(n_stimuli=40)
    Y[5, 2] = np.nan
    with pytest.raises(ValueError, match="Y contains 1 NaN"):
        crossvalidated_predictivity(X @ X.T, Y)


def test_predictivity_rejects_too_few_training_stimuli():
    X, Y = make_population(n_stimuli=20)
    with pytest.raises(ValueError, match="n_components=25 exceeds the 18 training stimuli"):
        crossvalidated_predictivity(X @ X.T, Y)


def test_predictivity_rejects_unknown_mapping():
    X, Y = make_population(n_stimuli=40)
    with pytest.raises(ValueError, match="unknown mapping 'svm'"):
        crossvalidated_predictivity(X @ X.T, Y, mapping="svm")
