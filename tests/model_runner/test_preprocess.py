"""Field-of-view placement and input normalization on synthetic images."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from ventral_runner.base import ModelSpec
from ventral_runner.preprocess import SCREEN_GRAY, place_on_screen, preprocess


def _image(width: int, height: int, color=(200, 30, 60), mode: str = "RGB") -> Image.Image:
    return Image.new(mode, (width, height), color)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _spec(**overrides) -> ModelSpec:
    values = dict(identifier="test", backend="torch", input_size=32, layers=("a",))
    values.update(overrides)
    return ModelSpec(**values)


def test_enlarge_canvas_size():
    placed = place_on_screen(_image(100, 60), stimulus_degrees=4, field_of_view_degrees=8)

    assert placed.mode == "RGB"
    assert placed.size == (200, 120)


def test_enlarge_gray_border_and_centered_image():
    placed = np.asarray(place_on_screen(_image(100, 60), stimulus_degrees=4, field_of_view_degrees=8))

    # The 100x60 image sits at columns 50..149 and rows 30..89 of the 200x120 canvas.
    assert (placed[:30] == SCREEN_GRAY).all()
    assert (placed[90:] == SCREEN_GRAY).all()
    assert (placed[:, :50] == SCREEN_GRAY).all()
    assert (placed[:, 150:] == SCREEN_GRAY).all()
    assert (placed[30:90, 50:150] == (200, 30, 60)).all()


def test_enlarge_keeps_image_pixels():
    rng = np.random.default_rng(0)
    pixels = rng.integers(0, 256, size=(40, 50, 3), dtype=np.uint8)

    placed = np.asarray(place_on_screen(Image.fromarray(pixels), stimulus_degrees=2, field_of_view_degrees=8))

    assert placed.shape == (160, 200, 3)
    np.testing.assert_array_equal(placed[60:100, 75:125], pixels)


def test_enlarge_rounds_half_to_even():
    # ratio 2.5: canvas 2.5 * 101 = 252.5 -> 252 (half to even); offset (252 - 101) / 2 = 75.5 -> 76.
    placed = np.asarray(place_on_screen(_image(101, 101, (0, 0, 0)), stimulus_degrees=3.2, field_of_view_degrees=8))

    assert placed.shape[:2] == (252, 252)
    dark_rows = np.flatnonzero((placed == 0).all(axis=2).any(axis=1))
    assert dark_rows[0] == 76
    assert dark_rows[-1] == 76 + 100


def test_crop_center():
    rng = np.random.default_rng(1)
    pixels = rng.integers(0, 256, size=(100, 120, 3), dtype=np.uint8)

    cropped = np.asarray(place_on_screen(Image.fromarray(pixels), stimulus_degrees=16, field_of_view_degrees=8))

    assert cropped.shape == (50, 60, 3)
    np.testing.assert_array_equal(cropped, pixels[25:75, 30:90])


def test_equal_degrees_unchanged():
    pixels = np.random.default_rng(2).integers(0, 256, size=(30, 20, 3), dtype=np.uint8)

    placed = np.asarray(place_on_screen(Image.fromarray(pixels), stimulus_degrees=8, field_of_view_degrees=8))

    np.testing.assert_array_equal(placed, pixels)


def test_grayscale_and_rgba_become_rgb():
    for image in (_image(10, 10, 77, mode="L"), _image(10, 10, (10, 20, 30, 0), mode="RGBA")):
        placed = place_on_screen(image, stimulus_degrees=4, field_of_view_degrees=8)
        assert placed.mode == "RGB"
        assert placed.size == (20, 20)


@pytest.mark.parametrize("degrees", [0, -3, float("nan"), float("inf"), "wide"])
def test_invalid_degrees_rejected(degrees):
    with pytest.raises(ValueError, match="stimulus_degrees"):
        place_on_screen(_image(10, 10), stimulus_degrees=degrees, field_of_view_degrees=8)


def test_crop_to_nothing_rejected():
    with pytest.raises(ValueError, match="shrinks"):
        place_on_screen(_image(3, 3), stimulus_degrees=100, field_of_view_degrees=8)


def test_preprocess_shape_and_normalization():
    spec = _spec(mean=(0.5, 0.25, 0.0), std=(0.5, 0.25, 2.0))

    batch = preprocess([_png(_image(16, 16, (255, 0, 51)))], spec, stimulus_degrees=8)

    assert batch.dtype == np.float32
    assert batch.shape == (1, 3, 32, 32)
    np.testing.assert_allclose(batch[0, 0], (1.0 - 0.5) / 0.5, atol=1e-6)
    np.testing.assert_allclose(batch[0, 1], (0.0 - 0.25) / 0.25, atol=1e-6)
    np.testing.assert_allclose(batch[0, 2], (0.2 - 0.0) / 2.0, atol=1e-6)


def test_preprocess_applies_field_of_view():
    spec = _spec(mean=(0.0, 0.0, 0.0), std=(1.0, 1.0, 1.0), input_size=64, field_of_view_degrees=8)

    # A white 32x32 image at 4 degrees fills the central half of the 64x64 input.
    batch = preprocess([_png(_image(32, 32, (255, 255, 255)))], spec, stimulus_degrees=4)

    gray = 128 / 255
    np.testing.assert_allclose(batch[0, :, :8, :], gray, atol=1e-6)
    np.testing.assert_allclose(batch[0, :, :, -8:], gray, atol=1e-6)
    np.testing.assert_allclose(batch[0, :, 24:40, 24:40], 1.0, atol=1e-6)


def test_preprocess_channel_order_is_rgb():
    spec = _spec(mean=(0.0, 0.0, 0.0), std=(1.0, 1.0, 1.0))

    batch = preprocess([_png(_image(8, 8, (255, 0, 0)))], spec, stimulus_degrees=8)

    assert batch[0, 0].min() == pytest.approx(1.0)
    assert batch[0, 1].max() == pytest.approx(0.0)
    assert batch[0, 2].max() == pytest.approx(0.0)


def test_preprocess_undecodable_names_stimulus():
    images = [_png(_image(8, 8)), b"not an image"]

    with pytest.raises(ValueError, match="stimulus_id 'broken-7'"):
        preprocess(images, _spec(), stimulus_degrees=8, stimulus_ids=["fine", "broken-7"])


def test_preprocess_truncated_file_rejected():
    data = _png(Image.fromarray(np.random.default_rng(3).integers(0, 256, (64, 64, 3), dtype=np.uint8)))

    with pytest.raises(ValueError, match="could not decode"):
        preprocess([data[: len(data) // 2]], _spec(), stimulus_degrees=8, stimulus_ids=["half"])


def test_preprocess_id_count_mismatch():
    with pytest.raises(ValueError, match="one stimulus_id per image"):
        preprocess([_png(_image(8, 8))], _spec(), stimulus_degrees=8, stimulus_ids=["a", "b"])
