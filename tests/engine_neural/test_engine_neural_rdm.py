"""RDMBenchmark on synthetic Grams: restriction to the benchmark's stimuli, raw, error, ceiling and bad input."""

import math

import numpy as np
import pytest
import scipy.stats

from conftest import make_stimulus_set
from ventral_engine.activation_store import LayerGram
from ventral_engine.benchmarks.rsa_benchmarks import RDMBenchmark

ALL_IDS = [f"s{index:02d}" for index in range(10)]
# Benchmark stimuli, deliberately unsorted: the benchmark sorts them.
HALF = ["s07", "s01", "s04", "s09", "s02", "s05"]


def _rdm(features: np.ndarray) -> np.ndarray:
    matrix = 1.0 - np.corrcoef(features)
    np.fill_diagonal(matrix, 0.0)
    return matrix


def _triangle(matrix: np.ndarray) -> np.ndarray:
    return matrix[np.triu_indices(matrix.shape[0], k=1)]


def _layer_gram(features: np.ndarray, ids) -> LayerGram:
    return LayerGram("layer", list(ids), features @ features.T, features.sum(axis=1), features.shape[1])


@pytest.fixture
def stimuli(tmp_path):
    return make_stimulus_set(tmp_path / "images", ALL_IDS)


@pytest.fixture
def subject_features():
    rng = np.random.default_rng(0)
    shared = rng.standard_normal((10, 30))
    return [shared + 0.8 * rng.standard_normal((10, 30)) for _ in range(4)]


def _benchmark(stimuli, rdms, has_ceiling=True, ids=HALF, **kwargs):
    return RDMBenchmark("Synthetic.IT-rdm", "1", "IT", 4.0, lambda: stimuli, lambda: rdms, ALL_IDS, ids,
                        has_ceiling=has_ceiling, **kwargs)


def test_rdm_benchmark_matches_direct_computation(stimuli, subject_features):
    rdms = np.stack([_rdm(features) for features in subject_features])
    benchmark = _benchmark(stimuli, rdms)
    rows = [ALL_IDS.index(stimulus_id) for stimulus_id in sorted(HALF)]
    model_features = np.random.default_rng(1).standard_normal((len(HALF), 50)) + 3.0

    score = benchmark.score_layer(_layer_gram(model_features, sorted(HALF)))

    model_triangle = _triangle(_rdm(model_features))
    half_rdms = [rdm[np.ix_(rows, rows)] for rdm in rdms]
    per_subject = [scipy.stats.spearmanr(model_triangle, _triangle(rdm)).statistic for rdm in half_rdms]
    mean_rdm = np.mean(half_rdms, axis=0)
    upper = np.mean([scipy.stats.spearmanr(_triangle(rdm), _triangle(mean_rdm)).statistic for rdm in half_rdms])
    lower = np.mean([
        scipy.stats.spearmanr(_triangle(rdm), _triangle((np.sum(half_rdms, axis=0) - rdm) / 3)).statistic
        for rdm in half_rdms
    ])
    assert score.raw == pytest.approx(np.mean(per_subject), abs=1e-12)
    assert score.error == pytest.approx(np.std(per_subject) / 2.0, abs=1e-12)
    assert score.ceiling == pytest.approx(upper, abs=1e-12)
    assert score.extra["ceiling_lower"] == pytest.approx(lower, abs=1e-12)
    assert score.ceiled == pytest.approx(score.raw / upper, abs=1e-12)
    assert score.extra["n_stimuli"] == 6
    assert score.extra["n_subjects"] == 4


def test_model_equal_to_every_subject_scores_one(stimuli, subject_features):
    model_features = subject_features[0]
    rdms = np.stack([_rdm(model_features)] * 3)
    benchmark = _benchmark(stimuli, rdms)
    rows = [ALL_IDS.index(stimulus_id) for stimulus_id in sorted(HALF)]

    score = benchmark.score_layer(_layer_gram(model_features[rows], sorted(HALF)))

    assert score.raw == pytest.approx(1.0)
    assert score.ceiling == pytest.approx(1.0)
    assert score.ceiled == pytest.approx(1.0)
    assert score.error == pytest.approx(0.0)


def test_subject_rdms_restricted_in_sorted_order(stimuli, subject_features):
    rdms = np.stack([_rdm(features) for features in subject_features])
    benchmark = _benchmark(stimuli, rdms)
    rows = [ALL_IDS.index(stimulus_id) for stimulus_id in sorted(HALF)]
    assert benchmark.stimulus_ids == sorted(HALF)
    np.testing.assert_array_equal(benchmark.subject_rdms[2], rdms[2][np.ix_(rows, rows)])
    assert list(benchmark.stimulus_set().stimulus_ids) == sorted(HALF)


