"""The 92 object images of Kriegeskorte et al. 2008 and the IT dissimilarity matrices measured on them.

Kriegeskorte, Mur, Ruff, Kiani, Bodurka, Esteky, Tanaka & Bandettini (2008), "Matching
categorical object representations in inferior temporal cortex of man and monkey", Neuron 60.
The files come from rsagroup/rsatoolbox, ``demos/92imageData/``:

- ``Kriegeskorte_Neuron2008_supplementalData.mat``: the images (``stimuli_92objs(i).image``,
  175 x 175 RGB uint8 on a uniform (128, 128, 128) gray background) and the category labels
  (``categoryVectors``, 92 x 12 zeros and ones, column names in ``categoryLabels``). It also
  contains the RDMs of the paper's figure 1 (``RDMs_mIT_hIT_fig1``). One of them is the monkey
  IT RDM of Kiani et al. 2007 (674 neurons), a condensed vector of 92 * 91 / 2 = 4186 values.
- ``92_brainRDMs.mat``: human IT fMRI RDMs, 4 subjects x 2 sessions, 92 x 92 each.

Every RDM is 1 - Pearson r between response patterns. Images are numbered 1..92 in file order;
stimulus ids are ``kriegeskorte92_01`` .. ``kriegeskorte92_92``.
"""

from __future__ import annotations

import functools
import io
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.io
from PIL import Image
from scipy.spatial.distance import squareform

from ventral import config
from ventral.catalog import DataFile
from ventral.fetch import fetch
from ventral.stimuli import StimulusSet

_REPO = "rsagroup/rsatoolbox"
_COMMIT = "f1f83cadb7243492a1aae7460466e0f0140b20ac"
_LICENSE = "MIT (rsatoolbox repository); the data license is not stated"

SUPPLEMENTAL_DATA = DataFile(
    key="kriegeskorte2008/Kriegeskorte_Neuron2008_supplementalData.mat",
    repo=_REPO,
    commit=_COMMIT,
    path="demos/92imageData/Kriegeskorte_Neuron2008_supplementalData.mat",
    sha256="06f21214399a5d43dc264eed19a7f4b8daf11c8622a59eec3e106064ce5e3504",
    size=3603779,
    license=_LICENSE,
)
HUMAN_BRAIN_RDMS = DataFile(
    key="kriegeskorte2008/92_brainRDMs.mat",
    repo=_REPO,
    commit=_COMMIT,
    path="demos/92imageData/92_brainRDMs.mat",
    sha256="1743f90a15e895798a94318649e80e1123a7e5943a1703fa1dd7c31ea5780b7c",
    size=224663,
    license=_LICENSE,
)
REPOSITORY_LICENSE = DataFile(
    key="kriegeskorte2008/LICENSE",
    repo=_REPO,
    commit=_COMMIT,
    path="LICENSE",
    sha256="e9c94775a8cdb2823e538ac9bec67098490927395d5fad4375ecd4d4c877f32d",
    size=1075,
    license="MIT",
)
#: Every file this module reads, with its pinned origin and checksum.
FILES: tuple[DataFile, ...] = (SUPPLEMENTAL_DATA, HUMAN_BRAIN_RDMS, REPOSITORY_LICENSE)

STIMULUS_SET_IDENTIFIER = "kriegeskorte2008.92-objects"
N_STIMULI = 92
IMAGE_SIZE = 175
#: Gray level of the uniform image background, in every RGB channel.
BACKGROUND_GRAY = 128
#: Subject codes of the human fMRI RDMs, in file order.
HUMAN_IT_SUBJECTS = ("BE", "KO", "SN", "TI")
N_SESSIONS = 2
#: Name of the monkey IT RDM inside ``RDMs_mIT_hIT_fig1``.
KIANI_RDM_NAME = "mIT_674neurons"
#: Stimulus width in degrees of visual angle in each experiment on these images, for the
#: field-of-view transform of benchmarks.
STIMULUS_DEGREES: dict[str, float] = {
    # Human fMRI of Kriegeskorte et al. 2008. NOTE: unconfirmed; the methods text of the paper
    # could not be opened, and 2.9 degrees is the value usually quoted for this experiment.
    "Kriegeskorte2008": 2.9,
    # Monkey IT recordings of Kiani et al. 2007. NOTE: unconfirmed; about 7 degrees is the value
    # usually quoted, not checked against the paper.
    "Kiani2007": 7.0,
}

