"""Geirhos cue-conflict, edge and silhouette loaders and the human error-consistency ceilings on the mirrored data."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from ventral import config
from ventral.catalog import DataFile
from ventral.datasets import geirhos2021
from ventral_engine.behavior import error_consistency, human_accuracy, human_ceiling, human_shape_bias


def _mirror_has(data_files) -> bool:
    mirror = config.mirror_root()
    return mirror is not None and all((mirror / data_file.origin).is_file() for data_file in data_files)


requires_trials = pytest.mark.skipif(
    not _mirror_has(geirhos2021.MODEL_VS_HUMAN_FILES),
    reason="the model-vs-human raw-data files are not in the mirror (set VENTRAL_MIRROR)",
)
requires_images = pytest.mark.skipif(
    not _mirror_has(geirhos2021.TEXTURE_VS_SHAPE_FILES),
    reason="the texture-vs-shape stimuli are not in the mirror (set VENTRAL_MIRROR)",
)

# Brain-Score's reference ceilings (brainscore_vision/benchmarks/geirhos2021/test.py).
REFERENCE_CEILINGS = {"cue-conflict": 0.33105, "edge": 0.31844, "silhouette": 0.47571}


def test_file_lists():
    assert len(geirhos2021.stimulus_files("cue-conflict")) == 1280
    assert len(geirhos2021.stimulus_files("edge")) == 160
    assert len(geirhos2021.stimulus_files("silhouette")) == 160
    for experiment in geirhos2021.EXPERIMENTS:
        assert len(geirhos2021.trial_files(experiment)) == 10
    assert len({data_file.key for data_file in geirhos2021.FILES}) == len(geirhos2021.FILES)


def test_stimulus_table_cue_conflict():
    table = geirhos2021.stimulus_table("cue-conflict")

    assert len(table) == 1280
    assert table["stimulus_id"].is_unique
    assert set(table["category"]) == set(geirhos2021.CATEGORIES)
    assert set(table["texture"]) == set(geirhos2021.CATEGORIES)
    row = table.set_index("stimulus_id").loc["airplane3-oven1"]
    assert (row["category"], row["texture"], row["filename"]) == ("airplane", "oven", "airplane3-oven1.png")
    assert int((table["category"] == table["texture"]).sum()) == 80


def test_texture_category():
    assert geirhos2021.texture_category("0001_s5n_s01_0_dog_00_dog10-bird2.png") == "bird"
    with pytest.raises(ValueError, match="not a cue-conflict image name"):
        geirhos2021.texture_category("oven10.png")


def test_unknown_experiment():
    with pytest.raises(ValueError, match="unknown Geirhos experiment 'sketch'"):
        geirhos2021.stimulus_table("sketch")


@requires_trials
@pytest.mark.parametrize("experiment", sorted(geirhos2021.EXPERIMENTS))
def test_trials_cover_every_image_per_subject(experiment):
    trials = geirhos2021.load_trials(experiment)
    n_images = geirhos2021.EXPERIMENTS[experiment].n_images

    assert len(trials) == 10 * n_images
    assert list(trials.columns[:5]) == ["stimulus_id", "subject", "condition", "truth", "choice"]
    assert trials.groupby("subject")["stimulus_id"].nunique().eq(n_images).all()
    assert set(trials["choice"]) <= set(geirhos2021.CATEGORIES) | {geirhos2021.NO_RESPONSE}
    table = geirhos2021.stimulus_table(experiment).set_index("stimulus_id")
    assert (table.loc[trials["stimulus_id"], "category"].to_numpy() == trials["truth"].to_numpy()).all()


@requires_trials
@pytest.mark.parametrize("experiment", sorted(REFERENCE_CEILINGS))
def test_human_ceiling_matches_reference(experiment):
    ceiling = human_ceiling(geirhos2021.load_trials(experiment))

    assert ceiling.raw == pytest.approx(REFERENCE_CEILINGS[experiment], abs=0.0005)
    assert len(ceiling.extra["pairs"]) == 45


@requires_trials
def test_human_shape_bias_and_accuracy():
    trials = geirhos2021.load_trials("cue-conflict")

    shape = human_shape_bias(trials)
    correct = human_accuracy(trials)

    # Measured on the mirrored trials by this implementation: humans decide by shape.
    assert shape["pooled"] == pytest.approx(0.95869, abs=1e-4)
    assert len(shape["per_subject"]) == 10
    assert min(shape["per_subject"].values()) > 0.9
    assert correct["pooled"] == pytest.approx(0.77555, abs=1e-4)


@requires_trials
def test_error_consistency_of_a_subject_copy():
    trials = geirhos2021.load_trials("edge")
    subject = trials[trials["subject"] == "subject-03"]
    copy = dict(zip(subject["stimulus_id"], subject["choice"] == subject["truth"]))

    score = error_consistency(copy, trials)

    assert score.extra["per_subject"]["subject-03"] == 1.0
    others = [value for name, value in score.extra["per_subject"].items() if name != "subject-03"]
    assert np.mean(others) < 0.6


def _write_trial_csv(tmp_path, rows):
    path = tmp_path / "edge_subject-01_session_1.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    data_file = DataFile(
        key="test/edge.csv", repo="test/test", commit="0" * 40, path="raw-data/edge/edge_subject-01_session_1.csv",
        sha256="0" * 64, size=0, license="test",
    )
    return path, data_file


def _row(imagename, category="oven", response="oven"):
    return {
        "subj": "subject-01", "session": 1, "trial": 7, "rt": 0.9, "object_response": response,
        "category": category, "condition": 0, "imagename": imagename,
    }


def test_trial_with_unknown_image_names_trial_and_image(tmp_path):
    path, data_file = _write_trial_csv(tmp_path, [_row("0007_edg_s01_0_oven_00_oven99.png")])
    images = geirhos2021.stimulus_table("edge").set_index("filename")

    with pytest.raises(ValueError, match=r"trial 7 .*0007_edg_s01_0_oven_00_oven99.png.*'oven99.png'"):
        geirhos2021._read_trial_file(path, data_file, images)


def test_trial_with_unknown_category(tmp_path):
    images = geirhos2021.stimulus_table("edge").set_index("filename")
    path, data_file = _write_trial_csv(tmp_path, [_row("0007_edg_s01_0_oven_00_oven1.png", response="toaster")])
    with pytest.raises(ValueError, match="unknown category name.*toaster"):
        geirhos2021._read_trial_file(path, data_file, images)

    path, data_file = _write_trial_csv(tmp_path, [_row("0007_edg_s01_0_oven_00_oven1.png", category="na")])
    with pytest.raises(ValueError, match="column 'category' contains unknown category name.*'na'"):
        geirhos2021._read_trial_file(path, data_file, images)


def test_trial_with_wrong_truth(tmp_path):
    images = geirhos2021.stimulus_table("edge").set_index("filename")
    path, data_file = _write_trial_csv(tmp_path, [_row("0007_edg_s01_0_oven_00_oven1.png", category="bear")])

    with pytest.raises(ValueError, match="whose shape category is 'oven'"):
        geirhos2021._read_trial_file(path, data_file, images)


def test_trial_no_response_is_kept(tmp_path):
    images = geirhos2021.stimulus_table("edge").set_index("filename")
    path, data_file = _write_trial_csv(tmp_path, [_row("0007_edg_s01_0_oven_00_oven1.png", response="na")])

    trials = geirhos2021._read_trial_file(path, data_file, images)

    assert trials["choice"].tolist() == ["na"]
    assert trials["stimulus_id"].tolist() == ["oven1"]


@requires_images
@pytest.mark.parametrize("experiment", sorted(geirhos2021.EXPERIMENTS))
def test_stimulus_set_images(experiment):
    stimulus_set = geirhos2021.load_stimulus_set(experiment)
    first = stimulus_set.stimulus_ids[0]

    assert stimulus_set.identifier == f"geirhos2021.{experiment}"
    assert len(stimulus_set) == geirhos2021.EXPERIMENTS[experiment].n_images
    assert first == ("airplane1-bicycle2" if experiment == "cue-conflict" else "airplane1")
    image = Image.open(io.BytesIO(stimulus_set.image_bytes(first)))
    assert image.format == "PNG"
    assert image.size == (224, 224)
