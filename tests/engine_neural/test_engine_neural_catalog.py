"""Every neural catalog benchmark on real data: efficientnet-lite0 run in-process on small image subsets."""

import math

import numpy as np
import pytest

from conftest import InProcessRunner, model_info, needs_mirror, no_progress
from ventral.datasets import cowley2023, majajhong2015
from ventral_engine.benchmarks import registry
from ventral_engine.benchmarks.neural_catalog import (
    COWLEY_PUBLIC_SESSIONS,
    SessionAveragedRegressionBenchmark,
    without_scoring_images,
)
from ventral_engine.commitment import SCORING_BENCHMARKS, SELECTION_BENCHMARKS, score_benchmark_layers, score_region
from ventral_engine.gram_cache import GramCache, layer_grams

pytestmark = needs_mirror

MODEL = "efficientnet-lite0"
LAYERS = ["_blocks.4", "_blocks.13"]
RDM_BENCHMARKS = ["Algonauts2019.EVC-rdm", "Algonauts2019.IT-rdm", "Algonauts2019public.EVC-rdm",
                  "Algonauts2019public.IT-rdm", "Kriegeskorte2008.IT-rdm", "Kiani2007.IT-rdm"]


@pytest.fixture(scope="module")
def runner():
    return InProcessRunner()


@pytest.fixture(scope="module")
def model(runner):
    return model_info(runner, MODEL)


@pytest.fixture(scope="module")
def gram_cache(tmp_path_factory):
    return GramCache(tmp_path_factory.mktemp("grams"))


def _source(runner, model, cache):
    def source(stimuli, degrees, layers):
        return layer_grams(runner, model, stimuli, degrees, layers, progress=no_progress, cache=cache)

    return source


def test_catalog_declares_regions_and_degrees():
    expected = {
        "Algonauts2019.EVC-rdm": ("V1", 4.0), "Algonauts2019public.IT-rdm": ("IT", 4.0),
        "Kriegeskorte2008.IT-rdm": ("IT", 2.9), "Kiani2007.IT-rdm": ("IT", 7.0),
        "Cowley2023public.V4-pls": ("V4", cowley2023.STIMULUS_DEGREES),
        "MajajHong2015.IT-pls": ("IT", majajhong2015.STIMULUS_DEGREES),
        "MajajHong2015public.V4-pls": ("V4", majajhong2015.STIMULUS_DEGREES),
    }
    for identifier, (region, degrees) in expected.items():
        benchmark = registry.get(identifier)
        assert (benchmark.region, benchmark.stimulus_degrees) == (region, degrees), identifier
    for identifier in RDM_BENCHMARKS:
        assert "split92-v1" in registry.get(identifier).version
    for identifier in [*SELECTION_BENCHMARKS.values(), *(i for ids in SCORING_BENCHMARKS.values() for i in ids)]:
        assert identifier in registry.FACTORIES


@pytest.mark.parametrize("identifier", RDM_BENCHMARKS)
def test_rdm_benchmark_real_data(identifier, runner, model, gram_cache):
    benchmark = registry.get(identifier)
    result = score_benchmark_layers(benchmark, LAYERS, _source(runner, model, gram_cache), no_progress)

    assert len(benchmark.stimulus_ids) == 46
    assert result.layer in LAYERS
    for score in result.layers.values():
        assert math.isfinite(score.raw)
        assert -1 <= score.raw <= 1
        if identifier == "Kiani2007.IT-rdm":
            assert score.ceiling is None
            assert score.ceiled is None
        else:
            assert 0 < score.ceiling <= 1
            assert score.extra["ceiling_lower"] < score.ceiling
            assert score.ceiled == pytest.approx(score.raw / score.ceiling)
            assert math.isfinite(score.error)


def test_algonauts_regions_share_grams(runner, model, tmp_path):
    cache = GramCache(tmp_path)
    source = _source(runner, model, cache)
    score_benchmark_layers(registry.get("Algonauts2019.EVC-rdm"), LAYERS, source, no_progress)
    misses = cache.misses
    score_benchmark_layers(registry.get("Algonauts2019.IT-rdm"), LAYERS, source, no_progress)
    assert cache.misses == misses  # same images at the same size: no new activations


def test_cowley_public_declaration():
    benchmark = registry.get("Cowley2023public.V4-pls")
    assert benchmark.sessions == list(COWLEY_PUBLIC_SESSIONS)
    assert len(benchmark.sessions) == 11
    assert cowley2023.SCORING_SESSION not in benchmark.sessions
    assert benchmark.has_ceiling is False


