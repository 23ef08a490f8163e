"""Frame sources behind one interface: a camera device, or a folder, still image or video replayed at a set fps."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

import cv2
import numpy as np

from station.scan.images import ImageUnreadable, read_image_file
from station.text import StationError, _

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"})
VIDEO_SUFFIXES = frozenset({".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v", ".mjpg", ".mjpeg"})


class CameraUnavailable(StationError):
    """The configured camera or replay source cannot deliver frames."""


@runtime_checkable
class FrameSource(Protocol):
    def read(self) -> np.ndarray | None:
        """The next BGR frame, or None when there is none (yet)."""
        ...

    def close(self) -> None: ...


class _Pacer:
    """Holds a replayed source to its fps, as a camera would be, without drifting."""

    def __init__(self, fps: float, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        if fps <= 0:
            raise ValueError("fps must be positive")
        self.interval = 1.0 / fps
        self._clock = clock
        self._sleep = sleep
        self._due: float | None = None

    def wait(self) -> None:
        now = self._clock()
        if self._due is None:
            self._due = now
        elif now < self._due:
            self._sleep(self._due - now)
        # A consumer that fell behind gets the next frame at once, not a burst of catch-up frames.
        self._due = max(self._due, now) + self.interval


class FolderSource:
    """Replays the images of a folder (or one still image) in name order at fps, looping forever."""

    def __init__(
        self,
        path: Path,
        fps: float = 2.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise CameraUnavailable(_("Replay folder {path} was not found. Check the camera setting.",
                                      path=str(path)))
        if not files:
            raise CameraUnavailable(
                _("Replay folder {path} holds no images (PNG, JPEG, WebP). Add label photos or choose a camera.",
                  path=str(path))
            )
        self.files = files
        self._next = 0
        self._pacer = _Pacer(fps, clock, sleep)
        self._cache: dict[Path, np.ndarray | None] = {}

    def read(self) -> np.ndarray | None:
        self._pacer.wait()
        path = self.files[self._next]
        self._next = (self._next + 1) % len(self.files)
        if path not in self._cache:
            try:
                self._cache[path] = read_image_file(path)
            except ImageUnreadable as exc:
                # One bad photo in a demo folder is skipped, not fatal: it shows as an empty frame.
                log.warning("replay skips %s: %s", path, exc.text.render())
                self._cache[path] = None
        return self._cache[path]

    def close(self) -> None:
        self._cache.clear()


class _CaptureSource:
    def __init__(self, capture: cv2.VideoCapture, what: str) -> None:
        self._capture = capture
        self.what = what

    def close(self) -> None:
        self._capture.release()


class VideoFileSource(_CaptureSource):
    """Replays a video file at fps (not at the file's own rate), looping at the end."""

    def __init__(
        self,
        path: Path,
        fps: float = 2.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        capture = cv2.VideoCapture(str(path))
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailable(
                _("Video {path} cannot be opened: missing, damaged or an unknown format. "
                  "Check the camera setting.", path=str(path))
            )
        super().__init__(capture, str(path))
        self._pacer = _Pacer(fps, clock, sleep)

    def read(self) -> np.ndarray | None:
        self._pacer.wait()
        ok, frame = self._capture.read()
        if not ok:
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._capture.read()
        return frame if ok else None


class DeviceSource(_CaptureSource):
    """A camera by OpenCV device index; the device paces itself, read() waits for its next frame."""

    def __init__(self, index: int, width: int | None = None, height: int | None = None) -> None:
        capture = cv2.VideoCapture(index)
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailable(
                _("Camera {index} is not available. Check that it is plugged in and not used by "
                  "another program, or choose another camera in Admin.", index=index)
            )
        if width and height:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        super().__init__(capture, f"camera {index}")
        self._failures = 0

    def read(self) -> np.ndarray | None:
        ok, frame = self._capture.read()
        if not ok:
            self._failures += 1
            if self._failures in (1, 100):
                log.warning("%s delivered no frame (%d in a row)", self.what, self._failures)
            return None
        self._failures = 0
        return frame


def open_source(spec: str, fps: float = 2.0, demo_folder: Path | None = None) -> FrameSource:
    """The source a camera setting names: "demo", a device index such as "0", or a folder, image or video path."""
    spec = spec.strip()
    if spec == "demo":
        if demo_folder is None:
            raise CameraUnavailable(_("No demo photos are configured. Choose a camera in Admin."))
        return FolderSource(demo_folder, fps)
    if spec.isdigit():
        return DeviceSource(int(spec))
    path = Path(spec).expanduser()
    if path.is_dir() or path.suffix.lower() in IMAGE_SUFFIXES:
        return FolderSource(path, fps)
    if not path.exists():
        raise CameraUnavailable(
            _("Camera setting {spec} is neither a camera number nor an existing folder or video. "
              "Fix it in Admin.", spec=spec)
        )
    return VideoFileSource(path, fps)
