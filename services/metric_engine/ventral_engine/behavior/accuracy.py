"""Classification accuracy of a model and of human subjects on the same stimuli."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._trials import check_trial_columns, human_correct


def accuracy(choices, truth) -> float:
    """Return the fraction of `choices` equal to `truth`; both are sequences of labels of shape (n,)."""
    choices = np.asarray(choices, dtype=object)
    truth = np.asarray(truth, dtype=object)
    if choices.ndim != 1 or choices.shape != truth.shape:
        raise ValueError(
            f"choices and truth must be 1-D and of equal length; got shapes {choices.shape} and {truth.shape}"
        )
    if choices.size == 0:
        raise ValueError("accuracy is undefined on zero choices")
    return float(np.mean(choices == truth))


def human_accuracy(trials: pd.DataFrame) -> dict:
    """Return human accuracy from a trial table (columns `subject`, `truth`, `choice`).

    Returns a dict with `pooled` (fraction correct over all trials), `per_subject`
    (subject -> fraction correct) and `mean_over_subjects`. A `choice` outside the
    categories (for example "na" for a missed response) counts as wrong.
    """
    check_trial_columns(trials, ("subject", "truth", "choice"))
    correct = pd.Series(human_correct(trials), index=trials.index)
    per_subject = correct.groupby(trials["subject"]).mean().sort_index()
    return {
        "pooled": float(correct.mean()),
        "per_subject": {str(subject): float(value) for subject, value in per_subject.items()},
        "mean_over_subjects": float(per_subject.mean()),
    }
