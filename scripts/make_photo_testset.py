"""Builds tests/data/photos/: item photos derived from the demo catalog images, with known faults, plus copies.

Seeded, so re-running gives the same files: `.venv/bin/python scripts/make_photo_testset.py [--out DIR]`.
Each product is "photographed" on a table (perspective, light falloff, shadow, sensor noise, JPEG) twice,
then faults are made from the first photo: blur, darkness, over-exposure, glare, cut off, too small; and
near-duplicates: re-encoded, resized, cropped, brightened. Unrelated pictures: demo label frames and a few real
barcode photos (zxing-cpp samples, Apache-2.0). `manifest.csv` lists file, product, kind and the expected problem.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "resources" / "demo" / "catalog"
CAMERA = ROOT / "resources" / "demo" / "camera"
BARCODES = ROOT.parent / "shared" / "data" / "barcodes" / "images"
PRODUCTS = ("AP-2001", "AP-2003", "EL-1001", "EL-1003", "FW-3001", "HK-4001", "TY-5001", "TY-5003")
SIZE = (800, 600)
CAPTION_TOP = 412  # catalog images carry the product name below this row; a photo of the item does not
TABLES = ((92, 112, 140), (150, 150, 146), (70, 80, 95), (120, 132, 150), (60, 60, 62))  # BGR wood, grey, ...


def _item(sku: str) -> tuple[np.ndarray, np.ndarray]:
    image = cv2.imread(str(CATALOG / f"{sku}.jpg"), cv2.IMREAD_COLOR)[:CAPTION_TOP]
    # The item is what is not the white page (nor the pale drawn shadow); small holes are filled so a white
    # print stays on the item, while a large opening (a headband, a handle) shows the table through it.
    spread = image.max(axis=2).astype(np.int16) - image.min(axis=2)
    mask = ((image.min(axis=2) < 215) | (spread > 40)).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    contours, hierarchy = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(mask)
    outer = [c for c, h in zip(contours, hierarchy[0], strict=True) if h[3] < 0]
    cv2.drawContours(filled, outer, -1, 255, cv2.FILLED)
    area = max(cv2.countNonZero(filled), 1)
    for c, h in zip(contours, hierarchy[0], strict=True):
        if h[3] >= 0 and cv2.contourArea(c) > 0.03 * area:
            cv2.drawContours(filled, [c], -1, 0, cv2.FILLED)
    x, y, w, h = cv2.boundingRect(filled)
    return image[y:y + h, x:x + w], filled[y:y + h, x:x + w]


def _table(rng: np.random.Generator) -> np.ndarray:
    width, height = SIZE
    base = np.array(TABLES[rng.integers(len(TABLES))], np.float32)
    low = cv2.resize(rng.normal(0, 14, (6, 8)).astype(np.float32), SIZE, interpolation=cv2.INTER_CUBIC)
    grain = cv2.GaussianBlur(rng.normal(0, 10, (height, width)).astype(np.float32), (0, 0), 1.2)
    streaks = cv2.resize(rng.normal(0, 6, (height, 12)).astype(np.float32), SIZE, interpolation=cv2.INTER_LINEAR)
    texture = (low + grain + streaks)[..., None]
    return np.clip(base + texture, 0, 255)


def photograph(sku: str, seed: int, scale: float = 0.62, shift: tuple[float, float] = (0.0, 0.0)) -> np.ndarray:
    """The item on a table, seen by a phone: perspective, a shadow, light falloff, noise."""
    rng = np.random.default_rng(seed)
    width, height = SIZE
    item, mask = _item(sku)
    h, w = mask.shape
    fit = scale * min(width / w, height / h)
    cx, cy = width / 2 + shift[0] * width, height / 2 + shift[1] * height
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    angle = np.deg2rad(rng.uniform(-8, 8))
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    placed = (corners - [w / 2, h / 2]) * fit @ rot.T + [cx, cy]
    placed += rng.uniform(-0.04, 0.04, placed.shape) * [w * fit, h * fit]
    warp = cv2.getPerspectiveTransform(corners, np.float32(placed))
    scene = _table(rng)
    flat_item = cv2.warpPerspective(item, warp, SIZE, flags=cv2.INTER_LINEAR).astype(np.float32)
    alpha = cv2.warpPerspective(mask, warp, SIZE, flags=cv2.INTER_LINEAR).astype(np.float32) / 255
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.8)[..., None]
    shadow = cv2.GaussianBlur(np.roll(alpha[..., 0], (12, 9), axis=(0, 1)), (0, 0), 9)[..., None]
    scene = scene * (1 - 0.45 * shadow)
    scene = scene * (1 - alpha) + flat_item * 0.93 * alpha
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    side = rng.uniform(-1, 1, 2)
    light = 1.05 + 0.12 * ((xx / width - 0.5) * side[0] + (yy / height - 0.5) * side[1])
    vignette = 1 - 0.25 * (((xx - width / 2) / width) ** 2 + ((yy - height / 2) / height) ** 2) * 2
    scene = scene * (light * vignette)[..., None]
    scene = cv2.GaussianBlur(scene, (0, 0), 0.6) + rng.normal(0, 2.5, scene.shape)
    return np.clip(scene, 0, 255).astype(np.uint8)


def _glare(image: np.ndarray, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    height, width = image.shape[:2]
    cx, cy = width / 2 + rng.uniform(-60, 60), height / 2 + rng.uniform(-50, 50)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    r = np.sqrt(((xx - cx) / 1.5) ** 2 + (yy - cy) ** 2)
    glow = np.exp(-((r / 70.0) ** 2)) * 330
    return np.clip(image.astype(np.float32) + glow[..., None], 0, 255).astype(np.uint8)


def _motion_blur(image: np.ndarray, length: int) -> np.ndarray:
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1 / length
    return cv2.filter2D(image, -1, kernel)


def _jpeg(path: Path, image: np.ndarray, quality: int = 85) -> None:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    path.write_bytes(data.tobytes())


def build(out: Path) -> list[dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, str]] = []

    def save(name: str, image: np.ndarray, sku: str, kind: str, problem: str, source: str = "",
             quality: int = 85) -> None:
        _jpeg(out / name, image, quality)
        rows.append({"file": name, "sku": sku, "kind": kind, "problem": problem, "source": source})

    for index, sku in enumerate(PRODUCTS):
        seed = 1000 + index * 10
        good = photograph(sku, seed)
        save(f"{sku}-good.jpg", good, sku, "item", "")
        save(f"{sku}-other.jpg", photograph(sku, seed + 1, scale=0.55, shift=(0.05, -0.03)), sku, "item", "")
        blurred = (cv2.GaussianBlur(good, (0, 0), 3.5) if index % 2 else _motion_blur(good, 17))
        save(f"{sku}-blur.jpg", blurred, sku, "item", "blur")
        dark = np.clip(good.astype(np.float32) * 0.2 + np.random.default_rng(seed).normal(0, 2, good.shape), 0, 255)
        save(f"{sku}-dark.jpg", dark.astype(np.uint8), sku, "item", "dark")
        save(f"{sku}-bright.jpg", np.clip(good.astype(np.float32) * 1.9 + 60, 0, 255).astype(np.uint8), sku,
             "item", "bright")
        save(f"{sku}-glare.jpg", _glare(good, seed), sku, "item", "glare")
        save(f"{sku}-cut.jpg", photograph(sku, seed + 2, scale=0.95, shift=(0.33, 0.0)), sku, "item", "cut_off")
        save(f"{sku}-small.jpg", photograph(sku, seed + 3, scale=0.16), sku, "item", "small")
        if index < 4:
            save(f"{sku}-dup-reencoded.jpg", good, sku, "duplicate", "", f"{sku}-good.jpg", quality=45)
            half = cv2.resize(good, (SIZE[0] // 2, SIZE[1] // 2), interpolation=cv2.INTER_AREA)
            save(f"{sku}-dup-resized.jpg", half, sku, "duplicate", "", f"{sku}-good.jpg")
            height, width = good.shape[:2]
            save(f"{sku}-dup-cropped.jpg", good[int(height * 0.04):, int(width * 0.05):], sku, "duplicate", "",
                 f"{sku}-good.jpg")
            brighter = np.clip(good.astype(np.float32) * 1.12 + 18, 0, 255).astype(np.uint8)
            save(f"{sku}-dup-brightened.jpg", brighter, sku, "duplicate", "", f"{sku}-good.jpg")
    for frame in sorted(CAMERA.glob("*.jpg"))[:3]:
        image = cv2.resize(cv2.imread(str(frame)), (800, 450), interpolation=cv2.INTER_AREA)
        save(f"unrelated-label-{frame.stem}.jpg", image, "", "unrelated", "")
    if BARCODES.is_dir():
        photos = sorted((p for p in BARCODES.rglob("*") if p.suffix.lower() in (".jpg", ".png", ".webp")),
                        key=lambda p: (-p.stat().st_size, p.name))[:3]
        for photo in photos:
            image = cv2.imread(str(photo), cv2.IMREAD_COLOR)
            save(f"unrelated-barcode-{len(rows)}.jpg", image, "", "unrelated", "", f"zxing-cpp {photo.name}")
    with (out / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["file", "sku", "kind", "problem", "source"])
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "data" / "photos")
    args = parser.parse_args()
    if args.out.exists():
        for old in args.out.glob("*.jpg"):
            old.unlink()
    rows = build(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"{len(rows)} photos, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
