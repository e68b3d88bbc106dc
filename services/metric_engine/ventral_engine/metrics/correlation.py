"""Per-neuroid Pearson correlation and its median over neuroids."""

from __future__ import annotations

import numpy as np

from ._validation import as_finite_array


def pearson_per_column(a, b) -> np.ndarray:
    """Return the Pearson r between matching columns of `a` and `b`.

    Args:
        a: shape (n, m), e.g. predictions, one column per neuroid.
        b: shape (n, m), e.g. recorded responses for the same n stimuli.

    Returns:
        r of each column pair, shape (m,). A column that is constant in `a` or in `b` (all n values
        exactly equal) gets NaN, as `scipy.stats.pearsonr` returns for constant input. The caller decides
        what a NaN means (see `median_over_neuroids`).
    """
    x = as_finite_array(a, "a", ndim=2)
    y = as_finite_array(b, "b", ndim=2)
    if x.shape != y.shape:
        raise ValueError(f"a and b must have the same shape (n, m); got {x.shape} and {y.shape}")
    if x.shape[0] < 2:
        raise ValueError(f"Pearson r needs at least 2 rows (stimuli); got {x.shape[0]}")

    constant = np.all(x == x[:1], axis=0) | np.all(y == y[:1], axis=0)
    x_centered = x - x.mean(axis=0)
    y_centered = y - y.mean(axis=0)
    x_norm = np.linalg.norm(x_centered, axis=0)
    y_norm = np.linalg.norm(y_centered, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.sum((x_centered / x_norm) * (y_centered / y_norm), axis=0)
    r = np.clip(r, -1.0, 1.0)
    r[constant] = np.nan
    return r


def median_over_neuroids(values, name: str = "values") -> float:
    """Return the median of per-neuroid values, skipping NaN.

    NaN marks a neuroid whose correlation is undefined in this split (a constant prediction or response).
    Skipping them reproduces Brain-Score, which aggregates with xarray's `DataArray.median(dim='neuroid')`,
    and xarray skips NaN in float arrays by default. If every value is NaN there is no score, so this raises.

    Args:
        values: per-neuroid values, shape (m,).
        name: what the values are, for the error message.
    """
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array of per-neuroid values; got shape {array.shape}")
    if np.isnan(array).all():
        raise ValueError(
            f"all {array.size} {name} are NaN (every neuroid or its prediction is constant in this split); "
            "check that the responses vary across stimuli"
        )
    return float(np.nanmedian(array))
