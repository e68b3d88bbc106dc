"""Tests for ventral.assemblies on small synthetic assemblies."""

from __future__ import annotations

import numpy as np
import pytest
import xarray as xr

from ventral.assemblies import (
    average_repetitions,
    build_neural_assembly,
    read_netcdf,
    to_repetition_array,
    validate_neural_assembly,
    write_netcdf,
)


def _assembly(values=None) -> xr.DataArray:
    """Five trials of stimuli 'b' (3 repetitions) and 'a' (2 repetitions), three neuroids."""
    if values is None:
        values = np.arange(15, dtype=float).reshape(5, 3)
    return build_neural_assembly(
        np.asarray(values, dtype=float)[:, :, np.newaxis],
        stimulus_id=["b", "b", "a", "b", "a"],
        repetition=[0, 1, 0, 2, 1],
        neuroid_id=["n0", "n1", "n2"],
        region="V4",
        animal=["m1", "m1", "m2"],
        time_bin_start=[70],
        time_bin_end=[170],
        presentation_coords={"object_name": ["bird", "bird", "ant", "bird", "ant"], "trial": [0, 1, 2, 3, 4]},
        neuroid_coords={"electrode": [10, 11, 12]},
        attrs={"identifier": "test.assembly", "rate": 1.5},
    )


def test_build_coords():
    assembly = _assembly()
    assert assembly.dims == ("presentation", "neuroid", "time_bin")
    assert list(assembly["region"].values) == ["V4"] * 3
    assert list(assembly["animal"].values) == ["m1", "m1", "m2"]
    assert assembly["time_bin_end"].values.tolist() == [170]
    validate_neural_assembly(assembly)


def test_build_rejects_wrong_length():
    with pytest.raises(ValueError, match="stimulus_id"):
        build_neural_assembly(
            np.zeros((2, 1, 1)), stimulus_id=["a"], repetition=[0, 1], neuroid_id=["n"], region="V4",
            animal="m", time_bin_start=[0], time_bin_end=[100],
        )


def test_build_rejects_duplicate_neuroids():
    with pytest.raises(ValueError, match="neuroid_id"):
        build_neural_assembly(
            np.zeros((1, 2, 1)), stimulus_id=["a"], repetition=[0], neuroid_id=["n", "n"], region="V4",
            animal="m", time_bin_start=[0], time_bin_end=[100],
        )


def test_build_rejects_name_collision():
    with pytest.raises(ValueError, match="used twice"):
        build_neural_assembly(
            np.zeros((1, 1, 1)), stimulus_id=["a"], repetition=[0], neuroid_id=["n"], region="V4",
            animal="m", time_bin_start=[0], time_bin_end=[100], neuroid_coords={"stimulus_id": ["x"]},
        )


def test_build_rejects_2d_responses():
    with pytest.raises(ValueError, match="time_bin"):
        build_neural_assembly(
            np.zeros((1, 1)), stimulus_id=["a"], repetition=[0], neuroid_id=["n"], region="V4",
            animal="m", time_bin_start=[0], time_bin_end=[100],
        )


def test_validate_missing_coord():
    assembly = _assembly().drop_vars("neuroid_id")
    with pytest.raises(ValueError, match="neuroid_id"):
        validate_neural_assembly(assembly)


def test_netcdf_round_trip(tmp_path):
    assembly = _assembly()
    path = write_netcdf(assembly, tmp_path / "nested" / "assembly.nc")
    loaded = read_netcdf(path)
    xr.testing.assert_identical(loaded, assembly)
    assert loaded.attrs == {"identifier": "test.assembly", "rate": 1.5}


def test_netcdf_layout(tmp_path):
    path = write_netcdf(_assembly(), tmp_path / "assembly.nc")
    with xr.open_dataset(path) as dataset:
        assert list(dataset.data_vars) == ["data"]
        assert dataset["data"].dims == ("presentation", "neuroid", "time_bin")
        assert "stimulus_id" in dataset.coords
    assert [entry.name for entry in tmp_path.iterdir()] == ["assembly.nc"]


def test_multiindex_written_plain(tmp_path):
    assembly = _assembly().set_index(
        presentation=["stimulus_id", "repetition"], neuroid=["neuroid_id", "region"]
    )
    loaded = read_netcdf(write_netcdf(assembly, tmp_path / "multi.nc"))
    assert len(loaded.indexes) == 0
    assert list(loaded["stimulus_id"].values) == ["b", "b", "a", "b", "a"]
    assert loaded["neuroid_id"].dims == ("neuroid",)
    np.testing.assert_array_equal(loaded.values, _assembly().values)


def test_read_single_other_variable(tmp_path):
    _assembly().to_dataset(name="__xarray_dataarray_variable__").to_netcdf(tmp_path / "old.nc")
    loaded = read_netcdf(tmp_path / "old.nc")
    np.testing.assert_array_equal(loaded.values, _assembly().values)


def test_read_rejects_many_variables(tmp_path):
    dataset = xr.Dataset({"one": ("x", [1]), "two": ("x", [2])})
    dataset.to_netcdf(tmp_path / "two.nc")
    with pytest.raises(ValueError, match="'data'"):
        read_netcdf(tmp_path / "two.nc")


def test_average_sorted_and_nan_aware():
    values = np.arange(15, dtype=float).reshape(5, 3)
    values[1, 0] = np.nan
    values[2, 2] = np.nan
    values[4, 2] = np.nan
    average = average_repetitions(_assembly(values))
    assert average.dims == ("presentation", "neuroid")
    assert list(average["stimulus_id"].values) == ["a", "b"]
    expected = np.array(
        [
            [(6 + 12) / 2, (7 + 13) / 2, np.nan],
            [(0 + 9) / 2, (1 + 4 + 10) / 3, (2 + 5 + 11) / 3],
        ]
    )
    np.testing.assert_allclose(average.values, expected)


def test_average_coords():
    average = average_repetitions(_assembly())
    assert list(average["object_name"].values) == ["ant", "bird"]
    assert "repetition" not in average.coords
    assert "trial" not in average.coords
    assert list(average["electrode"].values) == [10, 11, 12]
    assert int(average["time_bin_start"]) == 70
    assert average.attrs["identifier"] == "test.assembly"


def test_average_multiple_time_bins_rejected():
    assembly = xr.concat([_assembly(), _assembly()], dim="time_bin")
    with pytest.raises(ValueError, match="single time bin"):
        average_repetitions(assembly)


def test_repetition_array_padding():
    stimulus_ids, responses = to_repetition_array(_assembly())
    assert list(stimulus_ids) == ["a", "b"]
    assert responses.shape == (2, 3, 3)
    np.testing.assert_array_equal(responses[0, :, 0], [6, 7, 8])
    np.testing.assert_array_equal(responses[0, :, 1], [12, 13, 14])
    assert np.isnan(responses[0, :, 2]).all()
    np.testing.assert_array_equal(responses[1, :, 2], [9, 10, 11])


def test_repetition_array_matches_average():
    assembly = _assembly()
    _, responses = to_repetition_array(assembly)
    np.testing.assert_allclose(np.nanmean(responses, axis=2), average_repetitions(assembly).values)


def test_repetition_missing():
    assembly = _assembly().drop_vars("repetition")
    with pytest.raises(ValueError, match="repetition") as raised:
        to_repetition_array(assembly)
    assert "Single-trial data" in str(raised.value)


def test_repetition_duplicates_rejected():
    assembly = _assembly().assign_coords(repetition=("presentation", [0, 0, 0, 1, 1]))
    with pytest.raises(ValueError, match="more than once"):
        to_repetition_array(assembly)
