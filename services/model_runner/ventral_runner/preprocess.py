"""Turn stimulus image bytes into normalized model input.

The steps are: decode to RGB, place the image on the model's "screen", square-resize
to the model's input size, scale to [0, 1] and normalize per channel. The screen
placement follows the Brain-Score vision library (brainscore_vision
`benchmark_helpers/screen.py`, `ImageConverter`).
"""

from __future__ import annotations

import io
import math
from typing import Sequence

import numpy as np
from PIL import Image, UnidentifiedImageError

from ventral_runner.base import ModelSpec

# Pillow's "gray" color name, the background Brain-Score pastes enlarged stimuli on.
SCREEN_GRAY = (128, 128, 128)


def _round_half_even(values: np.ndarray) -> np.ndarray:
    """Round like numpy (half to even), as Brain-Score does, and return ints."""
    return np.round(values).astype(int)


def place_on_screen(image: Image.Image, stimulus_degrees: float, field_of_view_degrees: float) -> Image.Image:
    """Return the RGB image as it appears in a model's field of view.

    ratio = field_of_view_degrees / stimulus_degrees. When ratio >= 1 the image keeps
    its pixel size and is pasted in the center of a gray (128, 128, 128) RGB canvas of
    round(ratio * width) x round(ratio * height) pixels. When ratio < 1 the center
    round(ratio * width) x round(ratio * height) pixels are cropped. Both the canvas
    size and the top-left offset (size difference / 2) round half to even, as
    numpy's `round` does in Brain-Score's `ImageConverter.apply_ratio`, so a
    100-pixel image at ratio 2.5 gets a 250-pixel canvas and offset 75.

    Both angles are in degrees of visual angle and must be positive and finite.
    """
    check_degrees("stimulus_degrees", stimulus_degrees)
    check_degrees("field_of_view_degrees", field_of_view_degrees)

    image = image.convert("RGB")
    ratio = float(field_of_view_degrees) / float(stimulus_degrees)
    if ratio == 1:
        return image

    image_size = np.array(image.size)
    target_size = _round_half_even(ratio * image_size)
    if np.any(target_size < 1):
        raise ValueError(
            f"image of {image.size[0]}x{image.size[1]} pixels shrinks to {target_size[0]}x{target_size[1]} "
            f"pixels at field-of-view ratio {ratio:g} ({field_of_view_degrees:g} / {stimulus_degrees:g} degrees); "
            "use a larger image or fewer stimulus degrees"
        )

    if ratio > 1:
        canvas = Image.new("RGB", (int(target_size[0]), int(target_size[1])), SCREEN_GRAY)
        left, top = _round_half_even((target_size - image_size) / 2)
        canvas.paste(image, (int(left), int(top)))
        return canvas

    left, top = _round_half_even((image_size - target_size) / 2)
    right, bottom = left + target_size[0], top + target_size[1]
    return image.crop((int(left), int(top), int(right), int(bottom)))


def preprocess(
    images_bytes: Sequence[bytes],
    spec: ModelSpec,
    stimulus_degrees: float,
    stimulus_ids: Sequence[str] | None = None,
) -> np.ndarray:
    """Decode, place on screen, resize and normalize a batch of encoded images.

    Each image is decoded with Pillow, converted to RGB and passed through
    `place_on_screen` with the model's field of view. It is then resized to
    spec.input_size x spec.input_size with Pillow's bilinear filter, which
    antialiases when shrinking, as torchvision's `Resize` does on PIL images.
    Pixels are scaled to [0, 1] and normalized with spec.mean and spec.std.

    `stimulus_ids`, when given, name the images in error messages.
    Returns float32 of shape (N, 3, input_size, input_size), channel order RGB.

    NOTE: Brain-Score writes each placed image back to a file in its original format
    before loading it, so its JPEG stimuli are compressed a second time. This
    function keeps the placed image in memory, so JPEG inputs can differ from
    Brain-Score's by that compression loss.
    """
    if stimulus_ids is not None and len(stimulus_ids) != len(images_bytes):
        raise ValueError(
            f"got {len(stimulus_ids)} stimulus_ids for {len(images_bytes)} images; pass one stimulus_id per image"
        )

    size = spec.input_size
    mean = np.asarray(spec.mean, dtype=np.float32)
    std = np.asarray(spec.std, dtype=np.float32)
    batch = np.empty((len(images_bytes), 3, size, size), dtype=np.float32)

    for index, data in enumerate(images_bytes):
        name = stimulus_ids[index] if stimulus_ids is not None else f"#{index}"
        image = decode_image(data, name)
        placed = place_on_screen(image, stimulus_degrees, spec.field_of_view_degrees)
        resized = placed.resize((size, size), Image.BILINEAR)
        pixels = np.asarray(resized, dtype=np.float32) / 255.0
        batch[index] = ((pixels - mean) / std).transpose(2, 0, 1)

    return batch


def decode_image(data: bytes, stimulus_id: str) -> Image.Image:
    """Decode encoded image bytes (any format Pillow reads) and return an RGB image."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            return image.convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as error:
        raise ValueError(
            f"stimulus_id {stimulus_id!r}: could not decode {len(data)} bytes as an image ({error}); "
            "send the image file's bytes (PNG, JPEG or another format Pillow reads)"
        ) from error


def check_degrees(name: str, value: float) -> None:
    """Raise ValueError unless `value` is a positive finite angle in degrees."""
    try:
        degrees = float(value)
    except (TypeError, ValueError):
        degrees = math.nan
    if not (math.isfinite(degrees) and degrees > 0):
        raise ValueError(f"{name} must be a positive finite number of degrees, got {value!r}")
