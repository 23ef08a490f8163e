"""Builds 1080p dock camera frames that each carry several codes, with the texts they hold, from a seed.

A returns label as it lies on a parcel under the dock camera: an RMA QR code, a carrier Code 128, a GS1
DataMatrix (GTIN, serial, lot) and on some labels a retail EAN-13, tilted and turned, under uneven light,
slightly out of focus, with sensor noise, saved as JPEG at a varied quality. The same seed gives the same frames.

`.venv/bin/python scripts/make_dock_frames.py [--out tests/data/dock_frames] [--count 12] [--seed 2026]`
writes the frames and `manifest.csv` (file, format, text: one row per code). `scripts/bench_scan.py` makes a
larger set in memory with `frames()`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1920, 1080
LABEL = (1200, 800)  # a 4x6 inch label at 200 dpi, portrait: height, width
_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


@dataclass(frozen=True)
class DockFrame:
    name: str
    bgr: np.ndarray  # the frame as decoded from its JPEG, the way a camera driver hands it over
    jpeg: bytes
    codes: tuple[tuple[str, str], ...]  # (zxing-cpp format name, text) of every code on the label


def _code(text: str, fmt: str, scale: int, **options: object) -> np.ndarray:
    barcode = zxingcpp.create_barcode(text, getattr(zxingcpp.BarcodeFormat, fmt), **options)
    return np.asarray(barcode.to_image(scale=scale))


def _gtin(rng: np.random.Generator) -> str:
    body = "0" + "".join(str(d) for d in rng.integers(0, 10, 12))
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def _ean13(rng: np.random.Generator) -> str:
    body = "40" + "".join(str(d) for d in rng.integers(0, 10, 10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _paste(label: np.ndarray, image: np.ndarray, top: int, left: int) -> None:
    h, w = image.shape
    label[top:top + h, left:left + w] = np.minimum(label[top:top + h, left:left + w], image)


def _text_lines(label: np.ndarray, rng: np.random.Generator, top: int, bottom: int, right: int = LABEL[1]) -> None:
    # Print that is not a code: rows of short dark strokes, like words, which a detector must not take for bars.
    y = top
    while y < bottom - 14:
        x = 40
        end = int(rng.integers(min(300, right - 80), right - 40))
        while x < end:
            word = int(rng.integers(18, 90))
            cv2.rectangle(label, (x, y), (min(x + word, end), y + 12), 40, -1)
            x += word + int(rng.integers(8, 16))
        y += int(rng.integers(22, 34))


def label(rng: np.random.Generator, index: int) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """A grey label with its codes; the first code is the RMA QR code."""
    page = np.full(LABEL, 250, np.uint8)
    codes: list[tuple[str, str]] = []
    rma = f"RMA-{int(rng.integers(10_000, 999_999))}"
    qr = _code(rma, "QRCode", scale=int(rng.integers(6, 9)))
    _paste(page, qr, 40, LABEL[1] - qr.shape[1] - 40)
    codes.append(("QRCode", rma))
    _text_lines(page, rng, 50, 40 + qr.shape[0] - 10, right=LABEL[1] - qr.shape[1] - 60)
    tracking = "1Z" + "".join(rng.choice(list(_CHARS), 16))
    # A carrier's Code 128 is fine and wide: two to three label pixels per module.
    carrier = _code(tracking, "Code128", scale=int(rng.integers(2, 4)))
    carrier = cv2.resize(carrier, (carrier.shape[1], 150), interpolation=cv2.INTER_NEAREST)
    top = 60 + qr.shape[0]
    _paste(page, carrier, top, max(20, (LABEL[1] - carrier.shape[1]) // 2))
    codes.append(("Code128", tracking))
    top += carrier.shape[0] + 40
    gtin, serial = _gtin(rng), "".join(rng.choice(list(_CHARS), 8))
    lot = "L" + "".join(rng.choice(list(_CHARS), 4))
    matrix = _code(f"(01){gtin}(21){serial}(10){lot}", "DataMatrix", scale=int(rng.integers(5, 8)), gs1=True)
    _paste(page, matrix, top, 40)
    # The text as a decoder reports it (separators included), read back from the clean symbol.
    (clean,) = zxingcpp.read_barcodes(np.pad(matrix, 20, constant_values=255), text_mode=zxingcpp.TextMode.Plain)
    codes.append(("DataMatrix", clean.text))
    _text_lines(page, rng, top + matrix.shape[0] + 20, top + matrix.shape[0] + 80)
    top += matrix.shape[0] + 100
    if index % 3 == 0 and top + 180 < LABEL[0]:
        ean = _ean13(rng)
        retail = _code(ean, "EAN13", scale=2)
        retail = cv2.resize(retail, (retail.shape[1], 110), interpolation=cv2.INTER_NEAREST)
        _paste(page, retail, top, LABEL[1] - retail.shape[1] - 60)
        codes.append(("EAN13", ean))
        top += retail.shape[0] + 30
    _text_lines(page, rng, top, LABEL[0] - 40)
    return page, codes


def _cardboard(rng: np.random.Generator) -> np.ndarray:
    base = np.array([95, 135, 170], np.float32) * rng.uniform(0.8, 1.1)
    low = cv2.resize(rng.normal(0, 10, (9, 16)).astype(np.float32), (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC)
    fibres = cv2.GaussianBlur(rng.normal(0, 9, (HEIGHT, WIDTH)).astype(np.float32), (0, 0), 1.5)
    return np.clip(base + (low + fibres)[..., None], 0, 255)


def frame(seed: int, index: int) -> tuple[np.ndarray, list[tuple[str, str]], int]:
    """One frame (BGR, before JPEG), its codes and the JPEG quality to save it at."""
    rng = np.random.default_rng([seed, index])
    page, codes = label(rng, index)
    h, w = page.shape
    # The label fills 55-90 % of the frame's height, turned up to ±35° and seen at a slant.
    size = rng.uniform(0.55, 0.9) * HEIGHT / h
    angle = np.deg2rad(rng.uniform(-35, 35))
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    centre = np.array([WIDTH / 2 + rng.uniform(-350, 350), HEIGHT / 2 + rng.uniform(-60, 60)])
    placed = (corners - [w / 2, h / 2]) * size @ rot.T + centre
    placed += rng.uniform(-0.06, 0.06, placed.shape) * [w * size, h * size]  # tilt: the label is not square on
    warp = cv2.getPerspectiveTransform(corners, np.float32(placed))
    scene = _cardboard(rng)
    paper = cv2.warpPerspective(page, warp, (WIDTH, HEIGHT), flags=cv2.INTER_AREA, borderValue=0)
    alpha = cv2.warpPerspective(np.ones_like(page), warp, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR)
    alpha = alpha.astype(np.float32)[..., None]
    paper_bgr = np.dstack([paper] * 3).astype(np.float32) * np.array([0.97, 0.99, 1.0], np.float32)
    scene = scene * (1 - alpha) + paper_bgr * alpha
    # Uneven light: a lamp to one side, darker corners, sometimes a soft shadow across the label.
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    side = rng.uniform(-1, 1, 2)
    light = rng.uniform(0.7, 1.1) + 0.35 * ((xx / WIDTH - 0.5) * side[0] + (yy / HEIGHT - 0.5) * side[1])
    light *= 1 - 0.3 * (((xx - WIDTH / 2) / WIDTH) ** 2 + ((yy - HEIGHT / 2) / HEIGHT) ** 2) * 2
    if rng.random() < 0.4:
        edge = rng.uniform(0.3, 0.7) * WIDTH + (yy - HEIGHT / 2) * rng.uniform(-0.5, 0.5)
        light *= 1 - 0.35 / (1 + np.exp(-(xx - edge) / 25))
    scene = scene * light[..., None]
    blur = rng.uniform(0.4, 1.4)
    scene = cv2.GaussianBlur(scene, (0, 0), blur) + rng.normal(0, rng.uniform(2, 6), scene.shape)
    return np.clip(scene, 0, 255).astype(np.uint8), codes, int(rng.integers(55, 92))


def frames(count: int, seed: int = 2026) -> Iterator[DockFrame]:
    for index in range(count):
        image, codes, quality = frame(seed, index)
        ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        if not ok:
            raise RuntimeError("OpenCV could not encode a JPEG")
        jpeg = data.tobytes()
        yield DockFrame(f"dock-{seed}-{index:03d}.jpg", cv2.imdecode(data, cv2.IMREAD_COLOR), jpeg, tuple(codes))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "data" / "dock_frames")
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("dock-*.jpg"):
        old.unlink()
    rows = []
    for made in frames(args.count, args.seed):
        (args.out / made.name).write_bytes(made.jpeg)
        rows += [{"file": made.name, "format": fmt, "text": text} for fmt, text in made.codes]
    with (args.out / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["file", "format", "text"])
        writer.writeheader()
        writer.writerows(rows)
    size = sum(p.stat().st_size for p in args.out.glob("dock-*.jpg"))
    print(f"{args.count} frames, {len(rows)} codes, {size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
