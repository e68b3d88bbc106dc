"""Input checks for behavioral trial tables (one row per trial)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

TRIAL_COLUMNS = ("stimulus_id", "subject", "condition", "truth", "choice")


def check_trial_columns(trials: pd.DataFrame, required: Iterable[str] = TRIAL_COLUMNS) -> None:
    """Raise ValueError unless `trials` is a non-empty DataFrame with every `required` column."""
    if not isinstance(trials, pd.DataFrame):
        raise ValueError(f"trials must be a pandas DataFrame with one row per trial; got {type(trials).__name__}")
    missing = [column for column in required if column not in trials.columns]
    if missing:
        raise ValueError(
            f"trials is missing the column(s) {missing}; it has {list(trials.columns)}. "
            f"A behavioral trial table needs {list(required)}"
        )
    if len(trials) == 0:
        raise ValueError("trials is empty; pass at least one trial")
    for column in required:
        if trials[column].isna().any():
            first = trials.index[trials[column].isna()][0]
            raise ValueError(f"trials column {column!r} has missing values (first at row {first!r}); fill or drop them")


def human_correct(trials: pd.DataFrame) -> np.ndarray:
    """Return a bool array of shape (n_trials,): whether each trial's `choice` equals its `truth`."""
    return (trials["choice"].to_numpy() == trials["truth"].to_numpy()).astype(bool)


def model_correct_per_trial(model_correct, trials: pd.DataFrame) -> np.ndarray:
    """Align the model's correctness to the trials and return a bool array of shape (n_trials,).

    `model_correct` is either a mapping stimulus_id -> bool (extra stimuli are ignored)
    or a sequence of bools with one entry per row of `trials`, in row order.
    """
    stimulus_ids = trials["stimulus_id"].to_numpy()
    if isinstance(model_correct, Mapping):
        missing = sorted({stimulus_id for stimulus_id in stimulus_ids if stimulus_id not in model_correct}, key=str)
        if missing:
            raise ValueError(
                f"model_correct has no value for {len(missing)} stimulus_id(s) of the trials, e.g. {missing[:5]}; "
                "run the model on every stimulus the trials use"
            )
        values = [model_correct[stimulus_id] for stimulus_id in stimulus_ids]
    else:
        values = list(model_correct)
        if len(values) != len(trials):
            raise ValueError(
                f"model_correct has {len(values)} entries but trials has {len(trials)} rows; "
                "pass one bool per trial in row order, or a dict stimulus_id -> bool"
            )
    array = np.asarray(values, dtype=object)
    invalid = [value for value in array if not isinstance(value, (bool, np.bool_)) and value not in (0, 1)]
    if invalid:
        raise ValueError(
            f"model_correct must hold booleans (or 0/1); got e.g. {invalid[:3]!r}. "
            "Pass whether the model's choice equals the stimulus's truth"
        )
    return array.astype(bool)
