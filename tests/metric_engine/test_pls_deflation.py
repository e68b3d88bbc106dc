"""The blocked, in-place Gram deflation of the kernel PLS gives the expanded formula bit for bit."""

import numpy as np
import pytest

from ventral_engine.metrics import pls


def expanded_deflation(gram, x_scores, score_norm_sq):
    """P K P with P = I - t t^T / (t^T t), written as the expanded product with whole n x n temporaries."""
    gram_times_scores = gram @ x_scores
    quadratic = (x_scores @ gram_times_scores) / score_norm_sq**2
    return (
        gram
        - np.outer(x_scores, gram_times_scores) / score_norm_sq
        - np.outer(gram_times_scores, x_scores) / score_norm_sq
        + quadratic * np.outer(x_scores, x_scores)
    )


def centered_gram(rng, n, p):
    features = rng.standard_normal((n, p))
    features -= features.mean(axis=0)
    return features @ features.T


@pytest.mark.parametrize("n", [1, 5, 63, 64, 65, 200])
def test_deflation_matches_expanded_formula(n):
    rng = np.random.default_rng(n)
    gram = centered_gram(rng, n, 30)
    x_scores = gram @ rng.standard_normal(n)
    if not np.any(x_scores):
        x_scores = rng.standard_normal(n)
    score_norm_sq = x_scores @ x_scores

    expected = expanded_deflation(gram, x_scores, score_norm_sq)
    deflated = pls._deflate_gram(gram.copy(), x_scores, score_norm_sq)

    assert deflated.shape == expected.shape
    assert np.array_equal(deflated, expected)


def test_deflation_overwrites_its_input():
    rng = np.random.default_rng(0)
    gram = centered_gram(rng, 70, 20)
    x_scores = rng.standard_normal(70)

    deflated = pls._deflate_gram(gram, x_scores, x_scores @ x_scores)

    assert deflated is gram


def test_pls_fit_unchanged_by_blocked_deflation(monkeypatch):
    rng = np.random.default_rng(1)
    gram = centered_gram(rng, 150, 400)
    targets = rng.standard_normal((150, 12))
    targets -= targets.mean(axis=0)

    dual, iterations = pls.fit_kernel_pls(gram, targets, 10, 1e-6, 500)
    monkeypatch.setattr(pls, "_deflate_gram", expanded_deflation)
    expected_dual, expected_iterations = pls.fit_kernel_pls(gram, targets, 10, 1e-6, 500)

    assert iterations == expected_iterations
    assert np.array_equal(dual, expected_dual)
