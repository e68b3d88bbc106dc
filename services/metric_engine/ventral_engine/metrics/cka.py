"""Linear centered kernel alignment (CKA) between two representations of the same stimuli.

CKA(K, L) = HSIC(K, L) / sqrt(HSIC(K, K) HSIC(L, L)) for the linear Grams K = X X^T and L = Y Y^T
(Kornblith et al. 2019, "Similarity of Neural Network Representations Revisited"). Two HSIC estimators:

- unbiased (Song et al. 2012, "Feature Selection via Dependence Maximization", JMLR 13), with
  K~ and L~ the Grams with zeroed diagonals:
  HSIC_1 = [tr(K~ L~) + (1^T K~ 1)(1^T L~ 1) / ((n-1)(n-2)) - 2 / (n-2) 1^T K~ L~ 1] / (n (n-3));
- biased: HSIC_0 = tr(K H L H) / (n-1)^2 with H = I - 1 1^T / n.

The constant factors cancel in the ratio. Both estimators are unchanged when a constant vector is added
to every row of X or Y, so the Grams are centered first, which avoids cancellation for activations with
a large mean.
"""

from __future__ import annotations

import numpy as np

from ._validation import as_gram
from .gram import _center_train


def linear_cka(K_x, K_y, unbiased: bool = True) -> float:
    """Return linear CKA between two representations, given their Gram matrices.

    Args:
        K_x: X X^T for the first representation, shape (n, n).
        K_y: Y Y^T for the second representation over the same stimuli in the same order, shape (n, n).
        unbiased: use the unbiased HSIC estimator (needs n >= 4); False gives the biased,
            double-centered estimator (needs n >= 2).

    Returns:
        CKA in [0, 1] for the biased estimator; the unbiased one can fall slightly below 0 for
        unrelated representations.
    """
    gram_x = as_gram(K_x, "K_x")
    gram_y = as_gram(K_y, "K_y")
    if gram_x.shape != gram_y.shape:
        raise ValueError(f"K_x and K_y must cover the same stimuli; got shapes {gram_x.shape} and {gram_y.shape}")
    n = gram_x.shape[0]
    minimum = 4 if unbiased else 2
    if n < minimum:
        estimator = "unbiased" if unbiased else "biased"
        raise ValueError(f"the {estimator} CKA estimator needs at least {minimum} stimuli; got {n}")

    hsic = _hsic_unbiased if unbiased else _hsic_biased
    centered_x = _center_train(gram_x)
    centered_y = _center_train(gram_y)
    self_x = hsic(centered_x, centered_x)
    self_y = hsic(centered_y, centered_y)
    for name, value in (("K_x", self_x), ("K_y", self_y)):
        if not value > 0:
            raise ValueError(
                f"HSIC({name}, {name}) = {value:.3g} is not positive: the representation does not vary "
                "across stimuli (or too few stimuli for the unbiased estimator); CKA is undefined"
            )
    return float(hsic(centered_x, centered_y) / np.sqrt(self_x * self_y))


def _hsic_unbiased(gram_x: np.ndarray, gram_y: np.ndarray) -> float:
    n = gram_x.shape[0]
    tilde_x = gram_x.copy()
    tilde_y = gram_y.copy()
    np.fill_diagonal(tilde_x, 0.0)
    np.fill_diagonal(tilde_y, 0.0)

    trace_term = float(np.sum(tilde_x * tilde_y))
    row_sums_x = tilde_x.sum(axis=1)
    row_sums_y = tilde_y.sum(axis=1)
    total_term = row_sums_x.sum() * row_sums_y.sum() / ((n - 1) * (n - 2))
    cross_term = 2.0 / (n - 2) * float(row_sums_x @ row_sums_y)
    return (trace_term + total_term - cross_term) / (n * (n - 3))


def _hsic_biased(centered_x: np.ndarray, centered_y: np.ndarray) -> float:
    n = centered_x.shape[0]
    return float(np.sum(centered_x * centered_y)) / (n - 1) ** 2