def _subset_session(session: str, indices) -> tuple:
    stimuli = cowley2023.load_stimulus_set(session)
    assembly = cowley2023.load_assembly(session)
    ids = [sorted(stimuli.stimulus_ids)[index] for index in indices]
    mask = np.isin(assembly["stimulus_id"].values, ids)
    return stimuli.subset(ids), assembly.isel(presentation=np.flatnonzero(mask))


def test_cowley_public_real_subset(runner, model, gram_cache):
    # 210322 images 561-640: the last 40 are scoring images of session 210325 (Bashivan et al. 2019) and are
    # dropped. 190925 images 901-930 repeat images 1-30 and are merged with them.
    subsets = {"210322": range(560, 640), "190925": [*range(30), *range(900, 930)]}
    benchmark = SessionAveragedRegressionBenchmark(
        "Cowley2023public.V4-pls", "test", "V4", cowley2023.STIMULUS_DEGREES, list(subsets),
        lambda session: _subset_session(session, subsets[session]), filter_stimuli=without_scoring_images)

    assert len(benchmark.session_stimulus_set("210322")) == 40
    assert len(benchmark.session_stimulus_set("190925")) == 30
    result = benchmark.score_from_grams(_source(runner, model, gram_cache), LAYERS, no_progress)

    for score in result.layers.values():
        assert math.isfinite(score.raw)
        assert -1 <= score.raw <= 1
        assert math.isfinite(score.error)
        assert score.ceiling is None
        assert score.ceiled is None
        assert score.extra["per_session"]["190925"]["merged_duplicate_images"] == 30


def test_cowley_scoring_through_score_region(runner, model, gram_cache):
    scoring = registry.get("Cowley2023.V4-pls").limited(64)
    commitment, [result] = score_region(runner, model, "V4", no_progress, committed_layer="_blocks.4",
                                        scoring=[scoring], gram_cache=gram_cache)
    assert commitment.source == "override"
    assert result["benchmark"] == "Cowley2023.V4-pls"
    assert result["layer"] == "_blocks.4"
    assert 0 < result["ceiling"] <= 1
    assert math.isfinite(result["raw"])
    assert result["ceiled"] == pytest.approx(result["raw"] ** 2 / result["ceiling"])
    assert result["details"]["commitment"]["selection_benchmark"] == "Cowley2023public.V4-pls"


def test_majajhong_unavailable_without_files(tmp_path, monkeypatch):
    monkeypatch.setenv(majajhong2015.DATA_DIR_ENV, str(tmp_path))
    for identifier in ("MajajHong2015.V4-pls", "MajajHong2015.IT-pls", "MajajHong2015public.V4-pls",
                       "MajajHong2015public.IT-pls"):
        benchmark = registry.get(identifier)
        variations = majajhong2015.SELECTION_VARIATIONS if "public" in identifier else majajhong2015.SCORING_VARIATIONS
        available, reason = benchmark.availability()
        assert available is False
        assert reason == majajhong2015.availability(variations)[1]
        assert str(tmp_path) in reason
        assert majajhong2015.DATA_DIR_ENV in reason
    from ventral_engine.commitment import scoring_benchmarks

    assert [benchmark.identifier for benchmark in scoring_benchmarks("V4")] == ["Cowley2023.V4-pls"]


def test_cowley_public_drops_scoring_images():
    benchmark = registry.get("Cowley2023public.V4-pls")
    # Session 210322 shows the 600 Bashivan et al. images of the scoring session 210325 among its 1200.
    assert len(benchmark.session_stimulus_set("210322")) == 600
    assert len(benchmark.session_stimulus_set("210305")) == 400


@pytest.mark.slow
def test_commit_v1_real_data(runner, model, tmp_path, monkeypatch):
    monkeypatch.setenv("VENTRAL_CACHE", str(tmp_path))
    from ventral_engine.commitment import commit_layer

    commitment = commit_layer(runner, model, "V1", no_progress, ["_blocks.2", "_blocks.9", "_fc"],
                              gram_cache=GramCache(tmp_path / "grams"))
    assert commitment.layer in ("_blocks.2", "_blocks.9", "_fc")
    assert commitment.selection_scores["_blocks.9"]["extra"]["num_features"] == 999
    assert commitment.selection_scores["_fc"]["extra"]["num_features"] == 1000
    assert commitment.reduction["fit_images"] == 1000
