"""Fixtures for camera tests: a folder of real label photos and a fake clock for paced replay."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


class FakeClock:
    """Monotonic time that moves only when the source sleeps, so pacing is tested without waiting."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def label_folder(shared_data: Path, tmp_path: Path) -> Path:
    images = shared_data / "barcodes" / "images"
    folder = tmp_path / "labels"
    folder.mkdir()
    for name in ("qrcode/qrcode-4-01.webp", "datamatrix/datamatrix-2-01.webp", "code128/code128-2-10.webp"):
        shutil.copy(images / name, folder / Path(name).name)
    return folder
