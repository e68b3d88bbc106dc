"""Neural assemblies: responses as an xarray DataArray in the BrainIO layout.

An assembly has dims ``(presentation, neuroid, time_bin)`` and plain (non-index) coordinates:

- presentation: ``stimulus_id``, ``repetition`` (trial number per stimulus) and stimulus metadata;
- neuroid: ``neuroid_id``, ``region``, ``animal`` and other per-recording-site metadata;
- time_bin: ``time_bin_start`` and ``time_bin_end`` in ms.

On disk, an assembly is a netCDF4 file whose variable is named ``data`` and whose pandas
MultiIndex coordinates are reset to plain coordinates. That is the layout BrainIO's
``write_netcdf`` produces (brainio 0.2, ``brainio/packaging.py``), so official Brain-Score
assemblies load with `read_netcdf` and ours load in BrainIO.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Mapping

import numpy as np
import pandas as pd
import xarray as xr

from ventral.fetch import write_atomically

_logger = logging.getLogger(__name__)

PRESENTATION = "presentation"
NEUROID = "neuroid"
TIME_BIN = "time_bin"
NEURAL_DIMS = (PRESENTATION, NEUROID, TIME_BIN)
#: Coordinates every neural assembly must have, by dimension.
REQUIRED_COORDS = {
    PRESENTATION: ("stimulus_id",),
    NEUROID: ("neuroid_id", "region"),
    TIME_BIN: ("time_bin_start", "time_bin_end"),
}


def build_neural_assembly(
    responses: np.ndarray,
    *,
    stimulus_id: Any,
    repetition: Any,
    neuroid_id: Any,
    region: str | Any,
    animal: str | Any,
    time_bin_start: Any,
    time_bin_end: Any,
    presentation_coords: Mapping[str, Any] | None = None,
    neuroid_coords: Mapping[str, Any] | None = None,
    attrs: Mapping[str, Any] | None = None,
) -> xr.DataArray:
    """Return a neural assembly with plain coordinates and validate it.

    Args:
        responses: array of shape (n_presentations, n_neuroids, n_time_bins), e.g. spike counts.
        stimulus_id, repetition: one value per presentation.
        neuroid_id: one unique value per neuroid.
        region, animal: one value per neuroid, or a single string for all neuroids.
        time_bin_start, time_bin_end: one value per time bin, in ms.
        presentation_coords, neuroid_coords: extra coordinates, one value per presentation
            or per neuroid.
        attrs: attributes stored with the assembly (strings and numbers survive netCDF).
    """
    responses = np.asarray(responses)
    if responses.ndim != 3:
        raise ValueError(
            f"responses must have shape (presentation, neuroid, time_bin), got {responses.ndim} dims "
            f"with shape {responses.shape}; add a time_bin axis with responses[..., np.newaxis]."
        )
    n_presentations, n_neuroids, _ = responses.shape

    def per_neuroid(value: Any) -> np.ndarray:
        if isinstance(value, str):
            return np.full(n_neuroids, value, dtype=object)
        return np.asarray(value)

    coords: dict[str, tuple[str, np.ndarray]] = {
        "stimulus_id": (PRESENTATION, np.asarray(stimulus_id)),
        "repetition": (PRESENTATION, np.asarray(repetition)),
        "neuroid_id": (NEUROID, np.asarray(neuroid_id)),
        "region": (NEUROID, per_neuroid(region)),
        "animal": (NEUROID, per_neuroid(animal)),
        "time_bin_start": (TIME_BIN, np.asarray(time_bin_start)),
        "time_bin_end": (TIME_BIN, np.asarray(time_bin_end)),
    }
    for dim, extra in ((PRESENTATION, presentation_coords), (NEUROID, neuroid_coords)):
        for name, values in (extra or {}).items():
            if name in coords or name in NEURAL_DIMS:
                raise ValueError(
                    f"Coordinate name {name!r} is used twice, but xarray allows one coordinate per name. "
                    "Rename the extra coordinate."
                )
            coords[name] = (dim, np.asarray(values))

    for name, (dim, values) in coords.items():
        expected = responses.shape[NEURAL_DIMS.index(dim)]
        if values.ndim != 1 or len(values) != expected:
            raise ValueError(
                f"Coordinate {name!r} needs one value per {dim} ({expected}), got shape {values.shape}."
            )
    assembly = xr.DataArray(responses, dims=NEURAL_DIMS, coords=coords, attrs=dict(attrs or {}))
    validate_neural_assembly(assembly)
    if len(set(coords["neuroid_id"][1].tolist())) != n_neuroids:
        raise ValueError("neuroid_id values must be unique, but some repeat.")
    _logger.debug("built assembly with %d presentations and %d neuroids", n_presentations, n_neuroids)
    return assembly


def validate_neural_assembly(assembly: xr.DataArray) -> None:
    """Raise ValueError unless `assembly` has the neural dims and their required coordinates."""
    if not isinstance(assembly, xr.DataArray):
        raise TypeError(f"A neural assembly must be an xarray DataArray, got {type(assembly).__name__}.")
    if set(assembly.dims) != set(NEURAL_DIMS):
        raise ValueError(f"A neural assembly needs dims {NEURAL_DIMS}, got {assembly.dims}.")
    for dim, names in REQUIRED_COORDS.items():
        for name in names:
            if name not in assembly.coords:
                raise ValueError(
                    f"The neural assembly has no {name!r} coordinate on {dim!r} "
                    f"(coordinates: {sorted(map(str, assembly.coords))})."
                )
            if assembly.coords[name].dims != (dim,):
                raise ValueError(
                    f"Coordinate {name!r} must lie along {dim!r}, but it has dims {assembly.coords[name].dims}."
                )


def write_netcdf(assembly: xr.DataArray, path: str | os.PathLike) -> Path:
    """Write `assembly` to a netCDF4 file in the BrainIO layout and return the path.

    Indexes (pandas MultiIndex or plain) are reset to plain coordinates and the array is
    stored as the variable ``data``, zlib-compressed at level 1, as BrainIO does. Attributes
    that netCDF cannot store and that BrainIO drops (None, DataFrames, DataArrays) are
    dropped too. Other attribute types that netCDF cannot store raise an error. The file is written to a temporary
    name and moved into place, so readers never see a partial file.
    """
    path = Path(path)
    plain = _reset_indexes(assembly)
    attrs = {}
    for name, value in assembly.attrs.items():
        if value is None or isinstance(value, (pd.DataFrame, xr.DataArray)):
            _logger.debug("write_netcdf drops attribute %r of type %s", name, type(value).__name__)
            continue
        attrs[name] = value
    plain.attrs = attrs

    dataset = plain.to_dataset(name="data")
    encoding = {name: {"zlib": True, "complevel": 1} for name in dataset.variables}
    with write_atomically(path) as temporary:
        dataset.to_netcdf(temporary, engine="netcdf4", format="NETCDF4", encoding=encoding)
    return path


def read_netcdf(path: str | os.PathLike) -> xr.DataArray:
    """Load an assembly written by `write_netcdf` or by BrainIO, fully into memory.

    The variable ``data`` is read, or the single data variable of older files. Coordinates
    stay plain (no MultiIndex). The returned array has no name.
    """
    path = Path(path)
    with xr.open_dataset(path, engine="netcdf4") as dataset:
        if "data" in dataset.data_vars:
            name = "data"
        elif len(dataset.data_vars) == 1:
            name = next(iter(dataset.data_vars))
        else:
            raise ValueError(
                f"{path} contains data variables {sorted(dataset.data_vars)}, but read_netcdf expects "
                "one named 'data' (the BrainIO layout) or a single data variable."
            )
        assembly = dataset[name].load()
    return assembly.rename(None)


def average_repetitions(assembly: xr.DataArray) -> xr.DataArray:
    """Average the responses over repetitions of each stimulus, ignoring NaN.

    Args:
        assembly: dims (presentation, neuroid) or (presentation, neuroid, time_bin) with a
            single time bin, and a `stimulus_id` coordinate on presentation.

    Returns:
        DataArray of shape (n_stimuli, n_neuroids), dims (presentation, neuroid), with one
        presentation per unique `stimulus_id`, sorted by `stimulus_id`. A value is the mean
        over the non-NaN responses of that stimulus, or NaN where all are NaN. Presentation
        coordinates that are constant within every stimulus are kept; `repetition` and other
        trial-level coordinates are dropped. Neuroid coordinates, time-bin coordinates (as
        scalars) and attributes are kept.
    """
    assembly = _presentation_by_neuroid(assembly, "average_repetitions")
    stimulus_ids = _presentation_values(assembly, "stimulus_id", "average_repetitions")
    unique_ids, group = np.unique(stimulus_ids, return_inverse=True)

    values = assembly.values.astype(float, copy=False)
    present = ~np.isnan(values)
    sums = np.zeros((len(unique_ids), values.shape[1]))
    counts = np.zeros((len(unique_ids), values.shape[1]))
    np.add.at(sums, group, np.where(present, values, 0.0))
    np.add.at(counts, group, present)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(counts > 0, sums / counts, np.nan)

    first_row = _first_occurrence(group, len(unique_ids))
    coords: dict[str, Any] = {"stimulus_id": (PRESENTATION, unique_ids)}
    for name, coord in assembly.coords.items():
        if coord.dims == (PRESENTATION,) and name not in ("stimulus_id", "repetition", PRESENTATION):
            if _constant_within_groups(coord.values, group):
                coords[name] = (PRESENTATION, coord.values[first_row])
        elif coord.dims == (NEUROID,) or coord.dims == ():
            coords[name] = coord
    return xr.DataArray(means, dims=(PRESENTATION, NEUROID), coords=coords, attrs=dict(assembly.attrs))


def to_repetition_array(assembly: xr.DataArray) -> tuple[np.ndarray, np.ndarray]:
    """Arrange single-trial responses as a stimulus x neuroid x repetition array.

    Args:
        assembly: dims (presentation, neuroid) or (presentation, neuroid, time_bin) with a
            single time bin, and `stimulus_id` and `repetition` coordinates on presentation.

    Returns:
        stimulus_ids: array of shape (n_stimuli,), the unique ids sorted.
        responses: float array of shape (n_stimuli, n_neuroids, n_repetitions). Index k of the
            last axis is the k-th smallest unique `repetition` value. Missing trials are NaN.

    Raises:
        ValueError: `repetition` is missing, or a (stimulus_id, repetition) pair occurs twice.
    """
    assembly = _presentation_by_neuroid(assembly, "to_repetition_array")
    stimulus_ids = _presentation_values(assembly, "stimulus_id", "to_repetition_array")
    repetitions = _presentation_values(assembly, "repetition", "to_repetition_array")
    unique_ids, stimulus_index = np.unique(stimulus_ids, return_inverse=True)
    unique_repetitions, repetition_index = np.unique(repetitions, return_inverse=True)

    trial_keys = stimulus_index.astype(np.int64) * len(unique_repetitions) + repetition_index
    keys, key_counts = np.unique(trial_keys, return_counts=True)
    if np.any(key_counts > 1):
        repeated = keys[key_counts > 1][:3]
        examples = [
            (str(unique_ids[key // len(unique_repetitions)]), unique_repetitions[key % len(unique_repetitions)].item())
            for key in repeated
        ]
        raise ValueError(
            f"to_repetition_array found {int(np.sum(key_counts > 1))} (stimulus_id, repetition) pairs "
            f"that occur more than once, e.g. {examples}. Each trial needs its own repetition number."
        )

    responses = np.full((len(unique_ids), assembly.shape[1], len(unique_repetitions)), np.nan)
    responses[stimulus_index, :, repetition_index] = assembly.values
    return unique_ids, responses


def _presentation_by_neuroid(assembly: xr.DataArray, caller: str) -> xr.DataArray:
    """Return `assembly` as (presentation, neuroid), dropping a single time bin."""
    if not isinstance(assembly, xr.DataArray):
        raise TypeError(f"{caller} expects an xarray DataArray, got {type(assembly).__name__}.")
    assembly = _reset_indexes(assembly)
    if TIME_BIN in assembly.dims:
        n_bins = assembly.sizes[TIME_BIN]
        if n_bins != 1:
            raise ValueError(
                f"{caller} needs a single time bin, but the assembly has {n_bins}. "
                "Select one with assembly.isel(time_bin=i) or average them with assembly.mean('time_bin')."
            )
        assembly = assembly.isel({TIME_BIN: 0})
    if set(assembly.dims) != {PRESENTATION, NEUROID}:
        raise ValueError(f"{caller} needs dims (presentation, neuroid[, time_bin]), got {assembly.dims}.")
    return assembly.transpose(PRESENTATION, NEUROID)


def _reset_indexes(assembly: xr.DataArray) -> xr.DataArray:
    """Return a copy whose indexes, MultiIndex or plain, are turned into plain coordinates."""
    return assembly.reset_index(list(assembly.indexes)) if len(assembly.indexes) else assembly.copy()


def _presentation_values(assembly: xr.DataArray, name: str, caller: str) -> np.ndarray:
    if name not in assembly.coords or assembly.coords[name].dims != (PRESENTATION,):
        presentation_coords = sorted(
            str(key) for key, coord in assembly.coords.items() if coord.dims == (PRESENTATION,)
        )
        fix = (
            " Single-trial data is needed: build the assembly with one presentation per trial and "
            "a 'repetition' coordinate numbering the trials of each stimulus."
            if name == "repetition"
            else ""
        )
        raise ValueError(
            f"{caller} needs a {name!r} coordinate on the presentation dimension, but the assembly has "
            f"only {presentation_coords}.{fix}"
        )
    return np.asarray(assembly.coords[name].values)


def _first_occurrence(group: np.ndarray, n_groups: int) -> np.ndarray:
    """Return, for each group label 0..n_groups-1, the index of its first row."""
    first = np.full(n_groups, len(group), dtype=np.int64)
    np.minimum.at(first, group, np.arange(len(group)))
    return first


def _constant_within_groups(values: np.ndarray, group: np.ndarray) -> bool:
    distinct = pd.Series(values).groupby(group).nunique(dropna=False)
    return bool((distinct <= 1).all())
