"""Tests of the Algonauts 2019 loader: RDMs, ceilings and the correspondence with the Kriegeskorte images."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from scipy.stats import spearmanr

from ventral import config
from ventral.datasets import algonauts2019, kriegeskorte2008


def _mirror_has(*data_files) -> bool:
    mirror = config.mirror_root()
    return mirror is not None and all((mirror / data_file.origin).is_file() for data_file in data_files)


requires_mirror = pytest.mark.skipif(
    not _mirror_has(*algonauts2019.FILES, *kriegeskorte2008.FILES),
    reason="the Net2Brain and rsatoolbox 92-image files are not in the mirror (set VENTRAL_MIRROR)",
)

_UPPER = np.triu_indices(92, k=1)


def _upper(rdm: np.ndarray) -> np.ndarray:
    return rdm[_UPPER]


@requires_mirror
@pytest.mark.parametrize("region", algonauts2019.REGIONS)
def test_rdms_shape_and_symmetry(region):
    rdms = algonauts2019.load_rdms(region)

    assert rdms.shape == (15, 92, 92)
    assert rdms.dtype == np.float64
    assert np.allclose(rdms, rdms.transpose(0, 2, 1), atol=1e-12)
    assert np.all(np.diagonal(rdms, axis1=1, axis2=2) == 0)


@requires_mirror
def test_rdms_returns_a_copy():
    rdms = algonauts2019.load_rdms("IT")
    rdms[:] = 0

    assert algonauts2019.load_rdms("IT").max() > 0


def test_rdms_rejects_unknown_region():
    with pytest.raises(ValueError, match="'V1'.*EVC"):
        algonauts2019.load_rdms("V1")


@requires_mirror
@pytest.mark.parametrize("region, expected", [("EVC", 0.24), ("IT", 0.45)])
def test_leave_one_subject_out_ceiling(region, expected):
    consistency = algonauts2019.inter_subject_consistency(algonauts2019.load_rdms(region))

    assert consistency.lower_bound == pytest.approx(expected, abs=0.005)
    assert consistency.upper_bound > consistency.lower_bound
    assert consistency.leave_one_out.shape == (15,)


@requires_mirror
def test_stimulus_set_order_and_columns():
    stimulus_set = algonauts2019.load_stimulus_set()
    table = stimulus_set.stimuli

    assert stimulus_set.stimulus_ids == algonauts2019.stimulus_ids()
    assert stimulus_set.stimulus_ids[0] == "algonauts92_image_01"
    assert list(table["image_file_name"]) == [f"image_{number:02d}.jpg" for number in range(1, 93)]
    assert list(table["kriegeskorte_stimulus_id"]) == list(kriegeskorte2008.stimulus_ids())
    assert table["category"].iloc[0] == "human bodypart"
    assert stimulus_set.open_image("algonauts92_image_01").size == (175, 175)


@requires_mirror
def test_images_match_kriegeskorte_order():
    """Each Algonauts image is closest to the Kriegeskorte image at the same position.

    The sets differ in background (gray 128 against white) and compression (JPEG against raw
    pixels), so the Kriegeskorte background is painted white before comparing 44 x 44 box
    downsamplings by mean absolute difference.
    """
    kriegeskorte = kriegeskorte2008.load_images().astype(float)
    kriegeskorte[np.all(kriegeskorte == kriegeskorte2008.BACKGROUND_GRAY, axis=-1)] = 255
    stimulus_set = algonauts2019.load_stimulus_set()
    algonauts = np.stack(
        [np.asarray(stimulus_set.open_image(stimulus_id).convert("RGB")) for stimulus_id in stimulus_set.stimulus_ids]
    ).astype(float)

    def downsample(images):
        return np.stack(
            [np.asarray(Image.fromarray(image.astype(np.uint8)).resize((44, 44), Image.BOX), float) for image in images]
        ).reshape(len(images), -1)

    small_kriegeskorte = downsample(kriegeskorte)
    small_algonauts = downsample(algonauts)
    distances = np.abs(small_kriegeskorte[:, None, :] - small_algonauts[None, :, :]).mean(axis=-1)
    nearest_other = (distances + np.diag(np.full(92, np.inf))).min(axis=1)

    assert np.array_equal(distances.argmin(axis=1), np.arange(92))
    assert np.all(np.diag(distances) < 0.6 * nearest_other)


@requires_mirror
def test_rdms_match_kriegeskorte_order():
    """The Algonauts IT RDM agrees with the Kriegeskorte human IT RDM only in the shared order."""
    algonauts_it = algonauts2019.load_rdms("IT").mean(axis=0)
    human_it = kriegeskorte2008.load_human_it_rdms().mean(axis=0)
    aligned = spearmanr(_upper(algonauts_it), _upper(human_it)).statistic
    rng = np.random.default_rng(0)
    shuffled = []
    for _ in range(20):
        order = rng.permutation(92)
        shuffled.append(spearmanr(_upper(algonauts_it[np.ix_(order, order)]), _upper(human_it)).statistic)

    assert aligned > 0.5
    assert max(shuffled) < 0.2


@requires_mirror
def test_kriegeskorte_stimulus_id_mapping():
    assert algonauts2019.kriegeskorte_stimulus_id("algonauts92_image_07") == "kriegeskorte92_07"
    with pytest.raises(KeyError, match="image_93"):
        algonauts2019.kriegeskorte_stimulus_id("algonauts92_image_93")


def test_consistency_of_identical_subjects_is_one():
    rng = np.random.default_rng(1)
    upper = np.triu(rng.random((10, 10)), k=1)
    rdms = np.repeat((upper + upper.T)[np.newaxis], 3, axis=0)

    consistency = algonauts2019.inter_subject_consistency(rdms)

    assert consistency.lower_bound == pytest.approx(1.0)
    assert consistency.upper_bound == pytest.approx(1.0)


def test_consistency_leave_one_out_excludes_subject():
    """With two subjects the leave-one-out reference is the other subject alone."""
    rng = np.random.default_rng(2)
    first = np.triu(rng.random((8, 8)), k=1)
    second = np.triu(rng.random((8, 8)), k=1)
    rdms = np.stack([first + first.T, second + second.T])
    rows, columns = np.triu_indices(8, k=1)
    expected = spearmanr(rdms[0][rows, columns], rdms[1][rows, columns]).statistic

    consistency = algonauts2019.inter_subject_consistency(rdms)

    assert consistency.leave_one_out == pytest.approx([expected, expected])
    assert consistency.lower_bound < consistency.upper_bound


@pytest.mark.parametrize("shape", [(1, 5, 5), (3, 2, 2), (3, 4, 5), (4, 4)])
def test_consistency_rejects_bad_shapes(shape):
    with pytest.raises(ValueError):
        algonauts2019.inter_subject_consistency(np.zeros(shape))


def test_files_are_pinned():
    keys = [data_file.key for data_file in algonauts2019.FILES]

    assert len(keys) == 95
    assert len(set(keys)) == len(keys)
    assert [data_file.path.rsplit("/", 1)[-1] for data_file in algonauts2019.IMAGE_FILES] == [
        f"image_{number:02d}.jpg" for number in range(1, 93)
    ]
