"""Stimulus sets: a table of images with unique `stimulus_id`s and a way to read each image's bytes.

Benchmarks refer to images only by `stimulus_id`. The SHA-256 of an image's bytes
(`StimulusSet.content_digest`) identifies the image in caches, so two sets that show the same
image file share cached model activations.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd
from PIL import Image


@dataclass(frozen=True)
class ImageLocation:
    """Storage location of one image: a file, or a member of a zip archive.

    Attributes:
        path: the image file, or the zip archive when `member` is set.
        member: name of the image inside the archive, or None for a plain file.
    """

    path: Path
    member: str | None = None

    def describe(self) -> str:
        """Return a human-readable location such as ``images.zip:image0001.jpg``."""
        return f"{self.path}:{self.member}" if self.member is not None else str(self.path)


class StimulusSet:
    """An ordered table of images, one row per image.

    Args:
        identifier: name of the set, e.g. ``cowley2023.210325``.
        stimuli: DataFrame with a unique string column `stimulus_id` and any metadata columns
            (e.g. `object_name`, `category`), one row per image. It is copied.
        locations: one `ImageLocation` per row of `stimuli`, in the same order.

    Zip archives are opened on first use and kept open; call `close` (or use the set as a
    context manager) to release them.
    """

    def __init__(self, identifier: str, stimuli: pd.DataFrame, locations: Sequence[ImageLocation]) -> None:
        if not isinstance(identifier, str) or not identifier.strip():
            raise ValueError(f"StimulusSet identifier {identifier!r} is invalid: use a non-empty string.")
        if not isinstance(stimuli, pd.DataFrame):
            raise TypeError(
                f"StimulusSet {identifier!r}: stimuli must be a pandas DataFrame, got {type(stimuli).__name__}."
            )
        locations = [
            location if isinstance(location, ImageLocation) else ImageLocation(Path(location)) for location in locations
        ]
        if len(locations) != len(stimuli):
            raise ValueError(
                f"StimulusSet {identifier!r}: {len(stimuli)} rows but {len(locations)} image locations. "
                "Pass one location per row."
            )
        _validate_stimulus_ids(identifier, stimuli)

        self._identifier = identifier
        self._stimuli = stimuli.reset_index(drop=True).copy()
        self._stimulus_ids = tuple(self._stimuli["stimulus_id"])
        self._locations = dict(zip(self._stimulus_ids, locations))
        self._digests: dict[str, str] = {}
        self._archives: dict[Path, zipfile.ZipFile] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_files(
        cls, identifier: str, stimuli: pd.DataFrame, paths: Sequence[str | Path]
    ) -> StimulusSet:
        """Build a set whose images are plain files, one path per row of `stimuli`."""
        locations = [ImageLocation(Path(path)) for path in paths]
        missing = [location.describe() for location in locations if not location.path.is_file()]
        if missing:
            raise FileNotFoundError(
                f"StimulusSet {identifier!r}: {len(missing)} image files do not exist, e.g. {missing[:3]}."
            )
        return cls(identifier, stimuli, locations)

    @classmethod
    def from_zip(
        cls, identifier: str, stimuli: pd.DataFrame, archive: str | Path, members: Sequence[str]
    ) -> StimulusSet:
        """Build a set whose images are members of one zip archive, one member name per row."""
        archive = Path(archive)
        with zipfile.ZipFile(archive) as opened:
            names = set(opened.namelist())
        missing = [member for member in members if member not in names]
        if missing:
            raise ValueError(
                f"StimulusSet {identifier!r}: {len(missing)} members are not in {archive}, e.g. {missing[:3]}."
            )
        return cls(identifier, stimuli, [ImageLocation(archive, str(member)) for member in members])

    @property
    def identifier(self) -> str:
        """Name of the set."""
        return self._identifier

    @property
    def stimuli(self) -> pd.DataFrame:
        """A copy of the table: `stimulus_id` and metadata columns, one row per image, in set order."""
        return self._stimuli.copy()

    @property
    def stimulus_ids(self) -> tuple[str, ...]:
        """The stimulus ids in set order."""
        return self._stimulus_ids

    def __len__(self) -> int:
        return len(self._stimulus_ids)

    def __contains__(self, stimulus_id: object) -> bool:
        return stimulus_id in self._locations

    def __repr__(self) -> str:
        return f"StimulusSet({self._identifier!r}, {len(self)} stimuli, columns={list(self._stimuli.columns)})"

    def location(self, stimulus_id: str) -> ImageLocation:
        """Return where the image of `stimulus_id` is stored."""
        try:
            return self._locations[stimulus_id]
        except KeyError:
            raise KeyError(
                f"Stimulus id {stimulus_id!r} is not in stimulus set {self._identifier!r} ({len(self)} stimuli)."
            ) from None

    def image_bytes(self, stimulus_id: str) -> bytes:
        """Return the encoded image file (e.g. JPEG or PNG bytes) of `stimulus_id`."""
        location = self.location(stimulus_id)
        if location.member is None:
            return location.path.read_bytes()
        with self._lock:
            archive = self._archives.get(location.path)
            if archive is None:
                archive = zipfile.ZipFile(location.path)
                self._archives[location.path] = archive
            return archive.read(location.member)

    def open_image(self, stimulus_id: str) -> Image.Image:
        """Decode the image of `stimulus_id` with Pillow, in the mode it was stored (no conversion)."""
        image = Image.open(io.BytesIO(self.image_bytes(stimulus_id)))
        image.load()
        return image

    def content_digest(self, stimulus_id: str) -> str:
        """Return the hex SHA-256 of the image bytes of `stimulus_id`."""
        digest = self._digests.get(stimulus_id)
        if digest is None:
            digest = hashlib.sha256(self.image_bytes(stimulus_id)).hexdigest()
            self._digests[stimulus_id] = digest
        return digest

    def digest(self) -> str:
        """Return the hex SHA-256 that identifies the set's ordered ids and image contents.

        It hashes one line ``<stimulus_id>\\t<content digest>\\n`` per image, in set order,
        so reordering, renaming or changing any image changes it. Metadata columns do not
        enter the digest.
        """
        hasher = hashlib.sha256()
        for stimulus_id in self._stimulus_ids:
            hasher.update(f"{stimulus_id}\t{self.content_digest(stimulus_id)}\n".encode("utf-8"))
        return hasher.hexdigest()

    def subset(self, stimulus_ids: Iterable[str], identifier: str | None = None) -> StimulusSet:
        """Return a new set with the rows of `stimulus_ids`, in the order given.

        The default identifier is ``<identifier>.subset-<first 12 hex digits of the SHA-256 of the ids>``.
        """
        stimulus_ids = list(stimulus_ids)
        unknown = [stimulus_id for stimulus_id in stimulus_ids if stimulus_id not in self._locations]
        if unknown:
            raise KeyError(
                f"{len(unknown)} stimulus ids are not in stimulus set {self._identifier!r}, e.g. {unknown[:5]}."
            )
        requested = pd.Series(stimulus_ids, dtype=object)
        duplicated = sorted(set(requested[requested.duplicated()]))
        if duplicated:
            raise ValueError(f"subset got duplicate stimulus ids, e.g. {duplicated[:5]}. Pass each id once.")

        if identifier is None:
            ids_digest = hashlib.sha256("\n".join(stimulus_ids).encode("utf-8")).hexdigest()
            identifier = f"{self._identifier}.subset-{ids_digest[:12]}"
        positions = pd.Index(self._stimulus_ids).get_indexer(stimulus_ids)
        rows = self._stimuli.iloc[positions].reset_index(drop=True)
        subset = StimulusSet(identifier, rows, [self._locations[stimulus_id] for stimulus_id in stimulus_ids])
        subset._digests = {key: self._digests[key] for key in stimulus_ids if key in self._digests}
        return subset

    def close(self) -> None:
        """Close the zip archives opened by `image_bytes`."""
        with self._lock:
            for archive in self._archives.values():
                archive.close()
            self._archives.clear()

    def __enter__(self) -> StimulusSet:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __getstate__(self) -> dict:
        # Open archives and the lock cannot be pickled, so a copy reopens archives on demand.
        state = self.__dict__.copy()
        state["_archives"] = {}
        del state["_lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()


def _validate_stimulus_ids(identifier: str, stimuli: pd.DataFrame) -> None:
    """Raise ValueError unless `stimulus_id` is a column of unique, non-empty strings."""
    if "stimulus_id" not in stimuli.columns:
        raise ValueError(
            f"StimulusSet {identifier!r}: the table has no 'stimulus_id' column (columns: {list(stimuli.columns)})."
        )
    ids = stimuli["stimulus_id"]
    invalid = [value for value in ids if not isinstance(value, str) or not value]
    if invalid:
        raise ValueError(
            f"StimulusSet {identifier!r}: stimulus_id values must be non-empty strings, got e.g. {invalid[:3]}. "
            "Convert the ids with .astype(str)."
        )
    duplicated = sorted(set(ids[ids.duplicated()]))
    if duplicated:
        raise ValueError(
            f"StimulusSet {identifier!r}: stimulus_id must be unique, but {len(duplicated)} ids repeat, "
            f"e.g. {duplicated[:5]}."
        )
