"""Loader of the official Brain-Score MajajHong2015 files (macaque V4 and IT, HvM images).

Majaj, Hong, Solomon & DiCarlo (2015), "Simple learned weighted sums of inferior temporal
neuronal firing rates accurately predict human core object recognition performance", J Neurosci
35(39). The data is not mirrored, so users who have the Brain-Score (BrainIO) files put them in
one folder, `data_dir`. Each access level is one BrainIO package of three files:

============  ===============================  ====================  ============
access        assembly (netCDF4)               stimulus set          variations
============  ===============================  ====================  ============
``public``    dicarlo.MajajHong2015.public     dicarlo.hvm-public    0 and 3
``private``   dicarlo.MajajHong2015.private    dicarlo.hvm-private   6
============  ===============================  ====================  ============

File names follow BrainIO (brain-score/vision ``brainscore_vision/data_helpers/s3.py``,
``get_path``): ``assy_<identifier with . replaced by _>.nc`` for the assembly and
``image_<identifier>.csv`` / ``.zip`` for the stimulus set (``stimulus_`` instead of ``image_``
is accepted too, the prefix of brain-score/brainio ``packaging.py``). A file may lie directly
in `data_dir` or in the subfolder of its stem, which is the layout of the BrainIO download
cache ``~/.brainio`` (brain-score/brainio ``fetch.py``), so that cache folder can be used as is.

The split into variations follows brain-score/vision
``brainscore_vision/data/majajhong2015/data_packaging/data_packaging.py``
(``{'public': [0, 3], 'private': [6]}``). The assembly has one time bin, 70-170 ms after
stimulus onset, with dims presentation x neuroid x time_bin; presentation coordinates include
``stimulus_id``, ``repetition``, ``object_name`` and ``variation``, and neuroid coordinates
include ``neuroid_id``, ``region`` (``V4`` or ``IT``) and ``animal`` (brain-score/brainio
README, which prints ``dicarlo.MajajHong2015.public``).

Benchmarks built on this data score variation 6 (private) and select layers on variations 0
and 3 (public), with cross-validation stratified by ``object_name``. Images span 8 degrees.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
import xarray as xr

from ventral.assemblies import NEUROID, PRESENTATION, TIME_BIN, read_netcdf, validate_neural_assembly
from ventral.stimuli import ImageLocation, StimulusSet

_logger = logging.getLogger(__name__)

#: Environment variable naming the folder that contains the BrainIO files.
DATA_DIR_ENV = "VENTRAL_BRAINIO_DIR"
#: Environment variable of the BrainIO download cache, used when `DATA_DIR_ENV` is unset.
BRAINIO_HOME_ENV = "BRAINIO_HOME"
REGIONS = ("V4", "IT")
#: Response window in ms after stimulus onset. Responses are averaged over the time bins inside it.
TIME_WINDOW = (70, 170)
SELECTION_VARIATIONS = (0, 3)
SCORING_VARIATIONS = (6,)
ALL_VARIATIONS = (0, 3, 6)
STRATIFICATION_COORD = "object_name"
#: Stimulus width in degrees of visual angle: brain-score/vision
#: ``brainscore_vision/benchmarks/majajhong2015/benchmark.py`` (``VISUAL_DEGREES = 8``) and
#: ``data/majajhong2015/data_packaging/data_packaging.py`` (``{'hvm': 8}``).
STIMULUS_DEGREES = 8.0
#: Presentation coordinates taken from the stimulus set when the assembly lacks them.
STIMULUS_METADATA = ("object_name", "variation", "category_name")


@dataclass(frozen=True)
class Package:
    """One BrainIO package: an assembly and the stimulus set it refers to.

    Attributes:
        access: ``public`` or ``private``.
        assembly_identifier: BrainIO identifier of the assembly.
        stimulus_set_identifier: BrainIO identifier of the stimulus set.
        variations: HvM variation levels the package contains.
        sha1: SHA-1 of the assembly, stimulus CSV and stimulus zip, as registered in
            brain-score/vision ``brainscore_vision/data/majajhong2015/__init__.py``.
    """

    access: str
    assembly_identifier: str
    stimulus_set_identifier: str
    variations: tuple[int, ...]
    sha1: dict[str, str]

    @property
    def assembly_file_name(self) -> str:
        """File name of the assembly, e.g. ``assy_dicarlo_MajajHong2015_public.nc``."""
        return "assy_" + self.assembly_identifier.replace(".", "_") + ".nc"

    def stimulus_file_names(self, extension: str) -> tuple[str, ...]:
        """Accepted file names of the stimulus ``csv`` or ``zip``, the preferred one first."""
        stem = self.stimulus_set_identifier.replace(".", "_")
        return (f"image_{stem}.{extension}", f"stimulus_{stem}.{extension}")


PACKAGES: dict[str, Package] = {
    "public": Package(
        access="public",
        assembly_identifier="dicarlo.MajajHong2015.public",
        stimulus_set_identifier="dicarlo.hvm-public",
        variations=(0, 3),
        sha1={
            "assembly": "13d28ca0ce88ee550b54db3004374ae19096e9b9",
            "csv": "5ca7a3da00d8e9c694a9cd725df5ba0ad6d735af",
            "zip": "8aa44e038d7b551efa8077467622f9d48d72e473",
        },
    ),
    "private": Package(
        access="private",
        assembly_identifier="dicarlo.MajajHong2015.private",
        stimulus_set_identifier="dicarlo.hvm-private",
        variations=(6,),
        sha1={
            "assembly": "7a40d16148d6f82939155f0bd976d310857fb156",
            "csv": "6ff4981722fa05feb73a2bd26bbbba8b50dc29a6",
            "zip": "d7b1ca1876dad87e15b0242b4c82c0203ff3cbd3",
        },
    ),
}


class MajajHongDataError(Exception):
    """The MajajHong2015 files are missing, corrupt or not in the BrainIO layout."""


def data_dir() -> Path:
    """Return the folder searched for the BrainIO files.

    ``VENTRAL_BRAINIO_DIR`` wins; otherwise ``BRAINIO_HOME``; otherwise ``~/.brainio``, the
    default download cache of BrainIO.
    """
    for variable in (DATA_DIR_ENV, BRAINIO_HOME_ENV):
        configured = os.environ.get(variable)
        if configured:
            return Path(configured).expanduser()
    return Path.home() / ".brainio"


def packages_for(variations: Iterable[int]) -> tuple[Package, ...]:
    """Return the packages that contain `variations`, public first."""
    variations = _validated_variations(variations)
    return tuple(package for package in PACKAGES.values() if set(package.variations) & set(variations))


def availability(
    variations: Iterable[int] = ALL_VARIATIONS, directory: str | os.PathLike | None = None
) -> tuple[bool, str]:
    """Check that the files for `variations` are present.

    Returns:
        (available, message): the message names each missing file and where to put it. Only
        presence is checked here, because `load_assembly` verifies the SHA-1 of each file.
    """
    variations = _validated_variations(variations)
    folder = Path(directory).expanduser() if directory is not None else data_dir()
    missing = []
    for package in packages_for(variations):
        for kind, names in _package_files(package):
            if _find_file(folder, names) is None:
                missing.append(
                    f"  - {names[0]} ({kind} of {package.access} package {package.assembly_identifier!r} / "
                    f"{package.stimulus_set_identifier!r}): put it at {folder / names[0]} "
                    f"or {folder / Path(names[0]).stem / names[0]}"
                )
    if not missing:
        return True, f"All MajajHong2015 files for variations {list(variations)} are present in {folder}."
    return False, (
        f"MajajHong2015 files for variations {list(variations)} are missing from {folder}:\n"
        + "\n".join(missing)
        + f"\nSet {DATA_DIR_ENV} to the folder that holds them. The public package is what "
        "brainscore_vision.load_dataset('MajajHong2015.public') downloads into ~/.brainio; the private "
        "package needs Brain-Score private data access."
    )


def load_assembly(
    region: str,
    variations: Sequence[int],
    *,
    directory: str | os.PathLike | None = None,
    verify_sha1: bool = True,
) -> tuple[xr.DataArray, StimulusSet]:
    """Load the single-trial responses of one region for the given HvM variations.

    Args:
        region: ``"V4"`` or ``"IT"``.
        variations: HvM variation levels, a non-empty subset of (0, 3, 6), e.g.
            `SELECTION_VARIATIONS` or `SCORING_VARIATIONS`.
        directory: folder with the BrainIO files; defaults to `data_dir`.
        verify_sha1: compare each file with the SHA-1 Brain-Score registered; turn it off only
            for files written in the same layout by other means (e.g. tests).

    Returns:
        assembly: DataArray with dims (presentation, neuroid, time_bin), one presentation per
            trial, one time bin ``time_bin_start`` = 70, ``time_bin_end`` = 170 holding the
            mean over the file's time bins inside `TIME_WINDOW` (the file's own single
            70-170 ms bin for the official assemblies), in the file's units. Presentation
            coordinates include ``stimulus_id``, ``repetition``, ``object_name`` and
            ``variation``; neuroid coordinates include ``neuroid_id``, ``region`` and ``animal``.
        stimulus_set: the images of the loaded presentations, in CSV order, with the CSV's
            metadata columns.

    Raises:
        MajajHongDataError: a file is missing, fails its SHA-1 check, or lacks the expected
            variables or coordinates.
    """
    region = _validated_region(region)
    variations = _validated_variations(variations)
    folder = Path(directory).expanduser() if directory is not None else data_dir()
    available, message = availability(variations, folder)
    if not available:
        raise MajajHongDataError(message)

    assemblies = []
    stimulus_tables = []
    locations: list[ImageLocation] = []
    for package in packages_for(variations):
        stimuli, package_locations = _load_stimulus_table(package, folder, verify_sha1)
        assembly = _load_package_assembly(package, folder, region, variations, stimuli, verify_sha1)
        keep = stimuli["stimulus_id"].isin(set(assembly["stimulus_id"].values)).to_numpy()
        stimulus_tables.append(stimuli[keep])
        locations.extend(location for location, kept in zip(package_locations, keep) if kept)
        assemblies.append(assembly)

    assembly = _concatenate_presentations(assemblies)
    assembly.attrs.update(
        region=region,
        variations=list(variations),
        stimulus_set_identifier=_stimulus_set_identifier(variations),
    )
    validate_neural_assembly(assembly)
    stimulus_set = StimulusSet(
        _stimulus_set_identifier(variations), pd.concat(stimulus_tables, ignore_index=True), locations
    )
    _logger.info(
        "loaded MajajHong2015 %s, variations %s: %d presentations, %d neuroids, %d stimuli",
        region, list(variations), assembly.sizes[PRESENTATION], assembly.sizes[NEUROID], len(stimulus_set),
    )
    return assembly, stimulus_set


def _package_files(package: Package) -> list[tuple[str, tuple[str, ...]]]:
    return [
        ("assembly", (package.assembly_file_name,)),
        ("stimulus CSV", package.stimulus_file_names("csv")),
        ("stimulus zip", package.stimulus_file_names("zip")),
    ]


def _find_file(folder: Path, names: Sequence[str]) -> Path | None:
    """Return the first existing ``<folder>/<name>`` or ``<folder>/<stem>/<name>``."""
    for name in names:
        for candidate in (folder / name, folder / Path(name).stem / name):
            if candidate.is_file():
                return candidate
    return None


def _required_file(folder: Path, names: Sequence[str], expected_sha1: str, verify_sha1: bool) -> Path:
    path = _find_file(folder, names)
    if path is None:
        raise MajajHongDataError(f"{names[0]} is missing from {folder}.")
    if verify_sha1:
        actual = _sha1(path, path.stat().st_size, path.stat().st_mtime_ns)
        if actual != expected_sha1:
            raise MajajHongDataError(
                f"{path} has SHA-1 {actual}, but Brain-Score registered {expected_sha1} for it. Replace it with "
                "the official file, or pass verify_sha1=False to load a different version at your own risk."
            )
    return path


@functools.lru_cache(maxsize=None)
def _sha1(path: Path, size: int, mtime_ns: int) -> str:
    """Return the SHA-1 of `path`; `size` and `mtime_ns` only key the cache."""
    digest = hashlib.sha1()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _load_stimulus_table(package: Package, folder: Path, verify_sha1: bool) -> tuple[pd.DataFrame, list[ImageLocation]]:
    """Read the stimulus CSV and locate each image in the zip archive.

    BrainIO stores the image's name inside the archive in the column ``filename``; legacy
    packages name the id column ``image_id`` (brain-score/brainio ``stimuli.py``).
    """
    csv_path = _required_file(folder, package.stimulus_file_names("csv"), package.sha1["csv"], verify_sha1)
    zip_path = _required_file(folder, package.stimulus_file_names("zip"), package.sha1["zip"], verify_sha1)
    table = pd.read_csv(csv_path)
    if "stimulus_id" not in table.columns and "image_id" in table.columns:
        table = table.rename(columns={"image_id": "stimulus_id"})
    missing = [column for column in ("stimulus_id", "filename", "object_name", "variation") if column not in table]
    if missing:
        raise MajajHongDataError(f"{csv_path} lacks the columns {missing} (columns: {list(table.columns)}).")
    table["stimulus_id"] = table["stimulus_id"].astype(str)

    with zipfile.ZipFile(zip_path) as archive:
        names = [name for name in archive.namelist() if not name.endswith("/")]
    by_base_name: dict[str, list[str]] = {}
    for name in names:
        by_base_name.setdefault(name.rsplit("/", 1)[-1], []).append(name)
    members = []
    for file_name in table["filename"].astype(str):
        if file_name in names:
            members.append(file_name)
        elif len(by_base_name.get(file_name.rsplit("/", 1)[-1], [])) == 1:
            members.append(by_base_name[file_name.rsplit("/", 1)[-1]][0])
        else:
            raise MajajHongDataError(f"{zip_path} has no single member named {file_name!r} (from {csv_path}).")
    return table.reset_index(drop=True), [ImageLocation(zip_path, member) for member in members]


def _load_package_assembly(
    package: Package,
    folder: Path,
    region: str,
    variations: tuple[int, ...],
    stimuli: pd.DataFrame,
    verify_sha1: bool,
) -> xr.DataArray:
    path = _required_file(folder, (package.assembly_file_name,), package.sha1["assembly"], verify_sha1)
    assembly = read_netcdf(path)
    if "stimulus_id" not in assembly.coords and "image_id" in assembly.coords:
        assembly = assembly.rename({"image_id": "stimulus_id"})
    try:
        validate_neural_assembly(assembly)
    except (TypeError, ValueError) as error:
        raise MajajHongDataError(f"{path} is not a BrainIO neural assembly: {error}") from error
    assembly = _add_stimulus_metadata(assembly, stimuli, path)

    assembly = assembly.isel({NEUROID: np.flatnonzero(assembly["region"].values == region)})
    if assembly.sizes[NEUROID] == 0:
        raise MajajHongDataError(f"{path} has no neuroids with region {region!r}.")
    variation = assembly["variation"].values.astype(int)
    assembly = assembly.isel({PRESENTATION: np.flatnonzero(np.isin(variation, variations))})
    return _average_time_window(assembly, path)


def _add_stimulus_metadata(assembly: xr.DataArray, stimuli: pd.DataFrame, path: Path) -> xr.DataArray:
    """Copy `STIMULUS_METADATA` columns of the stimulus set onto presentations that lack them."""
    lookup = stimuli.set_index("stimulus_id")
    stimulus_ids = pd.Index(assembly["stimulus_id"].values.astype(str))
    unknown = stimulus_ids.difference(lookup.index)
    if len(unknown):
        raise MajajHongDataError(
            f"{path}: {len(unknown)} stimulus ids are not in the stimulus set, e.g. {list(unknown[:3])}."
        )
    added = {}
    for name in STIMULUS_METADATA:
        if name not in assembly.coords and name in lookup.columns:
            added[name] = (PRESENTATION, lookup.loc[stimulus_ids, name].to_numpy())
    assembly = assembly.assign_coords(added)
    for name in ("repetition", "object_name", "variation"):
        if name not in assembly.coords:
            raise MajajHongDataError(f"{path}: the assembly has no {name!r} coordinate on {PRESENTATION!r}.")
    return assembly


def _average_time_window(assembly: xr.DataArray, path: Path) -> xr.DataArray:
    """Average the time bins that lie inside `TIME_WINDOW` into one bin labelled 70-170 ms."""
    starts = assembly["time_bin_start"].values.astype(float)
    ends = assembly["time_bin_end"].values.astype(float)
    inside = np.flatnonzero((starts >= TIME_WINDOW[0]) & (ends <= TIME_WINDOW[1]))
    if inside.size == 0:
        bins = list(zip(starts.tolist(), ends.tolist()))
        raise MajajHongDataError(f"{path}: no time bin lies inside {TIME_WINDOW[0]}-{TIME_WINDOW[1]} ms; bins: {bins}.")
    window = assembly.isel({TIME_BIN: inside})
    averaged = window.mean(TIME_BIN, keep_attrs=True).transpose(PRESENTATION, NEUROID)
    averaged = averaged.drop_vars([name for name, coord in averaged.coords.items() if TIME_BIN in coord.dims])
    averaged = averaged.expand_dims(TIME_BIN, axis=2).assign_coords(
        time_bin_start=(TIME_BIN, [TIME_WINDOW[0]]), time_bin_end=(TIME_BIN, [TIME_WINDOW[1]])
    )
    return averaged


def _concatenate_presentations(assemblies: list[xr.DataArray]) -> xr.DataArray:
    """Stack package assemblies along presentation, requiring the same neuroids in the same order."""
    first = assemblies[0]
    for other in assemblies[1:]:
        if not np.array_equal(first["neuroid_id"].values, other["neuroid_id"].values):
            raise MajajHongDataError(
                "The public and private assemblies list different neuroids; they cannot be combined."
            )
    if len(assemblies) == 1:
        return first
    presentation_names = set.intersection(
        *({name for name, coord in assembly.coords.items() if coord.dims == (PRESENTATION,)} for assembly in assemblies)
    )
    trimmed = [
        assembly.drop_vars(
            [name for name, coord in assembly.coords.items() if coord.dims == (PRESENTATION,) and name not in presentation_names]
        )
        for assembly in assemblies
    ]
    return xr.concat(trimmed, dim=PRESENTATION, coords="minimal", compat="override", combine_attrs="override")


def _stimulus_set_identifier(variations: tuple[int, ...]) -> str:
    return "dicarlo.hvm.variation-" + "-".join(str(variation) for variation in variations)


def _validated_region(region: str) -> str:
    if region not in REGIONS:
        raise ValueError(f"Unknown MajajHong2015 region {region!r}; use one of {REGIONS}.")
    return region


def _validated_variations(variations: Iterable[int]) -> tuple[int, ...]:
    if isinstance(variations, (int, np.integer)):
        variations = (variations,)
    values = tuple(sorted(set(int(variation) for variation in variations)))
    if not values or not set(values) <= set(ALL_VARIATIONS):
        raise ValueError(f"variations {list(values)} are invalid; use a non-empty subset of {ALL_VARIATIONS}.")
    return values
