"""Tests of the MajajHong2015 loader on small synthetic files in the official BrainIO layout.

The files are written the way BrainIO packages them (brain-score/brainio ``packaging.py``).
The assembly is a DataArray with MultiIndex coordinates per dimension, ``reset_index`` on every
index, stored as the variable ``data`` with zlib level 1. The stimulus set is a CSV whose
``filename`` column names each image inside a flat zip archive.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import xarray as xr
from PIL import Image

from ventral.assemblies import average_repetitions
from ventral.datasets import majajhong2015
from ventral.datasets.majajhong2015 import MajajHongDataError

OBJECTS = ("car_astra", "face0001", "apple")
IMAGES_PER_OBJECT = 2
REPETITIONS = 3
NEUROIDS = (("Chabo_L_M_5_9", "V4", "Chabo"), ("Tito_L_P_8_0", "V4", "Tito"),
            ("Chabo_L_A_8_8", "IT", "Chabo"), ("Tito_L_M_8_0", "IT", "Tito"), ("Tito_L_M_7_1", "IT", "Tito"))


def _stimulus_rows(access: str) -> pd.DataFrame:
    rows = []
    for variation in majajhong2015.PACKAGES[access].variations:
        for object_name in OBJECTS:
            for number in range(IMAGES_PER_OBJECT):
                stimulus_id = f"{access}{variation}{object_name}{number}"
                rows.append({
                    "stimulus_id": stimulus_id,
                    "object_name": object_name,
                    "category_name": "Faces" if object_name.startswith("face") else "Objects",
                    "variation": variation,
                    "s": 1.0 + 0.1 * number,
                    "filename": f"{stimulus_id}.png",
                })
    return pd.DataFrame(rows)


def _image_bytes(seed: int) -> bytes:
    pixels = np.random.default_rng(seed).integers(0, 256, size=(8, 8, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def _image_seed(access: str, index: int) -> int:
    return index + (1000 if access == "private" else 0)


def _response(stimulus_index: int, repetition: int, neuroid_index: int, time_bin_index: int) -> float:
    return 100.0 * stimulus_index + 10.0 * repetition + neuroid_index + 0.5 * time_bin_index


def write_package(
    folder: Path,
    access: str,
    *,
    time_bins=((70, 170),),
    subfolders: bool = False,
    stimulus_prefix: str = "image_",
    legacy_image_id: bool = False,
    metadata_in_assembly: bool = True,
) -> pd.DataFrame:
    """Write the assembly, CSV and zip of one package; return the stimulus table."""
    package = majajhong2015.PACKAGES[access]
    stimuli = _stimulus_rows(access)
    id_column = "image_id" if legacy_image_id else "stimulus_id"

    def target(name: str) -> Path:
        path = folder / Path(name).stem / name if subfolders else folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    stem = stimulus_prefix + package.stimulus_set_identifier.replace(".", "_")
    stimuli.rename(columns={"stimulus_id": id_column}).to_csv(target(stem + ".csv"), index=False)
    with zipfile.ZipFile(target(stem + ".zip"), "w") as archive:
        for index, name in enumerate(stimuli["filename"]):
            archive.writestr(name, _image_bytes(_image_seed(access, index)))

    presentation_levels = {id_column: [], "repetition": [], "stimulus": []}
    if metadata_in_assembly:
        presentation_levels.update(object_name=[], variation=[])
    values = []
    for repetition in range(REPETITIONS):
        for stimulus_index, row in stimuli.iterrows():
            presentation_levels[id_column].append(row["stimulus_id"])
            presentation_levels["repetition"].append(repetition)
            presentation_levels["stimulus"].append(stimulus_index)
            if metadata_in_assembly:
                presentation_levels["object_name"].append(row["object_name"])
                presentation_levels["variation"].append(row["variation"])
            values.append([
                [_response(stimulus_index, repetition, neuroid, time_bin) for time_bin in range(len(time_bins))]
                for neuroid in range(len(NEUROIDS))
            ])
    neuroid_levels = {
        "neuroid_id": [neuroid[0] for neuroid in NEUROIDS],
        "region": [neuroid[1] for neuroid in NEUROIDS],
        "animal": [neuroid[2] for neuroid in NEUROIDS],
        "arr": ["M"] * len(NEUROIDS),
    }
    time_levels = {"time_bin_start": [start for start, _ in time_bins], "time_bin_end": [end for _, end in time_bins]}

    assembly = xr.DataArray(np.asarray(values, dtype=np.float32), dims=("presentation", "neuroid", "time_bin"))
    for dim, levels in (("presentation", presentation_levels), ("neuroid", neuroid_levels), ("time_bin", time_levels)):
        index = pd.MultiIndex.from_arrays(list(levels.values()), names=list(levels))
        assembly = assembly.assign_coords(xr.Coordinates.from_pandas_multiindex(index, dim))
    assembly.attrs["stimulus_set_identifier"] = package.stimulus_set_identifier
    assembly = assembly.reset_index(list(assembly.indexes))
    dataset = assembly.to_dataset(name="data")
    dataset.to_netcdf(
        target(package.assembly_file_name),
        encoding={name: {"zlib": True, "complevel": 1} for name in dataset.variables},
    )
    return stimuli


def load(region, variations, folder):
    return majajhong2015.load_assembly(region, variations, directory=folder, verify_sha1=False)


def test_availability_lists_missing_files(tmp_path):
    available, message = majajhong2015.availability(directory=tmp_path)

    assert not available
    for name in ("assy_dicarlo_MajajHong2015_public.nc", "image_dicarlo_hvm-public.csv",
                 "image_dicarlo_hvm-public.zip", "assy_dicarlo_MajajHong2015_private.nc",
                 "image_dicarlo_hvm-private.csv", "image_dicarlo_hvm-private.zip"):
        assert name in message
    assert str(tmp_path) in message
    assert "VENTRAL_BRAINIO_DIR" in message


def test_availability_per_variation(tmp_path):
    write_package(tmp_path, "public")

    public_available, _ = majajhong2015.availability((0, 3), directory=tmp_path)
    all_available, message = majajhong2015.availability(directory=tmp_path)

    assert public_available
    assert not all_available
    assert "assy_dicarlo_MajajHong2015_private.nc" in message
    assert "assy_dicarlo_MajajHong2015_public.nc" not in message


def test_data_dir_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BRAINIO_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("VENTRAL_BRAINIO_DIR", raising=False)
    assert majajhong2015.data_dir() == tmp_path / "home"

    monkeypatch.setenv("VENTRAL_BRAINIO_DIR", str(tmp_path / "ventral"))
    assert majajhong2015.data_dir() == tmp_path / "ventral"


def test_load_public_it(tmp_path):
    stimuli = write_package(tmp_path, "public")

    assembly, stimulus_set = load("IT", majajhong2015.SELECTION_VARIATIONS, tmp_path)

    assert assembly.dims == ("presentation", "neuroid", "time_bin")
    assert assembly.shape == (len(stimuli) * REPETITIONS, 3, 1)
    assert set(assembly["region"].values) == {"IT"}
    assert list(assembly["neuroid_id"].values) == ["Chabo_L_A_8_8", "Tito_L_M_8_0", "Tito_L_M_7_1"]
    assert list(assembly["animal"].values) == ["Chabo", "Tito", "Tito"]
    assert assembly["time_bin_start"].values.tolist() == [70]
    assert assembly["time_bin_end"].values.tolist() == [170]
    assert set(assembly["variation"].values.tolist()) == {0, 3}
    assert set(assembly["object_name"].values) == set(OBJECTS)
    assert sorted(set(assembly["repetition"].values.tolist())) == [0, 1, 2]
    assert stimulus_set.stimulus_ids == tuple(stimuli["stimulus_id"])


def test_load_values_follow_coords(tmp_path):
    write_package(tmp_path, "public")

    assembly, _ = load("V4", (0, 3), tmp_path)
    first = assembly.isel(presentation=0)
    stimulus_index = int(first["stimulus"])
    repetition = int(first["repetition"])

    assert first.values[:, 0].tolist() == [_response(stimulus_index, repetition, neuroid, 0) for neuroid in (0, 1)]


def test_load_selects_variations(tmp_path):
    write_package(tmp_path, "public")

    assembly, stimulus_set = load("IT", (3,), tmp_path)

    assert set(assembly["variation"].values.tolist()) == {3}
    assert assembly.sizes["presentation"] == len(OBJECTS) * IMAGES_PER_OBJECT * REPETITIONS
    assert len(stimulus_set) == len(OBJECTS) * IMAGES_PER_OBJECT
    assert set(stimulus_set.stimuli["variation"]) == {3}


def test_load_private_and_both(tmp_path):
    public = write_package(tmp_path, "public")
    private = write_package(tmp_path, "private")

    scoring, scoring_stimuli = load("IT", majajhong2015.SCORING_VARIATIONS, tmp_path)
    everything, all_stimuli = load("IT", (0, 3, 6), tmp_path)

    assert set(scoring["variation"].values.tolist()) == {6}
    assert scoring_stimuli.stimulus_ids == tuple(private["stimulus_id"])
    assert everything.sizes["presentation"] == (len(public) + len(private)) * REPETITIONS
    assert len(all_stimuli) == len(public) + len(private)
    assert everything.attrs["stimulus_set_identifier"] == "dicarlo.hvm.variation-0-3-6"


def test_stimulus_images_come_from_zip(tmp_path):
    stimuli = write_package(tmp_path, "private")

    _, stimulus_set = load("V4", (6,), tmp_path)
    first_id = stimuli["stimulus_id"].iloc[0]

    assert stimulus_set.image_bytes(first_id) == _image_bytes(_image_seed("private", 0))
    assert stimulus_set.open_image(first_id).size == (8, 8)
    assert "object_name" in stimulus_set.stimuli.columns


def test_time_bins_inside_window_are_averaged(tmp_path):
    write_package(tmp_path, "public", time_bins=((0, 50), (70, 120), (120, 170), (170, 220)))

    assembly, _ = load("V4", (0,), tmp_path)
    first = assembly.isel(presentation=0, neuroid=0, time_bin=0)
    stimulus_index = int(first["stimulus"])
    repetition = int(first["repetition"])
    expected = np.mean([_response(stimulus_index, repetition, 0, bin_index) for bin_index in (1, 2)])

    assert float(first) == pytest.approx(expected)
    assert assembly["time_bin_start"].values.tolist() == [70]


def test_no_time_bin_inside_window(tmp_path):
    write_package(tmp_path, "public", time_bins=((0, 100),))

    with pytest.raises(MajajHongDataError, match="no time bin"):
        load("V4", (0,), tmp_path)


def test_brainio_cache_layout_and_legacy_names(tmp_path):
    stimuli = write_package(tmp_path, "public", subfolders=True, stimulus_prefix="stimulus_", legacy_image_id=True)

    assembly, stimulus_set = load("IT", (0, 3), tmp_path)

    assert set(assembly["stimulus_id"].values) == set(stimuli["stimulus_id"])
    assert stimulus_set.stimulus_ids == tuple(stimuli["stimulus_id"])
    assert (tmp_path / "assy_dicarlo_MajajHong2015_public" / "assy_dicarlo_MajajHong2015_public.nc").is_file()


def test_metadata_merged_from_stimulus_set(tmp_path):
    write_package(tmp_path, "private", metadata_in_assembly=False)

    assembly, _ = load("IT", (6,), tmp_path)
    first = assembly.isel(presentation=0)
    # Synthetic ids are "private6" + object name + image number (one digit).
    expected_object = str(first["stimulus_id"].values)[len("private6"):-1]

    assert str(first["object_name"].values) == expected_object
    assert int(first["variation"]) == 6
    assert "category_name" in assembly.coords


def test_sha1_mismatch_is_reported(tmp_path):
    write_package(tmp_path, "public")

    with pytest.raises(MajajHongDataError, match="SHA-1"):
        majajhong2015.load_assembly("IT", (0, 3), directory=tmp_path)


def test_missing_files_raise_with_locations(tmp_path):
    write_package(tmp_path, "public")

    with pytest.raises(MajajHongDataError, match="assy_dicarlo_MajajHong2015_private.nc"):
        load("IT", (6,), tmp_path)


@pytest.mark.parametrize("region, variations, message", [
    ("V1", (0,), "region 'V1'"),
    ("IT", (), "non-empty subset"),
    ("IT", (1,), "non-empty subset"),
])
def test_invalid_arguments(tmp_path, region, variations, message):
    with pytest.raises(ValueError, match=message):
        load(region, variations, tmp_path)


def test_average_repetitions_keeps_metadata(tmp_path):
    stimuli = write_package(tmp_path, "public")

    assembly, _ = load("IT", (0, 3), tmp_path)
    averaged = average_repetitions(assembly)

    assert averaged.shape == (len(stimuli), 3)
    assert "object_name" in averaged.coords
    assert "variation" in averaged.coords
    assert "repetition" not in averaged.coords
