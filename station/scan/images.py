"""Reading image files (photos of labels, dropped files) into BGR arrays, with errors a person can act on."""

from __future__ import annotations

import logging
from pathlib import Path

import cv2
import numpy as np

from station.image_size import TooManyPixels, declared_size
from station.text import StationError, _

log = logging.getLogger(__name__)

# A label photo from any phone or camera is far below these; larger files are not label photos.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 80_000_000


class ImageUnreadable(StationError):
    """An image file that cannot be scanned; the text says why and what to do."""


def read_image_file(path: Path | str) -> np.ndarray:
    """The image as a BGR uint8 array; raises ImageUnreadable for missing, empty, huge or corrupt files."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ImageUnreadable(_("Image {file} was not found. Check the name and folder.", file=name)) from exc
    except OSError as exc:
        log.info("cannot stat %s: %s", path, exc)
        raise ImageUnreadable(
            _("Image {file} cannot be opened ({problem}). Check the file and its permissions.",
              file=name, problem=exc.strerror or str(exc))
        ) from exc
    if path.is_dir():
        raise ImageUnreadable(_("{file} is a folder, not an image. Choose an image file.", file=name))
    if size == 0:
        raise ImageUnreadable(_("Image {file} is empty (0 bytes). Take or copy the photo again.", file=name))
    if size > MAX_FILE_BYTES:
        raise ImageUnreadable(
            _("Image {file} is too large ({megabytes} MB; at most {limit} MB). Use a smaller photo.",
              file=name, megabytes=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        )
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        log.info("cannot read %s: %s", path, exc)
        raise ImageUnreadable(
            _("Image {file} cannot be read ({problem}). Check the file and its permissions.",
              file=name, problem=exc.strerror or str(exc))
        ) from exc
    return decode_image_bytes(data, name)


def decode_image_bytes(data: np.ndarray | bytes, name: str = "image") -> np.ndarray:
    """Decodes an encoded image (PNG, JPEG, WebP, BMP, TIFF...) held in memory to a BGR uint8 array."""
    buffer = np.frombuffer(data, dtype=np.uint8) if isinstance(data, bytes) else data
    try:
        # The header, not the decoder, must refuse a huge picture: OpenCV would reserve its memory first.
        header = declared_size(buffer, name, MAX_PIXELS)
    except TooManyPixels as exc:
        raise ImageUnreadable(exc.text) from exc
    image = None
    if buffer.size and header is not None:
        try:
            image = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
        except cv2.error as exc:
            log.info("OpenCV could not decode %s: %s", name, exc)
    if image is None or image.size == 0:
        raise ImageUnreadable(
            _("{file} is not a readable image (damaged, or not PNG, JPEG, WebP, BMP or TIFF). "
              "Take the photo again or scan the label.", file=name)
        )
    return image
