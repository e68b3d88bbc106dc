"""Kernel-form replay of scikit-learn's NIPALS PLS regression (`PLSRegression(scale=False)`).

scikit-learn 1.9 (`sklearn/cross_decomposition/_pls.py`) fits PLS regression with the NIPALS power
method of Wegelin (2000), "A survey of Partial Least Squares (PLS) methods, with emphasis on the two-block
case", section 4.1, in "regression" deflation mode. This module runs the same iteration on the centered
Gram matrix K = X_c X_c^T instead of X_c, so its cost does not grow with the number of units p:

- each x-weight is kept as w = X_k^T a for the deflated X_k, so |w|^2 = a^T K_k a and the x-score is
  t = X_k w = K_k a;
- the convergence test |w - w_old|^2 < tol becomes a^T K_k a - 2 a^T K_k a_old + a_old^T K_k a_old < tol;
- deflating X_k by t gives K_{k+1} = P K_k P with P = I - t t^T / (t^T t); Y deflates as in scikit-learn.

Everything that touches Y (the start y-score, the near-zero column mask, y-weights, y-scores, y-loadings)
is the same arithmetic as scikit-learn's. Two steps of scikit-learn are not replayed, and neither changes
predictions:

- The sign flip of each (x-weight, y-weight) pair (`_svd_flip_1d`) needs the largest |w| entry, which the
  Gram does not give. Flipping a component negates its weight, score and loadings together, and the
  coefficients W (P^T W)^+ Q^T are unchanged by that.
- scikit-learn starts each power iteration with the scalar `x_weights_old = 100`, so its first convergence
  test compares |w - 100|^2 >= 10^4 p - 200 sqrt(p) + 1 against tol. For any tol below that (tol < 9801
  for every p >= 1) the first iteration never stops, which is what this replay does.

NOTE: |w|^2 = a^T K_k a carries the rounding error of K (about eps |X|^2 |a|^2), so when |w| becomes small
against |X| |a| the kernel form keeps about half the digits that scikit-learn keeps. That happens when the
fit nearly reaches least squares, e.g. one target and p only a little above n_components. At n=100, p=30,
one target and 25 components, the predictions differed from scikit-learn's by 3e-8 (scikit-learn agreed
with a 40-digit computation to 4e-15). With p >> n, as for model layers, they agreed to 1e-13 or better
in this package's tests.
"""

from __future__ import annotations

import warnings

import numpy as np
from scipy.linalg import pinv
from sklearn.exceptions import ConvergenceWarning

_EPS = np.finfo(np.float64).eps


def fit_kernel_pls(
    gram_centered: np.ndarray,
    targets_centered: np.ndarray,
    n_components: int,
    tol: float,
    max_iter: int,
) -> tuple[np.ndarray, list[int]]:
    """Fit NIPALS PLS regression on a centered Gram and return dual coefficients.

    Args:
        gram_centered: K_c = X_c X_c^T of the mean-centered training rows, shape (n_train, n_train).
        targets_centered: mean-centered training targets Y_c, shape (n_train, m).
        n_components: number of PLS components; inputs are trusted to allow that many.
        tol: convergence tolerance on |w - w_old|^2 of the power iteration.
        max_iter: maximum power iterations per component.

    Returns:
        (dual, n_iter). `dual` contains the dual coefficients D, shape (n_train, m): the predictions for test
        rows are K*_c D + mean(Y_train), with K*_c the centered test-vs-train Gram. `n_iter` lists the
        power iterations of each fitted component. When the Y residual becomes constant, fewer than
        `n_components` components are fitted and a UserWarning is issued, as scikit-learn does.
    """
    gram = gram_centered.copy()
    targets = targets_centered.copy()
    x_score_vectors: list[np.ndarray] = []
    dual_weight_vectors: list[np.ndarray] = []
    y_loading_vectors: list[np.ndarray] = []
    n_iter: list[int] = []

    for component in range(n_components):
        targets[:, np.all(np.abs(targets) < 10 * _EPS, axis=0)] = 0.0
        start = _first_nonzero_column(targets)
        if start is None:
            warnings.warn(f"y residual is constant at iteration {component}", UserWarning, stacklevel=3)
            break

        dual_weights, x_scores, iterations = _power_iteration(gram, targets, start, tol, max_iter)
        score_norm_sq = x_scores @ x_scores
        y_loadings = targets.T @ x_scores / score_norm_sq
        targets -= np.outer(x_scores, y_loadings)
        gram = _deflate_gram(gram, x_scores, score_norm_sq)

        x_score_vectors.append(x_scores)
        dual_weight_vectors.append(dual_weights)
        y_loading_vectors.append(y_loadings)
        n_iter.append(iterations)

    if not x_score_vectors:
        return np.zeros_like(targets_centered), n_iter
    dual = _dual_coefficients(gram_centered, dual_weight_vectors, x_score_vectors, y_loading_vectors)
    return dual, n_iter


