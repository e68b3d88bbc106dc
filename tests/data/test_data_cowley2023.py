"""Tests for ventral.datasets.cowley2023 on the real data in the mirror (skipped without one)."""

from __future__ import annotations

import numpy as np
import pytest
import xarray as xr

from ventral import config
from ventral.assemblies import average_repetitions, read_netcdf, to_repetition_array, write_netcdf
from ventral.catalog import COWLEY2023_COMMIT, COWLEY2023_REPO
from ventral.datasets import cowley2023

OTHER_SESSIONS = [session for session in cowley2023.SESSIONS_WITH_IMAGES if session != "210325"]


@pytest.fixture(scope="module")
def mirror():
    root = config.mirror_root()
    if root is None or not (root / COWLEY2023_REPO / COWLEY2023_COMMIT).is_dir():
        pytest.skip("no data mirror with cowleygroup/V4_compact_models (set VENTRAL_MIRROR)")
    return root


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cowley-cache")


@pytest.fixture(autouse=True)
def offline(monkeypatch, cache):
    monkeypatch.setenv("VENTRAL_OFFLINE", "1")
    monkeypatch.setenv("VENTRAL_CACHE", str(cache))


def _source(mirror, relative: str) -> np.ndarray:
    return np.load(mirror / COWLEY2023_REPO / COWLEY2023_COMMIT / "data_V4_responses" / relative)


@pytest.fixture(scope="module")
def assembly_210325(mirror, cache):
    return cowley2023.load_assembly("210325", cache=cache)


def test_stimulus_set_210325(mirror, cache):
    stimulus_set = cowley2023.load_stimulus_set("210325", cache=cache)
    assert len(stimulus_set) == 640
    assert stimulus_set.identifier == "cowley2023.210325"
    assert stimulus_set.stimulus_ids[0] == "cowley2023_210325_image0001"
    assert stimulus_set.stimulus_ids[-1] == "cowley2023_210325_image0640"
    table = stimulus_set.stimuli
    assert list(table.columns) == ["stimulus_id", "session", "image_index", "filename"]
    assert table["image_index"].tolist() == list(range(640))
    assert set(table["session"]) == {"210325"}
    image = stimulus_set.open_image("cowley2023_210325_image0002")
    assert image.size == (112, 112)
    assert image.mode == "RGB"


def test_stimulus_set_cached_csv(mirror, cache):
    first = cowley2023.load_stimulus_set("210325", cache=cache)
    csv_files = list((cache / "packaged" / "cowley2023").glob("cowley2023_210325_stimuli_*.csv"))
    assert len(csv_files) == 1
    second = cowley2023.load_stimulus_set("210325", cache=cache)
    assert second.stimulus_ids == first.stimulus_ids
    assert second.digest() == first.digest()


def test_unordered_zip_sorted(mirror, cache):
    # images_190925.zip lists its members out of order; images_190923.zip has a top folder.
    unordered = cowley2023.load_stimulus_set("190925", cache=cache)
    assert unordered.stimuli["filename"].tolist()[:2] == ["image0001.jpg", "image0002.jpg"]
    foldered = cowley2023.load_stimulus_set("190923", cache=cache)
    assert foldered.stimuli["filename"].iloc[0] == "images_190923/image0001.jpg"
    assert foldered.stimulus_ids[0] == "cowley2023_190923_image0001"


def test_assembly_210325_dims(assembly_210325):
    assembly = assembly_210325
    assert assembly.dims == ("presentation", "neuroid", "time_bin")
    assert assembly.sizes["neuroid"] == 50
    assert assembly.sizes["time_bin"] == 1
    assert len(np.unique(assembly["stimulus_id"].values)) == 640
    assert set(assembly["region"].values) == {"V4"}
    assert set(assembly["animal"].values) == {"PE"}
    assert assembly["time_bin_start"].values.tolist() == [0]
    assert assembly["time_bin_end"].values.tolist() == [100]
    assert not np.isnan(assembly.values).any()


def test_repetitions_210325(mirror, assembly_210325):
    raw = _source(mirror, "responses_raw/responses_210325.npy")
    expected_counts = (~np.isnan(raw)).any(axis=0).sum(axis=1)
    stimulus_ids, counts = np.unique(assembly_210325["stimulus_id"].values, return_counts=True)
    assert counts.min() == 6
    assert counts.max() == 10
    np.testing.assert_array_equal(counts, expected_counts)
    assert assembly_210325.sizes["presentation"] == int(expected_counts.sum()) == 4840


