"""Representational similarity analysis (RSA): dissimilarity matrices and their rank correlation.

An RDM (representational dissimilarity matrix) contains 1 - Pearson r between the response patterns of every
pair of stimuli, the correlation taken across units (model units or neuroids). Two RDMs are compared by the
Spearman rank correlation of their strict upper triangles (Kriegeskorte et al. 2008, "Representational
similarity analysis - connecting the branches of systems neuroscience").
"""

from __future__ import annotations

import math

import numpy as np
import scipy.stats

from ._validation import as_finite_array, as_gram, check_finite
from .score import Score


def rdm(X) -> np.ndarray:
    """Return the RDM 1 - Pearson r between stimulus rows of X.

    Args:
        X: responses, shape (n_stimuli, n_units), n_units >= 2.

    Returns:
        Dissimilarities, shape (n_stimuli, n_stimuli), with a zero diagonal.
    """
    features = as_finite_array(X, "X", ndim=2)
    if features.shape[1] < 2:
        raise ValueError(f"an RDM needs at least 2 units per stimulus to correlate across; got {features.shape[1]}")
    centered = features - features.mean(axis=1, keepdims=True)
    return _rdm_from_centered_products(centered @ centered.T)


def rdm_from_gram(K, row_sums, n_features: int) -> np.ndarray:
    """Return the same RDM as `rdm(X)` from K = X X^T, the row sums of X and its unit count.

    With s_i the sum of row i over p units, the centered inner products are K_ij - s_i s_j / p, from
    which the row norms and correlations follow (see `gram.GramAccumulator`, which accumulates all three).

    Args:
        K: Gram matrix X X^T, shape (n_stimuli, n_stimuli).
        row_sums: X summed over units, shape (n_stimuli,).
        n_features: number of units p, >= 2.

    Returns:
        Dissimilarities, shape (n_stimuli, n_stimuli), with a zero diagonal.
    """
    gram = as_gram(K, "K")
    sums = as_finite_array(row_sums, "row_sums", ndim=1)
    if sums.shape[0] != gram.shape[0]:
        raise ValueError(
            f"row_sums has {sums.shape[0]} entries but K has {gram.shape[0]} rows; pass one sum per stimulus"
        )
    if isinstance(n_features, bool) or not isinstance(n_features, (int, np.integer)) or n_features < 2:
        raise ValueError(f"n_features must be an integer >= 2 (the number of units behind K); got {n_features!r}")
    return _rdm_from_centered_products(gram - np.outer(sums, sums) / n_features)


def _rdm_from_centered_products(products: np.ndarray) -> np.ndarray:
    """Turn inner products of row-centered patterns into 1 - Pearson r."""
    squared_norms = np.diag(products).copy()
    scale = max(float(squared_norms.max(initial=0.0)), np.finfo(np.float64).tiny)
    constant = squared_norms <= 1e-12 * scale
    if constant.any():
        indices = np.flatnonzero(constant)
        raise ValueError(
            f"stimuli {indices[:10].tolist()} have the same response in every unit, so their correlation "
            "with other stimuli is undefined; drop them or use another layer"
        )
    norms = np.sqrt(squared_norms)
    correlations = np.clip(products / np.outer(norms, norms), -1.0, 1.0)
    dissimilarities = 1.0 - correlations
    np.fill_diagonal(dissimilarities, 0.0)
    return dissimilarities


def upper_triangle(matrix: np.ndarray) -> np.ndarray:
    """Return the strict upper triangle of a square matrix, row by row, shape (n (n - 1) / 2,)."""
    rows, columns = np.triu_indices(matrix.shape[0], k=1)
    return matrix[rows, columns]


def rsa(rdm_a, rdm_b) -> float:
    """Return the Spearman rank correlation between the strict upper triangles of two RDMs.

    Args:
        rdm_a, rdm_b: RDMs over the same stimuli in the same order, shape (n, n), n >= 3.
    """
    a = _as_rdm(rdm_a, "rdm_a")
    b = _as_rdm(rdm_b, "rdm_b")
    if a.shape != b.shape:
        raise ValueError(f"rdm_a and rdm_b must cover the same stimuli; got shapes {a.shape} and {b.shape}")
    return _spearman(upper_triangle(a), upper_triangle(b))


