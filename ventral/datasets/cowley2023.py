"""Macaque V4 responses to natural and synthesized images (Cowley, Stan, Pillow & Smith 2023).

Source: cowleygroup/V4_compact_models, folder ``data_V4_responses`` (GPL-3.0), data for
"Compact deep neural network models of visual cortex" (bioRxiv 2023). Utah-array spike
counts of V4 neurons in 100 ms bins. The images are 112 x 112 RGB JPEGs.

Per recording session the source contains:

- ``images/images_<session>.zip`` with ``image0001.jpg`` ... ``imageNNNN.jpg``. Image number k
  belongs to response column k - 1. Some archives add a top folder or list members out of order.
- ``responses_repeat_averaged/responses_<session>.npy``: float array (n_neurons, n_images).
- ``responses_raw/responses_<session>.npy`` (in this catalog only for 210325): float array
  (n_neurons, n_images, max_repeats), with trailing NaN where an image had fewer repeats.

`load_stimulus_set` and `load_assembly` package these as a `StimulusSet` and a neural
assembly, and cache both under ``config.cache_root()/packaged/cowley2023/``.
"""

from __future__ import annotations

import logging
import os
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import xarray as xr

from ventral import catalog, config
from ventral.assemblies import build_neural_assembly, read_netcdf, write_netcdf
from ventral.fetch import fetch, write_atomically
from ventral.stimuli import StimulusSet

_logger = logging.getLogger(__name__)

DATASET = "cowley2023"
REGION = "V4"

#: Sessions whose images are published, in chronological order.
SESSIONS_WITH_IMAGES = (
    "190923", "190925", "190927", "190928", "190929", "201025",
    "210224", "210225", "210305", "210322", "210325", "210621",
)
#: Sessions with single-trial responses (``responses_raw``). The others are repeat-averaged only.
SESSIONS_WITH_SINGLE_TRIALS = ("210325",)
#: Session for scoring: a split-half ceiling needs single trials, and only 210325 has them.
SCORING_SESSION = "210325"

#: Animal id of every session in the data table of ``data_V4_responses/readme.txt``.
ANIMAL_BY_SESSION = {
    **dict.fromkeys(("190923", "190924", "190925", "190926", "190927", "190928", "190929"), "WE"),
    **dict.fromkeys(
        (
            "201016", "201017", "201018", "201019", "201020", "201021", "201022", "201023", "201024",
            "201025", "210224", "210225", "210226", "210301", "210302", "210303", "210304", "210305",
            "210308", "210309", "210310", "210312", "210315", "210316", "210322", "210323", "210324",
            "210325", "210326",
        ),
        "PE",
    ),
    **dict.fromkeys(
        (
            "210620", "210621", "211008", "211012", "211013", "211014", "211015", "211018", "211022",
            "211025", "211026", "211027", "211028", "211103",
        ),
        "RA",
    ),
}

# NOTE: the readme states only that spike counts are taken in 100 ms bins. It does not say
# where the window starts relative to image onset, so the time bin is stored as 0-100 ms:
# the width is known, the latency is not.
TIME_BIN_START_MS = 0
TIME_BIN_END_MS = 100

# Bump when the packaged files change layout, so that old cached copies are rebuilt.
_PACKAGE_FORMAT = 1
_IMAGE_NAME = re.compile(r"^image(\d{4})\.jpg$")
_STIMULUS_COLUMNS = ("stimulus_id", "session", "image_index", "filename")


def load_stimulus_set(
    session: str,
    *,
    mirror: str | os.PathLike | None = None,
    cache: str | os.PathLike | None = None,
    rebuild: bool = False,
) -> StimulusSet:
    """Return the images of one session as a `StimulusSet`, in response order.

    Rows: ``stimulus_id`` = ``cowley2023_<session>_<image file stem>`` (e.g.
    ``cowley2023_210325_image0001``), ``session``, ``image_index`` (0-based column in the
    response arrays, i.e. the file number minus 1) and ``filename`` (the zip member).
    The table is cached as CSV under ``<cache>/packaged/cowley2023/`` and rebuilt from the
    zip archive when missing or when `rebuild` is true. `mirror` and `cache` are passed to
    `ventral.fetch.fetch`.
    """
    session = _check_session(session)
    images = catalog.get(_images_key(session))
    archive = fetch(images, mirror=mirror, cache=cache)
    csv_name = f"{DATASET}_{session}_stimuli_v{_PACKAGE_FORMAT}_{images.sha256[:12]}.csv"
    csv_path = _packaged_folder(cache) / csv_name

    table = None if rebuild else _read_stimulus_csv(csv_path)
    if table is None:
        table = _stimulus_table(session, archive)
        with write_atomically(csv_path) as temporary:
            table.to_csv(temporary, index=False)
        _logger.info("packaged stimulus set %s.%s (%d images) to %s", DATASET, session, len(table), csv_path)
    return StimulusSet.from_zip(f"{DATASET}.{session}", table, archive, list(table["filename"]))


