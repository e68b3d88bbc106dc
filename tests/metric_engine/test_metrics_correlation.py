"""Per-column Pearson correlation and the NaN-skipping median over neuroids."""

import numpy as np
import pytest
import scipy.stats

from ventral_engine.metrics.correlation import median_over_neuroids, pearson_per_column


def test_pearson_matches_scipy():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((30, 6))
    b = a + rng.standard_normal((30, 6))
    expected = [scipy.stats.pearsonr(a[:, column], b[:, column]).statistic for column in range(6)]
    np.testing.assert_allclose(pearson_per_column(a, b), expected, rtol=0, atol=1e-12)


def test_pearson_constant_column_is_nan():
    rng = np.random.default_rng(1)
    a = rng.standard_normal((10, 3))
    b = rng.standard_normal((10, 3))
    a[:, 1] = 0.1
    b[:, 2] = -4.0
    r = pearson_per_column(a, b)
    assert np.isfinite(r[0])
    assert np.isnan(r[1])
    assert np.isnan(r[2])


def test_pearson_rejects_shape_mismatch():
    with pytest.raises(ValueError, match=r"same shape \(n, m\); got \(5, 2\) and \(5, 3\)"):
        pearson_per_column(np.ones((5, 2)), np.ones((5, 3)))


def test_pearson_rejects_nan_input():
    a = np.ones((5, 2))
    a[0, 0] = np.nan
    with pytest.raises(ValueError, match="a contains 1 NaN"):
        pearson_per_column(a, np.ones((5, 2)))


def test_pearson_rejects_single_row():
    with pytest.raises(ValueError, match="at least 2 rows"):
        pearson_per_column(np.ones((1, 2)), np.ones((1, 2)))


def test_median_skips_nan():
    assert median_over_neuroids(np.array([0.1, np.nan, 0.5, 0.3])) == pytest.approx(0.3)


def test_median_rejects_all_nan():
    with pytest.raises(ValueError, match="all 2 values are NaN"):
        median_over_neuroids(np.array([np.nan, np.nan]))
