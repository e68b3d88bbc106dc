"""Tests for ventral.stimuli.StimulusSet on synthetic PNG images."""

from __future__ import annotations

import hashlib
import io
import pickle
import zipfile

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from ventral.stimuli import ImageLocation, StimulusSet


def _png(seed: int) -> bytes:
    pixels = np.random.default_rng(seed).integers(0, 256, size=(8, 6, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


IMAGES = {f"stim{index}": _png(index) for index in range(4)}


def _table(ids=None) -> pd.DataFrame:
    ids = list(IMAGES) if ids is None else ids
    return pd.DataFrame({"stimulus_id": ids, "category": [f"cat{i % 2}" for i in range(len(ids))]})


@pytest.fixture
def file_set(tmp_path):
    paths = []
    for stimulus_id, content in IMAGES.items():
        path = tmp_path / f"{stimulus_id}.png"
        path.write_bytes(content)
        paths.append(path)
    return StimulusSet.from_files("test.files", _table(), paths)


@pytest.fixture
def zip_set(tmp_path):
    archive = tmp_path / "images.zip"
    with zipfile.ZipFile(archive, "w") as output:
        for stimulus_id, content in IMAGES.items():
            output.writestr(f"top/{stimulus_id}.png", content)
    with StimulusSet.from_zip("test.zip", _table(), archive, [f"top/{name}.png" for name in IMAGES]) as stimulus_set:
        yield stimulus_set


def test_file_bytes_match(file_set):
    for stimulus_id, content in IMAGES.items():
        assert file_set.image_bytes(stimulus_id) == content


def test_zip_bytes_match(zip_set):
    for stimulus_id, content in IMAGES.items():
        assert zip_set.image_bytes(stimulus_id) == content
    assert zip_set.location("stim1").member == "top/stim1.png"


def test_content_digest_is_sha256(zip_set):
    assert zip_set.content_digest("stim2") == hashlib.sha256(IMAGES["stim2"]).hexdigest()


def test_digest_independent_of_storage(file_set, zip_set):
    assert file_set.digest() == zip_set.digest()
    assert len(file_set.digest()) == 64


def test_digest_changes_with_order(zip_set):
    reordered = zip_set.subset(list(reversed(zip_set.stimulus_ids)))
    assert reordered.digest() != zip_set.digest()


def test_digest_changes_with_content(tmp_path, file_set):
    original = file_set.digest()
    paths = [tmp_path / f"{stimulus_id}.png" for stimulus_id in IMAGES]
    paths[1].write_bytes(_png(99))
    changed = StimulusSet.from_files("test.files", _table(), paths)
    assert changed.digest() != original


def test_open_image(zip_set):
    image = zip_set.open_image("stim0")
    assert image.size == (6, 8)
    assert image.mode == "RGB"


def test_metadata_and_ids(zip_set):
    assert zip_set.stimulus_ids == tuple(IMAGES)
    assert len(zip_set) == 4
    assert "stim3" in zip_set
    assert list(zip_set.stimuli.columns) == ["stimulus_id", "category"]


def test_stimuli_copy_isolated(zip_set):
    table = zip_set.stimuli
    table.loc[0, "stimulus_id"] = "changed"
    assert zip_set.stimuli.loc[0, "stimulus_id"] == "stim0"


def test_subset_order_and_identifier(zip_set):
    subset = zip_set.subset(["stim3", "stim1"])
    assert subset.stimulus_ids == ("stim3", "stim1")
    assert list(subset.stimuli["category"]) == ["cat1", "cat1"]
    assert subset.image_bytes("stim3") == IMAGES["stim3"]
    assert subset.identifier.startswith("test.zip.subset-")
    assert zip_set.subset(["stim1", "stim3"]).identifier != subset.identifier
    assert zip_set.subset(["stim1"], identifier="named").identifier == "named"


def test_subset_unknown_id(zip_set):
    with pytest.raises(KeyError, match="nope"):
        zip_set.subset(["stim0", "nope"])


def test_subset_duplicate_id(zip_set):
    with pytest.raises(ValueError, match="duplicate"):
        zip_set.subset(["stim0", "stim0"])


def test_unknown_id_lookup(zip_set):
    with pytest.raises(KeyError, match="missing-id"):
        zip_set.image_bytes("missing-id")


def test_duplicate_ids_rejected(tmp_path):
    with pytest.raises(ValueError, match="unique"):
        StimulusSet("dup", _table(["a", "b", "a"]), [ImageLocation(tmp_path / name) for name in "aba"])


def test_missing_column_rejected(tmp_path):
    with pytest.raises(ValueError, match="stimulus_id"):
        StimulusSet("bad", pd.DataFrame({"image": ["a"]}), [ImageLocation(tmp_path / "a")])


def test_non_string_ids_rejected(tmp_path):
    with pytest.raises(ValueError, match="non-empty strings"):
        StimulusSet("bad", pd.DataFrame({"stimulus_id": [1, 2]}), [ImageLocation(tmp_path / "a")] * 2)


def test_location_count_mismatch(tmp_path):
    with pytest.raises(ValueError, match="one location per row"):
        StimulusSet("bad", _table(), [ImageLocation(tmp_path / "a")])


def test_missing_zip_member(tmp_path):
    archive = tmp_path / "images.zip"
    with zipfile.ZipFile(archive, "w") as output:
        output.writestr("stim0.png", IMAGES["stim0"])
    with pytest.raises(ValueError, match="stim1.png"):
        StimulusSet.from_zip("bad", _table(["stim0", "stim1"]), archive, ["stim0.png", "stim1.png"])


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="missing.png"):
        StimulusSet.from_files("bad", _table(["stim0"]), [tmp_path / "missing.png"])


def test_pickle_after_read(zip_set):
    zip_set.image_bytes("stim0")
    copy = pickle.loads(pickle.dumps(zip_set))
    assert copy.image_bytes("stim1") == IMAGES["stim1"]
    assert copy.digest() == zip_set.digest()
