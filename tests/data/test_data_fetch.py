"""Tests for ventral.fetch on synthetic files in temporary mirror, cache and origin folders.

No test contacts the network: urllib is wrapped so that only file:// URLs open.
"""

from __future__ import annotations

import hashlib
import os
import urllib.request
from pathlib import Path

import pytest

from ventral import config, fetch as fetch_module
from ventral.catalog import DataFile
from ventral.fetch import ChecksumMismatchError, DataError, DataNotFoundError, fetch

CONTENT = b"spike counts, not really\n"
_real_urlopen = urllib.request.urlopen


@pytest.fixture(autouse=True)
def no_network(monkeypatch, tmp_path):
    """Allow only file:// URLs, disable downloads by default and keep the default cache in tmp."""

    def local_only(url, *args, **kwargs):
        if not str(url).startswith("file:"):
            raise AssertionError(f"test tried to open {url}")
        return _real_urlopen(url, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", local_only)
    monkeypatch.setenv("VENTRAL_OFFLINE", "1")
    monkeypatch.setenv("VENTRAL_CACHE", str(tmp_path / "default-cache"))


def _data_file(content: bytes = CONTENT, path: str = "data/responses.npy") -> DataFile:
    return DataFile(
        key="test/responses.npy",
        repo="owner/repo",
        commit="f" * 40,
        path=path,
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        license="CC0-1.0",
    )


def _place(root: Path, data_file: DataFile, content: bytes) -> Path:
    target = root / data_file.origin
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return target


def test_mirror_copy_returned(tmp_path):
    data_file = _data_file()
    expected = _place(tmp_path / "mirror", data_file, CONTENT)
    found = fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache")
    assert found == expected
    assert found.read_bytes() == CONTENT


def test_missing_file_offline_env(tmp_path):
    data_file = _data_file()
    (tmp_path / "mirror").mkdir()
    with pytest.raises(DataNotFoundError) as raised:
        fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache")
    message = str(raised.value)
    assert data_file.key in message
    assert str(tmp_path / "mirror" / data_file.origin) in message
    assert str(tmp_path / "cache" / "files" / data_file.origin) in message
    assert "VENTRAL_OFFLINE" in message
    assert "VENTRAL_MIRROR" in message
    assert len(raised.value.tried) == 3


def test_missing_file_download_disabled(tmp_path, monkeypatch):
    monkeypatch.delenv("VENTRAL_OFFLINE")
    with pytest.raises(DataNotFoundError, match="disabled"):
        fetch(_data_file(), mirror=tmp_path / "mirror", cache=tmp_path / "cache", download=False)


def test_not_found_error_types(tmp_path):
    with pytest.raises(DataNotFoundError) as raised:
        fetch(_data_file(), mirror=tmp_path / "mirror", cache=tmp_path / "cache")
    assert isinstance(raised.value, DataError)
    assert isinstance(raised.value, FileNotFoundError)


def test_corrupt_mirror_copy(tmp_path):
    data_file = _data_file()
    corrupt = CONTENT.replace(b"spike", b"SPIKE")
    _place(tmp_path / "mirror", data_file, corrupt)
    with pytest.raises(ChecksumMismatchError) as raised:
        fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache")
    error = raised.value
    actual = hashlib.sha256(corrupt).hexdigest()
    assert error.actual_sha256 == actual
    assert error.expected_sha256 == data_file.sha256
    assert data_file.sha256 in str(error)
    assert actual in str(error)
    assert "VENTRAL_MIRROR" in str(error)
    assert isinstance(error, DataError)


def test_wrong_size_not_hashed(tmp_path):
    data_file = _data_file()
    _place(tmp_path / "mirror", data_file, CONTENT + b"extra")
    with pytest.raises(ChecksumMismatchError) as raised:
        fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache")
    assert raised.value.actual_sha256 is None
    assert raised.value.actual_size == len(CONTENT) + 5


def test_corrupt_cached_copy(tmp_path):
    data_file = _data_file()
    cached = _place(tmp_path / "cache" / "files", data_file, CONTENT.upper())
    with pytest.raises(ChecksumMismatchError) as raised:
        fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache")
    assert "delete the cached copy" in str(raised.value)
    assert str(cached) in str(raised.value)


def test_cached_copy_returned(tmp_path):
    data_file = _data_file()
    cached = _place(tmp_path / "cache" / "files", data_file, CONTENT)
    assert fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache") == cached


def test_verification_remembered(tmp_path, monkeypatch):
    data_file = _data_file()
    mirror_copy = _place(tmp_path / "mirror", data_file, CONTENT)
    fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache")
    assert len(list((tmp_path / "cache" / "verified").glob("*.json"))) == 1

    def fail(path):
        raise AssertionError(f"{path} was hashed again")

    monkeypatch.setattr(fetch_module, "sha256_file", fail)
    assert fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache") == mirror_copy

    # Same size, new content and a new modification time: the record no longer applies.
    monkeypatch.undo()
    mirror_copy.write_bytes(CONTENT.replace(b"spike", b"SPIKE"))
    status = mirror_copy.stat()
    os.utime(mirror_copy, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    with pytest.raises(ChecksumMismatchError):
        fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache")


def test_download_into_cache(tmp_path, monkeypatch):
    data_file = _data_file(path="data/with space.npy")
    _place(tmp_path / "origin", data_file, CONTENT)
    monkeypatch.setattr(fetch_module, "RAW_GITHUB_URL", (tmp_path / "origin").as_uri())
    found = fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache", download=True)
    assert found == tmp_path / "cache" / "files" / data_file.origin
    assert found.read_bytes() == CONTENT
    assert [path.name for path in found.parent.iterdir()] == [found.name]


def test_corrupt_download_discarded(tmp_path, monkeypatch):
    data_file = _data_file()
    _place(tmp_path / "origin", data_file, CONTENT.upper())
    monkeypatch.setattr(fetch_module, "RAW_GITHUB_URL", (tmp_path / "origin").as_uri())
    with pytest.raises(ChecksumMismatchError, match="discarded"):
        fetch(data_file, mirror=tmp_path / "mirror", cache=tmp_path / "cache", download=True)
    target_folder = (tmp_path / "cache" / "files" / data_file.origin).parent
    assert list(target_folder.iterdir()) == []


def test_failed_download_not_found(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch_module, "RAW_GITHUB_URL", (tmp_path / "empty-origin").as_uri())
    with pytest.raises(DataNotFoundError, match="failed"):
        fetch(_data_file(), mirror=tmp_path / "mirror", cache=tmp_path / "cache", download=True)


def test_unknown_key_raises_key_error(tmp_path):
    with pytest.raises(KeyError, match="Unknown data file key"):
        fetch("no-such/key", mirror=tmp_path, cache=tmp_path / "cache")


def test_offline_mode_values(monkeypatch):
    for value, expected in [("1", True), ("true", True), ("0", False), ("", False)]:
        monkeypatch.setenv("VENTRAL_OFFLINE", value)
        assert fetch_module.offline_mode() is expected


def test_data_url_quotes_path():
    data_file = _data_file(path="stimuli/a b.png")
    assert fetch_module.data_url(data_file) == (
        f"https://raw.githubusercontent.com/owner/repo/{'f' * 40}/stimuli/a%20b.png"
    )


def test_real_mirror_readme(tmp_path):
    mirror = config.mirror_root()
    if mirror is None:
        pytest.skip("no data mirror (set VENTRAL_MIRROR)")
    found = fetch("cowley2023/readme.txt", cache=tmp_path / "cache")
    assert found.is_relative_to(mirror)
    assert b"Readme for the V4 data" in found.read_bytes()
