"""Error consistency: trial-by-trial agreement of errors beyond chance (Cohen's kappa).

Source: Geirhos, Meding & Wichmann 2020, "Beyond accuracy: quantifying trial-by-trial
behaviour of CNNs and humans by measuring error consistency" (NeurIPS), as aggregated by
the Brain-Score vision benchmark `Geirhos2021<dataset>-error_consistency`
(brainscore_vision/metrics/error_consistency/metric.py): one kappa per (subject,
condition), the mean over conditions, then over subjects, then the absolute value. The
human ceiling applies the same kappa to every unordered pair of human subjects.

A trial table is a pandas DataFrame with one row per trial and the columns
`stimulus_id`, `subject`, `condition`, `truth` and `choice`. A trial is correct when
`choice == truth`.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd

from ventral_engine.metrics.score import Score

from ._trials import check_trial_columns, human_correct, model_correct_per_trial

def cohens_kappa(observed_consistency: float, expected_consistency: float) -> float:
    """Return Cohen's kappa (c_obs - c_exp) / (1 - c_exp) for two observers' correct/wrong sequences.

    Both arguments are fractions in [0, 1]. When the observed consistency is exactly 1
    the result is 1, as in bethgelab/model-vs-human `ErrorConsistency.error_consistency`.
    This also covers c_exp == 1, which happens only when both observers are always right
    or both always wrong (then c_obs == 1 too) and where the formula is 0 / 0.
    """
    for name, value in (("observed_consistency", observed_consistency), ("expected_consistency", expected_consistency)):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} must be a fraction in [0, 1]; got {value!r}")
    if observed_consistency == 1.0:
        return 1.0
    return (observed_consistency - expected_consistency) / (1.0 - expected_consistency)


def kappa_between(correct_left, correct_right) -> dict[str, float]:
    """Compare two aligned bool sequences of shape (n_trials,) and return the kappa and its parts.

    Returns a dict with `n_trials`, `accuracy_left`, `accuracy_right` (p_1, p_2),
    `observed` (c_obs, fraction of trials where both are right or both wrong),
    `expected` (c_exp = p_1 p_2 + (1 - p_1)(1 - p_2)) and `kappa`.
    With a single trial the kappa is 1 when the two agree and 0 when they do not.
    """
    left = np.asarray(correct_left, dtype=bool)
    right = np.asarray(correct_right, dtype=bool)
    if left.shape != right.shape or left.ndim != 1:
        raise ValueError(
            f"the two correctness sequences must be 1-D and of equal length; got shapes {left.shape} and {right.shape}"
        )
    if left.size == 0:
        raise ValueError("cannot compute error consistency on zero trials")
    accuracy_left = float(left.mean())
    accuracy_right = float(right.mean())
    expected = accuracy_left * accuracy_right + (1 - accuracy_left) * (1 - accuracy_right)
    observed = float(np.count_nonzero(left == right)) / left.size
    return {
        "n_trials": int(left.size),
        "accuracy_left": accuracy_left,
        "accuracy_right": accuracy_right,
        "observed": observed,
        "expected": expected,
        "kappa": cohens_kappa(observed, expected),
    }


def error_consistency(model_correct, trials: pd.DataFrame) -> Score:
    """Score a model's errors against each human subject's errors.

    Args:
        model_correct: whether the model's choice was right, either as a mapping
            stimulus_id -> bool or as a sequence of bools aligned to the rows of `trials`.
        trials: human trial table (see the module docstring).

    Returns:
        A Score whose `raw` is |mean over subjects of (mean over conditions of kappa)|,
        whose `error` is the standard deviation (ddof 0) of all (subject, condition)
        kappas, and whose `extra` contains `per_subject` (signed mean kappa per subject)
        and `kappas` (one record per subject and condition).
    """
    check_trial_columns(trials)
    model = model_correct_per_trial(model_correct, trials)
    human = human_correct(trials)

    records = []
    for (subject, condition), rows in _groups(trials, ["subject", "condition"]):
        _check_unique_stimuli(trials, rows, f"subject {subject!r}, condition {condition!r}")
        record = kappa_between(model[rows], human[rows])
        records.append({"subject": subject, "condition": condition, **record})
    table = pd.DataFrame.from_records(records)

    per_subject = table.groupby("subject", sort=True)["kappa"].mean()
    return Score(
        raw=abs(float(per_subject.mean())),
        error=float(np.std(table["kappa"].to_numpy(), ddof=0)),
        extra={
            "per_subject": {str(subject): float(value) for subject, value in per_subject.items()},
            "kappas": table.to_dict(orient="records"),
        },
    )


def human_ceiling(trials: pd.DataFrame) -> Score:
    """Compute the error consistency between every unordered pair of human subjects.

    Per pair and condition, both subjects must have seen the same set of stimuli, each
    once; trials are aligned by `stimulus_id`. Aggregation as in `error_consistency`:
    mean over conditions, then over pairs, then the absolute value.

    Returns:
        A Score whose `raw` is that ceiling, `error` the standard deviation (ddof 0) of
        all (pair, condition) kappas, and `extra["pairs"]` one record per pair and condition.
    """
    check_trial_columns(trials)
    correct = pd.Series(human_correct(trials), index=trials.index)
    subjects = sorted(trials["subject"].unique(), key=str)
    if len(subjects) < 2:
        raise ValueError(f"the human ceiling needs at least two subjects; trials has {subjects}")

    per_subject_condition = {}
    for (subject, condition), rows in _groups(trials, ["subject", "condition"]):
        _check_unique_stimuli(trials, rows, f"subject {subject!r}, condition {condition!r}")
        selected = trials.index[rows]
        per_subject_condition[(subject, condition)] = pd.Series(
            correct.loc[selected].to_numpy(), index=trials.loc[selected, "stimulus_id"].to_numpy()
        )
    conditions = sorted(trials["condition"].unique(), key=str)

    records = []
    for left, right in itertools.combinations(subjects, 2):
        for condition in conditions:
            left_correct = per_subject_condition.get((left, condition))
            right_correct = per_subject_condition.get((right, condition))
            if left_correct is None or right_correct is None:
                continue
            if set(left_correct.index) != set(right_correct.index):
                only_left = sorted(set(left_correct.index) - set(right_correct.index), key=str)
                only_right = sorted(set(right_correct.index) - set(left_correct.index), key=str)
                raise ValueError(
                    f"subjects {left!r} and {right!r} saw different stimuli in condition {condition!r} "
                    f"(only {left!r}: {only_left[:5]}, only {right!r}: {only_right[:5]}); the ceiling compares "
                    "subjects on the same stimuli, so drop the unmatched trials first"
                )
            right_correct = right_correct.loc[left_correct.index]
            record = kappa_between(left_correct.to_numpy(), right_correct.to_numpy())
            records.append({"subject_left": left, "subject_right": right, "condition": condition, **record})
    table = pd.DataFrame.from_records(records)

    per_pair = table.groupby(["subject_left", "subject_right"], sort=True)["kappa"].mean()
    return Score(
        raw=abs(float(per_pair.mean())),
        error=float(np.std(table["kappa"].to_numpy(), ddof=0)),
        extra={"pairs": table.to_dict(orient="records")},
    )


def ceiled_error_consistency(model_correct, trials: pd.DataFrame, ceiling: Score | None = None) -> Score:
    """Return the model's error consistency with its `ceiling` and `ceiled = raw / ceiling`.

    `ceiling` defaults to `human_ceiling(trials)`; pass it in to reuse one computation.
    As everywhere in `Score`, `ceiled` is unclipped. `extra["ceiled_bounded"]` is the
    value bounded to [0, 1] as Brain-Score reports it, and `extra["ceiling_error"]` is
    the ceiling's own error.
    """
    raw = error_consistency(model_correct, trials)
    if ceiling is None:
        ceiling = human_ceiling(trials)
    if not ceiling.raw > 0 or not math.isfinite(ceiling.raw):
        raise ValueError(f"the human ceiling must be a positive number to normalize by; got {ceiling.raw!r}")
    return Score(
        raw=raw.raw,
        error=raw.error,
        ceiling=ceiling.raw,
        ceiled=raw.raw / ceiling.raw,
        extra={
            **raw.extra,
            "ceiled_bounded": float(np.clip(raw.raw / ceiling.raw, 0.0, 1.0)),
            "ceiling_error": ceiling.error,
        },
    )


def _groups(trials: pd.DataFrame, keys: list[str]):
    """Yield ((key values), bool row mask) per group, sorted by the string form of the keys."""
    grouped = trials.groupby(keys, sort=False).indices
    for key in sorted(grouped, key=lambda values: tuple(str(value) for value in values)):
        rows = np.zeros(len(trials), dtype=bool)
        rows[grouped[key]] = True
        yield key, rows


def _check_unique_stimuli(trials: pd.DataFrame, rows: np.ndarray, where: str) -> None:
    """Raise when a stimulus appears in more than one of the selected trials."""
    stimulus_ids = trials["stimulus_id"].to_numpy()[rows]
    unique, counts = np.unique(stimulus_ids.astype(str), return_counts=True)
    if (counts > 1).any():
        raise ValueError(
            f"{where} has repeated trials of the same stimulus, e.g. {unique[counts > 1][:5].tolist()}; "
            "error consistency needs one trial per stimulus per subject and condition"
        )
