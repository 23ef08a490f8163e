"""Content-addressed photo store: originals named by SHA-256, written atomically, verified on read; the review
copy and thumbnail made from them are checked against what the verified original gives before they are used."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.text import StationError, _

log = logging.getLogger(__name__)

REVIEW_SIZE = 1600
THUMB_SIZE = 240
# The copies made from an original: (name, longest side, JPEG quality).
COPIES = (("review", REVIEW_SIZE, 88), ("thumbnail", THUMB_SIZE, 80))


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


@dataclass(frozen=True)
class CheckedCopies:
    thumbnail: Path
    review: Path


def _stat_key(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    # Any write or rename changes the change time, which no program sets back: an unchanged key is an unchanged file.
    return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        # sha256 -> the files' stat keys when last checked, so a viewer opening the same photo again decodes nothing;
        # kept beside the copies too (checked/), so a restart does not decode every photo again either.
        self._checked: dict[str, tuple[object, ...]] = {}

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
        self._write_copies(sha, image)
        self._remember(sha)  # just made from these very bytes: nothing to check again
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

    def copy_path(self, sha256: str, kind: str) -> Path:
        return self.review_path(sha256) if kind == "review" else self.thumbnail_path(sha256)

    def checked_copies(self, sha256: str, *, recheck: bool = False) -> CheckedCopies | None:
        """The thumbnail and review copy, each checked against what the verified original gives and made again from
        it when it differs or is missing; None when the original itself is missing or damaged, so nothing made
        from it can be trusted. Packets, viewers and uploads use these paths, never the bare ones.

        Files unchanged since their last check (same inode, size and times, the change time included, which no
        program can set back) are not decoded again; `recheck` decodes them anyway, for what leaves the station."""
        copies = CheckedCopies(self.thumbnail_path(sha256), self.review_path(sha256))
        key = self._files_key(sha256)
        if not recheck and None not in key and self._remembered(sha256) == key:
            return copies
        try:
            image = _decode(self.read_verified(sha256))
        except (OSError, StationError) as exc:
            log.info("copies of photo %s not usable: %s", sha256[:12], exc)
            return None
        remade = self._write_copies(sha256, image)
        if remade:
            log.warning("photo %s: %s did not match the original and were made again from it", sha256[:12],
                        " and ".join(remade))
        self._remember(sha256)
        return copies

    def changed_copies(self, sha256: str) -> list[str]:
        """Which copies (review, thumbnail) differ from what the original gives; repairs nothing, for audit verify.
        A missing copy is not listed: the station makes it again when it is needed.

        The SHA-256 of each copy, recorded when it was made from the verified original, is what a copy is checked
        against: a year of photos is hashed, not decoded and scaled again. A photo stored before copies were
        recorded is made again from its original, as before."""
        recorded = self._recorded_copies(sha256)
        if recorded is not None:
            changed = []
            for kind, _longest, _quality in COPIES:
                try:
                    stored = self.copy_path(sha256, kind).read_bytes()
                except FileNotFoundError:
                    continue
                if hashlib.sha256(stored).hexdigest() != recorded.get(kind):
                    changed.append(kind)
            return changed
        try:
            image = _decode(self.read_verified(sha256))
        except (OSError, StationError):
            return []  # the original's own problem is reported on its own
        changed = []
        for kind, longest, quality in COPIES:
            path = self.copy_path(sha256, kind)
            try:
                stored = path.read_bytes()
            except FileNotFoundError:
                continue
            if stored != _scaled(image, longest, quality):
                changed.append(kind)
        return changed

    def _copies_record_path(self, sha256: str) -> Path:
        return self.root / "copies" / sha256[:2] / f"{sha256}.json"

    def _recorded_copies(self, sha256: str) -> dict[str, str] | None:
        try:
            recorded = json.loads(self._copies_record_path(sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(recorded, dict) or not all(isinstance(recorded.get(kind), str) for kind, *_ in COPIES):
            return None  # not a record this station wrote: check the copies the long way
        return recorded

    def _record_copies(self, sha256: str, made: dict[str, bytes]) -> None:
        """Keeps the hash of each copy as made from the verified original (never of what lies on disk)."""
        record = json.dumps({kind: hashlib.sha256(data).hexdigest() for kind, data in made.items()})
        path = self._copies_record_path(sha256)
        try:
            if path.read_text(encoding="utf-8") == record:
                return
        except OSError:
            pass
        try:
            # No fsync: a record lost in a power cut only means verify makes that photo's copies again.
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{path.name}")
            tmp.write_text(record, encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            log.info("copies of photo %s not recorded (%s): verify makes them again to check", sha256[:12], exc)

    def _memo_path(self, sha256: str) -> Path:
        return self.root / "checked" / sha256[:2] / f"{sha256}.json"

    def _remembered(self, sha256: str) -> tuple[object, ...] | None:
        if sha256 in self._checked:
            return self._checked[sha256]
        try:
            saved = json.loads(self._memo_path(sha256).read_text(encoding="utf-8"))
            key = tuple(tuple(k) if isinstance(k, list) else k for k in saved)
        except (OSError, ValueError, TypeError):
            return None
        self._checked[sha256] = key
        return key

    def _remember(self, sha256: str) -> None:
        key = self._files_key(sha256)
        self._checked[sha256] = key
        path = self._memo_path(sha256)
        try:
            # No fsync: a memo lost in a power cut only means one more check of this photo.
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{path.name}")
            tmp.write_text(json.dumps(key), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            log.info("check of photo %s not kept on disk (%s): the next start checks it again", sha256[:12], exc)

    def _files_key(self, sha256: str) -> tuple[object, ...]:
        return (_stat_key(self.original_path(sha256)),
                *(_stat_key(self.copy_path(sha256, kind)) for kind, _longest, _quality in COPIES))

    def _hash_of(self, path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    def _write_copies(self, sha256: str, image: Any) -> list[str]:
        """Writes each copy that is missing or differs from what `image` gives; returns the ones that differed."""
        differed = []
        made = {}
        for kind, longest, quality in COPIES:
            path = self.copy_path(sha256, kind)
            expected = made[kind] = _scaled(image, longest, quality)
            try:
                stored: bytes | None = path.read_bytes()
            except FileNotFoundError:
                stored = None
            if stored == expected:
                continue
            if stored is not None:
                differed.append(kind)
            _atomic_write(path, expected)
        self._record_copies(sha256, made)
        return differed


def _scaled(image: Any, longest: int, quality: int) -> bytes:
    """The copy's bytes: the same image, scaler and quality always give the same bytes, which is how a copy is
    checked without keeping a hash of it anywhere it could be changed along with it."""
    import cv2

    height, width = image.shape[:2]
    scale = min(1.0, longest / max(height, width))
    if scale < 1.0:
        image = cv2.resize(image, (max(1, round(width * scale)), max(1, round(height * scale))),
                           interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise PhotoUnreadable(_("The photo's copies could not be made. Take the photo again."))
    return encoded.tobytes()


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
