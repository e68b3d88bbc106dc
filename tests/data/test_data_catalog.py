"""Tests for ventral.catalog: entry validation, lookup errors and agreement with the mirror manifest."""

from __future__ import annotations

import pytest

from ventral import catalog, config
from ventral.catalog import Catalog, DataFile

COWLEY_REPO = "cowleygroup/V4_compact_models"
GOOD = dict(
    key="demo/file.txt",
    repo="owner/name",
    commit="0" * 40,
    path="folder/file.txt",
    sha256="a" * 64,
    size=3,
    license="MIT",
)


def _manifest_rows():
    """Return {origin: (size, sha256)} from the mirror's MANIFEST.tsv, or skip without a mirror."""
    mirror = config.mirror_root()
    if mirror is None or not (mirror / "MANIFEST.tsv").is_file():
        pytest.skip("no data mirror with MANIFEST.tsv (set VENTRAL_MIRROR)")
    rows = {}
    for line in (mirror / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        origin, size, sha256 = line.split("\t")
        rows[origin] = (int(size), sha256)
    return rows


def test_entries_match_manifest():
    rows = _manifest_rows()
    for data_file in catalog.all_files():
        assert data_file.origin in rows, f"{data_file.key}: {data_file.origin} is not in MANIFEST.tsv"
        size, sha256 = rows[data_file.origin]
        assert data_file.size == size, data_file.key
        assert data_file.sha256 == sha256, data_file.key


def test_every_cowley_manifest_file_cataloged():
    rows = _manifest_rows()
    cataloged = {data_file.origin for data_file in catalog.all_files()}
    cowley = [origin for origin in rows if origin.startswith(COWLEY_REPO + "/")]
    assert cowley, "MANIFEST.tsv lists no Cowley 2023 files"
    missing = sorted(set(cowley) - cataloged)
    assert missing == []


def test_cowley_keys_complete():
    keys = {data_file.key for data_file in catalog.all_files() if data_file.repo == COWLEY_REPO}
    sessions = ["190923", "190925", "190927", "190928", "190929", "201025",
                "210224", "210225", "210305", "210322", "210325", "210621"]
    expected = {"cowley2023/LICENSE", "cowley2023/readme.txt", "cowley2023/responses_raw/responses_210325.npy"}
    expected |= {f"cowley2023/images/images_{session}.zip" for session in sessions}
    expected |= {f"cowley2023/responses_repeat_averaged/responses_{session}.npy" for session in sessions}
    assert keys == expected
    assert {catalog.get(key).license for key in keys} == {"GPL-3.0"}


def test_unknown_key_lists_close_matches():
    with pytest.raises(KeyError) as raised:
        catalog.get("cowley2023/images/images_210326.zip")
    message = str(raised.value)
    assert "images_210326.zip" in message
    assert "cowley2023/images/images_210325.zip" in message


def test_unknown_prefix_lists_dataset_keys():
    with pytest.raises(KeyError, match="cowley2023/"):
        catalog.get("cowley2023/nothing-like-this")


def test_register_conflict_rejected():
    registry = Catalog([DataFile(**GOOD)])
    registry.register(DataFile(**GOOD))
    assert len(registry) == 1
    with pytest.raises(ValueError, match="already registered"):
        registry.register(DataFile(**{**GOOD, "sha256": "b" * 64}))


def test_register_table_keys():
    registry = Catalog()
    entries = registry.register_table(
        [("data/a.npy", 1, "c" * 64), ("LICENSE", 2, "d" * 64)],
        repo="owner/name",
        commit="1" * 40,
        license="MIT",
        key_prefix="demo/",
        strip_path_prefix="data/",
    )
    assert [entry.key for entry in entries] == ["demo/a.npy", "demo/LICENSE"]
    assert registry.get("demo/a.npy").path == "data/a.npy"
    assert [entry.key for entry in registry.all_files()] == ["demo/LICENSE", "demo/a.npy"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("repo", "no-slash"),
        ("commit", "abc"),
        ("commit", "G" * 40),
        ("path", "../escape"),
        ("path", "/absolute"),
        ("path", "a//b"),
        ("sha256", "A" * 64),
        ("size", -1),
        ("size", True),
        ("license", ""),
        ("key", ""),
    ],
)
def test_datafile_rejects_invalid(field, value):
    with pytest.raises(ValueError, match=field):
        DataFile(**{**GOOD, field: value})


def test_datafile_origin():
    assert DataFile(**GOOD).origin == f"owner/name/{'0' * 40}/folder/file.txt"
