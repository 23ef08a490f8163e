"""The size an image file declares, read from its header alone, so a decompression bomb is refused before any decode."""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass

from station.text import StationError, _

log = logging.getLogger(__name__)


class TooManyPixels(StationError):
    """The header declares a picture larger than the caller accepts; nothing was decoded."""


@dataclass(frozen=True)
class DeclaredSize:
    width: int
    height: int
    kind: str  # the format Pillow recognised: JPEG, PNG, WEBP, ...

    @property
    def pixels(self) -> int:
        return self.width * self.height


def declared_size(data: bytes | bytearray | memoryview, name: str, max_pixels: int) -> DeclaredSize | None:
    """What the header says; None when it is no picture Pillow knows (the caller says so in its own words).

    Raises TooManyPixels above max_pixels. An 855 KB PNG can declare 30000×30000 pixels: a decoder would
    reserve gigabytes for it before reading a single row, so the refusal must come from the header."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Sizes are judged here, with a message for people; Pillow's warnings (a big picture, corrupt EXIF)
            # would only be noise.
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                found = DeclaredSize(int(image.width), int(image.height), str(image.format or image.mode))
    except Image.DecompressionBombError as exc:
        # Pillow refuses to open a picture of over ~180 million pixels at all, far above any limit of ours.
        log.info("%s declares a gigantic picture: %s", name, exc)
        raise TooManyPixels(_("{file} declares a gigantic picture (over {limit} million pixels); it is not a "
                              "photo. Use a smaller photo.", file=name, limit=max_pixels // 1_000_000)) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        log.info("no image header in %s: %s", name, exc)
        return None
    if found.pixels > max_pixels:
        raise TooManyPixels(_("{file} has too many pixels ({width}×{height}); at most {limit} million. Use a "
                              "smaller photo.", file=name, width=found.width, height=found.height,
                              limit=max_pixels // 1_000_000))
    return found
