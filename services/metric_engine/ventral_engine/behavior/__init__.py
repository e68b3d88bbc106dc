"""Behavioral metrics: error consistency, accuracy, shape bias (Geirhos et al.) and I2n (Rajalingham et al. 2018).

Every function takes plain numpy arrays or pandas trial tables (one row per trial with
`stimulus_id`, `subject`, `condition`, `truth`, `choice` and dataset-specific columns).
Functions return numbers, dicts or a `ventral_engine.metrics.score.Score`, and none needs
a server.
"""

from .accuracy import accuracy, human_accuracy
from .error_consistency import ceiled_error_consistency, cohens_kappa, error_consistency, human_ceiling, kappa_between
from .i2n import (
    LogisticReadout,
    correlate_signatures,
    dprimes,
    human_choice_rates,
    human_i2n,
    i2n,
    i2n_ceiling,
    model_choice_rates,
    model_i2n,
    split_halves,
)
from .shape_bias import human_shape_bias, shape_bias

__all__ = [
    "LogisticReadout",
    "accuracy",
    "ceiled_error_consistency",
    "cohens_kappa",
    "correlate_signatures",
    "dprimes",
    "error_consistency",
    "human_accuracy",
    "human_ceiling",
    "human_choice_rates",
    "human_i2n",
    "human_shape_bias",
    "i2n",
    "i2n_ceiling",
    "kappa_between",
    "model_choice_rates",
    "model_i2n",
    "shape_bias",
    "split_halves",
]
