"""Catalog of the public data files the platform reads, each pinned to a repository commit.

A `DataFile` names one file by its canonical origin (a GitHub repository, a commit and a
path inside it), its SHA-256 and size, and its license. The built-in entries below are
compact tables copied from the published repositories; `ventral.fetch.fetch` resolves an
entry to a verified local file.

Keys are short, stable names of the form ``<dataset>/<path>``, for example
``cowley2023/responses_raw/responses_210325.npy``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

_COMMIT_PATTERN = re.compile(r"^[0-9a-f]{40}$")
_SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
_REPO_PATTERN = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class DataFile:
    """One file of a public repository at a fixed commit.

    Attributes:
        key: catalog name, e.g. ``cowley2023/readme.txt``.
        repo: GitHub repository as ``owner/name``.
        commit: full 40-hex-digit commit id.
        path: POSIX path of the file inside the repository.
        sha256: lowercase hex SHA-256 of the file's bytes.
        size: file size in bytes.
        license: SPDX identifier or short license statement of the data.
    """

    key: str
    repo: str
    commit: str
    path: str
    sha256: str
    size: int
    license: str

    def __post_init__(self) -> None:
        if not self.key or self.key != self.key.strip():
            raise ValueError(f"DataFile key {self.key!r} is invalid: use a non-empty name without surrounding spaces.")
        if not _REPO_PATTERN.match(self.repo):
            raise ValueError(f"DataFile {self.key!r}: repo {self.repo!r} is invalid, expected 'owner/name'.")
        if not _COMMIT_PATTERN.match(self.commit):
            raise ValueError(
                f"DataFile {self.key!r}: commit {self.commit!r} is invalid, expected 40 lowercase hex digits."
            )
        parts = self.path.split("/")
        if not self.path or self.path.startswith("/") or any(part in ("", ".", "..") for part in parts):
            raise ValueError(
                f"DataFile {self.key!r}: path {self.path!r} is invalid, expected a relative POSIX path "
                "without '.', '..' or empty components."
            )
        if not _SHA256_PATTERN.match(self.sha256):
            raise ValueError(
                f"DataFile {self.key!r}: sha256 {self.sha256!r} is invalid, expected 64 lowercase hex digits."
            )
        if isinstance(self.size, bool) or not isinstance(self.size, int) or self.size < 0:
            raise ValueError(f"DataFile {self.key!r}: size {self.size!r} is invalid, expected a byte count >= 0.")
        if not self.license:
            raise ValueError(f"DataFile {self.key!r}: license is empty. State the license of the data.")

    @property
    def origin(self) -> str:
        """Relative location ``<owner>/<repo>/<commit>/<path>``, the layout of a mirror folder."""
        return f"{self.repo}/{self.commit}/{self.path}"


class Catalog:
    """A mapping from key to `DataFile` that rejects conflicting registrations."""

    def __init__(self, files: Iterable[DataFile] = ()) -> None:
        self._files: dict[str, DataFile] = {}
        for data_file in files:
            self.register(data_file)

    def register(self, data_file: DataFile) -> DataFile:
        """Add `data_file` and return it.

        Registering an identical entry twice is allowed. A different entry under an existing
        key raises ValueError, because two checksums for one name would make fetches ambiguous.
        """
        if not isinstance(data_file, DataFile):
            raise TypeError(f"Catalog.register expects a DataFile, got {type(data_file).__name__}.")
        existing = self._files.get(data_file.key)
        if existing is not None and existing != data_file:
            raise ValueError(
                f"Catalog key {data_file.key!r} is already registered as {existing}, "
                f"so {data_file} is rejected. Choose another key."
            )
        self._files[data_file.key] = data_file
        return data_file

    def register_table(
        self,
        rows: Iterable[tuple[str, int, str]],
        *,
        repo: str,
        commit: str,
        license: str,
        key_prefix: str,
        strip_path_prefix: str = "",
    ) -> list[DataFile]:
        """Register one `DataFile` per ``(path, size, sha256)`` row of a single repository commit.

        Each key is ``key_prefix`` followed by the path, with ``strip_path_prefix`` removed from
        paths that start with it. Returns the registered entries in row order.
        """
        registered = []
        for path, size, sha256 in rows:
            relative = path
            if strip_path_prefix and path.startswith(strip_path_prefix):
                relative = path[len(strip_path_prefix):]
            key = key_prefix + relative
            registered.append(
                self.register(
                    DataFile(key=key, repo=repo, commit=commit, path=path, sha256=sha256, size=size, license=license)
                )
            )
        return registered

    def get(self, key: str) -> DataFile:
        """Return the entry for `key`, or raise KeyError naming close matches when it is unknown."""
        try:
            return self._files[key]
        except KeyError:
            raise KeyError(self._unknown_key_message(key)) from None

    def all_files(self) -> tuple[DataFile, ...]:
        """Return every entry, sorted by key."""
        return tuple(self._files[key] for key in sorted(self._files))

    def __contains__(self, key: object) -> bool:
        return key in self._files

    def __iter__(self) -> Iterator[DataFile]:
        return iter(self.all_files())

    def __len__(self) -> int:
        return len(self._files)

    def _unknown_key_message(self, key: str) -> str:
        close = difflib.get_close_matches(str(key), list(self._files), n=5, cutoff=0.6)
        if not close:
            # Keys differ mostly in their tail, so also offer keys that share the dataset prefix.
            prefix = str(key).split("/", 1)[0] + "/"
            close = sorted(name for name in self._files if name.startswith(prefix))[:5]
        hint = f" Close matches: {', '.join(close)}." if close else ""
        return f"Unknown data file key {key!r}.{hint} See ventral.catalog.all_files() for every key."


# Cowley, Stan, Pillow & Smith 2023, "Compact deep neural network models of visual cortex":
# macaque V4 spike counts and the images shown, from cowleygroup/V4_compact_models.
# The rows are (path, size in bytes, SHA-256) of every mirrored file at the pinned commit.
COWLEY2023_REPO = "cowleygroup/V4_compact_models"
COWLEY2023_COMMIT = "f4552ad9d34a466ebc66658f72a08a8e5038f1cf"
_COWLEY2023_FILES = (
    ("LICENSE", 35149, "3972dc9744f6499f0f9b2dbf76696f2ae7ad8af9b23dde66d6af86c9dfb36986"),
    ("data_V4_responses/readme.txt", 5258, "85e03e02327dff4e64cc247127bb6092e84fb376ccb2949987341c564dd0561e"),
    ("data_V4_responses/images/images_190923.zip", 4024034,
     "e99a4df1c7476bdc4d565ff4408bc421976ecc3a22c41af6bfd0cfbddb508c0c"),
    ("data_V4_responses/images/images_190925.zip", 3967665,
     "765b4d4372302d4ed72c3382d41ece5ca55d7dcc3d84da7402091253529b87d1"),
    ("data_V4_responses/images/images_190927.zip", 4080631,
     "d2469cc2caa629d4ed38e8d4964fb1de8c0b29e9937c25ce1c5838bc4e382653"),
    ("data_V4_responses/images/images_190928.zip", 4186920,
     "6d90fdf2341e038beb57c16ce85f48c3a2bdfd450bc1c6440489529aead0f161"),
    ("data_V4_responses/images/images_190929.zip", 3987552,
     "7fea6a28c092acfa646145813f532b2ea1d5a22a0b1bdade47d392b8f6bfb3f0"),
    ("data_V4_responses/images/images_201025.zip", 4131376,
     "3abb63679107665eab7220bdeaf7863832a1df943bf3d7792501f5082a55b2e8"),
    ("data_V4_responses/images/images_210224.zip", 2782116,
     "e2690810bee34c2e2821e5dd504c7970f3441579bc57659f27d2c11678b52c6b"),
    ("data_V4_responses/images/images_210225.zip", 4137526,
     "79bfb1066949a7f7bbd3c632ab420c2230b966b80cade76593d8745aea49b7f6"),
    ("data_V4_responses/images/images_210305.zip", 1492118,
     "9fab651e9c2d0b44091c2ea238c78d68fedf573cd7d4ae6b0545c5d84c121776"),
    ("data_V4_responses/images/images_210322.zip", 3785781,
     "a72f357c73381fc6e496403820b38abe38c78b92f6d1c0b7153d6fe6d3986c32"),
    ("data_V4_responses/images/images_210325.zip", 1841475,
     "992774eca3508a2ad01accb1a31f5f3e3d90248c49f4eec314f2a915a263e454"),
    ("data_V4_responses/images/images_210621.zip", 4109414,
     "aff4d1639a04fb0d964ee09f8e76b07707e8435283c8e0ea47b0fd398ffcc233"),
    ("data_V4_responses/responses_raw/responses_210325.npy", 2560128,
     "4008dbbf31a47d9b1b8d8da609f4a7a3433c7071f0e45c611c220b217dd75b76"),
    ("data_V4_responses/responses_repeat_averaged/responses_190923.npy", 316928,
     "741672d36541ce39930c8a3b5bd1cfd33c187aa47b1549c9c5569bc21aa97a28"),
    ("data_V4_responses/responses_repeat_averaged/responses_190925.npy", 345728,
     "2f94d7bcef0f68fecdb7472f509737fafac92477cf6b11a4966162b1b1072529"),
    ("data_V4_responses/responses_repeat_averaged/responses_190927.npy", 297728,
     "4c3c75ec72bc4bd3f0e22987a7b2e7e962af249d6577e8a6d727ea9075bde034"),
    ("data_V4_responses/responses_repeat_averaged/responses_190928.npy", 230528,
     "41707e2d31ace45da6d181ad28a91c299971d42430c91cc738602523e7d7eda6"),
    ("data_V4_responses/responses_repeat_averaged/responses_190929.npy", 316928,
     "18639c9e2b2baed54c4fb22e311d84dafbd986a12069370b1004880a721d2c4a"),
    ("data_V4_responses/responses_repeat_averaged/responses_201025.npy", 854528,
     "f729f3dc0d29aa38bd380c0da9e39aba916f9e2580949929b65d1714e7217a8a"),
    ("data_V4_responses/responses_repeat_averaged/responses_210224.npy", 428928,
     "4dbb7367707a5ca47ab4cea863bbf4e9765b8409cb30216693721bddfad7abfe"),
    ("data_V4_responses/responses_repeat_averaged/responses_210225.npy", 528128,
     "853f196247504fa2526b507f56ee5237711ed166f295f7cb23ec5441a7bf789b"),
    ("data_V4_responses/responses_repeat_averaged/responses_210305.npy", 224128,
     "00dce8d39558bfc3f5dd55c6f678c05de1b63895d56193379fd7dfe41fc703f0"),
    ("data_V4_responses/responses_repeat_averaged/responses_210322.npy", 566528,
     "1d643594633c7ad6d5281147bf1742275135507c8b283550e00e7028c65a5373"),
    ("data_V4_responses/responses_repeat_averaged/responses_210325.npy", 256128,
     "555e67037182611969ab90da291dcc39601de4411f651a64ad60e90572cf59d3"),
    ("data_V4_responses/responses_repeat_averaged/responses_210621.npy", 489728,
     "28e57e8eefe774b455087a62f039931b9547b2300908a0af85eee5baa49aa1ba"),
)

#: The process-wide catalog that `get`, `register` and `all_files` operate on.
CATALOG = Catalog()

CATALOG.register_table(
    _COWLEY2023_FILES,
    repo=COWLEY2023_REPO,
    commit=COWLEY2023_COMMIT,
    license="GPL-3.0",
    key_prefix="cowley2023/",
    strip_path_prefix="data_V4_responses/",
)


def register(data_file: DataFile) -> DataFile:
    """Add `data_file` to the process-wide catalog (see `Catalog.register`)."""
    return CATALOG.register(data_file)


def register_table(rows: Iterable[tuple[str, int, str]], **origin: str) -> list[DataFile]:
    """Add ``(path, size, sha256)`` rows to the process-wide catalog (see `Catalog.register_table`)."""
    return CATALOG.register_table(rows, **origin)


def get(key: str) -> DataFile:
    """Return the process-wide catalog entry for `key` (see `Catalog.get`)."""
    return CATALOG.get(key)


def all_files() -> tuple[DataFile, ...]:
    """Return every entry of the process-wide catalog, sorted by key."""
    return CATALOG.all_files()
