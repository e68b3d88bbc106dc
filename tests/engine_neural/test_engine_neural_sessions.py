"""SessionAveragedRegressionBenchmark and bad neural input, on synthetic sessions."""

import math

import numpy as np
import pytest
import xarray as xr

from conftest import FeatureRunner, make_stimulus_set, no_progress, synthetic_model
from ventral.assemblies import build_neural_assembly
from ventral.stimuli import StimulusSet
from ventral_engine.activation_store import ActivationStore, LayerGram
from ventral_engine.benchmarks.neural import RegressionBenchmark
from ventral_engine.benchmarks.neural_catalog import SessionAveragedRegressionBenchmark, rank_value
from ventral_engine.gram_cache import GramCache, layer_grams
from ventral_engine.metrics.score import Score

N_STIMULI = 40


def _session_ids(session: str) -> list[str]:
    return [f"{session}_image{index:03d}" for index in range(N_STIMULI)]


def _assembly(ids, responses, repetition=True) -> xr.DataArray:
    assembly = build_neural_assembly(
        responses[:, :, None], stimulus_id=np.array(ids, dtype=object), repetition=np.zeros(len(ids), dtype=int),
        neuroid_id=np.array([f"n{index}" for index in range(responses.shape[1])], dtype=object), region="V4",
        animal="synthetic", time_bin_start=[0], time_bin_end=[100])
    return assembly if repetition else assembly.drop_vars("repetition")


@pytest.fixture
def world(tmp_path):
    rng = np.random.default_rng(0)
    features, sessions = {"good": {}, "bad": {}}, {}
    for session in ("A", "B"):
        ids = _session_ids(session)
        good = rng.standard_normal((N_STIMULI, 30))
        responses = good[:, :8] @ rng.standard_normal((8, 6)) + 0.3 * rng.standard_normal((N_STIMULI, 6))
        for stimulus_id, row in zip(ids, good):
            features["good"][stimulus_id] = row
            features["bad"][stimulus_id] = rng.standard_normal(30)
        sessions[session] = (make_stimulus_set(tmp_path / session, ids, seed=ord(session), identifier=session),
                             _assembly(ids, responses))
    return {"features": features, "sessions": sessions, "tmp_path": tmp_path}


def _benchmark(sessions, **kwargs):
    return SessionAveragedRegressionBenchmark("Synthetic.V4-pls", "1", "V4", 8.0, list(sessions),
                                              lambda session: sessions[session], **kwargs)


def _gram(features: dict, layer: str, ids) -> LayerGram:
    X = np.stack([features[layer][stimulus_id] for stimulus_id in ids]).astype(np.float32).astype(np.float64)
    return LayerGram(layer, list(ids), X @ X.T, X.sum(axis=1), X.shape[1])


def test_sessions_scored_separately_and_averaged(world):
    benchmark = _benchmark(world["sessions"])
    runner = FeatureRunner(world["features"])
    model = synthetic_model({"good": 30, "bad": 30})
    cache = GramCache(world["tmp_path"] / "grams")

    def source(stimuli, degrees, layers):
        return layer_grams(runner, model, stimuli, degrees, layers, progress=no_progress, cache=cache)

    result = benchmark.score_from_grams(source, ["good", "bad"], no_progress)

    assert result.layer == "good"
    per_session = {session: benchmark.score_session_layer(session, _gram(world["features"], "good",
                                                                         _session_ids(session)))
                   for session in ("A", "B")}
    score = result.layers["good"]
    assert score.raw == pytest.approx(np.mean([per_session["A"].raw, per_session["B"].raw]), abs=1e-12)
    assert score.error == pytest.approx(abs(per_session["A"].raw - per_session["B"].raw) / 2 / math.sqrt(2))
    assert score.ceiling is None
    assert score.ceiled is None
    assert set(score.extra["per_session"]) == {"A", "B"}
    assert benchmark.has_ceiling is False
    # One stream per session: one session's activations at a time.
    assert [count for _, count, _ in runner.streams] == [N_STIMULI, N_STIMULI]


def test_single_store_path_matches_per_session(world):
    benchmark = _benchmark(world["sessions"])
    stimuli = benchmark.stimulus_set()
    ids = sorted(stimuli.stimulus_ids)
    store = ActivationStore(ids)
    for layer in ("good", "bad"):
        values = np.stack([world["features"][layer][stimulus_id] for stimulus_id in ids]).astype(np.float32)
        store.add_chunk(layer, ids, 0, values.shape[1], values)
    with store:
        result = benchmark.score(synthetic_model({"good": 30, "bad": 30}), store, ["good", "bad"], no_progress)

    expected = benchmark.aggregate({session: benchmark.score_session_layer(
        session, _gram(world["features"], "good", _session_ids(session))) for session in ("A", "B")})
    assert result.layer == "good"
    assert result.layers["good"].raw == pytest.approx(expected.raw, abs=1e-10)


