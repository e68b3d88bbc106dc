"""Rajalingham 2018 loader on small synthetic files written in the official BrainIO layout."""

from __future__ import annotations

import hashlib
import io
import zipfile

import numpy as np
import pandas as pd
import pytest
import xarray as xr
from PIL import Image

from ventral.datasets import rajalingham2018
from ventral.datasets.rajalingham2018 import OFFICIAL_FILES, OfficialDataUnavailableError
from ventral_engine.behavior import LogisticReadout, i2n

OBJECTS = ["bear", "car", "dog"]


def _trial_table(n_images_per_object=4, repeats=30, seed=0) -> pd.DataFrame:
    """Return trials whose error rate grows with the image number k (0.05 + 0.1 k) for every object."""
    rng = np.random.default_rng(seed)
    rows = []
    for obj in OBJECTS:
        for index in range(n_images_per_object):
            error_rate = 0.05 + 0.1 * index
            for distractor in OBJECTS:
                if distractor == obj:
                    continue
                for _ in range(repeats):
                    choice = distractor if rng.random() < error_rate else obj
                    rows.append(
                        {
                            "image_id": f"{obj}{index}",
                            "sample_obj": obj,
                            "dist_obj": distractor,
                            "choice": choice,
                            "WorkerID": f"worker{rng.integers(5)}",
                        }
                    )
    return pd.DataFrame(rows).sample(frac=1.0, random_state=1).reset_index(drop=True)


def _write_assembly(path, table: pd.DataFrame, *, name="data", id_column="stimulus_id", as_bytes=False):
    """Write trials as BrainIO does: a DataArray of choices whose presentation MultiIndex is reset."""
    table = table.rename(columns={"image_id": id_column})
    if "truth" not in table:
        table = table.assign(truth=table["sample_obj"])
    coords = {}
    for column in table.columns:
        values = table[column].to_numpy(dtype=str)
        coords[column] = ("presentation", values.astype("S") if as_bytes else values.astype(object))
    assembly = xr.DataArray(table["choice"].to_numpy(dtype=object), coords=coords, dims=["presentation"], name=name)
    assembly = assembly.set_index(presentation=list(table.columns)).reset_index("presentation")
    assembly.to_netcdf(path)
    return path


def _png(value: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (value, value, value)).save(buffer, format="PNG")
    return buffer.getvalue()


def _write_stimulus_set(folder, access, stimulus_ids, labels, *, id_column="stimulus_id"):
    files = OFFICIAL_FILES[access]
    filenames = [f"{name}.png" for name in stimulus_ids]
    table = pd.DataFrame({id_column: stimulus_ids, "filename": filenames, "image_label": labels})
    table.to_csv(folder / files["stimulus_csv"].filename, index=False)
    with zipfile.ZipFile(folder / files["stimulus_zip"].filename, "w") as archive:
        for position, filename in enumerate(table["filename"]):
            archive.writestr(filename, _png(position))


def test_missing_file_names_file_and_folder(tmp_path):
    with pytest.raises(OfficialDataUnavailableError) as raised:
        rajalingham2018.load_trials("private", folder=tmp_path)

    message = str(raised.value)
    assert "assy_dicarlo_Rajalingham2018_private.nc" in message
    assert str(tmp_path) in message
    assert "VENTRAL_BRAINIO" in message
    assert "516f13793d1c5b72bb445bb4008448ce97a02d23" in message


def test_folder_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(rajalingham2018.BRAINIO_FOLDER_VARIABLE, str(tmp_path))

    assert rajalingham2018.official_folder() == tmp_path
    with pytest.raises(OfficialDataUnavailableError, match=str(tmp_path)):
        rajalingham2018.load_stimulus_set("public")


def test_unknown_access_level(tmp_path):
    with pytest.raises(ValueError, match="unknown access level 'secret'"):
        rajalingham2018.load_trials("secret", folder=tmp_path)


def test_checksum_mismatch(tmp_path):
    _write_assembly(tmp_path / OFFICIAL_FILES["private"]["assembly"].filename, _trial_table(repeats=1))

    with pytest.raises(ValueError, match="has SHA-1 .* but the official"):
        rajalingham2018.load_trials("private", folder=tmp_path)
    assert len(rajalingham2018.load_trials("private", folder=tmp_path, verify=False)) == 4 * 3 * 2