def load_assembly(
    session: str,
    *,
    mirror: str | os.PathLike | None = None,
    cache: str | os.PathLike | None = None,
    rebuild: bool = False,
) -> xr.DataArray:
    """Return the V4 responses of one session as a neural assembly (spike counts per 100 ms bin).

    Sessions with single trials (210325) get one presentation per recorded trial. An
    (image, repeat) cell of ``responses_raw`` counts as a trial when any neuron has a
    non-NaN count. Its ``repetition`` is the repeat index (0-based), and images have
    between 6 and 10 repetitions. Presentations are ordered by image, then repetition.
    For the other sessions the source contains only repeat-averaged responses, so each
    image has one presentation with ``repetition`` = 0, whose values are means over an
    unpublished number of trials.

    Returns:
        DataArray of shape (n_presentations, n_neurons, 1), dims (presentation, neuroid,
        time_bin). Presentation coords: stimulus_id, repetition, session, image_index.
        Neuroid coords: neuroid_id (``cowley2023_<session>_<neuron index:03d>``), region
        ("V4"), animal, neuron_index (row in the source arrays).
        Time bin: 0-100 ms (see TIME_BIN_START_MS).

    The assembly is cached as netCDF under ``<cache>/packaged/cowley2023/`` and rebuilt
    when missing or when `rebuild` is true.
    """
    session = _check_session(session)
    responses_file = _responses_file(session)
    netcdf_path = (
        _packaged_folder(cache)
        / f"{DATASET}_{session}_assembly_v{_PACKAGE_FORMAT}_{responses_file.sha256[:12]}.nc"
    )
    if netcdf_path.is_file() and not rebuild:
        return read_netcdf(netcdf_path)

    stimulus_set = load_stimulus_set(session, mirror=mirror, cache=cache, rebuild=rebuild)
    responses = np.load(fetch(responses_file, mirror=mirror, cache=cache), allow_pickle=False)
    assembly = _build_assembly(session, stimulus_set, responses, responses_file)
    write_netcdf(assembly, netcdf_path)
    _logger.info("packaged assembly %s.%s %s to %s", DATASET, session, dict(assembly.sizes), netcdf_path)
    return read_netcdf(netcdf_path)


def _check_session(session: str) -> str:
    session = str(session)
    if session in SESSIONS_WITH_IMAGES:
        return session
    if session in ANIMAL_BY_SESSION:
        raise ValueError(
            f"Cowley 2023 session {session!r} has no published images. "
            f"Choose one of {', '.join(SESSIONS_WITH_IMAGES)}."
        )
    raise ValueError(f"Unknown Cowley 2023 session {session!r}. Choose one of {', '.join(SESSIONS_WITH_IMAGES)}.")


def _images_key(session: str) -> str:
    return f"{DATASET}/images/images_{session}.zip"


def _responses_file(session: str) -> catalog.DataFile:
    if session in SESSIONS_WITH_SINGLE_TRIALS:
        return catalog.get(f"{DATASET}/responses_raw/responses_{session}.npy")
    return catalog.get(f"{DATASET}/responses_repeat_averaged/responses_{session}.npy")


def _packaged_folder(cache: str | os.PathLike | None) -> Path:
    root = Path(cache).expanduser() if cache is not None else config.cache_root()
    return root / "packaged" / DATASET


def _stimulus_table(session: str, archive: Path) -> pd.DataFrame:
    """Return the stimulus table of one session, ordered by image number."""
    members_by_number: dict[int, str] = {}
    with zipfile.ZipFile(archive) as opened:
        for name in opened.namelist():
            match = _IMAGE_NAME.match(name.rsplit("/", 1)[-1])
            if match is None:
                continue
            number = int(match.group(1))
            if number in members_by_number:
                raise ValueError(f"{archive} has two members for image {number}: {members_by_number[number]}, {name}.")
            members_by_number[number] = name

    numbers = sorted(members_by_number)
    if not numbers:
        raise ValueError(f"{archive} contains no members named imageNNNN.jpg.")
    if numbers != list(range(1, len(numbers) + 1)):
        gaps = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
        raise ValueError(
            f"{archive} should contain image0001.jpg to image{numbers[-1]:04d}.jpg without gaps. "
            f"Missing numbers: {gaps[:10]}."
        )
    stems = [f"image{number:04d}" for number in numbers]
    return pd.DataFrame(
        {
            "stimulus_id": [f"{DATASET}_{session}_{stem}" for stem in stems],
            "session": session,
            "image_index": np.arange(len(numbers), dtype=np.int64),
            "filename": [members_by_number[number] for number in numbers],
        }
    )


