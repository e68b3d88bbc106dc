"""Human object-discrimination trials of Rajalingham et al. 2018, read from the official BrainIO files.

Rajalingham, Issa, Bashivan, Kar, Schmidt & DiCarlo (2018), "Large-scale, high-resolution
comparison of the core visual object recognition behavior of humans, monkeys, and
state-of-the-art deep artificial neural networks", J. Neurosci. 38(33). Humans saw an
image of one of 24 objects for 100 ms, then chose between that object (`sample_obj`) and
a distractor (`dist_obj`).

The files are not in the mirror. Brain-Score distributes them (brainscore_vision
``data/rajalingham2018/__init__.py``) as BrainIO files, named after the identifier with
dots replaced by underscores:

- behavioral assembly ``assy_dicarlo_Rajalingham2018_<access>.nc``: netCDF with one value
  per trial (the chosen object) along the dimension `presentation`. The trial coordinates
  are stored as plain coordinates (the MultiIndex reset): `stimulus_id` (``image_id`` in
  older files), `sample_obj`, `dist_obj`, `choice`, `truth` and further trial metadata.
- stimulus set ``image_dicarlo_objectome_<access>.csv`` (one row per image: `stimulus_id`
  or ``image_id``, `filename` inside the zip, and metadata such as `image_label`) with the
  images in ``image_dicarlo_objectome_<access>.zip``.

"public" contains the 2160 images Brain-Score fits its readout on; "private" contains the 240
images with enough human trials for the I2n benchmark. Put the files in one folder and pass
it as `folder`, or set the environment variable VENTRAL_BRAINIO_DIR; the default folder is
``~/.brainio`` (or $BRAINIO_HOME), BrainIO's own download cache.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import xarray as xr

from ventral import config
from ventral.stimuli import StimulusSet

#: Environment variable naming the folder that contains the official BrainIO files.
BRAINIO_FOLDER_VARIABLE = "VENTRAL_BRAINIO_DIR"
ACCESS_LEVELS = ("public", "private")
TRIAL_COLUMNS = ("stimulus_id", "sample_obj", "dist_obj", "choice", "truth")
# NOTE: BrainIO stimulus sets do not fix the name of the label column; these are tried in order.
LABEL_COLUMNS = ("image_label", "label", "image_sample_obj", "sample_obj")
_SUBJECT_COLUMNS = ("subject", "worker_id", "WorkerID")


class OfficialDataUnavailableError(FileNotFoundError):
    """An official data file that the mirror does not carry was not supplied."""


@dataclass(frozen=True)
class OfficialFile:
    """A BrainIO file by name, with the SHA-1 that Brain-Score's registry lists for it."""

    filename: str
    sha1: str


#: The BrainIO files per access level, with the SHA-1 digests of brainscore_vision's
#: ``data/rajalingham2018/__init__.py``.
OFFICIAL_FILES = {
    "public": {
        "assembly": OfficialFile("assy_dicarlo_Rajalingham2018_public.nc", "34c6a8b6f7c523589c1861e4123232e5f7c7df4c"),
        "stimulus_csv": OfficialFile("image_dicarlo_objectome_public.csv", "47884e17106a3be471d6481279cab33889b80850"),
        "stimulus_zip": OfficialFile("image_dicarlo_objectome_public.zip", "064f2955f98e63867755fee2e3ead8cddf6bfab8"),
    },
    "private": {
        "assembly": OfficialFile("assy_dicarlo_Rajalingham2018_private.nc", "516f13793d1c5b72bb445bb4008448ce97a02d23"),
        "stimulus_csv": OfficialFile("image_dicarlo_objectome_private.csv", "ac38e8f7c08fa8294ed25a3bf84a6adb108bf3fc"),
        "stimulus_zip": OfficialFile("image_dicarlo_objectome_private.zip", "ccd39f7f9b8b4a92da06e3960d06225e46208593"),
    },
}


def official_folder(folder: str | os.PathLike | None = None) -> Path:
    """Return the folder to look in: `folder`, else the folder shared with the other official-data loaders.

    That folder is $VENTRAL_BRAINIO_DIR, else $BRAINIO_HOME, else ``~/.brainio`` (BrainIO's own cache).
    """
    if folder is not None:
        return Path(folder).expanduser()
    from ventral.datasets.majajhong2015 import data_dir

    return data_dir()


def load_trials(access: str, *, folder: str | os.PathLike | None = None, verify: bool = True) -> pd.DataFrame:
    """Return the human trials of `access` ("public" or "private"), one row per trial in file order.

    `verify` checks the file's SHA-1 against Brain-Score's registry. Raises
    OfficialDataUnavailableError, naming the file and where to put it, when it is missing.
    Columns: see `read_behavioral_assembly`.
    """
    path = _official_path(access, "assembly", folder, verify)
    return read_behavioral_assembly(path)


def load_stimulus_set(
    access: str, *, folder: str | os.PathLike | None = None, verify: bool = True
) -> StimulusSet:
    """Return the images of `access` as a StimulusSet named ``dicarlo.objectome.<access>``.

    The "public" set is the readout's fitting set; its labels are `object_labels(stimulus_set)`.
    """
    csv_path = _official_path(access, "stimulus_csv", folder, verify)
    zip_path = _official_path(access, "stimulus_zip", folder, verify)
    return read_stimulus_set(f"dicarlo.objectome.{access}", csv_path, zip_path)


