"""Input checks shared by the public metric functions; each raises ValueError naming the value and the fix."""

from __future__ import annotations

import numpy as np


def as_finite_array(value, name: str, *, ndim: int) -> np.ndarray:
    """Return `value` as a float64 array with `ndim` dimensions, or raise on a wrong shape, NaN or inf."""
    array = np.asarray(value, dtype=np.float64)
    if array.ndim != ndim:
        raise ValueError(f"{name} must be a {ndim}-D array; got shape {array.shape}")
    check_finite(array, name)
    return array


def check_finite(array: np.ndarray, name: str) -> None:
    """Raise when `array` contains NaN or inf, giving the count and the first position."""
    finite = np.isfinite(array)
    if finite.all():
        return
    first = tuple(int(index) for index in np.argwhere(~finite)[0])
    raise ValueError(
        f"{name} contains {int((~finite).sum())} NaN or infinite values (first at index {first}); "
        "remove or impute them before scoring"
    )


def as_gram(value, name: str) -> np.ndarray:
    """Return `value` as a finite, square, symmetric float64 Gram matrix."""
    gram = as_finite_array(value, name, ndim=2)
    if gram.shape[0] != gram.shape[1]:
        raise ValueError(f"{name} must be a square (n, n) Gram matrix; got shape {gram.shape}")
    scale = max(float(np.abs(gram).max(initial=0.0)), np.finfo(np.float64).tiny)
    asymmetry = float(np.abs(gram - gram.T).max(initial=0.0))
    if asymmetry > 1e-8 * scale:
        raise ValueError(
            f"{name} is not symmetric (max |K - K^T| = {asymmetry:.3g}, max |K| = {scale:.3g}); "
            "pass K = X X^T of one set of stimuli"
        )
    return gram


def check_rows(array: np.ndarray, name: str, expected: int, reference: str) -> None:
    """Raise unless `array` has `expected` rows, one per stimulus of `reference`."""
    if array.shape[0] != expected:
        raise ValueError(
            f"{name} has {array.shape[0]} rows but {reference} has {expected}; "
            "pass one row per stimulus, in the same stimulus order"
        )


def check_no_constant_columns(array: np.ndarray, name: str, column_kind: str) -> None:
    """Raise when a column of the 2-D `array` takes the same value in every row."""
    constant = np.all(array == array[:1], axis=0)
    if constant.any():
        indices = np.flatnonzero(constant)
        raise ValueError(
            f"{name} has {indices.size} constant {column_kind}(s) (indices {indices[:10].tolist()}"
            f"{' ...' if indices.size > 10 else ''}); their Pearson r is undefined, so drop them before scoring"
        )


def check_positive_int(value, name: str, minimum: int = 1) -> int:
    """Return `value` as an int, or raise unless it is an integer >= `minimum`."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}; got {value!r}")
    return int(value)