#: Column names of the stimulus table for the ``categoryLabels`` of the .mat file, in file order.
#: ``rand24``, ``rand48`` and ``other48`` mark image subsets that cut across the categories
#: (``rand48`` and ``other48`` are complementary halves of 46 images), so they are not object
#: categories.
CATEGORY_COLUMNS: dict[str, str] = {
    "animate": "animate",
    "inanim": "inanimate",
    "human": "human",
    "nonhumani": "nonhuman",
    "body": "body",
    "face": "face",
    "natObj": "natural_object",
    "artiObj": "artificial_object",
    "rand24": "rand24",
    "rand48": "rand48",
    "other48": "other48",
    "monkeyape": "monkey_ape",
}

_RDM_ATOL = 1e-6


def stimulus_ids() -> tuple[str, ...]:
    """Return the 92 stimulus ids, ``kriegeskorte92_01`` .. ``kriegeskorte92_92``, in image order."""
    return tuple(f"kriegeskorte92_{number:02d}" for number in range(1, N_STIMULI + 1))


def load_images() -> np.ndarray:
    """Return the 92 images as a uint8 array of shape (92, 175, 175, 3), RGB, in image order."""
    images = np.stack([np.asarray(entry["image"]) for entry in _supplemental()["stimuli_92objs"][0]])
    expected_shape = (N_STIMULI, IMAGE_SIZE, IMAGE_SIZE, 3)
    if images.shape != expected_shape or images.dtype != np.uint8:
        raise ValueError(
            f"{SUPPLEMENTAL_DATA.key}: stimuli_92objs images have shape {images.shape} and dtype {images.dtype}, "
            f"expected {expected_shape} uint8."
        )
    return images


def load_category_table() -> pd.DataFrame:
    """Return the category labels of the 92 images, one row per image in image order.

    Columns:
        stimulus_id: ``kriegeskorte92_NN``.
        category: the image's group as the .mat file names it, one of ``human bodypart``,
            ``human face``, ``nonhuman bodypart``, ``nonhuman face``, ``natural inanimate``
            and ``artificial inanimate``.
        one int column (0 or 1) per ``categoryVectors`` column, named by `CATEGORY_COLUMNS`.
    """
    data = _supplemental()
    labels = [str(np.asarray(label).ravel()[0]) for label in data["categoryLabels"][0]]
    if labels != list(CATEGORY_COLUMNS):
        raise ValueError(
            f"{SUPPLEMENTAL_DATA.key}: categoryLabels are {labels}, expected {list(CATEGORY_COLUMNS)}."
        )
    vectors = np.asarray(data["categoryVectors"]).astype(int)
    if vectors.shape != (N_STIMULI, len(labels)) or not np.isin(vectors, (0, 1)).all():
        raise ValueError(
            f"{SUPPLEMENTAL_DATA.key}: categoryVectors must be a {N_STIMULI} x {len(labels)} array of 0 and 1, "
            f"got shape {vectors.shape}."
        )

    table = pd.DataFrame(vectors, columns=[CATEGORY_COLUMNS[label] for label in labels])
    groups = [str(np.asarray(entry["category"]).ravel()[0]) for entry in data["stimuli_92objs"][0]]
    table.insert(0, "category", groups)
    table.insert(0, "stimulus_id", list(stimulus_ids()))
    return table


def load_stimulus_set(cache_dir: str | os.PathLike | None = None) -> StimulusSet:
    """Return the 92 images as a stimulus set with the columns of `load_category_table`.

    The .mat file stores raw pixels, so each image is encoded as a PNG (Pillow, lossless) under
    ``<cache_dir>/<first 16 hex digits of the .mat SHA-256>/<stimulus_id>.png``; `cache_dir`
    defaults to ``<ventral cache>/stimuli/kriegeskorte2008``. Existing files are rewritten when
    their bytes differ from the fresh encoding.
    """
    if cache_dir is None:
        cache_dir = config.cache_root() / "stimuli" / "kriegeskorte2008"
    folder = Path(cache_dir) / SUPPLEMENTAL_DATA.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)

    table = load_category_table()
    paths = []
    for stimulus_id, image in zip(table["stimulus_id"], load_images()):
        path = folder / f"{stimulus_id}.png"
        _write_if_changed(path, _encode_png(image))
        paths.append(path)
    table["image_file_name"] = [path.name for path in paths]
    return StimulusSet.from_files(STIMULUS_SET_IDENTIFIER, table, paths)