def test_repeated_images_merged(world, tmp_path):
    stimuli, assembly = world["sessions"]["A"]
    ids = _session_ids("A")
    # Give image 5 the bytes of image 2: a repeated image under another id.
    (tmp_path / "A" / f"{ids[5]}.png").write_bytes(stimuli.image_bytes(ids[2]))
    paths = [tmp_path / "A" / f"{stimulus_id}.png" for stimulus_id in ids]
    stimuli = StimulusSet.from_files("A", stimuli.stimuli, paths)
    benchmark = _benchmark({"A": (stimuli, assembly)})

    merged_ids, targets = benchmark.session_targets("A")

    assert ids[5] not in merged_ids
    assert ids[2] in merged_ids
    assert len(merged_ids) == N_STIMULI - 1
    responses = assembly.values[:, :, 0]
    np.testing.assert_allclose(targets[merged_ids.index(ids[2])], (responses[2] + responses[5]) / 2)
    assert benchmark.aggregate({"A": Score(raw=0.5)}).extra["per_session"]["A"]["merged_duplicate_images"] == 1


def test_filter_stimuli_drops_images(world):
    def drop_three(stimuli):
        return stimuli.subset(list(stimuli.stimulus_ids)[3:])

    benchmark = _benchmark(world["sessions"], filter_stimuli=drop_three)
    assert len(benchmark.session_stimulus_set("A")) == N_STIMULI - 3
    assert benchmark.session_targets("B")[1].shape == (N_STIMULI - 3, 6)


def test_nan_neuroid_rejected(world):
    stimuli, assembly = world["sessions"]["A"]
    assembly = assembly.copy()
    assembly.values[:, 4, 0] = np.nan
    with pytest.raises(ValueError, match=r"session A: neuroids \['n4'\] have NaN"):
        _benchmark({"A": (stimuli, assembly)}).session_targets("A")


def test_constant_neuroid_rejected(world):
    stimuli, assembly = world["sessions"]["A"]
    assembly = assembly.copy()
    assembly.values[:, 2, 0] = 3.0
    with pytest.raises(ValueError, match=r"neuroids \['n2'\] respond identically to every stimulus"):
        _benchmark({"A": (stimuli, assembly)}).session_targets("A")


def test_fewer_stimuli_than_components_rejected(world, tmp_path):
    ids = _session_ids("C")[:20]
    rng = np.random.default_rng(1)
    session = (make_stimulus_set(tmp_path / "C", ids, seed=9), _assembly(ids, rng.standard_normal((20, 3))))
    benchmark = _benchmark({"C": session})
    features = {"good": {stimulus_id: rng.standard_normal(30) for stimulus_id in ids}}
    with pytest.raises(ValueError, match="n_components=25 exceeds the 18 training stimuli"):
        benchmark.score_session_layer("C", _gram(features, "good", ids))


def test_layer_narrower_than_components_rejected(world):
    benchmark = _benchmark(world["sessions"])
    rng = np.random.default_rng(2)
    features = {"narrow": {stimulus_id: rng.standard_normal(10) for stimulus_id in _session_ids("A")}}
    with pytest.raises(ValueError, match="n_components=25"):
        benchmark.score_session_layer("A", _gram(features, "narrow", _session_ids("A")))


def test_constant_model_units_accepted_identical_stimuli_rejected(world):
    benchmark = _benchmark(world["sessions"])
    ids = _session_ids("A")
    features = {"layer": {stimulus_id: np.concatenate([world["features"]["good"][stimulus_id], [5.0, 5.0]])
                          for stimulus_id in ids}}
    with_constant_units = benchmark.score_session_layer("A", _gram(features, "layer", ids))
    plain = benchmark.score_session_layer("A", _gram(world["features"], "good", ids))
    assert with_constant_units.raw == pytest.approx(plain.raw, abs=1e-6)

    identical = {"layer": {stimulus_id: np.arange(30.0) for stimulus_id in ids}}
    with pytest.raises(ValueError, match="identical for all training stimuli"):
        benchmark.score_session_layer("A", _gram(identical, "layer", ids))


def test_mismatched_stimulus_ids_rejected(world):
    benchmark = _benchmark(world["sessions"])
    ids = _session_ids("A")
    with pytest.raises(ValueError, match="session A: the model's stimulus_ids do not match"):
        benchmark.score_session_layer("A", _gram(world["features"], "good", ids[::-1]))


def test_assembly_without_repetition(world):
    stimuli, assembly = world["sessions"]["A"]
    no_repetition = _assembly(_session_ids("A"), assembly.values[:, :, 0], repetition=False)
    # Repeat-averaged sessions need no repetition coordinate ...
    session_benchmark = _benchmark({"A": (stimuli, no_repetition)})
    assert session_benchmark.session_targets("A")[1].shape == (N_STIMULI, 6)
    # ... but a split-half ceiling does, and its error names the missing coordinate.
    regression = RegressionBenchmark("Synthetic.V4-pls", "1", "V4", 8.0, lambda: stimuli, lambda: no_repetition)
    with pytest.raises(ValueError, match="needs a 'repetition' coordinate.*Single-trial data is needed"):
        regression.ceiling


def test_rank_value_keeps_sign_of_raw():
    assert rank_value(Score(raw=-0.6, ceiling=0.5, ceiled=0.72)) < rank_value(Score(raw=0.3, ceiling=0.5, ceiled=0.18))
    assert rank_value(Score(raw=0.4)) == 0.4
    assert rank_value(Score(raw=float("nan"))) == -math.inf
