"""Tests of the fixed public/private split of the 92 object images."""

from __future__ import annotations

import numpy as np
import pytest

from ventral import config
from ventral.datasets import algonauts2019, kriegeskorte2008, split92


def _mirror_has(*data_files) -> bool:
    mirror = config.mirror_root()
    return mirror is not None and all((mirror / data_file.origin).is_file() for data_file in data_files)


requires_mirror = pytest.mark.skipif(
    not _mirror_has(*kriegeskorte2008.FILES),
    reason="the rsatoolbox 92imageData files are not in the mirror (set VENTRAL_MIRROR)",
)


@requires_mirror
def test_halves_disjoint_and_complete():
    public = split92.indices("public")
    private = split92.indices("private")

    assert len(public) == 46
    assert len(private) == 46
    assert not set(public) & set(private)
    assert sorted(set(public) | set(private)) == list(range(92))


@requires_mirror
def test_halves_balanced_per_stratum():
    table = split92.strata_table()
    counts = table.groupby(["stratum", "half"]).size().unstack(fill_value=0)

    assert len(counts) == 8
    assert (counts["public"] - counts["private"]).abs().max() <= 1


@requires_mirror
@pytest.mark.parametrize("column", [*split92.STRATIFY_COLUMNS, "category"])
def test_halves_balanced_per_category(column):
    table = split92.strata_table()
    counts = table.groupby([column, "half"]).size().unstack(fill_value=0)

    assert (counts["public"] - counts["private"]).abs().max() <= 1


@requires_mirror
def test_split_is_deterministic():
    labels = kriegeskorte2008.load_category_table()[list(split92.STRATIFY_COLUMNS)].to_numpy()
    first = split92.split_by_strata(labels, seed=split92.SEED)
    second = split92.split_by_strata(labels.copy(), seed=split92.SEED)
    other_seed = split92.split_by_strata(labels, seed=1)

    assert np.array_equal(first[0], second[0])
    assert np.array_equal(first[0], split92.indices("public"))
    assert np.array_equal(first[1], split92.indices("private"))
    assert not np.array_equal(first[0], other_seed[0])


@requires_mirror
def test_stimulus_ids_for_both_datasets():
    kriegeskorte_ids = split92.stimulus_ids("private", "kriegeskorte2008")
    algonauts_ids = split92.stimulus_ids("private", "algonauts2019")

    assert len(kriegeskorte_ids) == 46
    assert kriegeskorte_ids == split92.stimulus_ids("private")
    assert [algonauts2019.kriegeskorte_stimulus_id(stimulus_id) for stimulus_id in algonauts_ids] == list(
        kriegeskorte_ids
    )
    assert set(kriegeskorte_ids).isdisjoint(split92.stimulus_ids("public"))


@requires_mirror
def test_indices_are_read_only_copies():
    public = split92.indices("public")
    public[:] = 0

    assert split92.indices("public")[-1] > 0


def test_rejects_unknown_half_and_dataset():
    with pytest.raises(ValueError, match="'test'"):
        split92.indices("test")
    with pytest.raises(ValueError, match="'cichy2014'"):
        split92.stimulus_ids("public", "cichy2014")


def test_split_by_strata_synthetic_balance():
    # Strata of sizes 5, 4, 3 and 1: the three odd strata give their extra item to public,
    # private, public in ascending label order.
    labels = np.array([[0, 0]] * 5 + [[0, 1]] * 4 + [[1, 0]] * 3 + [[1, 1]] * 1)

    public, private = split92.split_by_strata(labels, seed=0)

    assert len(public) + len(private) == 13
    assert not set(public) & set(private)
    per_stratum_public = [int(np.sum(np.all(labels[public] == row, axis=1))) for row in ([0, 0], [0, 1], [1, 0], [1, 1])]
    assert per_stratum_public == [3, 2, 1, 1]


def test_split_by_strata_rejects_bad_labels():
    with pytest.raises(ValueError, match="n_items"):
        split92.split_by_strata(np.zeros(5))
    with pytest.raises(ValueError, match="n_items"):
        split92.split_by_strata(np.zeros((0, 3)))


def test_version_string():
    assert split92.VERSION == "split92-v1"
