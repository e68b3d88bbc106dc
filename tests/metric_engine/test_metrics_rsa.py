"""RDMs from features and from Grams, their Spearman comparison, and the inter-subject ceiling."""

import numpy as np
import pytest
import scipy.stats

from ventral_engine.metrics.gram import GramAccumulator
from ventral_engine.metrics.rsa import rdm, rdm_from_gram, rsa, rsa_ceiling, rsa_score, upper_triangle


def test_rdm_is_one_minus_corrcoef():
    X = np.random.default_rng(0).standard_normal((15, 40))
    expected = 1.0 - np.corrcoef(X)
    np.fill_diagonal(expected, 0.0)
    np.testing.assert_allclose(rdm(X), expected, rtol=0, atol=1e-12)


def test_rdm_from_gram_matches_rdm():
    X = np.random.default_rng(1).standard_normal((20, 500)) * 3.0 + 1.5
    accumulator = GramAccumulator(20)
    for start in range(0, 500, 128):
        accumulator.add(X[:, start:start + 128])
    from_gram = rdm_from_gram(accumulator.gram, accumulator.row_sums, accumulator.n_features)
    np.testing.assert_allclose(from_gram, rdm(X), rtol=0, atol=1e-10)


def test_rdm_rejects_constant_stimulus():
    X = np.random.default_rng(2).standard_normal((6, 10))
    X[4] = 2.0
    with pytest.raises(ValueError, match=r"stimuli \[4\] have the same response in every unit"):
        rdm(X)
    with pytest.raises(ValueError, match=r"stimuli \[4\] have the same response in every unit"):
        rdm_from_gram(X @ X.T, X.sum(axis=1), 10)


def test_rdm_from_gram_rejects_mismatched_row_sums():
    X = np.random.default_rng(3).standard_normal((6, 10))
    with pytest.raises(ValueError, match="row_sums has 5 entries but K has 6 rows"):
        rdm_from_gram(X @ X.T, X.sum(axis=1)[:5], 10)


def test_rsa_is_spearman_of_upper_triangles():
    rng = np.random.default_rng(4)
    a = rdm(rng.standard_normal((12, 30)))
    b = rdm(rng.standard_normal((12, 30)))
    rows, columns = np.triu_indices(12, k=1)
    expected = scipy.stats.spearmanr(a[rows, columns], b[rows, columns]).statistic
    assert rsa(a, b) == pytest.approx(expected, abs=1e-12)
    assert rsa(a, a) == pytest.approx(1.0)


def test_rsa_rejects_different_stimulus_counts():
    rng = np.random.default_rng(5)
    with pytest.raises(ValueError, match="rdm_a and rdm_b must cover the same stimuli"):
        rsa(rdm(rng.standard_normal((5, 8))), rdm(rng.standard_normal((6, 8))))


def make_subject_rdms(n_subjects=4, n_stimuli=14, noise=1.0, seed=6):
    rng = np.random.default_rng(seed)
    shared = rng.standard_normal((n_stimuli, 50))
    return np.stack([rdm(shared + noise * rng.standard_normal((n_stimuli, 50))) for _ in range(n_subjects)])


def test_rsa_ceiling_bounds():
    subjects = make_subject_rdms()
    triangles = [upper_triangle(subject) for subject in subjects]
    mean_all = np.mean(triangles, axis=0)
    expected_upper = np.mean([scipy.stats.spearmanr(t, mean_all).statistic for t in triangles])
    expected_lower = np.mean([
        scipy.stats.spearmanr(triangles[i], np.mean(np.delete(triangles, i, axis=0), axis=0)).statistic
        for i in range(len(triangles))
    ])

    upper, lower = rsa_ceiling(subjects)

    assert upper == pytest.approx(expected_upper, abs=1e-12)
    assert lower == pytest.approx(expected_lower, abs=1e-12)
    assert lower < upper


def test_rsa_ceiling_needs_two_subjects():
    with pytest.raises(ValueError, match="at least 2 subject RDMs"):
        rsa_ceiling(make_subject_rdms(n_subjects=1))


def test_rsa_score_averages_subjects_and_ceils():
    subjects = make_subject_rdms()
    model = make_subject_rdms(n_subjects=1, seed=7)[0]
    per_subject = [rsa(model, subject) for subject in subjects]

    score = rsa_score(model, subjects)

    assert score.raw == pytest.approx(np.mean(per_subject), abs=1e-12)
    assert score.error == pytest.approx(np.std(per_subject) / 2.0, abs=1e-12)
    assert score.ceiling == pytest.approx(rsa_ceiling(subjects)[0])
    assert score.ceiled == pytest.approx(score.raw / score.ceiling)
    assert score.extra["ceiling_lower"] == pytest.approx(rsa_ceiling(subjects)[1])


def test_rsa_score_single_subject_has_no_ceiling():
    subjects = make_subject_rdms(n_subjects=1)
    score = rsa_score(subjects[0], subjects)
    assert score.raw == pytest.approx(1.0)
    assert score.ceiling is None
    assert score.ceiled is None


def test_rsa_score_rejects_stimulus_mismatch():
    subjects = make_subject_rdms(n_stimuli=10)
    model = make_subject_rdms(n_subjects=1, n_stimuli=9)[0]
    with pytest.raises(ValueError, match=r"model_rdm has shape \(9, 9\) but subject RDMs have \(10, 10\)"):
        rsa_score(model, subjects)
