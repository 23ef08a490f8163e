"""The camera worker: captures frames in its own thread, previews them and decodes the latest one."""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from station.text import StationError, Text, _

if TYPE_CHECKING:
    from station.camera.capture import LatestFrame
    from station.camera.sources import FrameSource
    from station.scan.decoding import Code

log = logging.getLogger(__name__)

_live_workers: weakref.WeakSet[CameraWorker] = weakref.WeakSet()


def running_workers() -> list[CameraWorker]:
    """Workers with a thread still running; the UI tests fail on any left at teardown."""
    return [worker for worker in list(_live_workers) if worker.running]


class _Debounce(Protocol):
    def accept(self, text: str, now: float) -> bool: ...


class _Decodes(Protocol):
    def decode(self, frame: np.ndarray) -> list[Code]: ...


def frame_to_qimage(frame: np.ndarray) -> QImage:
    """A QImage that owns its pixels: the numpy buffer may be gone by the time the UI paints it."""
    if frame.dtype != np.uint8:
        raise ValueError(f"8-bit frames only, got {frame.dtype}")
    frame = np.ascontiguousarray(frame)
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        fmt = QImage.Format.Format_Grayscale8
    elif frame.shape[2] == 3:
        fmt = QImage.Format.Format_BGR888
    elif frame.shape[2] == 4:
        # OpenCV's BGRA byte order is Qt's ARGB32 on little-endian machines.
        fmt = QImage.Format.Format_ARGB32
    else:
        raise ValueError(f"unsupported frame shape {frame.shape}")
    image = QImage(frame.data, width, height, frame.strides[0], fmt)
    return image.copy()


