"""Capture worker and live scanning: the newest frame wins, older ones are dropped, codes are debounced."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from station.camera.capture import CaptureWorker, LatestFrame
from station.camera.debounce import Debouncer
from station.camera.live import LiveScanner
from station.camera.sources import FolderSource


def test_latest_frame_keeps_only_the_newest_and_counts_drops() -> None:
    latest = LatestFrame()
    for value in range(5):
        latest.put(np.full((2, 2), value, np.uint8))
    assert latest.take()[0, 0] == 4
    assert latest.dropped == 4
    assert latest.take() is None
    assert latest.take(timeout=0.01) is None


def test_capture_worker_delivers_frames_and_stops(label_folder: Path) -> None:
    worker = CaptureWorker(FolderSource(label_folder, fps=200.0)).start()
    try:
        frame = worker.latest.take(timeout=5.0)
        assert frame is not None and frame.ndim == 3
    finally:
        worker.stop()
    assert not worker.running and worker.error is None


def test_a_slow_decoder_drops_frames_instead_of_queueing(label_folder: Path) -> None:
    latest = LatestFrame()
    source = FolderSource(label_folder, fps=1000.0)
    for _ in range(30):  # the camera kept delivering while the decoder was busy
        latest.put(source.read())
    scanner = LiveScanner(latest, debouncer=Debouncer(3.0), clock=lambda: 0.0)
    assert scanner.poll(timeout=0) is not None
    assert scanner.poll(timeout=0) is None
    assert latest.dropped == 29


def test_live_scanner_reports_a_label_once_while_it_stays_in_view(label_folder: Path) -> None:
    times = iter([0.0, 0.5, 1.0, 10.0])
    latest = LatestFrame()
    scanner = LiveScanner(latest, debouncer=Debouncer(3.0), clock=lambda: next(times))
    photo = FolderSource(label_folder / "qrcode-4-01.webp", fps=1000.0).read()
    reports = []
    for _ in range(4):
        latest.put(photo)
        scan = scanner.poll(timeout=0)
        assert scan is not None and len(scan.codes) == 1
        reports.append(len(scan.new))
    assert reports == [1, 0, 0, 1]
