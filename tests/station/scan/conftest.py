"""Fixtures for scan tests: the shared barcode photos with what counts as a correct read, and made codes."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import zxingcpp

from station.scan.images import read_image_file
from station.scan.pipeline import ScanPipeline


@dataclass(frozen=True)
class Sample:
    file: str
    format: str
    expected: str
    note: str
    image: np.ndarray

    @property
    def accepted(self) -> set[str]:
        """Texts that count as a correct read, under one rule for every decoder compared.

        The text must equal the manifest's exactly (GS1 separators and control characters included,
        UPC-A as 13 digits as zxing-cpp and our pipeline report it), with one exception decided for the
        dock: for EAN/UPC codes with an EAN-2/5 add-on the manifest appends the add-on digits, while we
        read the product's GTIN alone (the add-on is an issue number or price, not the product), so the
        first 13 digits count too. Code 32 and PZN reinterpretations are not in this split.
        """
        if "add-on" in self.note and self.expected[:13].isdigit():
            return {self.expected, self.expected[:13]}
        return {self.expected}

    @property
    def hard(self) -> bool:
        return self.note.startswith("hard:")


@pytest.fixture(scope="session")
def barcode_samples(shared_data: Path) -> list[Sample]:
    root = shared_data / "barcodes"
    with (root / "manifest_details.csv").open(encoding="utf-8", newline="") as f:
        notes = {row["file"]: row.get("note") or "" for row in csv.DictReader(f)}
    with (root / "manifest.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 100, "the shared barcode manifest looks truncated"
    return [Sample(r["file"], r["format"], r["expected_text"], notes.get(r["file"], ""),
                   read_image_file(root / r["file"])) for r in rows]


@pytest.fixture(scope="session")
def pipeline() -> ScanPipeline:
    return ScanPipeline.default()


@pytest.fixture(scope="session")
def make_code() -> Callable[..., np.ndarray]:
    return made_code


@pytest.fixture(scope="session")
def compose() -> Callable[..., np.ndarray]:
    return on_canvas


def made_code(text: str, fmt: str, scale: int = 4, **options: object) -> np.ndarray:
    """A clean grey image of a code, made by zxing-cpp's writer, with a quiet zone."""
    barcode = zxingcpp.create_barcode(text, getattr(zxingcpp.BarcodeFormat, fmt), **options)
    image = np.asarray(barcode.to_image(scale=scale))
    return np.pad(image, 20, constant_values=255)


def on_canvas(*codes: np.ndarray, size: tuple[int, int] = (600, 900)) -> np.ndarray:
    """A BGR frame with the codes pasted side by side on a light grey background."""
    canvas = np.full(size, 235, np.uint8)
    left = 10
    for code in codes:
        h, w = code.shape
        canvas[10:10 + h, left:left + w] = code
        left += w + 10
    return np.dstack([canvas] * 3)
