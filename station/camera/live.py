"""Live scanning: decode the newest captured frame and report each code once per debounce window."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from station.camera.capture import LatestFrame
from station.camera.debounce import Debouncer
from station.scan.decoding import Code
from station.scan.pipeline import ScanPipeline


@dataclass(frozen=True)
class LiveScan:
    """One decoded frame: the frame (for the preview), all codes in it, and those that are new scans."""

    frame: np.ndarray
    codes: list[Code]
    new: list[Code]


class LiveScanner:
    """Call poll() in a worker loop; frames that arrived while it decoded were replaced, not queued."""

    def __init__(
        self,
        latest: LatestFrame,
        pipeline: ScanPipeline | None = None,
        debouncer: Debouncer | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.latest = latest
        self.pipeline = pipeline or ScanPipeline.live()
        self.debouncer = debouncer or Debouncer()
        self._clock = clock

    def poll(self, timeout: float = 0.5) -> LiveScan | None:
        frame = self.latest.take(timeout)
        if frame is None:
            return None
        codes = self.pipeline.decode(frame)
        now = self._clock()
        new = [code for code in codes if self.debouncer.accept(code.text, now)]
        return LiveScan(frame, codes, new)
