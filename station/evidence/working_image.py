"""Decodes a photo for the evidence checks: header first, then a fast reduced decode to the working size."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from station.image_size import DeclaredSize, TooManyPixels, declared_size
from station.text import StationError, _

log = logging.getLogger(__name__)

# Every check works on this longest side, so a threshold means the same for a 2 MP and a 48 MP camera.
WORK_SIZE = 640
# JPEGs decode at 1/8 scale straight from the file, so even a phone's 108 MP mode costs little; other formats
# decode at full size first, which a 100 MP PNG would turn into 300 MB of memory.
MAX_JPEG_PIXELS = 120_000_000
MAX_OTHER_PIXELS = 40_000_000
MAX_FILE_BYTES = 80 * 1024 * 1024


class PhotoNotCheckable(StationError):
    """The file cannot be checked: empty, damaged, too large or not an image."""


@dataclass(frozen=True)
class WorkingImage:
    """The photo at working size (BGR uint8) and what its header said about the original."""

    bgr: np.ndarray
    width: int
    height: int
    kind: str  # the file format (JPEG, PNG, ...) or "frame" for a camera picture


def photo_size_allowed(data: bytes, name: str) -> DeclaredSize:
    """The size the header declares, within the limits above; PhotoNotCheckable otherwise. Nothing is decoded,
    so a 100 MP picture (or a small file declaring a gigantic one) is judged before it costs any memory."""
    try:
        found = declared_size(data, name, MAX_JPEG_PIXELS)
    except TooManyPixels as exc:
        raise PhotoNotCheckable(exc.text) from exc
    if found is None:
        raise PhotoNotCheckable(_("{file} is not a picture (JPEG, PNG, WebP, BMP or TIFF). Take the photo "
                                  "again or choose another file.", file=name))
    limit = MAX_JPEG_PIXELS if found.kind == "JPEG" else MAX_OTHER_PIXELS
    if found.pixels > limit:
        raise PhotoNotCheckable(_("{file} has too many pixels ({width}×{height}). Use a photo of at most "
                                  "{limit} megapixels.", file=name, width=found.width, height=found.height,
                                  limit=limit // 1_000_000))
    return found


def _reduction(width: int, height: int) -> int:
    # libjpeg decodes at 1/2, 1/4 or 1/8 scale far faster than at full size: pick the largest that still
    # leaves at least the working size.
    for factor in (8, 4, 2):
        if max(width, height) // factor >= WORK_SIZE:
            return factor
    return 1


_REDUCED = {1: cv2.IMREAD_COLOR, 2: cv2.IMREAD_REDUCED_COLOR_2, 4: cv2.IMREAD_REDUCED_COLOR_4,
            8: cv2.IMREAD_REDUCED_COLOR_8}


def _cut_short_jpeg(data: bytes) -> bool:
    # OpenCV decodes a truncated JPEG "successfully", greying out the missing part. The end-of-image marker
    # must come after the last start-of-scan (an EXIF thumbnail has an end marker of its own, earlier).
    if not data.startswith(b"\xff\xd8"):
        return False
    return data.rfind(b"\xff\xd9") < data.rfind(b"\xff\xda")


def to_work_size(image: np.ndarray) -> np.ndarray:
    height, width = image.shape[:2]
    scale = WORK_SIZE / max(height, width)
    if scale >= 1.0:
        return image
    return cv2.resize(image, (max(1, round(width * scale)), max(1, round(height * scale))),
                      interpolation=cv2.INTER_AREA)


def decode_for_checks(data: bytes, name: str = "photo") -> WorkingImage:
    """The photo at working size; PhotoNotCheckable with what to do for empty, damaged or huge files."""
    if not data:
        raise PhotoNotCheckable(_("{file} is empty (0 bytes). Take the photo again.", file=name))
    if len(data) > MAX_FILE_BYTES:
        raise PhotoNotCheckable(_("{file} is too large ({megabytes} MB). Use the station camera or a smaller "
                                  "photo.", file=name, megabytes=len(data) // (1024 * 1024)))
    header = photo_size_allowed(data, name)
    width, height, kind = header.width, header.height, header.kind
    if _cut_short_jpeg(data):
        raise PhotoNotCheckable(_("{file} is cut short (the copy or upload stopped part way). Take the photo "
                                  "again or copy the file again.", file=name))
    buffer = np.frombuffer(data, dtype=np.uint8)
    image: Any = None
    try:
        # The reduced modes apply to JPEG only; other formats decode at full size and are resized below.
        image = cv2.imdecode(buffer, _REDUCED[_reduction(width, height)])
    except cv2.error as exc:
        log.info("OpenCV could not decode %s: %s", name, exc)
    if image is None or image.size == 0:
        raise PhotoNotCheckable(_("{file} is damaged (cut short or corrupt) and cannot be checked. Take the photo "
                                  "again.", file=name))
    return WorkingImage(to_work_size(image), width, height, kind)


def read_for_checks(path: Path) -> WorkingImage:
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise PhotoNotCheckable(_("{file} is a folder, not a photo.", file=str(path))) from exc
    except OSError as exc:
        raise PhotoNotCheckable(_("{file} cannot be opened ({problem}). Check the name and permissions.",
                                  file=str(path), problem=exc.strerror or str(exc))) from exc
    return decode_for_checks(data, str(path))


def frame_for_checks(frame: np.ndarray) -> WorkingImage:
    height, width = frame.shape[:2]
    return WorkingImage(to_work_size(frame), int(width), int(height), "frame")
