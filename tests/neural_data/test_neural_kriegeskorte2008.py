"""Tests of the Kriegeskorte 2008 loader on the mirrored rsatoolbox files."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io

from ventral import config
from ventral.datasets import kriegeskorte2008
from ventral.fetch import fetch


def _mirror_has(*data_files) -> bool:
    mirror = config.mirror_root()
    return mirror is not None and all((mirror / data_file.origin).is_file() for data_file in data_files)


requires_mirror = pytest.mark.skipif(
    not _mirror_has(*kriegeskorte2008.FILES),
    reason="the rsatoolbox 92imageData files are not in the mirror (set VENTRAL_MIRROR)",
)


@requires_mirror
def test_stimulus_set_matches_mat_pixels(tmp_path):
    stimulus_set = kriegeskorte2008.load_stimulus_set(cache_dir=tmp_path)
    images = kriegeskorte2008.load_images()

    assert len(stimulus_set) == 92
    assert stimulus_set.stimulus_ids == kriegeskorte2008.stimulus_ids()
    assert stimulus_set.stimulus_ids[0] == "kriegeskorte92_01"
    assert stimulus_set.stimulus_ids[-1] == "kriegeskorte92_92"
    for position in (0, 45, 91):
        image = stimulus_set.open_image(stimulus_set.stimulus_ids[position])
        assert image.mode == "RGB"
        assert np.array_equal(np.asarray(image), images[position])


@requires_mirror
def test_stimulus_set_cache_is_stable(tmp_path):
    first = kriegeskorte2008.load_stimulus_set(cache_dir=tmp_path)
    digests = [first.content_digest(stimulus_id) for stimulus_id in first.stimulus_ids]
    second = kriegeskorte2008.load_stimulus_set(cache_dir=tmp_path)

    assert [second.content_digest(stimulus_id) for stimulus_id in second.stimulus_ids] == digests
    assert len(set(digests)) == 92


@requires_mirror
def test_images_have_gray_background():
    images = kriegeskorte2008.load_images()

    assert images.shape == (92, 175, 175, 3)
    assert images.dtype == np.uint8
    assert np.all(images[:, 0, 0, :] == kriegeskorte2008.BACKGROUND_GRAY)


@requires_mirror
def test_category_table_counts():
    table = kriegeskorte2008.load_category_table()

    assert list(table["stimulus_id"]) == list(kriegeskorte2008.stimulus_ids())
    assert table["category"].value_counts().to_dict() == {
        "natural inanimate": 23,
        "artificial inanimate": 21,
        "human bodypart": 12,
        "human face": 12,
        "nonhuman bodypart": 12,
        "nonhuman face": 12,
    }
    assert table["animate"].sum() == 48
    assert table["inanimate"].sum() == 44
    assert table["face"].sum() == 24
    assert table["monkey_ape"].sum() == 7
    assert np.all(table["animate"] + table["inanimate"] == 1)
    assert np.all(table["rand48"] + table["other48"] == 1)


@requires_mirror
def test_category_columns_agree_with_groups():
    table = kriegeskorte2008.load_category_table()
    human_face = table[table["category"] == "human face"]
    artificial = table[table["category"] == "artificial inanimate"]

    assert np.all(human_face[["animate", "human", "face"]] == 1)
    assert np.all(human_face[["body", "nonhuman", "inanimate"]] == 0)
    assert np.all(artificial[["inanimate", "artificial_object"]] == 1)
    assert np.all(artificial["natural_object"] == 0)


@requires_mirror
def test_human_it_rdms_average_sessions():
    rdms = kriegeskorte2008.load_human_it_rdms()
    raw = scipy.io.loadmat(fetch(kriegeskorte2008.HUMAN_BRAIN_RDMS))["RDMs"]
    expected_first = (raw[0, 0, 0]["RDM"].astype(float) + raw[0, 0, 1]["RDM"].astype(float)) / 2

    assert rdms.shape == (4, 92, 92)
    assert rdms.dtype == np.float64
    assert np.allclose(rdms[0], expected_first)
    assert not np.allclose(rdms[0], raw[0, 0, 0]["RDM"])


@requires_mirror
def test_human_it_rdms_symmetric_zero_diagonal():
    rdms = kriegeskorte2008.load_human_it_rdms()

    assert np.array_equal(rdms, rdms.transpose(0, 2, 1))
    assert np.all(np.diagonal(rdms, axis1=1, axis2=2) == 0)
    assert np.all(rdms[:, ~np.eye(92, dtype=bool)] > 0)


@requires_mirror
def test_kiani_rdm_symmetric_and_categorical():
    rdm = kriegeskorte2008.load_kiani_monkey_it_rdm()
    table = kriegeskorte2008.load_category_table()
    animate = table["animate"].to_numpy() == 1
    off_diagonal = ~np.eye(92, dtype=bool)

    assert rdm.shape == (92, 92)
    assert np.array_equal(rdm, rdm.T)
    assert np.all(np.diag(rdm) == 0)
    # Kiani et al. 2007 and Kriegeskorte et al. 2008: monkey IT separates animate from inanimate
    # objects, so within-animate dissimilarities are smaller than animate-inanimate ones.
    within = rdm[np.ix_(animate, animate)][off_diagonal[np.ix_(animate, animate)]].mean()
    between = rdm[np.ix_(animate, ~animate)].mean()
    assert within < between


@pytest.mark.parametrize(
    "rdms, message",
    [
        (np.zeros((2, 92, 91)), "expected shape"),
        (np.zeros((92, 92)), "expected shape"),
        (np.full((1, 92, 92), np.nan), "NaN"),
        (np.triu(np.ones((1, 92, 92)), k=1), "not symmetric"),
        (np.ones((1, 92, 92)), "diagonal"),
    ],
)
def test_check_rdm_stack_rejects(rdms, message):
    with pytest.raises(ValueError, match=message):
        kriegeskorte2008.check_rdm_stack(rdms, name="test RDMs")


def test_check_rdm_stack_accepts_valid():
    rng = np.random.default_rng(0)
    upper = np.triu(rng.random((3, 92, 92)), k=1)

    kriegeskorte2008.check_rdm_stack(upper + upper.transpose(0, 2, 1), name="test RDMs")


def test_files_are_pinned():
    keys = [data_file.key for data_file in kriegeskorte2008.FILES]

    assert len(set(keys)) == len(keys)
    assert all(data_file.repo == "rsagroup/rsatoolbox" for data_file in kriegeskorte2008.FILES)
