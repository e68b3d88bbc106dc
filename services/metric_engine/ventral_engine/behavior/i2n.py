"""I2n: normalized image-by-distractor behavioral signature (Rajalingham et al. 2018, J. Neurosci.).

Humans did binary match-to-sample tasks: an image of a sample object, then a choice
between that object (`sample_obj`) and a distractor (`dist_obj`). For every image and
distractor the signature contains a sensitivity d'; "n" subtracts, per (object,
distractor) pair, the mean over that object's images, which leaves only the image-level
pattern.

This module reproduces Brain-Score's `I2n` metric (brainscore_vision/metrics/i1i2/metric.py)
and the readout of `ProbabilitiesMapping`
(brainscore_vision/model_helpers/brain_transformation/behavior.py):
- Model: standardized features, multinomial logistic regression with C = 1e-3, fitted on
  labelled images; for image i with true object t, the 2-AFC probability of choosing
  distractor c is p(c) / (p(c) + p(t)).
- Humans: the fraction of trials of image i offering distractor c in which c was chosen.
- d'(i, c) = Phi^-1(1 - P(i, c)) - Phi^-1(FAR(c, t)), where FAR(c, t) is the mean over
  the images of object c of their probability of choosing t; clipped to [-5, 5], then
  normalized.
- Trials are shuffled (numpy RandomState, seed 0, one generator for all splits) and cut
  into two halves, 2 splits. Per split: score = Pearson r between the model's I2n and
  half 1, ceiling = Pearson r between the halves, ceiled = score / sqrt(ceiling).

Matrices in this module have shape (n_images, n_objects): rows follow the given
`stimulus_ids`, columns the sorted object names; the true object's column is NaN.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.stats
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from ventral_engine.metrics.score import Score

from ._trials import check_trial_columns

I2N_TRIAL_COLUMNS = ("stimulus_id", "sample_obj", "dist_obj", "choice")
DPRIME_CAP = 5.0


class LogisticReadout:
    """Map a layer's features to probabilities over objects, as Brain-Score's `ProbabilitiesMapping` does.

    Features are standardized with the mean and standard deviation of the fitting
    images, then a multinomial logistic regression (L2 penalty, inverse strength
    `C`, solver newton-cg) is fitted. `objects_` contains the sorted object names,
    which are the columns of `predict_probabilities`.
    """

    def __init__(self, C: float = 1e-3):
        self.C = C

    def fit(self, features, labels) -> LogisticReadout:
        """Fit on `features` of shape (n_images, n_features) and object `labels` of shape (n_images,)."""
        features = _as_feature_matrix(features, "features")
        labels = np.asarray(labels, dtype=object)
        if labels.shape != (features.shape[0],):
            raise ValueError(
                f"labels must have one entry per row of features ({features.shape[0]}); got shape {labels.shape}"
            )
        if len(set(labels)) < 2:
            raise ValueError(f"the readout needs at least two objects among the labels; got {sorted(set(labels))}")

        self.scaler_ = StandardScaler().fit(features)
        # With three or more classes and any solver but liblinear, scikit-learn fits the multinomial
        # model that Brain-Score requests with multi_class="multinomial" (an option scikit-learn 1.9 removed).
        # NOTE: with exactly two objects it fits a binary model instead, which regularizes differently.
        self.classifier_ = LogisticRegression(C=self.C, solver="newton-cg")
        self.classifier_.fit(self.scaler_.transform(features), labels.astype(str))
        self.objects_ = tuple(str(label) for label in self.classifier_.classes_)
        return self

    def predict_probabilities(self, features) -> np.ndarray:
        """Return probabilities of shape (n_images, n_objects), columns in `objects_` order."""
        if not hasattr(self, "classifier_"):
            raise ValueError("the readout is not fitted; call fit(features, labels) first")
        features = _as_feature_matrix(features, "features")
        if features.shape[1] != self.scaler_.n_features_in_:
            raise ValueError(
                f"features have {features.shape[1]} columns but the readout was fitted on "
                f"{self.scaler_.n_features_in_}; use the same layer for fitting and testing"
            )
        return self.classifier_.predict_proba(self.scaler_.transform(features))


def model_choice_rates(probabilities, objects: Sequence[str], truth: Sequence[str]) -> np.ndarray:
    """Return the 2-AFC probability of choosing each distractor, shape (n_images, n_objects).

    Args:
        probabilities: readout probabilities of shape (n_images, n_objects).
        objects: object name of each probability column.
        truth: true object of each image, shape (n_images,).
    """
    probabilities = _as_feature_matrix(probabilities, "probabilities")
    objects = list(objects)
    if probabilities.shape[1] != len(objects):
        raise ValueError(f"probabilities have {probabilities.shape[1]} columns but {len(objects)} objects were named")
    order = np.argsort(np.asarray(objects, dtype=str), kind="stable")
    probabilities = probabilities[:, order]
    objects = [objects[index] for index in order]
    truth_index = _object_indices(truth, objects, "truth")
    if len(truth_index) != probabilities.shape[0]:
        raise ValueError(f"truth has {len(truth_index)} entries but probabilities has {probabilities.shape[0]} rows")

    rows = np.arange(len(truth_index))
    true_probability = probabilities[rows, truth_index][:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = probabilities / (probabilities + true_probability)
    rates[rows, truth_index] = np.nan
    return rates


def human_choice_rates(trials: pd.DataFrame, stimulus_ids: Sequence, objects: Sequence[str]) -> np.ndarray:
    """Return, per image and distractor, the fraction of trials offering that distractor where it was chosen.

    Shape (n_images, n_objects), rows in `stimulus_ids` order, columns in `objects`
    order. Cells with no trial offering that distractor, and the true object's
    column, are NaN.
    """
    check_trial_columns(trials, I2N_TRIAL_COLUMNS)
    objects = list(objects)
    image_index = pd.Index(list(stimulus_ids)).get_indexer(trials["stimulus_id"])
    if (image_index < 0).any():
        unknown = trials["stimulus_id"].to_numpy()[image_index < 0]
        raise ValueError(f"trials use stimulus_id(s) outside the scored images, e.g. {list(unknown[:5])}")
    sample = _object_indices(trials["sample_obj"], objects, "sample_obj")
    distractor = _object_indices(trials["dist_obj"], objects, "dist_obj")
    choice = _object_indices(trials["choice"], objects, "choice")

    shape = (len(stimulus_ids), len(objects))
    chosen = np.zeros(shape)
    offered = np.zeros(shape)
    np.add.at(chosen, (image_index, choice), 1)
    np.add.at(offered, (image_index, sample), 1)
    np.add.at(offered, (image_index, distractor), 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = chosen / offered
    rates[offered == 0] = np.nan

    truth = image_truth(trials, stimulus_ids)
    present = np.array([value is not None for value in truth])
    truth_index = _object_indices([value for value in truth if value is not None], objects, "sample_obj")
    rates[np.flatnonzero(present), truth_index] = np.nan
    return rates


def dprimes(choice_rates, truth: Sequence[str], objects: Sequence[str], normalize: bool = True) -> np.ndarray:
    """Turn choice rates of shape (n_images, n_objects) into (normalized) d' of the same shape.

    Images whose `truth` is None (no trials) stay NaN.
    """
    rates = np.asarray(choice_rates, dtype=np.float64)
    objects = list(objects)
    present = np.array([value is not None for value in truth])
    truth_index = np.full(len(present), -1)
    truth_index[present] = _object_indices([value for value in truth if value is not None], objects, "truth")

    false_alarm_rates = np.full((len(objects), len(objects)), np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # nanmean of an all-NaN column is NaN, as intended
        for object_index in range(len(objects)):
            images = truth_index == object_index
            if images.any():
                false_alarm_rates[object_index] = np.nanmean(rates[images], axis=0)

    # Cell (i, c) compares image i (object t) against distractor c: FAR(c, t) = false_alarm_rates[c, t].
    image_false_alarms = np.full(rates.shape, np.nan)
    image_false_alarms[present] = false_alarm_rates.T[truth_index[present]]
    with np.errstate(invalid="ignore", divide="ignore"):
        values = scipy.stats.norm.ppf(1 - rates) - scipy.stats.norm.ppf(image_false_alarms)
    values = np.clip(values, -DPRIME_CAP, DPRIME_CAP)

    if normalize:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            for object_index in range(len(objects)):
                images = truth_index == object_index
                if images.any():
                    values[images] = values[images] - np.nanmean(values[images], axis=0)
    return values


def correlate_signatures(source, target, skipna: bool = False) -> float:
    """Return the Pearson r between two (n_images, n_objects) signatures over the cells where `target` is defined.

    With `skipna`, cells where `source` is NaN are dropped too; without it they raise.
    """
    source = np.asarray(source, dtype=np.float64).ravel()
    target = np.asarray(target, dtype=np.float64).ravel()
    if source.shape != target.shape:
        raise ValueError(f"signatures must have the same shape; got {source.shape} and {target.shape}")
    mask = ~np.isnan(target)
    if skipna:
        mask &= ~np.isnan(source)
    elif np.isnan(source[mask]).any():
        raise ValueError(
            f"the source signature is NaN in {int(np.isnan(source[mask]).sum())} cells where the target is defined; "
            "check that the model's probabilities are finite and cover every object"
        )
    if mask.sum() < 3:
        raise ValueError(
            f"only {int(mask.sum())} cells are defined in both signatures; the correlation needs at least 3"
        )
    return float(scipy.stats.pearsonr(source[mask], target[mask])[0])


def split_halves(n_trials: int, n_splits: int = 2, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return `n_splits` (first half, second half) pairs of trial positions.

    One `numpy.random.RandomState(seed)` shuffles the positions once per split, in
    turn, and each permutation is cut at floor(n / 2). The legacy RandomState keeps
    the halves identical to Brain-Score's.
    """
    if n_trials < 2:
        raise ValueError(f"splitting trials into halves needs at least 2 trials; got {n_trials}")
    random_state = np.random.RandomState(seed)
    halves = []
    for _ in range(n_splits):
        positions = list(range(n_trials))
        random_state.shuffle(positions)
        middle = n_trials // 2
        halves.append((np.asarray(positions[:middle]), np.asarray(positions[middle:])))
    return halves


