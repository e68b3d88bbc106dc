"""Gram-matrix (kernel) helpers: accumulation over feature chunks and centering with the training mean.

Every mapping and comparison in this package reads a layer's activations X (n stimuli x p units) only
through K = X X^T (n x n), so K can be summed chunk by chunk over units in memory independent of p.
Centering by the training mean m (the mean row of X_train) is done on the Grams themselves:

- train rows:  K_c = H K H with H = I - 1 1^T / n, which equals (X - m)(X - m)^T;
- test rows:   K*_c = K* - rowmean(K*) - colmean(K) + mean(K), which equals (X* - m)(X - m)^T,
  where K* = X* X^T is the test-vs-train cross Gram.

Both identities hold for any X, so adding a constant vector to every row of X leaves K_c and K*_c unchanged.
"""

from __future__ import annotations

import numpy as np

from ._validation import as_finite_array, as_gram, check_finite


def center_train_gram(gram_train) -> np.ndarray:
    """Center a training Gram matrix: return H K H with H = I - 1 1^T / n.

    Args:
        gram_train: K = X X^T of the training stimuli, shape (n_train, n_train).

    Returns:
        The Gram matrix of the mean-centered training rows, shape (n_train, n_train), float64.
    """
    gram = as_gram(gram_train, "gram_train")
    return _center_train(gram)


def center_test_gram(gram_test_train, gram_train) -> np.ndarray:
    """Center a test-vs-train cross Gram with the training mean.

    Args:
        gram_test_train: K* = X_test X_train^T, shape (n_test, n_train).
        gram_train: K = X_train X_train^T, shape (n_train, n_train).

    Returns:
        (X_test - m)(X_train - m)^T with m the mean training row, shape (n_test, n_train), float64.
    """
    gram = as_gram(gram_train, "gram_train")
    cross = as_finite_array(gram_test_train, "gram_test_train", ndim=2)
    if cross.shape[1] != gram.shape[0]:
        raise ValueError(
            f"gram_test_train has {cross.shape[1]} columns but gram_train has {gram.shape[0]} rows; "
            "pass K* = X_test X_train^T with one column per training stimulus"
        )
    return _center_test(cross, gram)


def _center_train(gram: np.ndarray) -> np.ndarray:
    column_means = gram.mean(axis=0)
    row_means = gram.mean(axis=1)
    return gram - row_means[:, None] - column_means[None, :] + gram.mean()


def _center_test(cross: np.ndarray, gram: np.ndarray) -> np.ndarray:
    return cross - cross.mean(axis=1, keepdims=True) - gram.mean(axis=0)[None, :] + gram.mean()


class GramAccumulator:
    """Sum K = X X^T and the row sums of X over chunks of feature columns, for a fixed set of n stimuli.

    Call `add` once per chunk of units (columns of X, all n rows each); chunks may come in any order and
    any width. Sums are kept in float64 whatever the chunk dtype, so memory stays O(n^2) however wide X is.
    The row sums and the unit count are what `rsa.rdm_from_gram` needs besides K.
    """

    def __init__(self, n_stimuli: int):
        if isinstance(n_stimuli, bool) or not isinstance(n_stimuli, (int, np.integer)) or n_stimuli < 1:
            raise ValueError(f"n_stimuli must be a positive integer; got {n_stimuli!r}")
        self.n_stimuli = int(n_stimuli)
        self._gram = np.zeros((self.n_stimuli, self.n_stimuli), dtype=np.float64)
        self._row_sums = np.zeros(self.n_stimuli, dtype=np.float64)
        self._n_features = 0

    def add(self, chunk) -> None:
        """Add one chunk of activations, shape (n_stimuli, p_chunk), to K and to the row sums."""
        values = np.asarray(chunk)
        if values.ndim != 2 or values.shape[0] != self.n_stimuli:
            raise ValueError(
                f"chunk must have shape (n_stimuli={self.n_stimuli}, p_chunk); got {values.shape}. "
                "Flatten each stimulus's units into one row and keep the stimulus order fixed"
            )
        values = values.astype(np.float64, copy=False)
        check_finite(values, "chunk")
        self._gram += values @ values.T
        self._row_sums += values.sum(axis=1)
        self._n_features += values.shape[1]

    @property
    def n_features(self) -> int:
        """Number of units (columns of X) added so far."""
        return self._n_features

    @property
    def gram(self) -> np.ndarray:
        """K = X X^T over all chunks added so far, shape (n_stimuli, n_stimuli); a copy."""
        return self._gram.copy()

    @property
    def row_sums(self) -> np.ndarray:
        """Sum of each stimulus's activations over all units added so far, shape (n_stimuli,); a copy."""
        return self._row_sums.copy()
