"""Neural metrics as plain numpy functions: mappings, predictivity, ceilings, RSA and CKA, from Gram matrices."""

from .ceiling import ceiled_score, clip01, spearman_brown, split_half_ceiling
from .cka import linear_cka
from .correlation import median_over_neuroids, pearson_per_column
from .crossval import split_indices
from .gram import GramAccumulator, center_test_gram, center_train_gram
from .predictivity import crossvalidated_predictivity, crossvalidated_predictivity_from_features
from .regression import (
    MAPPINGS,
    RIDGECV_ALPHAS,
    kernel_ols_predict,
    kernel_pls_predict,
    kernel_predict,
    kernel_ridge_predict,
    kernel_ridgecv_predict,
    predict,
)
from .rsa import rdm, rdm_from_gram, rsa, rsa_ceiling, rsa_score
from .score import Score

__all__ = [
    "MAPPINGS",
    "RIDGECV_ALPHAS",
    "GramAccumulator",
    "Score",
    "center_test_gram",
    "center_train_gram",
    "ceiled_score",
    "clip01",
    "crossvalidated_predictivity",
    "crossvalidated_predictivity_from_features",
    "kernel_ols_predict",
    "kernel_pls_predict",
    "kernel_predict",
    "kernel_ridge_predict",
    "kernel_ridgecv_predict",
    "linear_cka",
    "median_over_neuroids",
    "pearson_per_column",
    "predict",
    "rdm",
    "rdm_from_gram",
    "rsa",
    "rsa_ceiling",
    "rsa_score",
    "spearman_brown",
    "split_half_ceiling",
    "split_indices",
]
