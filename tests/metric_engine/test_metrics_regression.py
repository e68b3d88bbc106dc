"""Kernel-form mappings against the scikit-learn estimators they reproduce, on fixed random data."""

import warnings

import numpy as np
import pytest
from sklearn.cross_decomposition import PLSRegression
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LinearRegression, Ridge, RidgeCV

from ventral_engine.metrics.regression import (
    RIDGECV_ALPHAS,
    kernel_ols_predict,
    kernel_pls_predict,
    kernel_predict,
    kernel_ridge_predict,
    kernel_ridgecv_predict,
    predict,
)

TOLERANCE = 1e-8


def make_split(n_train, n_test, n_features, n_targets, offset=0.0, seed=0):
    """Return X_train, X_test, Y_train with Y linear in X plus noise."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_train + n_test, n_features)) + offset
    weights = rng.standard_normal((n_features, n_targets)) / np.sqrt(n_features)
    Y = X @ weights + 0.5 * rng.standard_normal((n_train + n_test, n_targets))
    return X[:n_train], X[n_train:], Y[:n_train]


def raw_grams(X_train, X_test):
    return X_train @ X_train.T, X_test @ X_train.T


def sklearn_pls(X_train, X_test, Y_train, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        estimator = PLSRegression(scale=False, **kwargs).fit(X_train, Y_train)
    return estimator.predict(X_test).reshape(X_test.shape[0], Y_train.shape[1])


PLS_SHAPES = [
    # (n_train, n_test, p, m, offset)
    (60, 15, 2000, 5, 0.0),
    (60, 15, 2000, 1, 0.0),
    (80, 10, 500, 12, 1.0),
    (120, 20, 300, 1, 0.0),
    (200, 20, 100, 4, 0.5),
    (100, 20, 60, 1, 0.0),
    (150, 30, 40, 30, 0.0),
]


@pytest.mark.parametrize("n_train, n_test, n_features, n_targets, offset", PLS_SHAPES)
def test_pls_matches_sklearn(n_train, n_test, n_features, n_targets, offset):
    X_train, X_test, Y_train = make_split(n_train, n_test, n_features, n_targets, offset, seed=n_features)
    expected = sklearn_pls(X_train, X_test, Y_train, n_components=25)
    K_train, K_test_train = raw_grams(X_train, X_test)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from_grams = kernel_pls_predict(K_train, K_test_train, Y_train)
        from_features = predict("pls", X_train, X_test, Y_train)

    assert from_grams.shape == (n_test, n_targets)
    np.testing.assert_allclose(from_grams, expected, rtol=0, atol=TOLERANCE)
    np.testing.assert_allclose(from_features, expected, rtol=0, atol=TOLERANCE)


@pytest.mark.parametrize("n_components", [1, 2, 7])
def test_pls_few_components_match_sklearn(n_components):
    X_train, X_test, Y_train = make_split(50, 10, 400, 6, seed=3)
    expected = sklearn_pls(X_train, X_test, Y_train, n_components=n_components)
    actual = predict("pls", X_train, X_test, Y_train, n_components=n_components)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=TOLERANCE)


@pytest.mark.parametrize("max_iter", [1, 2, 3])
def test_pls_truncated_iterations_match_sklearn(max_iter):
    X_train, X_test, Y_train = make_split(50, 10, 300, 8, seed=4)
    expected = sklearn_pls(X_train, X_test, Y_train, n_components=5, max_iter=max_iter)
    with pytest.warns(ConvergenceWarning):
        actual = predict("pls", X_train, X_test, Y_train, n_components=5, max_iter=max_iter)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=TOLERANCE)


def test_pls_loose_tolerance_matches_sklearn():
    X_train, X_test, Y_train = make_split(70, 10, 800, 10, seed=5)
    expected = sklearn_pls(X_train, X_test, Y_train, n_components=10, tol=1e-2)
    actual = predict("pls", X_train, X_test, Y_train, n_components=10, tol=1e-2)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=TOLERANCE)


def test_pls_constant_residual_warns_like_sklearn():
    # With p >> n and one target, the y residual reaches zero before 25 components.
    X_train, X_test, Y_train = make_split(30, 5, 3000, 1, seed=6)
    Y_train = X_train @ np.ones((3000, 1)) / 50.0
    with pytest.warns(UserWarning, match="y residual is constant"):
        PLSRegression(n_components=25, scale=False).fit(X_train, Y_train)
    with pytest.warns(UserWarning, match="y residual is constant"):
        actual = predict("pls", X_train, X_test, Y_train)
    expected = sklearn_pls(X_train, X_test, Y_train, n_components=25)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=TOLERANCE)


def test_pls_constant_target_column_matches_sklearn():
    X_train, X_test, Y_train = make_split(60, 10, 500, 4, seed=7)
    Y_train[:, 0] = 2.5
    expected = sklearn_pls(X_train, X_test, Y_train, n_components=25)
    actual = predict("pls", X_train, X_test, Y_train)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=TOLERANCE)
    np.testing.assert_array_equal(actual[:, 0], 2.5)


def test_pls_constant_units_are_ignored():
    X_train, X_test, Y_train = make_split(60, 10, 500, 3, seed=8)
    X_train[:, :50] = 1.7
    X_test[:, :50] = 1.7
    expected = sklearn_pls(X_train, X_test, Y_train, n_components=25)
    actual = predict("pls", X_train, X_test, Y_train)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=TOLERANCE)


def test_pls_rejects_too_few_training_stimuli():
    X_train, X_test, Y_train = make_split(20, 5, 100, 2)
    K_train, K_test_train = raw_grams(X_train, X_test)
    with pytest.raises(ValueError, match="n_components=25 exceeds the 20 training stimuli"):
        kernel_pls_predict(K_train, K_test_train, Y_train)


def test_pls_rejects_too_few_units():
    X_train, X_test, Y_train = make_split(60, 5, 10, 2)
    with pytest.raises(ValueError, match="exceeds the 10 model units"):
        predict("pls", X_train, X_test, Y_train)


def test_pls_rejects_invalid_tolerance():
    X_train, X_test, Y_train = make_split(60, 5, 100, 2)
    with pytest.raises(ValueError, match="tol must be in"):
        predict("pls", X_train, X_test, Y_train, tol=1e5)


@pytest.mark.parametrize(
    "n_train, n_test, n_features, n_targets", [(60, 15, 2000, 5), (100, 20, 30, 1), (80, 10, 80, 7)]
)
@pytest.mark.parametrize("alpha", [1.0, 0.01, 250.0])
def test_ridge_matches_sklearn(n_train, n_test, n_features, n_targets, alpha):
    X_train, X_test, Y_train = make_split(n_train, n_test, n_features, n_targets, offset=2.0, seed=n_features)
    expected = Ridge(alpha=alpha).fit(X_train, Y_train).predict(X_test).reshape(n_test, n_targets)
    K_train, K_test_train = raw_grams(X_train, X_test)
    from_grams = kernel_ridge_predict(K_train, K_test_train, Y_train, alpha=alpha)
    np.testing.assert_allclose(from_grams, expected, rtol=0, atol=TOLERANCE)
    np.testing.assert_allclose(predict("ridge", X_train, X_test, Y_train, alpha=alpha), expected, rtol=0, atol=TOLERANCE)


def test_ridge_rejects_zero_alpha():
    X_train, X_test, Y_train = make_split(30, 5, 50, 2)
    with pytest.raises(ValueError, match="alpha must be a finite number > 0"):
        predict("ridge", X_train, X_test, Y_train, alpha=0.0)


@pytest.mark.parametrize(
    "n_train, n_test, n_features, n_targets", [(60, 15, 2000, 5), (100, 20, 30, 1), (80, 10, 300, 7)]
)
@pytest.mark.parametrize("alphas", [RIDGECV_ALPHAS, np.logspace(-3, 3, 7)])
def test_ridgecv_matches_sklearn(n_train, n_test, n_features, n_targets, alphas):
    X_train, X_test, Y_train = make_split(n_train, n_test, n_features, n_targets, offset=1.0, seed=n_features)
    estimator = RidgeCV(alphas=alphas).fit(X_train, Y_train)
    expected = estimator.predict(X_test).reshape(n_test, n_targets)
    K_train, K_test_train = raw_grams(X_train, X_test)

    actual, alpha = kernel_ridgecv_predict(K_train, K_test_train, Y_train, alphas=alphas)

    assert alpha == estimator.alpha_
    np.testing.assert_allclose(actual, expected, rtol=0, atol=TOLERANCE)


def test_ridgecv_default_grid_is_brainscore_grid():
    assert RIDGECV_ALPHAS.size == 99
    assert RIDGECV_ALPHAS[0] == 0.01
    assert RIDGECV_ALPHAS[-1] == 1e7
    assert np.all(np.diff(RIDGECV_ALPHAS) > 0)


def test_ridgecv_rejects_nonpositive_alphas():
    X_train, X_test, Y_train = make_split(30, 5, 50, 2)
    K_train, K_test_train = raw_grams(X_train, X_test)
    with pytest.raises(ValueError, match="alphas must all be finite and > 0"):
        kernel_ridgecv_predict(K_train, K_test_train, Y_train, alphas=[0.0, 1.0])


@pytest.mark.parametrize(
    "n_train, n_test, n_features, n_targets", [(100, 20, 30, 3), (60, 15, 2000, 5), (50, 10, 49, 1)]
)
def test_ols_matches_sklearn(n_train, n_test, n_features, n_targets):
    X_train, X_test, Y_train = make_split(n_train, n_test, n_features, n_targets, offset=1.0, seed=n_features)
    expected = LinearRegression().fit(X_train, Y_train).predict(X_test)
    K_train, K_test_train = raw_grams(X_train, X_test)
    np.testing.assert_allclose(kernel_ols_predict(K_train, K_test_train, Y_train), expected, rtol=0, atol=TOLERANCE)
    np.testing.assert_allclose(predict("ols", X_train, X_test, Y_train), expected, rtol=0, atol=TOLERANCE)


def test_ols_rank_deficient_matches_sklearn():
    X_train, X_test, Y_train = make_split(80, 10, 20, 2, seed=9)
    X_train = np.hstack([X_train, X_train[:, :5] * 2.0])
    X_test = np.hstack([X_test, X_test[:, :5] * 2.0])
    expected = LinearRegression().fit(X_train, Y_train).predict(X_test)
    np.testing.assert_allclose(predict("ols", X_train, X_test, Y_train), expected, rtol=0, atol=TOLERANCE)


def test_kernel_predict_reports_ridgecv_alpha():
    X_train, X_test, Y_train = make_split(40, 5, 100, 2)
    K_train, K_test_train = raw_grams(X_train, X_test)
    _, info = kernel_predict("ridgecv", K_train, K_test_train, Y_train, alphas=[1.0, 10.0])
    assert info["alpha"] in (1.0, 10.0)
    _, info = kernel_predict("pls", K_train, K_test_train, Y_train, n_components=3)
    assert info == {}


def test_unknown_mapping_is_rejected():
    X_train, X_test, Y_train = make_split(30, 5, 50, 2)
    with pytest.raises(ValueError, match="unknown mapping 'lasso'"):
        predict("lasso", X_train, X_test, Y_train)


def test_nan_in_gram_is_rejected():
    X_train, X_test, Y_train = make_split(30, 5, 50, 2)
    K_train, K_test_train = raw_grams(X_train, X_test)
    K_train[3, 4] = K_train[4, 3] = np.nan
    with pytest.raises(ValueError, match="K_train contains 2 NaN or infinite values"):
        kernel_ridge_predict(K_train, K_test_train, Y_train)


def test_mismatched_targets_are_rejected():
    X_train, X_test, Y_train = make_split(30, 5, 50, 2)
    K_train, K_test_train = raw_grams(X_train, X_test)
    with pytest.raises(ValueError, match="Y_train has 29 rows but K_train has 30"):
        kernel_ridge_predict(K_train, K_test_train, Y_train[:-1])


def test_mismatched_cross_gram_is_rejected():
    X_train, X_test, Y_train = make_split(30, 5, 50, 2)
    K_train, K_test_train = raw_grams(X_train, X_test)
    with pytest.raises(ValueError, match="K_test_train has 29 columns"):
        kernel_ols_predict(K_train, K_test_train[:, 1:], Y_train)


def test_one_dimensional_targets_are_rejected():
    X_train, X_test, Y_train = make_split(30, 5, 50, 1)
    with pytest.raises(ValueError, match="Y_train must be a 2-D array"):
        predict("ridge", X_train, X_test, Y_train[:, 0])


def test_constant_activations_are_rejected():
    _, _, Y_train = make_split(30, 5, 50, 2)
    X_train = np.full((30, 50), 3.0)
    X_test = np.full((5, 50), 3.0)
    with pytest.raises(ValueError, match="identical for all training stimuli"):
        predict("ridge", X_train, X_test, Y_train)
    K_train, K_test_train = raw_grams(X_train, X_test)
    with pytest.raises(ValueError, match="identical for all training stimuli"):
        kernel_pls_predict(K_train, K_test_train, Y_train, n_components=2)


def test_feature_width_mismatch_is_rejected():
    X_train, X_test, Y_train = make_split(30, 5, 50, 2)
    with pytest.raises(ValueError, match="X_test has 49 units but X_train has 50"):
        predict("ridge", X_train, X_test[:, 1:], Y_train)