def load_human_it_rdms() -> np.ndarray:
    """Return the human IT fMRI RDMs, shape (4, 92, 92), float64, subjects in `HUMAN_IT_SUBJECTS` order.

    Each subject's RDM is the mean of its two session RDMs (1 - Pearson r). Every returned
    RDM is symmetric with a zero diagonal; `check_rdm_stack` enforces it.
    """
    entries = _load_mat(HUMAN_BRAIN_RDMS)["RDMs"]
    expected_shape = (1, len(HUMAN_IT_SUBJECTS), N_SESSIONS)
    if entries.shape != expected_shape:
        raise ValueError(f"{HUMAN_BRAIN_RDMS.key}: RDMs has shape {entries.shape}, expected {expected_shape}.")

    subject_rdms = []
    for subject_index, subject in enumerate(HUMAN_IT_SUBJECTS):
        sessions = []
        for session_index in range(N_SESSIONS):
            entry = entries[0, subject_index, session_index]
            name = str(np.asarray(entry["name"]).ravel()[0])
            expected_name = f"hIT | {subject} | Session: {session_index + 1}"
            if name != expected_name:
                raise ValueError(
                    f"{HUMAN_BRAIN_RDMS.key}: entry ({subject_index}, {session_index}) is named {name!r}, "
                    f"expected {expected_name!r}."
                )
            sessions.append(np.asarray(entry["RDM"], dtype=np.float64))
        subject_rdms.append(np.mean(sessions, axis=0))
    rdms = np.stack(subject_rdms)
    check_rdm_stack(rdms, name="human IT RDMs")
    return rdms


def load_kiani_monkey_it_rdm() -> np.ndarray:
    """Return the monkey IT RDM of Kiani et al. 2007 (674 neurons), shape (92, 92), float64.

    The .mat file stores it as a condensed vector (MATLAB ``pdist`` order, the same as scipy's),
    expanded here with `scipy.spatial.distance.squareform`.
    """
    figure_rdms = _supplemental()["RDMs_mIT_hIT_fig1"][0]
    names = [str(np.asarray(entry["name"]).ravel()[0]) for entry in figure_rdms]
    if KIANI_RDM_NAME not in names:
        raise ValueError(
            f"{SUPPLEMENTAL_DATA.key}: RDMs_mIT_hIT_fig1 has no entry named {KIANI_RDM_NAME!r}; entries: {names}."
        )
    condensed = np.asarray(figure_rdms[names.index(KIANI_RDM_NAME)]["RDM"], dtype=np.float64).ravel()
    if condensed.size != N_STIMULI * (N_STIMULI - 1) // 2:
        raise ValueError(
            f"{SUPPLEMENTAL_DATA.key}: {KIANI_RDM_NAME} has {condensed.size} values, "
            f"expected {N_STIMULI * (N_STIMULI - 1) // 2}."
        )
    rdm = squareform(condensed)
    check_rdm_stack(rdm[np.newaxis], name="Kiani monkey IT RDM")
    return rdm


def check_rdm_stack(rdms: np.ndarray, *, name: str, n_stimuli: int = N_STIMULI, atol: float = _RDM_ATOL) -> None:
    """Raise ValueError unless `rdms` has shape (n_subjects, n_stimuli, n_stimuli) of symmetric,
    finite matrices with a zero diagonal (within `atol`)."""
    rdms = np.asarray(rdms)
    if rdms.ndim != 3 or rdms.shape[1:] != (n_stimuli, n_stimuli):
        raise ValueError(f"{name}: expected shape (n, {n_stimuli}, {n_stimuli}), got {rdms.shape}.")
    if not np.isfinite(rdms).all():
        raise ValueError(f"{name}: {int(np.sum(~np.isfinite(rdms)))} values are NaN or infinite.")
    asymmetry = float(np.max(np.abs(rdms - rdms.transpose(0, 2, 1))))
    if asymmetry > atol:
        raise ValueError(f"{name}: not symmetric, max |RDM - RDM.T| = {asymmetry:.3g} > {atol:g}.")
    diagonal = float(np.max(np.abs(np.diagonal(rdms, axis1=1, axis2=2))))
    if diagonal > atol:
        raise ValueError(f"{name}: diagonal is not zero, max |diag| = {diagonal:.3g} > {atol:g}.")


@functools.lru_cache(maxsize=None)
def _load_mat(data_file: DataFile) -> dict:
    return scipy.io.loadmat(fetch(data_file))


def _supplemental() -> dict:
    return _load_mat(SUPPLEMENTAL_DATA)


def _encode_png(image: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(image)).save(buffer, format="PNG")
    return buffer.getvalue()


def _write_if_changed(path: Path, content: bytes) -> None:
    """Write `content` to `path` atomically unless the file already contains exactly these bytes."""
    if path.is_file() and path.read_bytes() == content:
        return
    handle, temporary_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(content)
        os.replace(temporary_name, path)
    finally:
        Path(temporary_name).unlink(missing_ok=True)
