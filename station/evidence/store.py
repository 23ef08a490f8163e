"""Content-addressed photo store: originals named by SHA-256, written atomically, verified on read."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.text import StationError, _

REVIEW_SIZE = 1600
THUMB_SIZE = 240


class PhotoUnreadable(StationError):
    """The bytes are not an image the station can read."""


class PhotoCorrupt(StationError):
    """A stored photo no longer matches its hash (disk fault or tampering)."""


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    width: int
    height: int
    size_bytes: int


def _atomic_write(path: Path, data: bytes) -> None:
    # Write beside the target, flush to disk, then rename: a crash leaves the old file or the new, never half.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def original_path(self, sha256: str) -> Path:
        return self.root / "originals" / sha256[:2] / f"{sha256}.jpg"

    def review_path(self, sha256: str) -> Path:
        return self.root / "review" / sha256[:2] / f"{sha256}.jpg"

    def thumbnail_path(self, sha256: str) -> Path:
        return self.root / "thumbs" / sha256[:2] / f"{sha256}.jpg"

    def store_bytes(self, data: bytes) -> StoredPhoto:
        """Stores an encoded image as taken, plus its review copy and thumbnail."""
        image = _decode(data)
        sha = hashlib.sha256(data).hexdigest()
        original = self.original_path(sha)
        if not original.exists() or self._hash_of(original) != sha:
            _atomic_write(original, data)
        self._write_scaled(image, self.review_path(sha), REVIEW_SIZE, quality=88)
        self._write_scaled(image, self.thumbnail_path(sha), THUMB_SIZE, quality=80)
        height, width = image.shape[:2]
        return StoredPhoto(sha, int(width), int(height), len(data))

    def store_frame(self, frame: Any) -> StoredPhoto:
        """Stores a camera frame (BGR array) as a high-quality JPEG."""
        import cv2

        ok, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 92])
        if not ok:
            raise PhotoUnreadable(_("The camera picture could not be saved. Take the photo again."))
        return self.store_bytes(encoded.tobytes())

    def store_file(self, path: Path) -> StoredPhoto:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PhotoUnreadable(
                _("Photo file {name} cannot be opened ({problem}). Choose another file.",
                  name=path.name, problem=exc.strerror or str(exc))
            ) from exc
        return self.store_bytes(data)

    def read_verified(self, sha256: str) -> bytes:
        data = self.original_path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise PhotoCorrupt(_("Photo {sha} is damaged on disk. Tell a lead; retake it if the item is here.",
                                 sha=sha256[:12]))
        return data

    def _hash_of(self, path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    def _write_scaled(self, image: Any, path: Path, longest: int, quality: int) -> None:
        import cv2

        if path.exists():
            return
        height, width = image.shape[:2]
        scale = min(1.0, longest / max(height, width))
        if scale < 1.0:
            image = cv2.resize(image, (max(1, round(width * scale)), max(1, round(height * scale))),
                               interpolation=cv2.INTER_AREA)
        ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        if ok:
            _atomic_write(path, encoded.tobytes())


def _decode(data: bytes) -> Any:
    import cv2
    import numpy as np

    from station.evidence.working_image import photo_size_allowed

    if not data:
        raise PhotoUnreadable(_("The photo file is empty. Take the photo again or choose another file."))
    try:
        photo_size_allowed(data, "photo")  # a full decode of a huge picture would cost gigabytes
    except StationError as exc:
        raise PhotoUnreadable(exc.text) from exc
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None or image.size == 0:
        raise PhotoUnreadable(
            _("This file is not a picture the station can read (JPEG or PNG). Take the photo again or choose "
              "another file.")
        )
    return image