class _LoopThread(QThread):
    def __init__(self, name: str, loop: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName(name)
        self._loop = loop

    def run(self) -> None:
        self._loop()


class CameraWorker(QObject):
    """Captures in one QThread and decodes in a second one, which takes only the newest frame.

    The object itself stays in the thread that made it (the UI thread): Qt runs a slot or a lambda
    connected without a context object in the sender's thread, so every connected callable runs
    on the UI thread, queued. Connect to methods of QObjects where possible, so that frames still
    queued when a receiver is deleted are dropped safely.

    Capture never waits for decoding: when decoding falls behind, the frame waiting to be decoded is
    replaced by the newer one (never a queue), so a code shown to the camera is read from what the
    camera sees now. Codes pass a Debouncer, so a label held in view counts as one scan.

    ``failed`` carries a ``Text`` for the person at the dock when the camera cannot open or stops
    delivering; the worker then stops and the UI falls back to typed or file input.
    """

    preview = Signal(QImage)
    codes = Signal(list)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        spec: str,
        fps: float,
        demo_folder: Path,
        *,
        debounce_s: float = 3.0,
        stall_s: float | None = None,
        pipeline: _Decodes | None = None,
        debouncer: _Debounce | None = None,
        source_factory: Callable[[str, float, Path], FrameSource] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if fps <= 0:
            raise ValueError("fps must be positive")
        self.spec = spec
        self.fps = fps
        self.demo_folder = demo_folder
        self.debounce_s = debounce_s
        # A camera that sends nothing for this long is reported as stopped.
        self.stall_s = stall_s if stall_s is not None else max(3.0, 5.0 / fps)
        self._pipeline = pipeline
        self._debouncer = debouncer
        self._source_factory = source_factory
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self._mailbox: LatestFrame | None = None
        self._paused = False
        self._forget = False
        self._stopping = threading.Event()
        self._capture_thread: QThread | None = None
        self._decode_thread: QThread | None = None
        self.frames_captured = 0
        self.frames_decoded = 0
        _live_workers.add(self)

    # --- control, from the UI thread ------------------------------------------------------------

    @property
    def running(self) -> bool:
        return any(t is not None and t.isRunning() for t in (self._capture_thread, self._decode_thread))

    def start(self) -> None:
        if self._capture_thread is not None:
            raise RuntimeError("a CameraWorker starts once; make a new one to start again")
        from station.camera.capture import LatestFrame

        self._mailbox = LatestFrame()
        self._capture_thread = _LoopThread("camera-capture", self._capture_loop)
        self._decode_thread = _LoopThread("camera-decode", self._decode_loop)
        self._decode_thread.start()
        self._capture_thread.start()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stops both threads and joins them; True when they ended within the timeout."""
        self._stopping.set()
        deadline = time.monotonic() + timeout_ms / 1000
        ok = True
        for thread in (self._capture_thread, self._decode_thread):
            if thread is not None:
                remaining = max(0, int((deadline - time.monotonic()) * 1000))
                ok = thread.wait(remaining) and ok
        if not ok:
            log.warning("camera worker did not stop within %d ms", timeout_ms)
        return ok

    def forget_seen(self) -> None:
        """Reports the codes in view again, as if they had just been held under the camera (tests, a re-scan)."""
        with self._lock:
            self._forget = True

    def pause_decoding(self, paused: bool) -> None:
        """Keeps the preview running while decoding rests, e.g. while a checklist is being answered."""
        with self._lock:
            self._paused = paused
            mailbox = self._mailbox
        if paused and mailbox is not None:
            mailbox.take(0)  # a frame seen before the pause must not be read after it

    @property
    def frames_dropped(self) -> int:
        """Frames replaced in the decoder's mailbox before it took them (decoding fell behind)."""
        mailbox = self._mailbox
        return 0 if mailbox is None else mailbox.dropped

    def latest_frame(self) -> np.ndarray | None:
        """A copy of the newest frame, for "Take photo"; safe from any thread."""
        with self._lock:
            frame = self._latest
        return None if frame is None else frame.copy()

    # --- the capture thread ---------------------------------------------------------------------

    def _open(self) -> FrameSource | None:
        try:
            if self._source_factory is not None:
                return self._source_factory(self.spec, self.fps, self.demo_folder)
            from station.camera.sources import open_source

            return open_source(self.spec, self.fps, self.demo_folder)
        except StationError as exc:
            log.warning("camera %r cannot open: %s", self.spec, exc)
            self._fail(exc.text)
        except Exception as exc:
            log.exception("camera %r cannot open", self.spec)
            self._fail(_("The camera could not be started ({problem}). Type the code or drop an image "
                         "file on the window, and tell a lead.", problem=str(exc)))
        return None

    def _capture_loop(self) -> None:
        try:
            source = self._open()
            if source is not None:
                try:
                    self._capture_from(source)
                finally:
                    try:
                        source.close()
                    except Exception:
                        log.exception("closing camera %r failed", self.spec)
        finally:
            self.finished.emit()

    def _capture_from(self, source: FrameSource) -> None:
        # Sources pace themselves (a device waits for its next frame, a replay for its fps); every frame
        # goes to the decoder's mailbox, while the preview is held to the set fps for the UI thread.
        interval = 1.0 / self.fps
        last_frame_at = time.monotonic()
        last_preview_at = -interval
        while not self._stopping.is_set():
            try:
                frame = source.read()
            except Exception as exc:
                log.exception("camera %r failed while reading", self.spec)
                self._fail(_("The camera stopped sending pictures ({problem}). Type the code or drop an "
                             "image file on the window, and check the camera cable.", problem=str(exc)))
                return
            now = time.monotonic()
            if frame is None:
                if now - last_frame_at > self.stall_s:
                    log.warning("camera %r sent no frame for %.1f s", self.spec, now - last_frame_at)
                    self._fail(_("The camera stopped sending pictures. Type the code or drop an image file "
                                 "on the window, and check the camera cable."))
                    return
                # A failing device answers at once; do not spin a core on it.
                self._stopping.wait(min(interval, 0.05))
                continue
            last_frame_at = now
            self._offer(frame)
            # A little slack, so a source paced at exactly fps is not throttled to every other frame.
            if now - last_preview_at >= 0.75 * interval:
                last_preview_at = now
                try:
                    image = frame_to_qimage(frame)
                except ValueError:
                    log.exception("camera %r sent a frame that cannot be shown", self.spec)
                else:
                    self.preview.emit(image)

    def _offer(self, frame: np.ndarray) -> None:
        with self._lock:
            self._latest = frame
            self.frames_captured += 1
            paused = self._paused
            mailbox = self._mailbox
        if not paused and mailbox is not None:
            # Replaces a frame the decoder has not taken yet: the latest frame wins.
            mailbox.put(frame)

    def _fail(self, text: Text) -> None:
        self._stopping.set()
        self.failed.emit(text)

    # --- the decode thread ----------------------------------------------------------------------

    def _decode_loop(self) -> None:
        try:
            from station.camera.live import LiveScanner
            from station.scan.pipeline import ScanPipeline

            assert self._mailbox is not None
            # The live ladder: the next frame comes soon, so a frame without a code stays cheap.
            scanner = LiveScanner(self._mailbox, self._pipeline or ScanPipeline.live(),
                                  self._debouncer or self._default_debouncer())
        except Exception:
            log.exception("the scan pipeline cannot start; the camera only previews")
            return
        while not self._stopping.is_set():
            with self._lock:
                forget, self._forget = self._forget, False
            if forget:
                scanner.debouncer.reset()
            try:
                # A short wait, so stop() is noticed soon even when no frame comes.
                scan = scanner.poll(timeout=0.1)
            except Exception:
                log.exception("decoding a camera frame failed")
                continue
            if scan is None:
                continue
            with self._lock:
                self.frames_decoded += 1
                paused = self._paused
            if scan.new and not paused and not self._stopping.is_set():
                self.codes.emit(scan.new)

    def _default_debouncer(self) -> _Debounce:
        from station.camera.debounce import Debouncer

        return Debouncer(self.debounce_s)
