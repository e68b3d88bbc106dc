"""Layer commitment on synthetic data: the best layer wins, commitments are cached, overrides skip selection."""

import numpy as np
import pytest

from conftest import FeatureRunner, make_stimulus_set, no_progress, synthetic_model
from ventral_engine.benchmarks.rsa_benchmarks import RDMBenchmark
from ventral_engine.commitment import OVERRIDE, SELECTED, commit_layer, score_region
from ventral_engine.gram_cache import GramCache
from ventral_engine.selection import ReducedGramSource

SELECTION_IDS = [f"sel{index:02d}" for index in range(12)]
SCORING_IDS = [f"score{index:02d}" for index in range(10)]
FIT_IDS = [f"fit{index:02d}" for index in range(30)]
WIDTHS = {"wide": 1200, "good": 40, "bad": 30, "flat": 20}


def _rdm(features: np.ndarray) -> np.ndarray:
    matrix = 1.0 - np.corrcoef(features)
    np.fill_diagonal(matrix, 0.0)
    return matrix


@pytest.fixture
def world(tmp_path, isolated_cache):
    """Synthetic images, subject RDMs that follow a latent code, and a model whose layer "good" carries that code."""
    rng = np.random.default_rng(0)
    latent = {stimulus_id: rng.standard_normal(40) for stimulus_id in SELECTION_IDS + SCORING_IDS + FIT_IDS}
    features = {"good": {}, "bad": {}, "wide": {}, "flat": {}}
    for stimulus_id, code in latent.items():
        features["good"][stimulus_id] = code + 0.1 * rng.standard_normal(40)
        features["bad"][stimulus_id] = rng.standard_normal(30)
        features["wide"][stimulus_id] = rng.standard_normal(1200) + 0.3
        features["flat"][stimulus_id] = np.full(20, 2.0)  # same response in every unit: undefined RDM

    def subject_rdms(ids):
        codes = np.stack([latent[stimulus_id] for stimulus_id in ids])
        return np.stack([_rdm(codes + 0.5 * rng.standard_normal(codes.shape)) for _ in range(3)])

    selection_stimuli = make_stimulus_set(tmp_path / "selection", SELECTION_IDS, seed=1)
    scoring_stimuli = make_stimulus_set(tmp_path / "scoring", SCORING_IDS, seed=2)
    selection_rdms, scoring_rdms = subject_rdms(SELECTION_IDS), subject_rdms(SCORING_IDS)
    return {
        "runner": FeatureRunner(features),
        "model": synthetic_model(WIDTHS),
        "fit": make_stimulus_set(tmp_path / "fit", FIT_IDS, seed=3),
        "selection": RDMBenchmark("Synthetic.IT-public", "1", "IT", 4.0, lambda: selection_stimuli,
                                  lambda: selection_rdms, SELECTION_IDS, SELECTION_IDS),
        "scoring": RDMBenchmark("Synthetic.IT-private", "1", "IT", 4.0, lambda: scoring_stimuli,
                                lambda: scoring_rdms, SCORING_IDS, SCORING_IDS),
        "cache": GramCache(tmp_path / "grams"),
    }


def _source(world, layers=tuple(WIDTHS)):
    return ReducedGramSource(world["runner"], world["model"], list(layers), progress=no_progress,
                             cache=world["cache"], fit_stimuli=world["fit"])


def _commit(world, layers=tuple(WIDTHS)):
    with _source(world, layers) as source:
        return commit_layer(world["runner"], world["model"], "IT", no_progress, list(layers),
                            selection=world["selection"], reduced_grams=source)


def test_commit_picks_best_layer(world):
    commitment = _commit(world)

    assert commitment.layer == "good"
    assert commitment.source == SELECTED
    assert commitment.selection_benchmark == "Synthetic.IT-public"
    assert set(commitment.selection_scores) == {"wide", "good", "bad"}
    assert "same response in every unit" in commitment.layer_errors["flat"]
    ceiled = {layer: score["ceiled"] for layer, score in commitment.selection_scores.items()}
    assert ceiled["good"] > ceiled["bad"]
    assert ceiled["good"] > ceiled["wide"]
    # The wide layer went through the PCA: 30 fit images give at most 29 components.
    assert commitment.selection_scores["wide"]["extra"]["num_features"] == 29
    assert commitment.selection_scores["good"]["extra"]["num_features"] == 40
    assert commitment.reduction["fit_images"] == 30


def test_fit_images_streamed_once_for_wide_layers(world):
    _commit(world)
    streams = world["runner"].streams
    fit_streams = [layers for layers, count, _ in streams if count == len(FIT_IDS)]
    assert fit_streams == [["wide"]]
    assert [count for _, count, _ in streams].count(len(SELECTION_IDS)) == 1


def test_commitment_read_from_cache(world):
    first = _commit(world)
    streamed = world["runner"].images_streamed
    world["cache"].clear_memory()

    second = _commit(world)

    assert world["runner"].images_streamed == streamed
    assert first.reused is False
    assert second.reused is True
    second.reused = False
    assert second == first


def test_other_candidate_layers_recompute(world):
    _commit(world)
    streamed = world["runner"].images_streamed
    narrowed = _commit(world, layers=("bad", "wide"))
    assert narrowed.layer in ("bad", "wide")
    assert narrowed.candidate_layers == ["bad", "wide"]
    # Grams of both layers were cached by the first run, so no image runs again.
    assert world["runner"].images_streamed == streamed


def test_score_region_scores_committed_layer(world):
    with _source(world) as source:
        commitment, results = score_region(world["runner"], world["model"], "IT", no_progress,
                                           scoring=[world["scoring"]], selection=world["selection"],
                                           candidate_layers=list(WIDTHS), reduced_grams=source,
                                           gram_cache=world["cache"])
    assert commitment.layer == "good"
    [result] = results
    assert result["benchmark"] == "Synthetic.IT-private"
    assert result["layer"] == "good"
    assert list(result["layers"]) == ["good"]
    assert 0 < result["ceiling"] <= 1
    assert result["ceiled"] == pytest.approx(result["raw"] / result["ceiling"])
    assert result["details"]["commitment"]["source"] == SELECTED
    assert result["details"]["region"] == "IT"


def test_override_skips_selection(world):
    commitment, results = score_region(world["runner"], world["model"], "IT", no_progress, committed_layer="bad",
                                       scoring=[world["scoring"]], selection=world["selection"],
                                       gram_cache=world["cache"])
    assert commitment.source == OVERRIDE
    assert commitment.layer == "bad"
    assert commitment.selection_scores == {}
    assert [count for _, count, _ in world["runner"].streams] == [len(SCORING_IDS)]
    assert results[0]["layer"] == "bad"


def test_override_rejects_unknown_layer(world):
    with pytest.raises(ValueError, match="'nope' is not a layer of model 'synthetic'"):
        score_region(world["runner"], world["model"], "IT", no_progress, committed_layer="nope",
                     scoring=[world["scoring"]], selection=world["selection"])


def test_unknown_region_and_layers_rejected(world):
    with pytest.raises(ValueError, match="unknown region 'V2'"):
        commit_layer(world["runner"], world["model"], "V2", no_progress)
    with pytest.raises(ValueError, match=r"unknown candidate layers \['nope'\]"):
        commit_layer(world["runner"], world["model"], "IT", no_progress, ["nope"], selection=world["selection"])


def test_all_layers_failing_raises(world):
    with _source(world, ("flat",)) as source:
        with pytest.raises(ValueError, match="no layer could be scored"):
            commit_layer(world["runner"], world["model"], "IT", no_progress, ["flat"],
                         selection=world["selection"], reduced_grams=source)