def _read_stimulus_csv(path: Path) -> pd.DataFrame | None:
    """Return the cached stimulus table, or None when it is missing or has other columns."""
    if not path.is_file():
        return None
    table = pd.read_csv(
        path,
        dtype={"stimulus_id": str, "session": str, "image_index": np.int64, "filename": str},
        keep_default_na=False,
    )
    if tuple(table.columns) != _STIMULUS_COLUMNS:
        _logger.warning("ignoring %s: columns %s, expected %s", path, list(table.columns), list(_STIMULUS_COLUMNS))
        return None
    return table


def _build_assembly(
    session: str, stimulus_set: StimulusSet, responses: np.ndarray, source: catalog.DataFile
) -> xr.DataArray:
    """Turn a source response array into an assembly aligned with `stimulus_set`."""
    n_images = len(stimulus_set)
    if responses.ndim not in (2, 3) or responses.shape[1] != n_images:
        raise ValueError(
            f"{source.key} has shape {responses.shape}, expected (n_neurons, {n_images}[, n_repeats]) "
            f"to match the {n_images} images of session {session}."
        )

    if responses.ndim == 3:
        trials, values = _single_trials(responses, source)
        image_index, repetition = trials
        averaging = "single trials"
    else:
        image_index = np.arange(n_images)
        repetition = np.zeros(n_images, dtype=np.int64)
        values = responses.T
        averaging = "averaged over repeats in the source; trial counts per image are not published"

    stimuli = stimulus_set.stimuli
    n_neurons = responses.shape[0]
    return build_neural_assembly(
        values[:, :, np.newaxis].astype(np.float64),
        stimulus_id=stimuli["stimulus_id"].to_numpy(dtype=object)[image_index],
        repetition=repetition.astype(np.int64),
        neuroid_id=np.array([f"{DATASET}_{session}_{index:03d}" for index in range(n_neurons)], dtype=object),
        region=REGION,
        animal=ANIMAL_BY_SESSION[session],
        time_bin_start=np.array([TIME_BIN_START_MS], dtype=np.int64),
        time_bin_end=np.array([TIME_BIN_END_MS], dtype=np.int64),
        presentation_coords={
            "session": np.full(len(image_index), session, dtype=object),
            "image_index": image_index.astype(np.int64),
        },
        neuroid_coords={"neuron_index": np.arange(n_neurons, dtype=np.int64)},
        attrs={
            "identifier": f"{DATASET}.{REGION}.{session}",
            "stimulus_set_identifier": stimulus_set.identifier,
            "source": f"https://github.com/{source.repo}/blob/{source.commit}/{source.path}",
            "source_sha256": source.sha256,
            "license": source.license,
            "response_unit": "spike count in one 100 ms bin",
            "repetitions": averaging,
            "time_bin_note": "The source states 100 ms bins but not the window onset relative to image onset.",
        },
    )


def _single_trials(responses: np.ndarray, source: catalog.DataFile) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """Select the recorded trials of a (neurons, images, repeats) array with NaN padding.

    Returns ((image_index, repetition), values) with one entry per trial, ordered by image
    and then repeat, and values of shape (n_trials, n_neurons).
    """
    recorded = ~np.isnan(responses)
    is_trial = recorded.any(axis=0)
    partial = int(np.count_nonzero(is_trial & ~recorded.all(axis=0)))
    if partial:
        # Kept as trials: the missing neurons stay NaN and are skipped by NaN-aware averaging.
        _logger.warning("%s: %d trials have NaN for some neurons but not all", source.key, partial)
    repeats_per_image = is_trial.sum(axis=1)
    if np.any(repeats_per_image == 0):
        raise ValueError(f"{source.key}: images {np.flatnonzero(repeats_per_image == 0)[:10]} have no recorded trial.")

    image_index, repetition = np.nonzero(is_trial)
    values = responses[:, image_index, repetition].T
    return (image_index, repetition), values

# Stimulus size in degrees of visual angle used to place the images in a model's field of view.
# NOTE: the data readme and repository give only the pixel size (112 x 112), and the published size
# in degrees was not confirmed. The benchmark uses 8 degrees, Brain-Score's default for its V4 and
# IT benchmarks, so each image fills a default model's whole field of view.
STIMULUS_DEGREES = 8.0