def image_truth(trials: pd.DataFrame, stimulus_ids: Sequence) -> list:
    """Return the sample object of each of `stimulus_ids` (None where no trial shows it).

    Raises when one image has more than one sample object, or when a `truth` column
    disagrees with `sample_obj`.
    """
    if "truth" in trials.columns and not (trials["truth"].to_numpy() == trials["sample_obj"].to_numpy()).all():
        raise ValueError(
            "trials have a truth column that differs from sample_obj; for I2n the truth is the sample object"
        )
    per_image = trials.groupby("stimulus_id")["sample_obj"].unique()
    ambiguous = per_image[per_image.map(len) > 1]
    if len(ambiguous):
        raise ValueError(
            f"stimulus_id {ambiguous.index[0]!r} has more than one sample object ({list(ambiguous.iloc[0])}); "
            "each image must show a single object"
        )
    lookup = per_image.map(lambda values: values[0]).to_dict()
    return [lookup.get(stimulus_id) for stimulus_id in stimulus_ids]


def human_i2n(trials: pd.DataFrame, stimulus_ids: Sequence, objects: Sequence[str]) -> np.ndarray:
    """Return the humans' I2n signature, shape (n_images, n_objects), from the given trials."""
    rates = human_choice_rates(trials, stimulus_ids, objects)
    return dprimes(rates, image_truth(trials, stimulus_ids), objects)


