"""Linear mappings from model activations to neural responses, computed from Gram matrices.

Each `kernel_*_predict` function takes the raw (uncentered) Grams of a train/test split and returns the
same test predictions as the scikit-learn 1.9 estimator it names, fitted on the features with
`fit_intercept=True` (PLS: X and Y centered, no scaling):

- K_train = X_train X_train^T, shape (n_train, n_train);
- K_test_train = X_test X_train^T, shape (n_test, n_train);
- Y_train, shape (n_train, m): one column per neuroid (or other target).

All four mappings are linear in the centered training rows, so the predictions are K*_c D + mean(Y_train)
with K*_c the centered cross Gram and D an (n_train, m) matrix of dual coefficients (see `gram.py`).
Constant model units are accepted: centering turns them into zeros, which add nothing to K_c. Activations
that are identical for every training stimulus are rejected, because no mapping can be fitted on them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.linalg

from ._validation import as_finite_array, as_gram, check_positive_int, check_rows
from .gram import _center_test, _center_train
from .pls import fit_kernel_pls

MAPPINGS = ("pls", "ridge", "ridgecv", "ols")

# The RidgeCV alpha grid of Brain-Score vision (`ALPHA_LIST` in
# brainscore_vision/metrics/regression_correlation/metric.py): 99 values from 0.01 to 1e7, spaced
# linearly within each decade above 10, so most of them are large.
# NOTE: copied from a recent brain-score/vision commit; not checked against the 2.4.2 release.
RIDGECV_ALPHAS = np.array(
    [
        0.01,
        0.1,
        0.5,
        1.0,
        *np.linspace(1e1, 1e2, 4, endpoint=False),
        *np.linspace(1e2, 1e3, 18, endpoint=False),
        *np.linspace(1e3, 1e4, 18, endpoint=False),
        *np.linspace(1e4, 1e5, 18, endpoint=False),
        *np.linspace(1e5, 1e6, 18, endpoint=False),
        *np.linspace(1e6, 1e7, 19),
    ]
)


class _CenteredSplit:
    """Validated, centered inputs of one train/test split."""

    def __init__(self, K_train, K_test_train, Y_train):
        gram = as_gram(K_train, "K_train")
        cross = as_finite_array(K_test_train, "K_test_train", ndim=2)
        targets = as_finite_array(Y_train, "Y_train", ndim=2)
        if cross.shape[1] != gram.shape[0]:
            raise ValueError(
                f"K_test_train has {cross.shape[1]} columns but K_train has {gram.shape[0]} rows; "
                "pass K_test_train = X_test X_train^T with one column per training stimulus"
            )
        check_rows(targets, "Y_train", gram.shape[0], "K_train")
        if gram.shape[0] < 2:
            raise ValueError(f"at least 2 training stimuli are needed to fit a mapping; got {gram.shape[0]}")

        self.gram = _center_train(gram)
        self.cross = _center_test(cross, gram)
        self.target_mean = targets.mean(axis=0)
        self.targets = targets - self.target_mean
        _check_not_constant(self.gram, gram)

    def predict(self, dual: np.ndarray) -> np.ndarray:
        return self.cross @ dual + self.target_mean


def _check_not_constant(gram_centered: np.ndarray, gram: np.ndarray) -> None:
    """Raise when all training rows of X are equal, i.e. the centered Gram is zero up to rounding."""
    spread = float(np.trace(gram_centered))
    if spread <= gram.shape[0] * np.finfo(np.float64).eps * max(float(np.trace(gram)), 0.0):
        raise ValueError(
            "the model activations are identical for all training stimuli (centered K_train is zero); "
            "choose a layer whose units vary across stimuli"
        )


def kernel_pls_predict(
    K_train,
    K_test_train,
    Y_train,
    *,
    n_components: int = 25,
    tol: float = 1e-6,
    max_iter: int = 500,
    n_features: int | None = None,
) -> np.ndarray:
    """Predict test targets with PLS regression, as `PLSRegression(n_components, scale=False)` would.

    The NIPALS fit runs on the centered Gram (see `pls.py` for how it mirrors scikit-learn step by step).

    Args:
        K_train, K_test_train, Y_train: raw Grams and training targets, shapes in the module docstring.
        n_components: number of PLS components (Brain-Score default 25); at most n_train, and at most
            n_features when that is given, the same bound scikit-learn enforces.
        tol, max_iter: power-iteration tolerance and iteration limit, as in scikit-learn.
        n_features: number of units p behind the Grams, only used to check `n_components`.
            NOTE: without it, a layer with fewer units than components goes undetected. scikit-learn
            rejects that case, while this function returns an unreliable fit.

    Returns:
        Predictions for the test stimuli, shape (n_test, m).
    """
    split = _CenteredSplit(K_train, K_test_train, Y_train)
    n_components = check_positive_int(n_components, "n_components")
    max_iter = check_positive_int(max_iter, "max_iter")
    _check_pls_tolerance(tol)
    n_train = split.gram.shape[0]
    if n_components > n_train:
        raise ValueError(
            f"n_components={n_components} exceeds the {n_train} training stimuli; "
            "PLS needs at least as many training stimuli as components, so use more stimuli or fewer components"
        )
    if n_features is not None and n_components > check_positive_int(n_features, "n_features"):
        raise ValueError(
            f"n_components={n_components} exceeds the {n_features} model units; use at most {n_features} components"
        )

    dual, _ = fit_kernel_pls(split.gram, split.targets, n_components, tol, max_iter)
    return split.predict(dual)


def _check_pls_tolerance(tol) -> None:
    if not np.isfinite(tol) or not 0 <= tol < 9801:
        raise ValueError(
            f"tol must be in [0, 9801) for the kernel PLS replay to match scikit-learn; got {tol!r} "
            "(the default is 1e-6)"
        )


def kernel_ridge_predict(K_train, K_test_train, Y_train, *, alpha: float = 1.0) -> np.ndarray:
    """Predict test targets with ridge regression, as `Ridge(alpha, fit_intercept=True)` would.

    Predictions are K*_c (K_c + alpha I)^-1 Y_c + mean(Y_train).

    Args:
        K_train, K_test_train, Y_train: raw Grams and training targets, shapes in the module docstring.
        alpha: L2 penalty, > 0 (Brain-Score's ridge mapping uses 1).

    Returns:
        Predictions for the test stimuli, shape (n_test, m).
    """
    split = _CenteredSplit(K_train, K_test_train, Y_train)
    _check_alpha(alpha, "alpha")
    dual = _ridge_dual(split.gram, split.targets, float(alpha))
    return split.predict(dual)


def _check_alpha(alpha, name: str) -> None:
    if isinstance(alpha, bool) or not np.isscalar(alpha) or not np.isfinite(alpha) or alpha <= 0:
        raise ValueError(f"{name} must be a finite number > 0; got {alpha!r} (use mapping 'ols' for no penalty)")


def _ridge_dual(gram_centered: np.ndarray, targets_centered: np.ndarray, alpha: float) -> np.ndarray:
    regularized = gram_centered + alpha * np.eye(gram_centered.shape[0])
    return scipy.linalg.solve(regularized, targets_centered, assume_a="pos")


def kernel_ridgecv_predict(
    K_train,
    K_test_train,
    Y_train,
    *,
    alphas=RIDGECV_ALPHAS,
) -> tuple[np.ndarray, float]:
    """Predict test targets with ridge regression whose alpha is chosen as `RidgeCV(alphas)` chooses it.

    scikit-learn's `RidgeCV` with its defaults (cv=None, scoring=None, alpha_per_target=False) scores
    each alpha by the exact leave-one-out squared error over all training stimuli and targets, from an
    eigendecomposition of K_c = Q diag(L) Q^T (Rifkin and Lippert 2007, "Notes on Regularized Least
    Squares"): with G = K_c + alpha I, c = G^-1 Y_c and d = diag(G^-1) - (G^-1 1) / n_train (the last term
    accounts for the refitted intercept), the leave-one-out residuals are c / d. The first alpha in grid
    order with the smallest mean squared residual wins.
    NOTE: alphas whose scores differ only by rounding (~1e-12 relative) may be ranked differently than
    by scikit-learn.

    Args:
        K_train, K_test_train, Y_train: raw Grams and training targets, shapes in the module docstring.
        alphas: candidate penalties, each > 0; default `RIDGECV_ALPHAS`, Brain-Score's grid.

    Returns:
        (predictions, alpha): predictions for the test stimuli, shape (n_test, m), and the chosen alpha.
    """
    split = _CenteredSplit(K_train, K_test_train, Y_train)
    alpha_grid = _as_alpha_grid(alphas)
    eigenvalues, eigenvectors = np.linalg.eigh(split.gram)
    projected_targets = eigenvectors.T @ split.targets
    projected_ones = eigenvectors.sum(axis=0)

    best_alpha, best_dual, best_error = None, None, np.inf
    for alpha in alpha_grid:
        dual, mean_squared_error = _leave_one_out_error(
            eigenvalues, eigenvectors, projected_targets, projected_ones, alpha
        )
        if best_dual is None or mean_squared_error < best_error:
            best_alpha, best_dual, best_error = alpha, dual, mean_squared_error
    return split.predict(best_dual), float(best_alpha)


def _as_alpha_grid(alphas) -> np.ndarray:
    grid = np.atleast_1d(np.asarray(alphas, dtype=np.float64))
    if grid.ndim != 1 or grid.size == 0:
        raise ValueError(f"alphas must be a non-empty 1-D sequence of penalties; got shape {grid.shape}")
    if not np.all(np.isfinite(grid)) or np.any(grid <= 0):
        raise ValueError(f"alphas must all be finite and > 0; got {grid.tolist()}")
    return grid


def _leave_one_out_error(
    eigenvalues: np.ndarray,
    eigenvectors: np.ndarray,
    projected_targets: np.ndarray,
    projected_ones: np.ndarray,
    alpha: float,
) -> tuple[np.ndarray, float]:
    """Return the ridge dual coefficients G^-1 Y_c and the mean squared leave-one-out residual for one alpha."""
    inverse_eigenvalues = 1.0 / (eigenvalues + alpha)
    dual = eigenvectors @ (inverse_eigenvalues[:, None] * projected_targets)
    inverse_diagonal = (eigenvectors**2) @ inverse_eigenvalues
    inverse_times_ones = eigenvectors @ (inverse_eigenvalues * projected_ones)
    inverse_diagonal = inverse_diagonal - inverse_times_ones / eigenvalues.size
    residuals = dual / inverse_diagonal[:, None]
    return dual, float(np.mean(residuals**2))


def kernel_ols_predict(K_train, K_test_train, Y_train, *, tol: float = 1e-6) -> np.ndarray:
    """Predict test targets with least squares, as `LinearRegression()` would (minimum-norm when p > n).

    Predictions are K*_c K_c^+ Y_c + mean(Y_train). `LinearRegression` calls `scipy.linalg.lstsq` with
    cond=tol, dropping singular values of X_c below tol * s_max; the eigenvalues of K_c are the squared
    singular values, so eigenvalues below tol^2 * lambda_max are dropped here.
    NOTE: going through K_c squares the condition number, so for a nearly collinear X_c (singular
    values spanning more than ~1e6) the predictions lose accuracy against scikit-learn.

    Args:
        K_train, K_test_train, Y_train: raw Grams and training targets, shapes in the module docstring.
        tol: relative singular-value cutoff, scikit-learn's `LinearRegression(tol=1e-6)` default.

    Returns:
        Predictions for the test stimuli, shape (n_test, m).
    """
    split = _CenteredSplit(K_train, K_test_train, Y_train)
    if not np.isfinite(tol) or not 0 < tol < 1:
        raise ValueError(f"tol must be in (0, 1); got {tol!r} (the default is 1e-6)")
    eigenvalues, eigenvectors = np.linalg.eigh(split.gram)
    keep = eigenvalues > tol**2 * eigenvalues[-1]
    kept_vectors = eigenvectors[:, keep]
    dual = kept_vectors @ ((kept_vectors.T @ split.targets) / eigenvalues[keep][:, None])
    return split.predict(dual)


def kernel_predict(mapping: str, K_train, K_test_train, Y_train, **mapping_kwargs) -> tuple[np.ndarray, dict[str, Any]]:
    """Predict test targets with the named mapping from raw Grams.

    Args:
        mapping: one of `MAPPINGS`: "pls", "ridge", "ridgecv" or "ols".
        K_train, K_test_train, Y_train: raw Grams and training targets, shapes in the module docstring.
        **mapping_kwargs: keyword arguments of the matching `kernel_*_predict` function.

    Returns:
        (predictions, info): predictions of shape (n_test, m), and a dict holding the chosen alpha for
        "ridgecv" (empty for the other mappings).
    """
    if mapping == "pls":
        return kernel_pls_predict(K_train, K_test_train, Y_train, **mapping_kwargs), {}
    if mapping == "ridge":
        return kernel_ridge_predict(K_train, K_test_train, Y_train, **mapping_kwargs), {}
    if mapping == "ridgecv":
        predictions, alpha = kernel_ridgecv_predict(K_train, K_test_train, Y_train, **mapping_kwargs)
        return predictions, {"alpha": alpha}
    if mapping == "ols":
        return kernel_ols_predict(K_train, K_test_train, Y_train, **mapping_kwargs), {}
    raise ValueError(f"unknown mapping {mapping!r}; use one of {', '.join(MAPPINGS)}")


def predict(mapping: str, X_train, X_test, Y_train, **mapping_kwargs) -> np.ndarray:
    """Predict test targets from activations with the named mapping, through its Gram form.

    Args:
        mapping: one of `MAPPINGS`.
        X_train: training activations, shape (n_train, p).
        X_test: test activations, shape (n_test, p).
        Y_train: training targets, shape (n_train, m).
        **mapping_kwargs: keyword arguments of the matching `kernel_*_predict` function. For "pls",
            `n_features` defaults to p.

    Returns:
        Predictions for the test stimuli, shape (n_test, m). For "ridgecv" call `kernel_ridgecv_predict`
        to also get the chosen alpha.
    """
    features_train = as_finite_array(X_train, "X_train", ndim=2)
    features_test = as_finite_array(X_test, "X_test", ndim=2)
    if features_test.shape[1] != features_train.shape[1]:
        raise ValueError(
            f"X_test has {features_test.shape[1]} units but X_train has {features_train.shape[1]}; "
            "pass activations of the same layer"
        )
    if mapping == "pls":
        mapping_kwargs.setdefault("n_features", features_train.shape[1])

    # Subtracting the training mean first is exact (centered Grams do not change) and avoids the
    # cancellation of centering a Gram built from activations with a large mean.
    train_mean = features_train.mean(axis=0)
    features_train = features_train - train_mean
    features_test = features_test - train_mean
    K_train = features_train @ features_train.T
    K_test_train = features_test @ features_train.T
    predictions, _ = kernel_predict(mapping, K_train, K_test_train, Y_train, **mapping_kwargs)
    return predictions
