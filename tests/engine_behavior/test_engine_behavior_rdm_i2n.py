"""Mur 2013 judgement-RDM and Rajalingham 2018 I2n benchmarks of the engine, on synthetic data and the mirror."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pandas as pd
import pytest
import xarray as xr
from PIL import Image

from ventral import config
from ventral.datasets import mur2013, rajalingham2018
from ventral.datasets.rajalingham2018 import OFFICIAL_FILES, OfficialDataUnavailableError
from ventral.stimuli import StimulusSet
from ventral_engine.activation_store import ActivationStore
from ventral_engine.behavior import LogisticReadout, i2n, i2n_ceiling
from ventral_engine.benchmarks import registry
from ventral_engine.benchmarks.base import ModelInfo
from ventral_engine.benchmarks.behavioral import Mur2013JudgmentsRDM, Rajalingham2018I2n, behavioral_layer
from ventral_engine.metrics.rsa import rdm, rsa

OBJECTS = ["bear", "car", "dog"]


def _model(readout: str | None = "logits") -> ModelInfo:
    layers = ["block1", "pool"] + ([readout] if readout else [])
    features = {"block1": 40, "pool": 8, "logits": 5}
    return ModelInfo(identifier="synthetic-net", content_digest="0" * 64, layers=layers,
                     layer_features={name: features[name] for name in layers}, field_of_view_degrees=8.0,
                     imagenet_head=None, behavioral_readout_layer=readout)


def _png(value: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (value % 256, value // 256, 0)).save(buffer, format="PNG")
    return buffer.getvalue()


def _noop_progress(*args):
    pass


def _store(stimulus_ids, layer: str, features: np.ndarray) -> ActivationStore:
    """Return a store holding `features` (rows in `stimulus_ids` order) under `layer`, rows sorted by id."""
    order = np.argsort(np.asarray(stimulus_ids, dtype=str), kind="stable")
    ids = [stimulus_ids[index] for index in order]
    store = ActivationStore(ids)
    store.add_chunk(layer, ids, 0, features.shape[1], np.asarray(features, np.float32)[order])
    return store


# Behavioral layer choice


def test_behavioral_layer_prefers_readout():
    assert behavioral_layer(_model(), []) == "logits"
    assert behavioral_layer(_model(), ["block1"]) == "logits"


def test_behavioral_layer_falls_back_to_last_layer():
    assert behavioral_layer(_model(readout=None), []) == "pool"


def test_behavioral_layer_last_requested_candidate():
    assert behavioral_layer(_model(readout=None), ["pool", "block1"]) == "block1"


def test_behavioral_layer_rejects_unknown():
    with pytest.raises(ValueError, match=r"unknown layers \['fc7'\]"):
        behavioral_layer(_model(), ["fc7"])


# Mur 2013 on synthetic RDMs


def _mur_benchmark(tmp_path, n=7, n_subjects=3, seed=0):
    """Return (benchmark, rdm ids in file order, subject RDMs in file order, features in file order)."""
    rng = np.random.default_rng(seed)
    # File order deliberately differs from stimulus_id order, as a real RDM file may.
    rdm_ids = [f"obj{(5 * index) % n:02d}" for index in range(n)]
    features = rng.normal(size=(n, 30))
    subject_rdms = np.stack([rdm(features + rng.normal(scale=1.5, size=features.shape)) for _ in range(n_subjects)])
    paths = []
    for position, stimulus_id in enumerate(rdm_ids):
        path = tmp_path / f"{stimulus_id}.png"
        path.write_bytes(_png(position))
        paths.append(path)
    stimuli = StimulusSet.from_files("synthetic.92", pd.DataFrame({"stimulus_id": rdm_ids}), paths)
    benchmark = Mur2013JudgmentsRDM(load_stimuli=lambda: stimuli, load_rdms=lambda: subject_rdms,
                                    rdm_stimulus_ids=rdm_ids)
    return benchmark, rdm_ids, subject_rdms, features


def test_mur2013_matches_direct_rsa(tmp_path):
    benchmark, rdm_ids, subject_rdms, features = _mur_benchmark(tmp_path)
    model_features = features + np.random.default_rng(1).normal(scale=0.5, size=features.shape)
    layers = benchmark.layers_to_run(_model(readout=None), [])

    with _store(rdm_ids, layers[0], model_features) as store:
        result = benchmark.score(_model(readout=None), store, layers, _noop_progress)

    model_rdm = rdm(model_features)
    per_subject = [rsa(model_rdm, subject) for subject in subject_rdms]
    mean_rdm = subject_rdms.mean(axis=0)
    ceiling = np.mean([rsa(subject, mean_rdm) for subject in subject_rdms])
    assert layers == ["pool"]
    assert result.layer == "pool"
    assert result.score.raw == pytest.approx(np.mean(per_subject), abs=1e-10)
    assert result.score.ceiling == pytest.approx(ceiling, abs=1e-10)
    assert result.score.ceiled == pytest.approx(np.mean(per_subject) / ceiling, abs=1e-10)
    assert result.score.extra["ceiling_lower"] < result.score.ceiling


def test_mur2013_limited(tmp_path):
    benchmark, *_ = _mur_benchmark(tmp_path)

    limited = benchmark.limited(4)

    assert isinstance(limited, Mur2013JudgmentsRDM)
    assert list(limited.stimulus_set().stimulus_ids) == ["obj00", "obj01", "obj02", "obj03"]
    assert limited.subject_rdms.shape == (3, 4, 4)
    assert limited.version == "1+subset4"
    assert limited.layers_to_run(_model(), []) == ["logits"]


def test_mur2013_declaration():
    benchmark = registry.get("Mur2013.judgments-rdm")

    assert benchmark.kind == "behavior"
    assert benchmark.region == "behavior"
    assert benchmark.has_ceiling is True


_MIRROR = config.mirror_root()
_HAS_MUR = _MIRROR is not None and (_MIRROR / mur2013.BEHAVIORAL_RDMS.origin).is_file()


@pytest.mark.skipif(not _HAS_MUR, reason="the Mur 2013 RDM file is not in the mirror (set VENTRAL_MIRROR)")
def test_mur2013_mirror_rdms_in_stimulus_order():
    benchmark = Mur2013JudgmentsRDM()
    rdms = mur2013.load_rdms()

    assert benchmark.subject_rdms.shape == (16, 92, 92)
    # kriegeskorte92_01 .. _92 are zero-padded, so file order is stimulus_id order.
    np.testing.assert_array_equal(benchmark.subject_rdms, rdms)


# Rajalingham 2018 on synthetic files in the official BrainIO layout


def _write_assembly(path, table: pd.DataFrame) -> None:
    """Write trials as BrainIO does: a DataArray of choices whose presentation MultiIndex is reset."""
    coords = {column: ("presentation", table[column].to_numpy(dtype=str).astype(object)) for column in table.columns}
    assembly = xr.DataArray(table["choice"].to_numpy(dtype=object), coords=coords, dims=["presentation"], name="data")
    assembly = assembly.set_index(presentation=list(table.columns)).reset_index("presentation")
    assembly.to_netcdf(path)


def _write_stimulus_set(folder, access, stimulus_ids, labels, first_pixel=0) -> None:
    files = OFFICIAL_FILES[access]
    table = pd.DataFrame({"stimulus_id": stimulus_ids, "filename": [f"{name}.png" for name in stimulus_ids],
                          "image_label": labels})
    table.to_csv(folder / files["stimulus_csv"].filename, index=False)
    with zipfile.ZipFile(folder / files["stimulus_zip"].filename, "w") as archive:
        for position, filename in enumerate(table["filename"]):
            archive.writestr(filename, _png(first_pixel + position))


def _trial_table(test_ids, truths, rng, repeats=40) -> pd.DataFrame:
    """Return trials whose error rate grows with the image number k (0.05 + 0.1 k)."""
    rows = []
    for stimulus_id, truth in zip(test_ids, truths):
        error_rate = 0.05 + 0.1 * int(stimulus_id[-1])
        for distractor in [name for name in OBJECTS if name != truth]:
            for _ in range(repeats):
                choice = distractor if rng.random() < error_rate else truth
                rows.append({"stimulus_id": stimulus_id, "sample_obj": truth, "dist_obj": distractor,
                             "choice": choice, "truth": truth})
    return pd.DataFrame(rows).sample(frac=1.0, random_state=1).reset_index(drop=True)


@pytest.fixture
def official_folder(tmp_path):
    """Write public (fitting) and private (test) images and the private trials; return features per image."""
    rng = np.random.default_rng(3)
    centers = {obj: rng.normal(scale=2.0, size=16) for obj in OBJECTS}
    fit_ids = [f"fit-{obj}{index:02d}" for obj in OBJECTS for index in range(20)]
    fit_labels = [obj for obj in OBJECTS for _ in range(20)]
    test_ids = [f"test-{obj}{index}" for obj in OBJECTS for index in range(4)]
    test_truths = [obj for obj in OBJECTS for _ in range(4)]
    _write_stimulus_set(tmp_path, "public", fit_ids, fit_labels)
    _write_stimulus_set(tmp_path, "private", test_ids, test_truths, first_pixel=len(fit_ids))
    _write_assembly(tmp_path / OFFICIAL_FILES["private"]["assembly"].filename, _trial_table(test_ids, test_truths, rng))

    features = {stimulus_id: centers[label] + rng.normal(size=16) for stimulus_id, label in zip(fit_ids, fit_labels)}
    # Test images sit farther from their object's center the larger their number, as the human errors do.
    for stimulus_id, truth in zip(test_ids, test_truths):
        features[stimulus_id] = centers[truth] * (1.0 - 0.2 * int(stimulus_id[-1]))
    return tmp_path, fit_ids, test_ids, features


def test_i2n_unavailable_without_files(tmp_path):
    benchmark = Rajalingham2018I2n(folder=tmp_path)

    available, reason = benchmark.availability()

    assert available is False
    assert "assy_dicarlo_Rajalingham2018_private.nc" in reason
    assert str(tmp_path) in reason
    assert "VENTRAL_BRAINIO" in reason
    with pytest.raises(OfficialDataUnavailableError, match="Rajalingham2018-i2n is unavailable"):
        benchmark.stimulus_set()


def test_i2n_stimulus_set_joins_fitting_and_test(official_folder):
    folder, fit_ids, test_ids, _ = official_folder
    benchmark = Rajalingham2018I2n(folder=folder, verify=False)

    stimuli = benchmark.stimulus_set()

    assert benchmark.availability() == (True, "")
    assert list(stimuli.stimulus_ids) == fit_ids + test_ids
    assert stimuli.stimuli["role"].value_counts().to_dict() == {"fitting": 60, "test": 12}
    assert stimuli.image_bytes(test_ids[0]) == _png(len(fit_ids))


def test_i2n_matches_direct_pipeline(official_folder):
    folder, fit_ids, test_ids, features = official_folder
    benchmark = Rajalingham2018I2n(folder=folder, verify=False)
    all_ids = list(benchmark.stimulus_set().stimulus_ids)
    model = _model(readout=None)
    layers = benchmark.layers_to_run(model, ["block1", "pool"])

    with _store(all_ids, "pool", np.stack([features[stimulus_id] for stimulus_id in all_ids])) as store:
        result = benchmark.score(model, store, layers, _noop_progress)

    trials = rajalingham2018.load_trials("private", folder=folder, verify=False)
    features = {stimulus_id: values.astype(np.float32) for stimulus_id, values in features.items()}  # as stored
    readout = LogisticReadout().fit(np.stack([features[i] for i in fit_ids]), [i[4:-2] for i in fit_ids])
    sorted_test = sorted(test_ids)
    expected = i2n(readout.predict_probabilities(np.stack([features[i] for i in sorted_test])), readout.objects_,
                   sorted_test, trials)
    assert layers == ["pool"]
    assert result.score.raw == pytest.approx(expected.raw, abs=1e-12)
    assert result.score.ceiled == pytest.approx(expected.ceiled, abs=1e-12)
    assert result.score.ceiling == pytest.approx(i2n_ceiling(trials).raw, abs=1e-12)
    assert result.score.raw > 0.5
    assert np.isfinite(result.score.ceiled)
    assert result.details["objects"] == OBJECTS
    assert result.details["n_test_images"] == 12


def test_i2n_rejects_shared_images(tmp_path):
    _write_stimulus_set(tmp_path, "public", ["a0", "b0"], ["bear", "car"])
    _write_stimulus_set(tmp_path, "private", ["b0", "c0"], ["car", "dog"])
    _write_assembly(tmp_path / OFFICIAL_FILES["private"]["assembly"].filename,
                    pd.DataFrame({"stimulus_id": ["b0"], "sample_obj": ["car"], "dist_obj": ["dog"],
                                  "choice": ["car"], "truth": ["car"]}))
    benchmark = Rajalingham2018I2n(folder=tmp_path, verify=False)

    with pytest.raises(ValueError, match="1 stimulus_ids are both fitting and test images"):
        benchmark.stimulus_set()
