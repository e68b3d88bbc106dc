"""Behavioral benchmarks scored on efficientnet-lite0 in-process: runner zoo and extraction, engine store and benchmark.

Runs 64 cue-conflict images (4 per category whose shape and texture agree) and the 92
Mur 2013 images on the CPU, about 15 s on 2 cores.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from ventral import config
from ventral.datasets import geirhos2021, kriegeskorte2008, mur2013
from ventral_engine import scoring
from ventral_engine.activation_store import ActivationStore
from ventral_engine.behavior import human_ceiling
from ventral_engine.benchmarks import registry

MODEL = "efficientnet-lite0"

_MIRROR = config.mirror_root()
_GEIRHOS_FILES = geirhos2021.MODEL_VS_HUMAN_FILES + geirhos2021.stimulus_files("cue-conflict")
_MUR_FILES = mur2013.FILES + kriegeskorte2008.FILES[:1]
pytestmark = pytest.mark.skipif(
    _MIRROR is None or not all((_MIRROR / data_file.origin).is_file() for data_file in _GEIRHOS_FILES + _MUR_FILES),
    reason="the Geirhos 2021 and Mur 2013 files are not in the mirror (set VENTRAL_MIRROR)",
)


def _noop_progress(*args):
    pass


@pytest.fixture(scope="module")
def runner_model():
    """Return (loaded model, engine ModelInfo from the runner's description)."""
    zoo = pytest.importorskip("ventral_runner.zoo")
    from ventral_runner.base import ModelLoadError
    from ventral_runner.servicer import describe

    try:
        model = zoo.load_model(MODEL)
    except ModelLoadError as error:
        pytest.skip(f"{MODEL} weights are unavailable: {error}")
    return model, scoring.model_info(describe(MODEL))


def _run(runner_model, benchmark) -> ActivationStore:
    """Run the benchmark's stimuli through the model as the engine would and return the filled store."""
    from ventral_runner.activations import extract

    model, info = runner_model
    layers = benchmark.layers_to_run(info, [])
    stimuli = benchmark.stimulus_set()
    stimulus_ids = sorted(stimuli.stimulus_ids)
    store = ActivationStore(stimulus_ids)
    images = [(stimulus_id, stimuli.image_bytes(stimulus_id)) for stimulus_id in stimulus_ids]
    for batch_ids, outputs in extract(model, images, layers, benchmark.stimulus_degrees):
        for layer, values in outputs.items():
            store.add_chunk(layer, batch_ids, 0, values.shape[1], values)
    return store


@pytest.fixture(scope="module")
def cue_conflict_subset():
    """Return 64 cue-conflict stimulus_ids: 4 per category among the images whose shape and texture agree."""
    table = geirhos2021.stimulus_table("cue-conflict")
    agreeing = table[table["truth"] == table["texture"]].sort_values("stimulus_id")
    return list(agreeing.groupby("truth").head(4)["stimulus_id"])


@pytest.fixture(scope="module")
def cue_conflict_store(runner_model, cue_conflict_subset):
    benchmark = registry.get("Geirhos2021cueconflict-top1").subset(cue_conflict_subset)
    store = _run(runner_model, benchmark)
    yield store
    store.close()


def test_cue_conflict_top1_above_chance(runner_model, cue_conflict_subset, cue_conflict_store):
    _, info = runner_model
    benchmark = registry.get("Geirhos2021cueconflict-top1").subset(cue_conflict_subset)

    result = benchmark.score(info, cue_conflict_store, ["_fc"], _noop_progress)

    assert len(cue_conflict_subset) == 64
    assert result.layer == "_fc"
    # Chance is 1/16; efficientnet-lite0 measured 19/64 on these images at 3 degrees in an 8-degree field.
    assert result.score.raw >= 3 / 16
    assert len(result.details["per_image"]) == 64


def test_cue_conflict_error_consistency_finite(runner_model, cue_conflict_subset, cue_conflict_store):
    _, info = runner_model
    benchmark = registry.get("Geirhos2021cueconflict-error_consistency").subset(cue_conflict_subset)

    result = benchmark.score(info, cue_conflict_store, ["_fc"], _noop_progress)

    score = result.score
    assert math.isfinite(score.raw)
    assert 0.0 <= score.raw <= 1.0
    assert score.ceiling == pytest.approx(human_ceiling(benchmark.trials).raw)
    assert score.ceiling > 0
    assert 0.0 <= score.ceiled <= 1.0
    assert score.ceiled == pytest.approx(min(score.raw / score.ceiling, 1.0))
    assert len(score.extra["per_subject"]) == geirhos2021.N_SUBJECTS
    scoring.dumps(result.details)


def test_mur2013_readout_rdm(runner_model):
    _, info = runner_model
    benchmark = registry.get("Mur2013.judgments-rdm")

    with _run(runner_model, benchmark) as store:
        result = benchmark.score(info, store, benchmark.layers_to_run(info, []), _noop_progress)

    score = result.score
    assert result.layer == "_fc"
    assert np.isfinite(score.raw)
    assert 0.0 < score.ceiling <= 1.0
    assert score.ceiled == pytest.approx(score.raw / score.ceiling)
    assert score.extra["n_subjects"] == 16