def test_single_rdm_reports_raw_only(stimuli, subject_features):
    benchmark = _benchmark(stimuli, _rdm(subject_features[0]), has_ceiling=False)
    rows = [ALL_IDS.index(stimulus_id) for stimulus_id in sorted(HALF)]
    model_features = subject_features[1][rows]

    score = benchmark.score_layer(_layer_gram(model_features, sorted(HALF)))

    expected = scipy.stats.spearmanr(_triangle(_rdm(model_features)),
                                     _triangle(_rdm(subject_features[0])[np.ix_(rows, rows)])).statistic
    assert score.raw == pytest.approx(expected, abs=1e-12)
    assert score.ceiling is None
    assert score.ceiled is None
    assert math.isnan(score.error)
    assert benchmark.has_ceiling is False
    assert "raw only" in benchmark.ceiling_formula


def test_ceiling_declaration_must_match_rdm_count(stimuli, subject_features):
    single = _benchmark(stimuli, _rdm(subject_features[0]), has_ceiling=True)
    with pytest.raises(ValueError, match="at least 2 subject RDMs"):
        single.subject_rdms
    several = _benchmark(stimuli, np.stack([_rdm(features) for features in subject_features]), has_ceiling=False)
    with pytest.raises(ValueError, match="single RDM"):
        several.subject_rdms


def test_mismatched_stimulus_ids_rejected(stimuli, subject_features):
    benchmark = _benchmark(stimuli, np.stack([_rdm(features) for features in subject_features]))
    features = np.random.default_rng(2).standard_normal((6, 20))
    with pytest.raises(ValueError, match="stimulus_ids do not match"):
        benchmark.score_layer(_layer_gram(features, HALF))  # unsorted order


def test_constant_model_response_rejected(stimuli, subject_features):
    benchmark = _benchmark(stimuli, np.stack([_rdm(features) for features in subject_features]))
    features = np.random.default_rng(3).standard_normal((6, 20))
    features[2] = 1.5  # one stimulus has the same value in every unit
    with pytest.raises(ValueError, match="cannot compute the RDM of layer 'layer'.*same response in every unit"):
        benchmark.score_layer(_layer_gram(features, sorted(HALF)))


def test_identical_patterns_rejected(stimuli, subject_features):
    benchmark = _benchmark(stimuli, np.stack([_rdm(features) for features in subject_features]))
    pattern = np.random.default_rng(4).standard_normal(20)
    features = np.tile(pattern, (6, 1))  # every stimulus evokes the same pattern: a zero RDM
    with pytest.raises(ValueError, match="same dissimilarity for every stimulus pair"):
        benchmark.score_layer(_layer_gram(features, sorted(HALF)))


def test_nan_in_measured_rdm_rejected(stimuli, subject_features):
    rdms = np.stack([_rdm(features) for features in subject_features])
    rdms[1, 3, 4] = np.nan
    with pytest.raises(ValueError, match="NaN or infinite"):
        _benchmark(stimuli, rdms).subject_rdms


def test_unknown_benchmark_stimulus_rejected(stimuli, subject_features):
    rdms = np.stack([_rdm(features) for features in subject_features])
    with pytest.raises(ValueError, match="have no row in the RDMs"):
        _benchmark(stimuli, rdms, ids=["s01", "s02", "nope"])


def test_limited_keeps_first_stimuli(stimuli, subject_features):
    benchmark = _benchmark(stimuli, np.stack([_rdm(features) for features in subject_features]))
    limited = benchmark.limited(4)
    assert limited.stimulus_ids == sorted(HALF)[:4]
    assert limited.version == "1+subset4"
    with pytest.raises(ValueError, match="between 3 and the 6 stimuli"):
        benchmark.limited(2)


def test_filter_stimuli_applied(stimuli, subject_features):
    def drop_first(subset):
        return subset.subset([stimulus_id for stimulus_id in subset.stimulus_ids if stimulus_id != "s01"])

    benchmark = _benchmark(stimuli, np.stack([_rdm(features) for features in subject_features]),
                           filter_stimuli=drop_first)
    assert benchmark.stimulus_ids == ["s02", "s04", "s05", "s07", "s09"]
    assert benchmark.subject_rdms.shape == (4, 5, 5)
