"""Split-half noise ceiling of neural responses and the ceiled neural score.

The ceiling follows Brain-Score's `InternalConsistency` (brainscore_vision/metrics/internal_consistency).
It splits the repetitions into two halves and averages each half. It then correlates the halves per neuroid
across stimuli and applies the Spearman-Brown correction for doubling the number of trials. The result is
the median over neuroids, averaged over splits.
"""

from __future__ import annotations

import math

import numpy as np

from .correlation import median_over_neuroids, pearson_per_column
from .crossval import split_indices
from .score import Score


def split_half_ceiling(responses, n_splits: int = 10, seed: int = 1) -> Score:
    """Estimate the split-half internal consistency of repeated neural responses.

    Repetition slots without any finite value (pure padding) are dropped first. The remaining repetition
    indices, in ascending order, take the place of Brain-Score's unique `repetition` values.
    They are split with `ShuffleSplit(n_splits, train_size=0.5, test_size=None, random_state=seed)`: the
    train positions form half A (floor(R/2) repetitions) and the test positions half B (the rest). Each
    half is averaged over its repetitions per stimulus and neuroid, skipping NaN. Per neuroid, the Pearson r
    across stimuli between the half means is corrected to 2r / (1 + r). A split's value is the median over
    neuroids, skipping neuroids whose r is undefined (constant half mean), as Brain-Score's xarray median
    does. The ceiling is the mean over splits and its error the standard deviation (ddof 0) / sqrt(n_splits).

    Args:
        responses: shape (stimulus, neuroid, repetition), float. NaN marks a missing repetition, so
            stimuli may have unequal repetition counts; every stimulus needs a finite value in both halves.
        n_splits: number of random halvings (Brain-Score default 10).
        seed: `random_state` of the splitter (Brain-Score default 1).

    Returns:
        Score with raw = the ceiling, error, per_split values and extra (the repetition indices used).
    """
    data = _as_response_array(responses)
    repetitions = np.flatnonzero(np.isfinite(data).any(axis=(0, 1)))
    if repetitions.size < 2:
        raise ValueError(
            f"responses have {repetitions.size} repetition(s) with data; a split-half ceiling needs at least 2"
        )

    split_values: list[float] = []
    halves = split_indices(repetitions.size, n_splits=n_splits, train_size=0.5, seed=seed)
    for split, (half_a, half_b) in enumerate(halves):
        mean_a = _half_mean(data, repetitions[half_a], split)
        mean_b = _half_mean(data, repetitions[half_b], split)
        correlations = spearman_brown(pearson_per_column(mean_a, mean_b))
        split_values.append(median_over_neuroids(correlations, name="Spearman-Brown corrected split-half r"))

    values = np.asarray(split_values)
    return Score(
        raw=float(values.mean()),
        error=float(values.std(ddof=0) / math.sqrt(values.size)),
        per_split=[float(value) for value in values],
        extra={"repetitions": repetitions.tolist(), "n_splits": len(split_values), "seed": seed},
    )


def _as_response_array(responses) -> np.ndarray:
    data = np.asarray(responses, dtype=np.float64)
    if data.ndim != 3:
        raise ValueError(f"responses must have shape (stimulus, neuroid, repetition); got shape {data.shape}")
    if np.isinf(data).any():
        raise ValueError("responses contain inf; use NaN only to mark missing repetitions")
    if data.shape[0] < 2 or data.shape[1] < 1:
        raise ValueError(f"responses need at least 2 stimuli and 1 neuroid; got shape {data.shape}")
    return data


def _half_mean(data: np.ndarray, repetitions: np.ndarray, split: int) -> np.ndarray:
    """Average `data` over the given repetitions, skipping NaN; shape (stimulus, neuroid)."""
    subset = data[:, :, repetitions]
    counts = np.isfinite(subset).sum(axis=2)
    if (counts == 0).any():
        stimulus, neuroid = (int(index) for index in np.argwhere(counts == 0)[0])
        raise ValueError(
            f"stimulus {stimulus}, neuroid {neuroid} has no finite response in repetitions "
            f"{repetitions.tolist()} (half of split {split}); drop stimuli or neuroids with too few "
            "repetitions so that every half has data"
        )
    return np.nansum(subset, axis=2) / counts


def spearman_brown(r, n: float = 2.0):
    """Return the Spearman-Brown prediction n r / (1 + (n - 1) r) of reliability with n times the trials.

    NaN stays NaN; r = -1 with n = 2 gives -inf.
    """
    values = np.asarray(r, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return n * values / (1.0 + (n - 1.0) * values)


def ceiled_score(raw_r: float, ceiling: float) -> float:
    """Return the ceiled neural score r^2 / ceiling, unclipped (the reference formula since January 2026).

    Older Brain-Score releases used r / ceiling, then (r / ceiling)^2; record which formula produced a
    stored value. Because r is squared, a negative r gives a positive ceiled score.

    Args:
        raw_r: cross-validated predictivity (median Pearson r).
        ceiling: split-half ceiling of the same data, > 0.
    """
    if not math.isfinite(raw_r):
        raise ValueError(f"raw_r must be a finite correlation; got {raw_r!r}")
    if not math.isfinite(ceiling) or ceiling <= 0:
        raise ValueError(
            f"ceiling must be finite and > 0 to normalize a score; got {ceiling!r} "
            "(the data are not reliable enough to ceil this benchmark)"
        )
    return raw_r**2 / ceiling


def clip01(value: float) -> float:
    """Clip a ceiled score to [0, 1], for display and for aggregation into parent scores."""
    if math.isnan(value):
        raise ValueError("cannot clip NaN; a missing score must be handled before aggregation")
    return min(max(float(value), 0.0), 1.0)