def model_i2n(probabilities, objects: Sequence[str], truth: Sequence[str]) -> np.ndarray:
    """Return the model's I2n signature, shape (n_images, n_objects), columns in sorted object order."""
    rates = model_choice_rates(probabilities, objects, truth)
    return dprimes(rates, truth, sorted(objects))


def i2n_ceiling(trials: pd.DataFrame, n_splits: int = 2, seed: int = 0) -> Score:
    """Return the split-half consistency of the human I2n (Pearson r, no Spearman-Brown correction).

    `raw` is the mean over splits, `error` the standard deviation over splits (ddof 0),
    `per_split` the value of each split.
    """
    stimulus_ids, objects = _images_and_objects(trials)
    ceilings = []
    for first, second in split_halves(len(trials), n_splits, seed):
        first_half = human_i2n(trials.iloc[first], stimulus_ids, objects)
        second_half = human_i2n(trials.iloc[second], stimulus_ids, objects)
        ceilings.append(correlate_signatures(first_half, second_half, skipna=True))
    return Score(raw=float(np.mean(ceilings)), error=float(np.std(ceilings)), per_split=ceilings)


def i2n(
    probabilities,
    objects: Sequence[str],
    stimulus_ids: Sequence,
    trials: pd.DataFrame,
    n_splits: int = 2,
    seed: int = 0,
) -> Score:
    """Score a model's probabilities against human trials with I2n.

    Args:
        probabilities: readout probabilities on the test images, shape (n_images, n_objects).
        objects: object name of each probability column; must equal the set of
            objects in the trials.
        stimulus_ids: stimulus_id of each probability row; must equal the set of
            images in the trials.
        trials: human trials with `stimulus_id`, `sample_obj`, `dist_obj`, `choice`,
            in the order of the source file (the split depends on it).

    Returns:
        A Score with `raw` (mean Pearson r with the first half over splits), `error`
        (its standard deviation over splits, ddof 0), `ceiling` (mean split-half r),
        `ceiled` (mean over splits of r / sqrt(split ceiling), unclipped),
        `per_split` (r per split) and in `extra` the per-split ceilings and ceiled
        values and `ceiled_bounded` (ceiled clipped to [0, 1]).
    """
    check_trial_columns(trials, I2N_TRIAL_COLUMNS)
    stimulus_ids = list(stimulus_ids)
    trial_images, trial_objects = _images_and_objects(trials)
    if set(stimulus_ids) != set(trial_images) or len(stimulus_ids) != len(trial_images):
        raise ValueError(
            f"the model's {len(stimulus_ids)} stimulus_ids must be the {len(trial_images)} distinct images of "
            "the trials, each once; run the readout on exactly the tested images"
        )
    if sorted(objects) != trial_objects:
        raise ValueError(
            f"the readout's objects {sorted(objects)} differ from the objects in the trials {trial_objects}; "
            "fit the readout on images of the same objects"
        )
    model_signature = model_i2n(probabilities, objects, image_truth(trials, stimulus_ids))

    scores, ceilings, ceiled = [], [], []
    for first, second in split_halves(len(trials), n_splits, seed):
        first_half = human_i2n(trials.iloc[first], stimulus_ids, trial_objects)
        second_half = human_i2n(trials.iloc[second], stimulus_ids, trial_objects)
        score = correlate_signatures(model_signature, first_half)
        ceiling = correlate_signatures(first_half, second_half, skipna=True)
        if not ceiling > 0:
            raise ValueError(f"the human split-half consistency is {ceiling!r}; it must be positive to ceil a score")
        scores.append(score)
        ceilings.append(ceiling)
        ceiled.append(score / math.sqrt(ceiling))

    ceiled_mean = float(np.mean(ceiled))
    return Score(
        raw=float(np.mean(scores)),
        error=float(np.std(scores)),
        ceiling=float(np.mean(ceilings)),
        ceiled=ceiled_mean,
        per_split=scores,
        extra={
            "ceiling_per_split": ceilings,
            "ceiled_per_split": ceiled,
            "ceiled_error": float(np.std(ceiled)),
            "ceiled_bounded": float(np.clip(ceiled_mean, 0.0, 1.0)),
        },
    )