def read_behavioral_assembly(path: str | os.PathLike) -> pd.DataFrame:
    """Read a BrainIO behavioral assembly (netCDF) into a trial table, keeping the file's trial order.

    The data variable is `data` when present, else the file's only data variable; it must
    have the single dimension `presentation`. Every coordinate along `presentation`
    becomes a column; bytes are decoded as UTF-8. ``image_id`` is renamed to
    `stimulus_id` when the latter is missing, `choice` is taken from the data when no such
    coordinate exists, `truth` defaults to `sample_obj`, and `subject` is copied from
    `worker_id` or ``WorkerID`` when present.
    """
    path = Path(path)
    with xr.open_dataset(path) as dataset:
        dataset = dataset.load()
    data = _data_variable(dataset, path)
    if data.dims != ("presentation",):
        raise ValueError(f"{path}: the data variable has dims {data.dims}; a behavioral assembly has ('presentation',)")

    columns = {
        name: _decoded(coordinate.values)
        for name, coordinate in data.coords.items()
        if coordinate.dims == ("presentation",)
    }
    trials = pd.DataFrame(columns)
    values = _decoded(data.values)
    if "choice" in trials and not (trials["choice"].to_numpy() == values).all():
        raise ValueError(f"{path}: the data values differ from the 'choice' coordinate; the file is inconsistent")
    trials["choice"] = values
    if "stimulus_id" not in trials and "image_id" in trials:
        trials = trials.rename(columns={"image_id": "stimulus_id"})
    if "truth" not in trials and "sample_obj" in trials:
        trials["truth"] = trials["sample_obj"]
    if "subject" not in trials:
        for column in _SUBJECT_COLUMNS[1:]:
            if column in trials:
                trials["subject"] = trials[column]
                break

    missing = [column for column in TRIAL_COLUMNS if column not in trials]
    if missing:
        raise ValueError(
            f"{path}: the assembly has no coordinate(s) {missing} along 'presentation' (it has {sorted(columns)}); "
            "an object-discrimination assembly needs stimulus_id (or image_id), sample_obj, dist_obj and choice"
        )
    trials["stimulus_id"] = trials["stimulus_id"].astype(str)
    return trials


def read_stimulus_set(identifier: str, csv_path: str | os.PathLike, zip_path: str | os.PathLike) -> StimulusSet:
    """Read a BrainIO stimulus set: a CSV with `stimulus_id` (or ``image_id``) and `filename`, images in a zip."""
    table = pd.read_csv(csv_path)
    if "stimulus_id" not in table and "image_id" in table:
        table = table.rename(columns={"image_id": "stimulus_id"})
    missing = [column for column in ("stimulus_id", "filename") if column not in table]
    if missing:
        raise ValueError(
            f"{csv_path}: missing column(s) {missing}; a BrainIO stimulus CSV has stimulus_id and filename"
        )
    table["stimulus_id"] = table["stimulus_id"].astype(str)
    return StimulusSet.from_zip(identifier, table, zip_path, [str(name) for name in table["filename"]])


def object_labels(stimulus_set: StimulusSet) -> np.ndarray:
    """Return the object label of each image of `stimulus_set`, shape (n_images,), in set order."""
    table = stimulus_set.stimuli
    for column in LABEL_COLUMNS:
        if column in table:
            return table[column].astype(str).to_numpy()
    raise ValueError(
        f"stimulus set {stimulus_set.identifier!r} has none of the label columns {list(LABEL_COLUMNS)} "
        f"(it has {list(table.columns)}); the readout needs the object shown in each image"
    )


def _official_path(access: str, role: str, folder: str | os.PathLike | None, verify: bool) -> Path:
    """Return the path of one official file, raising when it is missing or has the wrong SHA-1."""
    if access not in OFFICIAL_FILES:
        raise ValueError(f"unknown access level {access!r}; choose one of {list(ACCESS_LEVELS)}")
    official = OFFICIAL_FILES[access][role]
    location = official_folder(folder)
    path = location / official.filename
    if not path.is_file():
        raise OfficialDataUnavailableError(
            f"Rajalingham2018 {access} data is unavailable: {official.filename} (SHA-1 {official.sha1}) is not in "
            f"{location}. The mirror does not carry it; supply the official BrainIO file there, or set "
            f"{BRAINIO_FOLDER_VARIABLE} (or pass folder=...) to the folder that contains it. Brain-Score distributes "
            "it as "
            f"https://brainio-brainscore.s3.amazonaws.com/{official.filename}"
        )
    if verify:
        actual = _sha1_file(path)
        if actual != official.sha1:
            raise ValueError(
                f"{path} has SHA-1 {actual}, but the official {official.filename} has {official.sha1}; "
                "supply the official file (or pass verify=False to read a file of the same layout)"
            )
    return path


def _data_variable(dataset: xr.Dataset, path: Path) -> xr.DataArray:
    names = list(dataset.data_vars)
    if "data" in names:
        return dataset["data"]
    if len(names) == 1:
        return dataset[names[0]]
    raise ValueError(f"{path}: expected a data variable 'data' or a single data variable; found {names}")


def _decoded(values: np.ndarray) -> np.ndarray:
    """Decode byte strings (older BrainIO files store '|S' arrays) to str; pass other values through."""
    values = np.asarray(values)
    if values.dtype.kind == "S" or (values.dtype == object and len(values) and isinstance(values.flat[0], bytes)):
        return np.array([value.decode("utf-8") for value in values], dtype=object)
    return values


def _sha1_file(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
