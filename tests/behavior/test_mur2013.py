"""Mur 2013 similarity-judgement RDMs on the mirrored rsatoolbox file."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import squareform
from scipy.stats import spearmanr

from ventral import config
from ventral.datasets import kriegeskorte2008, mur2013


def _mirror_has(*data_files) -> bool:
    mirror = config.mirror_root()
    return mirror is not None and all((mirror / data_file.origin).is_file() for data_file in data_files)


requires_mirror = pytest.mark.skipif(
    not _mirror_has(*mur2013.FILES, kriegeskorte2008.SUPPLEMENTAL_DATA),
    reason="the rsatoolbox 92imageData files are not in the mirror (set VENTRAL_MIRROR)",
)


@requires_mirror
def test_rdms_shape_and_properties():
    rdms = mur2013.load_rdms()

    assert rdms.shape == (16, 92, 92)
    assert rdms.dtype == np.float64
    np.testing.assert_array_equal(rdms, rdms.transpose(0, 2, 1))
    assert np.all(np.diagonal(rdms, axis1=1, axis2=2) == 0)
    assert (rdms >= 0).all()
    assert len(mur2013.stimulus_ids()) == 92


@requires_mirror
def test_rdms_follow_the_image_order():
    # Judged dissimilarity must separate animate from inanimate images when both files share one order;
    # a random reordering of the images destroys that relation.
    mean_rdm = squareform(mur2013.load_rdms().mean(axis=0), checks=False)
    animate = kriegeskorte2008.load_category_table()["animate"].to_numpy()
    animacy = squareform((animate[:, None] != animate[None, :]).astype(float), checks=False)
    order = np.random.default_rng(0).permutation(92)
    shuffled = squareform(mur2013.load_rdms().mean(axis=0)[np.ix_(order, order)], checks=False)

    assert spearmanr(mean_rdm, animacy)[0] > 0.5
    assert abs(spearmanr(shuffled, animacy)[0]) < 0.1