def _as_rdm(value, name: str) -> np.ndarray:
    matrix = as_finite_array(value, name, ndim=2)
    if matrix.shape[0] != matrix.shape[1] or matrix.shape[0] < 3:
        raise ValueError(f"{name} must be a square (n, n) RDM with n >= 3 stimuli; got shape {matrix.shape}")
    return matrix


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    if np.all(a == a[0]) or np.all(b == b[0]):
        raise ValueError(
            "an RDM has the same dissimilarity for every stimulus pair, so its rank correlation is undefined"
        )
    return float(scipy.stats.spearmanr(a, b).statistic)


def _as_subject_rdms(subject_rdms) -> np.ndarray:
    stack = np.asarray(subject_rdms, dtype=np.float64)
    if stack.ndim != 3 or stack.shape[1] != stack.shape[2] or stack.shape[1] < 3 or stack.shape[0] < 1:
        raise ValueError(f"subject_rdms must have shape (subject, n, n) with n >= 3; got shape {stack.shape}")
    check_finite(stack, "subject_rdms")
    return stack


def rsa_ceiling(subject_rdms) -> tuple[float, float]:
    """Return the (upper, lower) bounds of the inter-subject RSA noise ceiling.

    Upper bound: mean over subjects of Spearman(subject RDM, mean RDM of all subjects). Lower bound: the
    same with the mean RDM of the other subjects (leave one subject out).

    Args:
        subject_rdms: shape (subject, n, n), at least 2 subjects.
    """
    stack = _as_subject_rdms(subject_rdms)
    n_subjects = stack.shape[0]
    if n_subjects < 2:
        raise ValueError(f"an inter-subject ceiling needs at least 2 subject RDMs; got {n_subjects}")

    triangles = np.stack([upper_triangle(matrix) for matrix in stack])
    total = triangles.sum(axis=0)
    upper = [_spearman(triangles[subject], total / n_subjects) for subject in range(n_subjects)]
    lower = [
        _spearman(triangles[subject], (total - triangles[subject]) / (n_subjects - 1)) for subject in range(n_subjects)
    ]
    return float(np.mean(upper)), float(np.mean(lower))


def rsa_score(model_rdm, subject_rdms) -> Score:
    """Score a model RDM against subject RDMs: mean over subjects of the Spearman correlation.

    Args:
        model_rdm: shape (n, n), the stimuli in the same order as the subject RDMs.
        subject_rdms: shape (subject, n, n).

    Returns:
        Score with raw = mean over subjects, error = standard deviation over subjects (ddof 0) /
        sqrt(n_subjects), extra = the per-subject values. With 2 or more subjects, ceiling = the upper
        bound of `rsa_ceiling`, ceiled = raw / ceiling (no squaring, unclipped), and the lower bound is
        stored in extra.
    """
    model = _as_rdm(model_rdm, "model_rdm")
    stack = _as_subject_rdms(subject_rdms)
    if stack.shape[1:] != model.shape:
        raise ValueError(
            f"model_rdm has shape {model.shape} but subject RDMs have {stack.shape[1:]}; use the same stimuli"
        )

    model_triangle = upper_triangle(model)
    per_subject = np.array([_spearman(model_triangle, upper_triangle(matrix)) for matrix in stack])
    score = Score(
        raw=float(per_subject.mean()),
        error=float(per_subject.std(ddof=0) / math.sqrt(per_subject.size)),
        extra={"per_subject": per_subject.tolist()},
    )
    if stack.shape[0] >= 2:
        upper, lower = rsa_ceiling(stack)
        score.ceiling = upper
        score.ceiled = score.raw / upper if upper > 0 else None
        score.extra["ceiling_lower"] = lower
    return score
