"""Linear CKA from Grams: invariances and agreement with feature-space formulas."""

import numpy as np
import pytest
import scipy.stats

from ventral_engine.metrics.cka import linear_cka


def make_pair(n=40, p=30, q=20, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, p)) + 1.0
    Y = X @ rng.standard_normal((p, q)) + 2.0 * rng.standard_normal((n, q))
    return X, Y


def biased_feature_cka(X, Y):
    X = X - X.mean(axis=0)
    Y = Y - Y.mean(axis=0)
    return np.linalg.norm(Y.T @ X) ** 2 / (np.linalg.norm(X.T @ X) * np.linalg.norm(Y.T @ Y))


def debiased_feature_cka(X, Y):
    """Feature-space debiased CKA in the form of Kornblith et al. 2019's published code."""
    n = X.shape[0]
    X = X - X.mean(axis=0)
    Y = Y - Y.mean(axis=0)

    def debiased_dot(xty_sq, rows_x, rows_y, norm_x, norm_y):
        return xty_sq - n / (n - 2.0) * rows_x @ rows_y + norm_x * norm_y / ((n - 1) * (n - 2))

    rows_x = np.einsum("ij,ij->i", X, X)
    rows_y = np.einsum("ij,ij->i", Y, Y)
    norm_x, norm_y = rows_x.sum(), rows_y.sum()
    similarity = debiased_dot(np.linalg.norm(X.T @ Y) ** 2, rows_x, rows_y, norm_x, norm_y)
    self_x = debiased_dot(np.linalg.norm(X.T @ X) ** 2, rows_x, rows_x, norm_x, norm_x)
    self_y = debiased_dot(np.linalg.norm(Y.T @ Y) ** 2, rows_y, rows_y, norm_y, norm_y)
    return similarity / np.sqrt(self_x * self_y)


@pytest.mark.parametrize("unbiased", [True, False])
def test_cka_of_identical_representations_is_one(unbiased):
    X, _ = make_pair()
    assert linear_cka(X @ X.T, X @ X.T, unbiased=unbiased) == pytest.approx(1.0, abs=1e-12)


@pytest.mark.parametrize("unbiased", [True, False])
def test_cka_invariant_to_rotation_and_scaling(unbiased):
    X, Y = make_pair(seed=1)
    rotation = scipy.stats.ortho_group.rvs(X.shape[1], random_state=2)
    transformed = 7.5 * X @ rotation
    reference = linear_cka(X @ X.T, Y @ Y.T, unbiased=unbiased)
    assert linear_cka(transformed @ transformed.T, Y @ Y.T, unbiased=unbiased) == pytest.approx(reference, abs=1e-12)


def test_biased_cka_matches_feature_formula():
    X, Y = make_pair(seed=3)
    assert linear_cka(X @ X.T, Y @ Y.T, unbiased=False) == pytest.approx(biased_feature_cka(X, Y), abs=1e-12)


def test_unbiased_cka_matches_debiased_feature_formula():
    X, Y = make_pair(seed=4)
    assert linear_cka(X @ X.T, Y @ Y.T) == pytest.approx(debiased_feature_cka(X, Y), abs=1e-12)


def test_unbiased_cka_near_zero_for_independent_representations():
    rng = np.random.default_rng(5)
    X = rng.standard_normal((400, 20))
    Y = rng.standard_normal((400, 20))
    assert abs(linear_cka(X @ X.T, Y @ Y.T)) < 0.02
    assert linear_cka(X @ X.T, Y @ Y.T, unbiased=False) > 0.03


def test_unbiased_cka_needs_four_stimuli():
    X, Y = make_pair(n=3)
    with pytest.raises(ValueError, match="unbiased CKA estimator needs at least 4 stimuli; got 3"):
        linear_cka(X @ X.T, Y @ Y.T)
    assert 0.0 <= linear_cka(X @ X.T, Y @ Y.T, unbiased=False) <= 1.0


def test_cka_rejects_constant_representation():
    X, _ = make_pair()
    constant = np.full((40, 5), 2.0)
    with pytest.raises(ValueError, match=r"HSIC\(K_y, K_y\) = .* is not positive"):
        linear_cka(X @ X.T, constant @ constant.T)


def test_cka_rejects_stimulus_mismatch():
    X, Y = make_pair()
    with pytest.raises(ValueError, match="K_x and K_y must cover the same stimuli"):
        linear_cka(X @ X.T, Y[:-1] @ Y[:-1].T)