def _first_nonzero_column(targets: np.ndarray) -> int | None:
    """Return the index of the first column of Y with an entry above machine epsilon, scikit-learn's start y-score."""
    nonzero = np.any(np.abs(targets) > _EPS, axis=0)
    if not nonzero.any():
        return None
    return int(np.argmax(nonzero))


def _power_iteration(
    gram: np.ndarray,
    targets: np.ndarray,
    start_column: int,
    tol: float,
    max_iter: int,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Replay scikit-learn's mode-A power iteration for one component in closed form.

    Returns the dual x-weights a (w = X_k^T a), the x-scores t = K_k a, and the iteration count.

    scikit-learn starts from the y-score Y_k e_j and alternates x-weights and y-scores; up to
    scalar factors, iteration i has the dual x-weight a_i = Y_k u_i with u_i = G^i e_j and
    G = Y_k^T K_k Y_k. Its stopping test |w_i - w_(i-1)|^2 < tol (w normalized) is then
    2 - 2 S(2i) / sqrt(S(2i+1) S(2i-1)) with S(p) = sum_l z_l^2 lambda_l^p over the
    eigenpairs (lambda_l, v_l) of G and z = V^T e_j. Evaluating every i at once replaces up
    to `max_iter` products with the n x n K_k by one m x m eigendecomposition.
    """
    projected = gram @ targets
    cross = targets.T @ projected
    eigenvalues, eigenvectors = np.linalg.eigh((cross + cross.T) / 2.0)
    eigenvalues = np.clip(eigenvalues, 0.0, None)
    top = eigenvalues.max()
    if top <= 0.0:
        raise ValueError("the targets are orthogonal to every model unit; the PLS weights are undefined")
    scaled = eigenvalues / top
    weights_squared = eigenvectors[start_column] ** 2

    iterations = 1 if targets.shape[1] == 1 else _stopping_iteration(scaled, weights_squared, tol, max_iter)
    if iterations == max_iter:
        warnings.warn("Maximum number of iterations reached", ConvergenceWarning, stacklevel=4)

    direction = eigenvectors @ (scaled ** (iterations - 1) * eigenvectors[start_column])
    direction /= np.sqrt(direction @ cross @ direction)
    return targets @ direction, projected @ direction, iterations


def _stopping_iteration(scaled: np.ndarray, weights_squared: np.ndarray, tol: float, max_iter: int) -> int:
    """Return how many iterations scikit-learn runs: the first i >= 1 whose weight change is below `tol`, plus 1.

    Steps are evaluated in blocks, since most components converge within a few hundred.
    """
    block = 64
    for first in range(1, max_iter, block):
        steps = np.arange(first, min(first + block, max_iter))
        exponents = np.concatenate([2 * steps - 1, 2 * steps, 2 * steps + 1])
        sums = weights_squared @ (scaled[:, None] ** exponents[None, :])
        before, between, after = np.split(sums, 3)
        with np.errstate(invalid="ignore", divide="ignore"):
            change = 2.0 - 2.0 * between / np.sqrt(before * after)
        converged = np.flatnonzero(change < tol)
        if converged.size:
            return int(steps[converged[0]]) + 1
    return max_iter


_DEFLATE_ROWS = 64


def _deflate_gram(gram: np.ndarray, x_scores: np.ndarray, score_norm_sq: float) -> np.ndarray:
    """Overwrite K with P K P, P = I - t t^T / (t^T t), and return it; O(n^2) by expanding the product.

    Entry (i, j) becomes ((K_ij - t_i g_j / s) - g_i t_j / s) + q t_i t_j with g = K t, s = t^T t and
    q = t^T g / s^2, each operation rounded in that order. The rows are updated in blocks of
    `_DEFLATE_ROWS`, so the temporaries stay in cache and no n x n array is allocated.
    """
    gram_times_scores = gram @ x_scores
    quadratic = (x_scores @ gram_times_scores) / score_norm_sq**2
    buffer = np.empty((min(_DEFLATE_ROWS, gram.shape[0]), gram.shape[1]))
    for start in range(0, gram.shape[0], _DEFLATE_ROWS):
        rows = gram[start:start + _DEFLATE_ROWS]
        term = buffer[:rows.shape[0]]
        np.multiply.outer(x_scores[start:start + _DEFLATE_ROWS], gram_times_scores, out=term)
        term /= score_norm_sq
        rows -= term
        np.multiply.outer(gram_times_scores[start:start + _DEFLATE_ROWS], x_scores, out=term)
        term /= score_norm_sq
        rows -= term
        np.multiply.outer(x_scores[start:start + _DEFLATE_ROWS], x_scores, out=term)
        term *= quadratic
        rows += term
    return gram


def _dual_coefficients(
    gram_centered: np.ndarray,
    dual_weight_vectors: list[np.ndarray],
    x_score_vectors: list[np.ndarray],
    y_loading_vectors: list[np.ndarray],
) -> np.ndarray:
    """Return D = B (C^T K_c B)^+ Q^T, the kernel form of scikit-learn's coef_ = W (P^T W)^+ Q^T.

    With X_k = P_{k-1} ... P_0 X_c, the x-weights are w_k = X_c^T b_k with b_k = P_0 ... P_{k-1} a_k, and
    the x-loadings are p_k = X_c^T c_k with c_k = P_0 ... P_{k-1} t_k / (t_k^T t_k). Hence W = X_c^T B,
    P^T W = C^T K_c B, and X*_c coef_ = K*_c D. In exact arithmetic b_k = a_k and c_k = t_k / (t_k^T t_k),
    because a_k and t_k are orthogonal to the earlier x-scores; the projections are applied anyway so the
    result follows scikit-learn's sequence of deflations.
    """
    n_train = gram_centered.shape[0]
    n_fitted = len(x_score_vectors)
    weights_b = np.empty((n_train, n_fitted))
    loadings_c = np.empty((n_train, n_fitted))
    for component in range(n_fitted):
        weights_b[:, component] = _project_out_earlier(dual_weight_vectors[component], x_score_vectors[:component])
        scores = x_score_vectors[component]
        loadings_c[:, component] = _project_out_earlier(scores / (scores @ scores), x_score_vectors[:component])

    loadings_times_weights = loadings_c.T @ gram_centered @ weights_b
    y_loadings = np.column_stack(y_loading_vectors)
    return weights_b @ pinv(loadings_times_weights, check_finite=False) @ y_loadings.T


def _project_out_earlier(vector: np.ndarray, earlier_scores: list[np.ndarray]) -> np.ndarray:
    """Apply P_0 P_1 ... P_{k-1} to `vector` (P_{k-1} first), each P_j = I - t_j t_j^T / (t_j^T t_j)."""
    result = vector.copy()
    for scores in reversed(earlier_scores):
        result -= scores * ((scores @ result) / (scores @ scores))
    return result
