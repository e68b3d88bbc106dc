"""One fixed split of the 92 object images into a public half and a private half.

Benchmarks on the 92 images (Kriegeskorte 2008, Kiani 2007, Algonauts 2019) select a model's
layer on the public half and score it on the private half, so the two must never mix. The split
is computed from the category labels of Kriegeskorte et al. 2008 (``categoryVectors`` in the
supplemental .mat file) and applies to both stimulus id schemes, because the Algonauts images
are the same objects in the same order.

Procedure (version ``split92-v1``):

1. Each image's stratum is the tuple of its 0/1 labels in `STRATIFY_COLUMNS` (animate,
   inanimate, human, nonhuman, body, face, natural object, artificial object, monkey or ape).
   The 92 images fall into 8 strata: human body 12, human face 12, nonhuman body 10,
   monkey/ape body 2, nonhuman face 7, monkey/ape face 5, natural inanimate 23, artificial
   inanimate 21. The subset markers ``rand24``, ``rand48`` and ``other48`` are not used.
2. Strata are visited in ascending lexicographic order of their label tuples, with one
   generator ``numpy.random.default_rng(SEED)`` (seed 0) for all of them. Within a stratum,
   ``rng.permutation`` shuffles the image indices (ascending before the shuffle). The first
   ``n // 2`` shuffled images go to the public half and the rest to the private half.
3. A stratum of odd size has one image left over. These go alternately to the public and the
   private half, the first odd stratum in visiting order giving its extra image to the public
   half, so the halves have 46 images each.

Every stratum and every label column then differs by at most one image between the halves;
tests/neural_data check this on the real labels.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from ventral.datasets import algonauts2019, kriegeskorte2008

#: Identifier of this split; benchmarks include it in their version string.
VERSION = "split92-v1"
SEED = 0
PUBLIC = "public"
PRIVATE = "private"
HALVES = (PUBLIC, PRIVATE)
#: Label columns of `kriegeskorte2008.load_category_table` whose combination defines a stratum.
STRATIFY_COLUMNS = (
    "animate",
    "inanimate",
    "human",
    "nonhuman",
    "body",
    "face",
    "natural_object",
    "artificial_object",
    "monkey_ape",
)
#: Stimulus id schemes the split can be returned in.
DATASETS = ("kriegeskorte2008", "algonauts2019")


def split_by_strata(labels: np.ndarray, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """Split items into two halves balanced over the strata given by the rows of `labels`.

    Args:
        labels: array of shape (n_items, n_columns); items with equal rows share a stratum.
        seed: seed of ``numpy.random.default_rng``.

    Returns:
        (public, private): sorted int arrays of item indices. Every stratum puts ``n // 2``
        items in each half. The extra items of odd strata alternate between public and
        private, starting with public, with strata in ascending lexicographic order. The
        module docstring gives the full procedure.
    """
    labels = np.asarray(labels)
    if labels.ndim != 2 or labels.shape[0] == 0:
        raise ValueError(f"labels must have shape (n_items, n_columns) with n_items > 0, got {labels.shape}.")

    strata, stratum_of_item = np.unique(labels, axis=0, return_inverse=True)
    stratum_of_item = stratum_of_item.ravel()
    rng = np.random.default_rng(seed)
    public: list[int] = []
    private: list[int] = []
    next_extra_is_public = True
    for stratum in range(len(strata)):
        members = rng.permutation(np.flatnonzero(stratum_of_item == stratum))
        n_public = len(members) // 2
        if len(members) % 2 == 1:
            n_public += int(next_extra_is_public)
            next_extra_is_public = not next_extra_is_public
        public.extend(members[:n_public].tolist())
        private.extend(members[n_public:].tolist())
    return np.sort(np.asarray(public, dtype=int)), np.sort(np.asarray(private, dtype=int))


def indices(half: str) -> np.ndarray:
    """Return the sorted image indices (0..91, Kriegeskorte and Algonauts order) of `half`.

    Args:
        half: ``"public"`` (layer selection) or ``"private"`` (scoring).
    """
    position = _half_position(half)
    return _split()[position].copy()


def stimulus_ids(half: str, dataset: str = "kriegeskorte2008") -> tuple[str, ...]:
    """Return the stimulus ids of `half`, in image order.

    Args:
        half: ``"public"`` or ``"private"``.
        dataset: ``"kriegeskorte2008"`` (``kriegeskorte92_NN``, also used for the Kiani 2007
            RDM) or ``"algonauts2019"`` (``algonauts92_image_NN``).
    """
    if dataset == "kriegeskorte2008":
        all_ids = kriegeskorte2008.stimulus_ids()
    elif dataset == "algonauts2019":
        all_ids = algonauts2019.stimulus_ids()
    else:
        raise ValueError(f"Unknown dataset {dataset!r} for the 92-image split; use one of {DATASETS}.")
    return tuple(all_ids[index] for index in indices(half))


def strata_table() -> pd.DataFrame:
    """Return the category table of the 92 images with two more columns.

    ``stratum`` names the image's stratum (the `STRATIFY_COLUMNS` that are 1, joined by
    ``+``) and ``half`` is ``"public"`` or ``"private"``.
    """
    table = kriegeskorte2008.load_category_table()
    table["stratum"] = [
        "+".join(column for column in STRATIFY_COLUMNS if row[column] == 1) for _, row in table.iterrows()
    ]
    half = np.full(len(table), PRIVATE, dtype=object)
    half[indices(PUBLIC)] = PUBLIC
    table["half"] = half
    return table


def _half_position(half: str) -> int:
    if half not in HALVES:
        raise ValueError(f"Unknown half {half!r}; use {PUBLIC!r} (layer selection) or {PRIVATE!r} (scoring).")
    return HALVES.index(half)


@functools.lru_cache(maxsize=1)
def _split() -> tuple[np.ndarray, np.ndarray]:
    labels = kriegeskorte2008.load_category_table()[list(STRATIFY_COLUMNS)].to_numpy()
    public, private = split_by_strata(labels, seed=SEED)
    for array in (public, private):
        array.setflags(write=False)
    return public, private
