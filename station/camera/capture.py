"""The capture worker: reads a source on its own thread and keeps only the newest frame for the decoder."""

from __future__ import annotations

import logging
import threading

import numpy as np

from station.camera.sources import FrameSource

log = logging.getLogger(__name__)


class LatestFrame:
    """A one-frame mailbox: a new frame replaces one not yet taken, so a slow decoder never falls behind."""

    def __init__(self) -> None:
        self._frame: np.ndarray | None = None
        self._sequence = 0
        self._condition = threading.Condition()
        self.dropped = 0

    def put(self, frame: np.ndarray) -> None:
        with self._condition:
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._sequence += 1
            self._condition.notify_all()

    def take(self, timeout: float | None = None) -> np.ndarray | None:
        """The newest frame not yet taken, waiting up to timeout seconds for one; None when none came."""
        with self._condition:
            if self._frame is None and timeout:
                self._condition.wait_for(lambda: self._frame is not None, timeout)
            frame, self._frame = self._frame, None
            return frame

    @property
    def frames_put(self) -> int:
        return self._sequence


class CaptureWorker:
    """Reads frames from a source as fast as it delivers them into a LatestFrame, until stopped."""

    def __init__(self, source: FrameSource, latest: LatestFrame | None = None) -> None:
        self.source = source
        self.latest = latest or LatestFrame()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="camera-capture", daemon=True)
        self.error: BaseException | None = None

    def start(self) -> CaptureWorker:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stops reading, waits for the thread and closes the source."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.source.close()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                frame = self.source.read()
                if frame is not None:
                    self.latest.put(frame)
                else:
                    # A camera that delivers nothing answers at once; do not spin a core on it.
                    self._stop.wait(0.05)
        except Exception as exc:  # kept for the owner to report; a thread's exception is otherwise lost
            log.exception("camera capture stopped")
            self.error = exc
