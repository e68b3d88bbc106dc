"""Shape bias on cue-conflict stimuli (Geirhos et al. 2019, ICLR, "ImageNet-trained CNNs are biased towards texture").

Each cue-conflict image carries the shape of one category and the texture of another.
Following bethgelab/model-vs-human `ShapeBias.analysis`, images whose shape and texture
category are the same carry no conflict and are left out. Among the remaining trials,
shape bias = shape decisions / (shape decisions + texture decisions); choices that are
neither category do not enter the ratio.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._trials import check_trial_columns


def shape_bias(choices, shape_categories, texture_categories) -> dict:
    """Compute the shape bias of one observer.

    Args:
        choices: chosen category per trial, shape (n,).
        shape_categories: the shape (true) category of each trial's image, shape (n,).
        texture_categories: the texture category of each trial's image, shape (n,).

    Returns:
        A dict with `shape_bias`, `fraction_shape` and `fraction_texture` (decisions
        for the shape or texture category among all n trials, as model-vs-human
        reports them), `n_conflict` (trials whose shape and texture differ) and
        `n_shape`, `n_texture` (their counts of shape and texture decisions).
    """
    choices = np.asarray(choices, dtype=object)
    shapes = np.asarray(shape_categories, dtype=object)
    textures = np.asarray(texture_categories, dtype=object)
    if choices.ndim != 1 or not choices.shape == shapes.shape == textures.shape:
        raise ValueError(
            "choices, shape_categories and texture_categories must be 1-D and of equal length; got shapes "
            f"{choices.shape}, {shapes.shape} and {textures.shape}"
        )
    if choices.size == 0:
        raise ValueError("shape bias is undefined on zero trials")

    conflict = shapes != textures
    n_shape = int(np.count_nonzero(conflict & (choices == shapes)))
    n_texture = int(np.count_nonzero(conflict & (choices == textures)))
    if n_shape + n_texture == 0:
        raise ValueError(
            f"shape bias is undefined: none of the {int(conflict.sum())} cue-conflict trials was decided for "
            "its shape or its texture category"
        )
    return {
        "shape_bias": n_shape / (n_shape + n_texture),
        "fraction_shape": n_shape / choices.size,
        "fraction_texture": n_texture / choices.size,
        "n_conflict": int(conflict.sum()),
        "n_shape": n_shape,
        "n_texture": n_texture,
    }


def human_shape_bias(trials: pd.DataFrame, texture_column: str = "texture") -> dict:
    """Compute the human shape bias from a cue-conflict trial table.

    `trials` needs `subject`, `truth` (the shape category), `choice` and the texture
    category in `texture_column`.

    Returns:
        A dict with `pooled` (the shape bias of all trials together, as model-vs-human
        computes it for the group of human observers), `per_subject` (subject -> shape
        bias) and `mean_over_subjects`.
    """
    check_trial_columns(trials, ("subject", "truth", "choice", texture_column))
    pooled = shape_bias(trials["choice"], trials["truth"], trials[texture_column])
    per_subject = {}
    for subject, rows in sorted(trials.groupby("subject").groups.items(), key=lambda item: str(item[0])):
        subset = trials.loc[rows]
        per_subject[str(subject)] = shape_bias(subset["choice"], subset["truth"], subset[texture_column])["shape_bias"]
    return {
        "pooled": pooled["shape_bias"],
        "per_subject": per_subject,
        "mean_over_subjects": float(np.mean(list(per_subject.values()))),
    }
