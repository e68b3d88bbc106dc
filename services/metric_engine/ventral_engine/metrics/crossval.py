"""Train/test splits of stimuli, drawn exactly as Brain-Score draws them.

Brain-Score vision (`Split` in brainscore_vision/metric_helpers/transformations.py) builds
`StratifiedShuffleSplit(n_splits, train_size, test_size=None, random_state)` when a stratification
coordinate is given and `ShuffleSplit` with the same arguments otherwise, and calls `split` with one
placeholder row per stimulus (and the stratification labels). This module makes the same calls, so the
indices match Brain-Score's for stimuli in the same order (Brain-Score sorts by `stimulus_id`).
"""

from __future__ import annotations

import numpy as np
from sklearn.model_selection import ShuffleSplit, StratifiedShuffleSplit

from ._validation import check_positive_int


def split_indices(
    n: int,
    stratify=None,
    n_splits: int = 10,
    train_size: float = 0.9,
    seed: int = 1,
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return `n_splits` (train, test) index arrays over n stimuli.

    The test set of each split is the complement of its train set: with test_size=None, scikit-learn
    puts floor(train_size * n) stimuli in train and the rest in test.

    Args:
        n: number of stimuli, in the caller's fixed order.
        stratify: optional labels of shape (n,) (e.g. `object_name`); when given, every split keeps the
            label proportions (`StratifiedShuffleSplit`, which needs at least 2 stimuli per label).
        n_splits: number of splits (Brain-Score default 10).
        train_size: fraction of stimuli in each train set, in (0, 1) (default 0.9).
        seed: `random_state` of the splitter (Brain-Score default 1).

    Returns:
        A list of (train_indices, test_indices) pairs of int arrays, each in scikit-learn's order.
    """
    n = check_positive_int(n, "n", minimum=2)
    n_splits = check_positive_int(n_splits, "n_splits")
    if isinstance(train_size, bool) or not isinstance(train_size, (float, np.floating)) or not 0 < train_size < 1:
        raise ValueError(
            f"train_size must be a float in (0, 1), the fraction of stimuli to train on; got {train_size!r}"
        )
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise ValueError(f"seed must be an integer random_state; got {seed!r}")

    placeholder = np.zeros(n)
    if stratify is None:
        splitter = ShuffleSplit(n_splits=n_splits, train_size=train_size, test_size=None, random_state=int(seed))
        return [(train, test) for train, test in splitter.split(placeholder)]

    labels = np.asarray(stratify)
    if labels.shape != (n,):
        raise ValueError(f"stratify must hold one label per stimulus, shape ({n},); got shape {labels.shape}")
    splitter = StratifiedShuffleSplit(n_splits=n_splits, train_size=train_size, test_size=None, random_state=int(seed))
    return [(train, test) for train, test in splitter.split(placeholder, labels)]
