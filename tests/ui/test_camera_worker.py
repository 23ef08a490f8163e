"""CameraWorker over a real folder source and the real scan pipeline: preview, codes, failures, shutdown."""

from __future__ import annotations

import csv
import shutil
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from station.scan.decoding import Code
from station.scan.images import read_image_file
from station.scan.pipeline import ScanPipeline
from station.text import Text
from ui.camera_worker import CameraWorker, frame_to_qimage

# Four labels with four different texts, all read by the live pipeline's cheap steps.
LABELS = ["qrcode-2-#1314.webp", "qrcode-3-40.webp", "qrcode-4-15.webp", "qrcode-4-41.webp"]


def expected_texts(shared_data: Path) -> dict[str, str]:
    with (shared_data / "barcodes" / "manifest.csv").open(encoding="utf-8") as f:
        rows = {Path(row["file"]).name: row["expected_text"] for row in csv.DictReader(f)}
    return {name: rows[name] for name in LABELS}


@pytest.fixture
def label_folder(shared_data: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "labels"
    folder.mkdir()
    for name in LABELS:
        shutil.copy(shared_data / "barcodes" / "images" / "qrcode" / name, folder / name)
    return folder


class Collector:
    def __init__(self, worker: CameraWorker) -> None:
        self.codes: list[Code] = []
        self.previews: list[QImage] = []
        self.failures: list[object] = []
        self.threads: set[threading.Thread] = set()
        worker.codes.connect(self._codes)
        worker.preview.connect(self._preview)
        worker.failed.connect(self.failures.append)

    def _codes(self, codes: list[Code]) -> None:
        self.threads.add(threading.current_thread())
        self.codes.extend(codes)

    def _preview(self, image: QImage) -> None:
        self.threads.add(threading.current_thread())
        self.previews.append(image)


@pytest.fixture
def started() -> Iterator[list[CameraWorker]]:
    workers: list[CameraWorker] = []
    yield workers
    for worker in workers:
        assert worker.stop(5000), "camera worker did not stop"


def test_reads_each_label_once_and_previews_frames(qtbot: QtBot, shared_data: Path, label_folder: Path,
                                                   started: list[CameraWorker]) -> None:
    worker = CameraWorker(str(label_folder), fps=25, demo_folder=label_folder, debounce_s=30)
    seen = Collector(worker)
    worker.start()
    started.append(worker)
    wanted = set(expected_texts(shared_data).values())
    qtbot.waitUntil(lambda: {c.text for c in seen.codes} == wanted, timeout=15000)
    # Round the folder twice more: a label seen again within the debounce window is no new scan.
    qtbot.waitUntil(lambda: worker.frames_captured >= 3 * len(LABELS) + 8, timeout=15000)
    counts = Counter(c.text for c in seen.codes)
    assert counts == Counter(dict.fromkeys(wanted, 1))
    assert all(c.format == "QRCode" for c in seen.codes)
    assert seen.threads == {threading.main_thread()}

    assert seen.previews
    sizes = {(img.width(), img.height()) for img in seen.previews}
    frames = [read_image_file(label_folder / name) for name in LABELS]
    assert sizes <= {(f.shape[1], f.shape[0]) for f in frames}
    assert not any(img.isNull() for img in seen.previews)
    # Previews are held to the source's fps: never more of them than frames captured.
    assert len(seen.previews) <= worker.frames_captured

    frame = worker.latest_frame()
    assert frame is not None and frame.ndim == 3
    frame[:] = 0  # a copy: the worker's own frame is untouched
    again = worker.latest_frame()
    assert again is not None and again.any()
    assert seen.failures == []


def test_a_missing_folder_fails_with_a_text_for_the_dock(qtbot: QtBot, tmp_path: Path,
                                                        started: list[CameraWorker]) -> None:
    missing = tmp_path / "no-such-folder"
    worker = CameraWorker(str(missing), fps=10, demo_folder=tmp_path)
    started.append(worker)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    text = failed.args[0]
    assert isinstance(text, Text)
    assert "no-such-folder" in text.render()
    qtbot.waitUntil(lambda: not worker.running, timeout=5000)
    assert worker.latest_frame() is None


def test_a_source_that_stops_delivering_is_reported(qtbot: QtBot, tmp_path: Path,
                                                    started: list[CameraWorker]) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    # A replay folder whose only photo cannot be read delivers no frames, like an unplugged camera.
    (folder / "label.png").write_bytes(b"not a png at all")
    worker = CameraWorker(str(folder), fps=20, demo_folder=folder, stall_s=0.3)
    started.append(worker)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    assert isinstance(failed.args[0], Text)
    assert "stopped sending pictures" in failed.args[0].render()
    qtbot.waitUntil(lambda: not worker.running, timeout=5000)


class GatedPipeline:
    """The real live pipeline, holding its first decode until the test has seen the camera run ahead."""

    def __init__(self) -> None:
        self.real = ScanPipeline.live()
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.calls = 0

    def decode(self, frame: np.ndarray) -> list[Code]:
        self.calls += 1
        if self.calls == 1:
            self.entered.set()
            self.gate.wait(10)
        return self.real.decode(frame)


def test_when_decoding_falls_behind_the_latest_frame_wins(qtbot: QtBot, label_folder: Path,
                                                          started: list[CameraWorker]) -> None:
    pipeline = GatedPipeline()
    worker = CameraWorker(str(label_folder), fps=40, demo_folder=label_folder, pipeline=pipeline)
    worker.start()
    started.append(worker)
    qtbot.waitUntil(pipeline.entered.is_set, timeout=5000)
    captured_when_blocked = worker.frames_captured
    qtbot.waitUntil(lambda: worker.frames_captured >= captured_when_blocked + 8, timeout=5000)
    # Capture and preview went on while the decoder was stuck; the waiting frame was replaced each time.
    assert worker.frames_dropped >= 6
    pipeline.gate.set()
    qtbot.waitUntil(lambda: worker.frames_decoded >= 3, timeout=5000)
    assert worker.frames_decoded + worker.frames_dropped <= worker.frames_captured


def test_paused_decoding_reads_nothing_but_keeps_previewing(qtbot: QtBot, shared_data: Path,
                                                            label_folder: Path,
                                                            started: list[CameraWorker]) -> None:
    worker = CameraWorker(str(label_folder), fps=25, demo_folder=label_folder, debounce_s=30)
    seen = Collector(worker)
    worker.pause_decoding(True)
    worker.start()
    started.append(worker)
    qtbot.waitUntil(lambda: len(seen.previews) >= 2 * len(LABELS), timeout=10000)
    assert seen.codes == []
    worker.pause_decoding(False)
    wanted = set(expected_texts(shared_data).values())
    qtbot.waitUntil(lambda: {c.text for c in seen.codes} == wanted, timeout=15000)


def test_stop_joins_both_threads(qtbot: QtBot, label_folder: Path) -> None:
    worker = CameraWorker(str(label_folder), fps=10, demo_folder=label_folder)
    worker.start()
    qtbot.waitUntil(lambda: worker.frames_captured >= 1, timeout=5000)
    assert worker.running
    assert worker.stop(5000)
    assert not worker.running
    with pytest.raises(RuntimeError):
        worker.start()


def test_frame_to_qimage_owns_its_pixels() -> None:
    bgr = np.zeros((4, 6, 3), np.uint8)
    bgr[1, 2] = (255, 0, 0)  # blue in OpenCV's BGR order
    image = frame_to_qimage(bgr)
    del bgr
    assert (image.width(), image.height()) == (6, 4)
    pixel = image.pixelColor(2, 1)
    assert (pixel.red(), pixel.green(), pixel.blue()) == (0, 0, 255)

    grey = np.full((3, 5), 200, np.uint8)
    assert frame_to_qimage(grey).pixelColor(4, 2).red() == 200
    # A view with strides (every other column) must come out right too.
    wide = np.arange(2 * 8 * 3, dtype=np.uint8).reshape(2, 8, 3)
    view = wide[:, ::2]
    image = frame_to_qimage(view)
    assert image.width() == 4
    assert image.pixelColor(1, 0).blue() == view[0, 1, 0]
    with pytest.raises(ValueError):
        frame_to_qimage(np.zeros((2, 2), np.float32))
