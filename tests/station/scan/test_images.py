"""Image files: good photos load as BGR; missing, empty, huge, corrupt and non-image files get a clear error."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.scan import images
from station.scan.images import ImageUnreadable, decode_image_bytes, read_image_file
from station.text import StationError, Text


def test_a_real_photo_loads_as_bgr(shared_data: Path) -> None:
    image = read_image_file(shared_data / "barcodes" / "images" / "qrcode" / "qrcode-4-01.webp")
    assert image.dtype == np.uint8 and image.ndim == 3 and image.shape[2] == 3


def test_a_path_with_non_ascii_characters_loads(tmp_path: Path) -> None:
    path = tmp_path / "Етикетка_תווית.png"
    cv2.imwrite(str(tmp_path / "x.png"), np.full((20, 30), 128, np.uint8))
    (tmp_path / "x.png").rename(path)
    assert read_image_file(path).shape == (20, 30, 3)


def _error(path: Path) -> ImageUnreadable:
    with pytest.raises(ImageUnreadable) as caught:
        read_image_file(path)
    error = caught.value
    assert isinstance(error, StationError) and isinstance(error.text, Text)
    assert str(path) in error.text.render()
    return error


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in _error(tmp_path / "nope.png").text.render()


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert "folder" in _error(tmp_path).text.render()


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert "empty" in _error(path).text.render()


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as f:  # sparse: no disk or time spent
        f.truncate(images.MAX_FILE_BYTES + 1)
    assert "too large" in _error(path).text.render()


def test_an_image_with_too_many_pixels_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _ok, encoded = cv2.imencode(".png", np.zeros((100, 100), np.uint8))
    monkeypatch.setattr(images, "MAX_PIXELS", 5_000)
    with pytest.raises(ImageUnreadable, match="too many pixels"):
        decode_image_bytes(encoded.tobytes(), "big.png")


def test_truncated_photo(tmp_path: Path, shared_data: Path) -> None:
    data = (shared_data / "barcodes" / "images" / "qrcode" / "qrcode-4-01.webp").read_bytes()
    path = tmp_path / "cut.webp"
    path.write_bytes(data[:40])
    assert "not a readable image" in _error(path).text.render()


def test_text_file_with_an_image_name(tmp_path: Path) -> None:
    path = tmp_path / "label.jpg"
    path.write_text("RMA-12345\n")
    assert "not a readable image" in _error(path).text.render()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=2048),
    # Real format signatures followed by garbage reach deeper into each decoder.
    st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"BM",
                     b"II*\x00", b"GIF89a"]).flatmap(lambda head: st.binary(max_size=512).map(lambda t: head + t)),
))
def test_any_bytes_either_decode_or_raise_image_unreadable(data: bytes) -> None:
    try:
        image = decode_image_bytes(data, "fuzz")
    except ImageUnreadable as exc:
        assert exc.text.render()
    else:
        assert image.dtype == np.uint8 and image.ndim == 3
