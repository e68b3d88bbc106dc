"""Resolve catalog entries to verified local files: offline mirror first, then cache, then download.

Lookup order for a `DataFile`:

1. the mirror folder (``config.mirror_root()`` unless given), laid out as
   ``<owner>/<repo>/<commit>/<path>``. Mirror files are used in place and never copied.
2. the download cache ``<cache>/files/<owner>/<repo>/<commit>/<path>``.
3. a download from ``https://raw.githubusercontent.com/<owner>/<repo>/<commit>/<path>`` into
   the cache, unless downloads are disabled (``download=False`` or ``VENTRAL_OFFLINE=1``).

Every file is checked against the catalog's size and SHA-256 before it is returned. The
digest of a checked file is remembered under ``<cache>/verified/``, keyed by path, size and
modification time, so unchanged large files are not hashed again on every run.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import logging
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

from ventral import catalog, config
from ventral.catalog import DataFile

_logger = logging.getLogger(__name__)

#: Base URL of the raw-file host. A file's URL is ``<base>/<owner>/<repo>/<commit>/<path>``.
RAW_GITHUB_URL = "https://raw.githubusercontent.com"
#: Timeout in seconds for connecting and for each read of a download.
DOWNLOAD_TIMEOUT_S = 60.0
_CHUNK_BYTES = 1 << 20
_OFFLINE_VALUES = {"1", "true", "yes", "on"}


class DataError(Exception):
    """Base class for errors about catalog data files."""


class DataNotFoundError(DataError, FileNotFoundError):
    """No copy of a data file was found and none could be downloaded.

    Attributes:
        data_file: the entry that was requested.
        tried: one line per location tried, with the outcome.
    """

    def __init__(self, data_file: DataFile, tried: list[str]) -> None:
        self.data_file = data_file
        self.tried = list(tried)
        lines = "\n".join(f"  - {entry}" for entry in self.tried)
        super().__init__(
            f"Data file {data_file.key!r} ({data_file.repo}@{data_file.commit}: {data_file.path}) was not found.\n"
            f"Locations tried:\n{lines}\n"
            f"Fix: set VENTRAL_MIRROR to a folder laid out as <owner>/<repo>/<commit>/<path> that contains "
            f"{data_file.origin}, or allow downloads (unset VENTRAL_OFFLINE) on a machine with internet access."
        )


class ChecksumMismatchError(DataError):
    """A local or downloaded copy of a data file does not match the catalog's size or SHA-256.

    Attributes:
        data_file: the entry that was requested.
        path: the file that failed the check.
        expected_sha256, actual_sha256: hex digests (``actual_sha256`` is None when the size
            already differed and the file was not hashed).
        actual_size: size in bytes of the checked file.
    """

    def __init__(
        self,
        data_file: DataFile,
        path: Path,
        actual_sha256: str | None,
        actual_size: int,
        fix: str,
    ) -> None:
        self.data_file = data_file
        self.path = Path(path)
        self.expected_sha256 = data_file.sha256
        self.actual_sha256 = actual_sha256
        self.actual_size = actual_size
        actual = actual_sha256 if actual_sha256 is not None else "not computed"
        super().__init__(
            f"Checksum mismatch for data file {data_file.key!r} ({data_file.origin}) at {self.path}: "
            f"expected SHA-256 {data_file.sha256} ({data_file.size} bytes), "
            f"got SHA-256 {actual} ({actual_size} bytes). Fix: {fix}"
        )


def fetch(
    key_or_datafile: str | DataFile,
    *,
    mirror: str | os.PathLike | None = None,
    cache: str | os.PathLike | None = None,
    download: bool | None = None,
) -> Path:
    """Return the path of a verified local copy of a catalog file.

    Args:
        key_or_datafile: a catalog key (see `ventral.catalog.get`) or a `DataFile`.
        mirror: mirror folder, by default `config.mirror_root()` (``VENTRAL_MIRROR`` or
            ``../shared/mirror``).
        cache: cache folder for downloads and verification records, by default
            `config.cache_root()`.
        download: whether a missing file may be downloaded. The default is True unless the
            environment variable ``VENTRAL_OFFLINE`` is ``1`` (or ``true``, ``yes``, ``on``).

    Raises:
        DataNotFoundError: no local copy exists and downloading is disabled or failed.
        ChecksumMismatchError: a copy exists but its size or SHA-256 differs from the catalog.
    """
    data_file = catalog.get(key_or_datafile) if isinstance(key_or_datafile, str) else key_or_datafile
    if not isinstance(data_file, DataFile):
        raise TypeError(f"fetch expects a catalog key or a DataFile, got {type(key_or_datafile).__name__}.")
    mirror_folder = Path(mirror).expanduser() if mirror is not None else config.mirror_root()
    cache_folder = Path(cache).expanduser() if cache is not None else config.cache_root()
    download_disabled_by = "download=False" if download is False else "VENTRAL_OFFLINE"
    if download is None:
        download = not offline_mode()
    tried: list[str] = []

    if mirror_folder is None:
        tried.append("mirror: not configured (VENTRAL_MIRROR is unset and ../shared/mirror does not exist)")
    else:
        mirror_copy = mirror_folder / data_file.origin
        if mirror_copy.is_file():
            verify(
                data_file,
                mirror_copy,
                cache=cache_folder,
                fix=f"the mirror copy is corrupt. Restore {mirror_copy} from {data_url(data_file)} "
                "or point VENTRAL_MIRROR at an intact mirror.",
            )
            return mirror_copy
        tried.append(f"mirror: {mirror_copy} (missing)")

    cached_copy = cache_folder / "files" / data_file.origin
    if cached_copy.is_file():
        verify(
            data_file,
            cached_copy,
            cache=cache_folder,
            fix=f"delete the cached copy {cached_copy} so that it is fetched again.",
        )
        return cached_copy
    tried.append(f"cache: {cached_copy} (missing)")

    url = data_url(data_file)
    if not download:
        tried.append(f"download: {url} (disabled by {download_disabled_by})")
        raise DataNotFoundError(data_file, tried)
    try:
        _download(data_file, url, cached_copy)
    except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
        _logger.error("download of %s from %s failed: %s", data_file.key, url, error)
        tried.append(f"download: {url} (failed: {error})")
        raise DataNotFoundError(data_file, tried) from error
    _remember_digest(cache_folder, cached_copy, data_file.sha256)
    return cached_copy


def offline_mode() -> bool:
    """Return True when the environment variable ``VENTRAL_OFFLINE`` disables downloads."""
    return os.environ.get("VENTRAL_OFFLINE", "").strip().lower() in _OFFLINE_VALUES


def data_url(data_file: DataFile) -> str:
    """Return the download URL of `data_file` on the raw-file host."""
    quoted_path = urllib.parse.quote(data_file.path, safe="/")
    return f"{RAW_GITHUB_URL}/{data_file.repo}/{data_file.commit}/{quoted_path}"


def sha256_file(path: str | os.PathLike) -> str:
    """Return the lowercase hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(_CHUNK_BYTES), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify(
    data_file: DataFile,
    path: str | os.PathLike,
    *,
    cache: str | os.PathLike | None = None,
    fix: str = "delete the file so that it is fetched again.",
) -> None:
    """Raise ChecksumMismatchError unless the file at `path` has the catalog's size and SHA-256.

    The digest is hashed only when no verification record under ``<cache>/verified/`` matches
    the file's resolved path, size and modification time. `fix` completes the error message.
    """
    path = Path(path)
    cache_folder = Path(cache) if cache is not None else config.cache_root()
    size = path.stat().st_size
    if size != data_file.size:
        _logger.error("size mismatch for %s at %s: expected %d bytes, got %d", data_file.key, path, data_file.size,
                      size)
        raise ChecksumMismatchError(data_file, path, None, size, fix)

    actual = _recalled_digest(cache_folder, path)
    if actual is None:
        actual = sha256_file(path)
        _remember_digest(cache_folder, path, actual)
    if actual != data_file.sha256:
        _logger.error("SHA-256 mismatch for %s at %s: expected %s, got %s", data_file.key, path, data_file.sha256,
                      actual)
        raise ChecksumMismatchError(data_file, path, actual, size, fix)


