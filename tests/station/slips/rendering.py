"""Looks at slip PDFs as a person and a scanner would: pages as PNG (pdftoppm), the text (pdftotext), the QR."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SCREENS = REPO / "artifacts" / "screens"
# pdftotext wraps right-to-left runs in embedding marks; they are layout hints, not text.
BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install poppler-utils (scripts/test does)")
    return found


def pages_as_png(pdf: Path, out_dir: Path, dpi: int = 200) -> list[Path]:
    prefix = out_dir / pdf.stem
    subprocess.run([_tool("pdftoppm"), "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True, timeout=60)
    return sorted(out_dir.glob(f"{pdf.stem}-*.png"))


def pdf_text(pdf: Path) -> list[str]:
    """The text of each page, with the bidi marks removed."""
    done = subprocess.run([_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          timeout=60)
    pages = done.stdout.decode("utf-8").translate(BIDI_MARKS).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def qr_texts(png: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    with Image.open(png) as image:
        return [r.text for r in zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)]


def save_screens(pdf: Path, name: str, tmp: Path) -> list[Path]:
    """Small PNGs of every page under artifacts/screens/, to look at."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, png in enumerate(pages_as_png(pdf, tmp, dpi=72), start=1):
        target = SCREENS / f"{name}-{index}.png"
        shutil.copyfile(png, target)
        saved.append(target)
    return saved