def test_checksum_match(tmp_path, monkeypatch):
    path = _write_assembly(tmp_path / "assembly.nc", _trial_table(repeats=1))
    digest = hashlib.sha1(path.read_bytes()).hexdigest()
    official = rajalingham2018.OfficialFile(path.name, digest)
    monkeypatch.setitem(OFFICIAL_FILES["private"], "assembly", official)

    assert len(rajalingham2018.load_trials("private", folder=tmp_path)) == 24


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"name": "dicarlo.Rajalingham2018.private"},
        {"id_column": "image_id"},
        {"as_bytes": True},
    ],
)
def test_read_behavioral_assembly_layouts(tmp_path, options):
    table = _trial_table(repeats=2)
    path = _write_assembly(tmp_path / "assembly.nc", table, **options)

    trials = rajalingham2018.read_behavioral_assembly(path)

    assert trials["stimulus_id"].tolist() == table["image_id"].tolist()
    assert trials["choice"].tolist() == table["choice"].tolist()
    assert trials["truth"].tolist() == table["sample_obj"].tolist()
    assert trials["subject"].tolist() == table["WorkerID"].tolist()
    assert trials["dist_obj"].tolist() == table["dist_obj"].tolist()


def test_read_behavioral_assembly_rejects_missing_coordinates(tmp_path):
    table = _trial_table(repeats=1).drop(columns=["dist_obj"])
    path = _write_assembly(tmp_path / "assembly.nc", table)

    with pytest.raises(ValueError, match=r"no coordinate\(s\) \['dist_obj'\]"):
        rajalingham2018.read_behavioral_assembly(path)


def test_read_behavioral_assembly_rejects_two_dimensions(tmp_path):
    path = tmp_path / "assembly.nc"
    xr.DataArray(np.zeros((2, 3)), dims=["presentation", "neuroid"], name="data").to_netcdf(path)

    with pytest.raises(ValueError, match="dims"):
        rajalingham2018.read_behavioral_assembly(path)


@pytest.mark.parametrize("id_column", ["stimulus_id", "image_id"])
def test_stimulus_set_from_csv_and_zip(tmp_path, id_column):
    stimulus_ids = ["bear0", "car0", "dog0"]
    _write_stimulus_set(tmp_path, "public", stimulus_ids, OBJECTS, id_column=id_column)

    stimulus_set = rajalingham2018.load_stimulus_set("public", folder=tmp_path, verify=False)

    assert stimulus_set.identifier == "dicarlo.objectome.public"
    assert stimulus_set.stimulus_ids == tuple(stimulus_ids)
    assert rajalingham2018.object_labels(stimulus_set).tolist() == OBJECTS
    assert Image.open(io.BytesIO(stimulus_set.image_bytes("car0"))).getpixel((0, 0)) == (1, 1, 1)


def test_readout_and_i2n_on_official_layout(tmp_path):
    # Fitting images ("public") and tested images with trials ("private"), as in Brain-Score's benchmark.
    rng = np.random.default_rng(3)
    centers = {obj: rng.normal(scale=2.0, size=16) for obj in OBJECTS}
    fit_ids = [f"fit-{obj}{index}" for obj in OBJECTS for index in range(20)]
    fit_labels = [obj for obj in OBJECTS for _ in range(20)]
    _write_stimulus_set(tmp_path, "public", fit_ids, fit_labels)
    trial_table = _trial_table(repeats=60)
    _write_assembly(tmp_path / OFFICIAL_FILES["private"]["assembly"].filename, trial_table)

    fitting = rajalingham2018.load_stimulus_set("public", folder=tmp_path, verify=False)
    trials = rajalingham2018.load_trials("private", folder=tmp_path, verify=False)
    labels = rajalingham2018.object_labels(fitting)
    fit_features = np.stack([centers[label] + rng.normal(size=16) for label in labels])
    test_ids = sorted(trials["stimulus_id"].unique())
    # Test images sit farther from their object's center the larger their number, as the human errors do.
    test_features = np.stack(
        [centers[name.rstrip("0123456789")] * (1.0 - 0.2 * int(name[-1])) for name in test_ids]
    )

    readout = LogisticReadout().fit(fit_features, labels)
    score = i2n(readout.predict_probabilities(test_features), readout.objects_, test_ids, trials)

    assert readout.objects_ == tuple(OBJECTS)
    assert score.raw > 0.5
    assert 0.0 < score.ceiling < 1.0
