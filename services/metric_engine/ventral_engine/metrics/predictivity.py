"""Cross-validated neural predictivity: how well a linear mapping of model activations predicts neuroids.

The procedure is Brain-Score's `CrossRegressedCorrelation` (brainscore_vision/metrics/regression_correlation):
for each split, fit the mapping on the train stimuli, predict the test stimuli, take Pearson r per
neuroid between prediction and response, and take the median over neuroids. The score is the mean over
splits, and its error is the standard deviation over splits (ddof 0) divided by sqrt(n_splits).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..parallel import map_ordered
from ._validation import as_finite_array, as_gram, check_no_constant_columns, check_rows
from .correlation import median_over_neuroids, pearson_per_column
from .crossval import split_indices
from .regression import MAPPINGS, kernel_predict
from .score import Score


def crossvalidated_predictivity(
    K,
    Y,
    *,
    mapping: str = "pls",
    stratify=None,
    n_splits: int = 10,
    train_size: float = 0.9,
    seed: int = 1,
    mapping_kwargs: dict[str, Any] | None = None,
) -> Score:
    """Score how well a mapping of model activations predicts neural responses, from the full Gram.

    Args:
        K: Gram matrix X X^T of the model activations over all stimuli, shape (n, n). The caller sorts
            the stimuli by `stimulus_id` so that the splits match Brain-Score's.
        Y: repetition-averaged responses in the same stimulus order, shape (n, n_neuroids).
        mapping: "pls" (default; 25 components, no scaling), "ridge", "ridgecv" or "ols".
        stratify: optional labels of shape (n,), e.g. `object_name`, for stratified splits.
        n_splits, train_size, seed: split settings, see `crossval.split_indices`.
        mapping_kwargs: keyword arguments of the mapping's `kernel_*_predict` function.

    Returns:
        Score with raw = mean over splits of the median Pearson r over neuroids, error = standard error
        over splits, per_split = the split medians, and extra = the settings, the number of neuroids with
        an undefined r per split, and for "ridgecv" the alpha chosen in each split. No ceiling is applied.
    """
    gram = as_gram(K, "K")
    responses = as_finite_array(Y, "Y", ndim=2)
    check_rows(responses, "Y", gram.shape[0], "K")
    check_no_constant_columns(responses, "Y", "neuroid")
    if mapping not in MAPPINGS:
        raise ValueError(f"unknown mapping {mapping!r}; use one of {', '.join(MAPPINGS)}")
    if mapping_kwargs is not None and not isinstance(mapping_kwargs, dict):
        raise ValueError(f"mapping_kwargs must be a dict of keyword arguments; got {type(mapping_kwargs).__name__}")

    splits = split_indices(gram.shape[0], stratify=stratify, n_splits=n_splits, train_size=train_size, seed=seed)
    split_values: list[float] = []
    nan_neuroids: list[int] = []
    alphas: list[float] = []
    # Splits are independent, so they run on the engine's worker threads; results keep the split order.
    results = map_ordered(lambda split: _score_split(gram, responses, split[0], split[1], mapping,
                                                     mapping_kwargs or {}), splits)
    for value, n_nan, info in results:
        split_values.append(value)
        nan_neuroids.append(n_nan)
        if "alpha" in info:
            alphas.append(info["alpha"])

    extra: dict[str, Any] = {
        "mapping": mapping,
        "mapping_kwargs": dict(mapping_kwargs or {}),
        "n_splits": len(splits),
        "train_size": train_size,
        "seed": seed,
        "stratified": stratify is not None,
        "n_stimuli": gram.shape[0],
        "n_neuroids": responses.shape[1],
        "nan_neuroids_per_split": nan_neuroids,
    }
    if alphas:
        extra["alpha_per_split"] = alphas
    return _aggregate_splits(split_values, extra)


def _score_split(
    gram: np.ndarray,
    responses: np.ndarray,
    train: np.ndarray,
    test: np.ndarray,
    mapping: str,
    mapping_kwargs: dict[str, Any],
) -> tuple[float, int, dict[str, Any]]:
    """Fit on `train`, predict `test`; return the median r over neuroids, the NaN count and mapping info."""
    predictions, info = kernel_predict(
        mapping,
        gram[np.ix_(train, train)],
        gram[np.ix_(test, train)],
        responses[train],
        **mapping_kwargs,
    )
    correlations = pearson_per_column(predictions, responses[test])
    value = median_over_neuroids(correlations, name="per-neuroid Pearson r")
    return value, int(np.isnan(correlations).sum()), info


def _aggregate_splits(split_values: list[float], extra: dict[str, Any]) -> Score:
    values = np.asarray(split_values)
    return Score(
        raw=float(values.mean()),
        error=float(values.std(ddof=0) / math.sqrt(values.size)),
        per_split=[float(value) for value in values],
        extra=extra,
    )


def crossvalidated_predictivity_from_features(X, Y, **kwargs) -> Score:
    """Score predictivity from activations X, shape (n, p), via their Gram; see `crossvalidated_predictivity`.

    X is centered by its overall mean before K = X X^T is formed. Centering with each split's training
    mean then gives the same Grams as without it, and the Gram avoids cancellation when activations
    have a large mean. For "pls", `n_features` defaults to p.
    """
    features = as_finite_array(X, "X", ndim=2)
    mapping_kwargs = dict(kwargs.pop("mapping_kwargs", None) or {})
    if kwargs.get("mapping", "pls") == "pls":
        mapping_kwargs.setdefault("n_features", features.shape[1])

    features = features - features.mean(axis=0)
    return crossvalidated_predictivity(features @ features.T, Y, mapping_kwargs=mapping_kwargs, **kwargs)