def _images_and_objects(trials: pd.DataFrame) -> tuple[list, list[str]]:
    """Return the sorted distinct images and the sorted objects offered or chosen in the trials."""
    check_trial_columns(trials, I2N_TRIAL_COLUMNS)
    images = sorted(trials["stimulus_id"].unique(), key=str)
    objects = set(trials["sample_obj"]) | set(trials["dist_obj"]) | set(trials["choice"])
    return images, sorted(str(value) for value in objects)


def _object_indices(values, objects: list, name: str) -> np.ndarray:
    """Return the position of each value in `objects`, raising on names that are not objects."""
    index = pd.Index([str(value) for value in objects]).get_indexer([str(value) for value in values])
    if (index < 0).any():
        unknown = sorted({str(value) for value, position in zip(values, index) if position < 0})
        raise ValueError(f"{name} contains names that are not among the objects {list(objects)}: {unknown[:5]}")
    return index


def _as_feature_matrix(value, name: str) -> np.ndarray:
    """Return `value` as a finite float64 matrix of shape (n, p)."""
    matrix = np.asarray(value, dtype=np.float64)
    if matrix.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array (n_images, n_columns); got shape {matrix.shape}")
    if not np.isfinite(matrix).all():
        raise ValueError(f"{name} contains {int((~np.isfinite(matrix)).sum())} NaN or infinite values")
    return matrix