def _download(data_file: DataFile, url: str, target: Path) -> None:
    """Stream `url` into a temporary file beside `target`, check it, then move it into place."""
    _logger.info("downloading %s from %s", data_file.key, url)
    digest = hashlib.sha256()
    size = 0
    with write_atomically(target) as temporary:
        with open(temporary, "wb") as output, urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_S) as response:
            for chunk in iter(lambda: response.read(_CHUNK_BYTES), b""):
                output.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        actual = digest.hexdigest()
        if size != data_file.size or actual != data_file.sha256:
            _logger.error("downloaded %s does not match the catalog: %s, %d bytes", data_file.key, actual, size)
            raise ChecksumMismatchError(
                data_file,
                temporary,
                actual,
                size,
                fix=f"the download from {url} was discarded. Retry later, or check the catalog entry "
                f"{data_file.key!r} against its origin.",
            )
    _logger.info("downloaded %s (%d bytes) to %s", data_file.key, size, target)


@contextlib.contextmanager
def write_atomically(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside `path` and move it to `path` when the block succeeds.

    The move is atomic on one file system, so concurrent readers see either the old file or
    the complete new one. The file gets mode 0644. On error the temporary file is removed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        yield temporary
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _record_path(cache_folder: Path, path: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()
    return cache_folder / "verified" / f"{key}.json"


def _file_state(path: Path) -> dict:
    status = path.stat()
    return {"path": str(path.resolve()), "size": status.st_size, "mtime_ns": status.st_mtime_ns}


def _recalled_digest(cache_folder: Path, path: Path) -> str | None:
    """Return the remembered SHA-256 of `path` if its record matches the file's current state."""
    record_path = _record_path(cache_folder, path)
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    state = _file_state(path)
    if any(record.get(name) != value for name, value in state.items()):
        return None
    digest = record.get("sha256")
    return digest if isinstance(digest, str) else None


def _remember_digest(cache_folder: Path, path: Path, sha256: str) -> None:
    """Store the SHA-256 of `path` with its current size and modification time.

    Each file has its own record, written atomically, so concurrent processes never read a
    partial record. When two processes race, one record is lost, which costs one more hash.
    """
    record_path = _record_path(cache_folder, path)
    record = {**_file_state(path), "sha256": sha256}
    try:
        with write_atomically(record_path) as temporary:
            temporary.write_text(json.dumps(record), encoding="utf-8")
    except OSError as error:
        # A read-only cache only disables the shortcut; the file itself was verified.
        _logger.warning("could not store the verification record for %s: %s", path, error)
