"""Gram centering identities and chunked Gram accumulation."""

import numpy as np
import pytest

from ventral_engine.metrics.gram import GramAccumulator, center_test_gram, center_train_gram


def test_center_train_gram_equals_centered_features():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((12, 40)) + 5.0
    centered = X - X.mean(axis=0)
    np.testing.assert_allclose(center_train_gram(X @ X.T), centered @ centered.T, rtol=0, atol=1e-10)


def test_center_test_gram_uses_training_mean():
    rng = np.random.default_rng(1)
    X_train = rng.standard_normal((15, 30)) + 2.0
    X_test = rng.standard_normal((4, 30)) - 1.0
    train_mean = X_train.mean(axis=0)
    expected = (X_test - train_mean) @ (X_train - train_mean).T
    actual = center_test_gram(X_test @ X_train.T, X_train @ X_train.T)
    np.testing.assert_allclose(actual, expected, rtol=0, atol=1e-10)


def test_center_test_gram_rejects_wrong_width():
    gram = np.eye(5)
    with pytest.raises(ValueError, match="gram_test_train has 4 columns but gram_train has 5 rows"):
        center_test_gram(np.ones((2, 4)), gram)


def test_center_train_gram_rejects_asymmetric():
    gram = np.eye(4)
    gram[0, 1] = 1.0
    with pytest.raises(ValueError, match="gram_train is not symmetric"):
        center_train_gram(gram)


def test_accumulator_sums_chunks():
    rng = np.random.default_rng(2)
    X = rng.standard_normal((9, 103)).astype(np.float32)
    accumulator = GramAccumulator(9)
    for start in range(0, 103, 25):
        accumulator.add(X[:, start:start + 25])

    X64 = X.astype(np.float64)
    np.testing.assert_allclose(accumulator.gram, X64 @ X64.T, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(accumulator.row_sums, X64.sum(axis=1), rtol=1e-12, atol=1e-12)
    assert accumulator.n_features == 103
    assert accumulator.gram.dtype == np.float64


def test_accumulator_returns_copies():
    accumulator = GramAccumulator(3)
    accumulator.add(np.ones((3, 2)))
    accumulator.gram[0, 0] = 100.0
    accumulator.row_sums[0] = 100.0
    assert accumulator.gram[0, 0] == 2.0
    assert accumulator.row_sums[0] == 2.0


def test_accumulator_rejects_wrong_row_count():
    accumulator = GramAccumulator(4)
    with pytest.raises(ValueError, match=r"chunk must have shape \(n_stimuli=4, p_chunk\); got \(3, 2\)"):
        accumulator.add(np.ones((3, 2)))


def test_accumulator_rejects_nan():
    accumulator = GramAccumulator(2)
    chunk = np.ones((2, 3))
    chunk[1, 2] = np.nan
    with pytest.raises(ValueError, match=r"chunk contains 1 NaN or infinite values \(first at index \(1, 2\)\)"):
        accumulator.add(chunk)
    assert accumulator.n_features == 0


def test_accumulator_rejects_nonpositive_size():
    with pytest.raises(ValueError, match="n_stimuli must be a positive integer"):
        GramAccumulator(0)