def test_raw_nan_padding_trailing(mirror):
    raw = _source(mirror, "responses_raw/responses_210325.npy")
    recorded = ~np.isnan(raw)
    is_trial = recorded.any(axis=0)
    assert np.array_equal(is_trial, recorded.all(axis=0)), "some trials miss only some neurons"
    counts = is_trial.sum(axis=1)
    prefix = np.arange(raw.shape[2])[np.newaxis, :] < counts[:, np.newaxis]
    assert np.array_equal(is_trial, prefix), "NaN padding is not trailing"


def test_trials_match_raw(mirror, assembly_210325):
    raw = _source(mirror, "responses_raw/responses_210325.npy")
    image_index = assembly_210325["image_index"].values
    repetition = assembly_210325["repetition"].values
    np.testing.assert_array_equal(assembly_210325.values[:, :, 0], raw[:, image_index, repetition].T)


def test_average_matches_source_210325(mirror, assembly_210325):
    averaged = _source(mirror, "responses_repeat_averaged/responses_210325.npy")
    average = average_repetitions(assembly_210325)
    assert average.shape == (640, 50)
    assert average["stimulus_id"].values[0] == "cowley2023_210325_image0001"
    np.testing.assert_allclose(average.values, averaged.T, rtol=0, atol=1e-12)


def test_repetition_array_210325(assembly_210325):
    stimulus_ids, responses = to_repetition_array(assembly_210325)
    assert responses.shape == (640, 50, 10)
    assert np.isnan(responses[:, :, :6]).sum() == 0


@pytest.mark.parametrize("session", OTHER_SESSIONS)
def test_other_session_shapes(mirror, cache, session):
    averaged = _source(mirror, f"responses_repeat_averaged/responses_{session}.npy")
    n_neurons, n_images = averaged.shape
    assembly = cowley2023.load_assembly(session, cache=cache)
    assert assembly.shape == (n_images, n_neurons, 1)
    assert set(assembly["repetition"].values.tolist()) == {0}
    assert set(assembly["animal"].values) == {cowley2023.ANIMAL_BY_SESSION[session]}
    stimulus_set = cowley2023.load_stimulus_set(session, cache=cache)
    assert list(assembly["stimulus_id"].values) == list(stimulus_set.stimulus_ids)
    np.testing.assert_array_equal(assembly.values[:, :, 0], averaged.T)


def test_round_trip_equal(tmp_path, assembly_210325):
    loaded = read_netcdf(write_netcdf(assembly_210325, tmp_path / "copy.nc"))
    xr.testing.assert_identical(loaded, assembly_210325)


def test_cached_assembly_equals_rebuilt(mirror, cache, assembly_210325):
    rebuilt = cowley2023.load_assembly("210325", cache=cache, rebuild=True)
    xr.testing.assert_identical(rebuilt, assembly_210325)


def test_cached_assembly_needs_no_source(mirror, cache, assembly_210325, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("the packaged assembly should have been read from the cache")

    monkeypatch.setattr(cowley2023, "fetch", fail)
    xr.testing.assert_identical(cowley2023.load_assembly("210325", cache=cache), assembly_210325)


def test_session_without_images():
    with pytest.raises(ValueError, match="no published images"):
        cowley2023.load_assembly("190924")


def test_unknown_session():
    with pytest.raises(ValueError, match="Unknown Cowley 2023 session '123'"):
        cowley2023.load_stimulus_set("123")


def test_session_tables():
    assert len(cowley2023.SESSIONS_WITH_IMAGES) == 12
    assert set(cowley2023.SESSIONS_WITH_IMAGES) <= set(cowley2023.ANIMAL_BY_SESSION)
    assert cowley2023.ANIMAL_BY_SESSION["210325"] == "PE"
    assert cowley2023.ANIMAL_BY_SESSION["190923"] == "WE"
    assert cowley2023.ANIMAL_BY_SESSION["210621"] == "RA"
    assert len(cowley2023.ANIMAL_BY_SESSION) == 50
    assert cowley2023.SCORING_SESSION in cowley2023.SESSIONS_WITH_SINGLE_TRIALS
