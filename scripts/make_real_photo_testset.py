"""Builds tests/data/real_photos/: real photographs, each as taken and made blurred, dark, bright and glared.

The sources are photographs taken under real light: scikit-learn's two sample photos (china.jpg and flower.jpg,
CC BY 2.0, see SOURCES below; pass --sklearn-images DIR holding them) and the real label photos among the shared
barcode photos (zxing-cpp's test samples, Apache-2.0) that are large enough to judge. Seeded, so re-running
gives the same files: `.venv/bin/python scripts/make_real_photo_testset.py --sklearn-images DIR [--out DIR]`.
Each photo also gives two crops (other framings of the same scene), made faulty in the same ways, so each fault
has 45 photos. `manifest.csv` lists file, source and the fault made into it ("" for the photo as taken).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BARCODES = ROOT.parent / "shared" / "data" / "barcodes"
SOURCES = {
    "china.jpg": "scikit-learn sample photo, CC BY 2.0, danielbuechele on Flickr",
    "flower.jpg": "scikit-learn sample photo, CC BY 2.0, vultilion on Flickr",
}
MAX_SIDE = 640  # the gate judges at this size; larger files would only make the set heavy
PER_FORMAT = 4
FAULTS = ("blur", "dark", "bright", "glare")
# Two crops of each photo besides the photo itself, each made faulty in the same ways: 15 photos per fault are
# too few to tell 90 % from 80 % (one photo is 7 points); 45 are enough to say it within a few points.
CROPS = 2


def _label_photos() -> list[Path]:
    with (BARCODES / "manifest_details.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    keep: list[Path] = []
    per_format: dict[str, int] = {}
    for row in rows:
        if row["note"].startswith("hard") or not row["width"].isdigit():
            continue
        width, height = int(row["width"]), int(row["height"])
        # Large enough to judge, and a few of each kind of label so that no one kind outweighs the rest.
        if min(width, height) >= 200 and max(width, height) >= 300 and per_format.get(row["format"], 0) < PER_FORMAT:
            per_format[row["format"]] = per_format.get(row["format"], 0) + 1
            keep.append(BARCODES / row["file"])
    return keep


def _fit(image: np.ndarray) -> np.ndarray:
    factor = MAX_SIDE / max(image.shape[:2])
    return image if factor >= 1 else cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def blurred(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    if rng.random() < 0.5:
        return cv2.GaussianBlur(image, (0, 0), rng.uniform(2.5, 4.5))
    length = int(rng.integers(13, 25))
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1 / length
    turn = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), float(rng.uniform(0, 180)), 1.0)
    kernel = cv2.warpAffine(kernel, turn, (length, length))
    return cv2.filter2D(image, -1, kernel / kernel.sum())


def dark(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    gain = rng.uniform(0.12, 0.22)
    noisy = image.astype(np.float32) * gain + rng.normal(0, 1.5, image.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def bright(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    # Over-exposure: the gain raised until a quarter to two thirds of the picture is clipped to white, whatever
    # the photo's own brightness (a fixed gain would only expose a dark photo properly).
    clipped = rng.uniform(0.25, 0.65)
    level = max(float(np.percentile(image.min(axis=2), 100 * (1 - clipped))), 1.0)
    lift = rng.uniform(10, 40)
    gain = (255 - lift) / level
    return np.clip(image.astype(np.float32) * gain + lift, 0, 255).astype(np.uint8)


def glared(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    # A broad specular highlight: a lamp reflected in a glossy surface, blown out in its middle and fading
    # over a wide rim, away from the picture's edges.
    height, width = image.shape[:2]
    cx, cy = width * rng.uniform(0.35, 0.65), height * rng.uniform(0.35, 0.65)
    radius = min(width, height) * rng.uniform(0.12, 0.22)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    stretch = rng.uniform(1.0, 1.8)
    r = np.sqrt(((xx - cx) / stretch) ** 2 + (yy - cy) ** 2)
    glow = np.exp(-((r / radius) ** 2)) * rng.uniform(380, 480)
    return np.clip(image.astype(np.float32) + glow[..., None], 0, 255).astype(np.uint8)


MAKERS = {"blur": blurred, "dark": dark, "bright": bright, "glare": glared}


def build(out: Path, sklearn_images: Path | None) -> list[dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    sources: list[tuple[str, np.ndarray, str]] = []
    for name, credit in SOURCES.items():
        path = (sklearn_images / name) if sklearn_images else None
        if path is not None and path.is_file():
            sources.append((Path(name).stem, cv2.imread(str(path), cv2.IMREAD_COLOR), credit))
    for path in _label_photos():
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if image is not None:
            sources.append((f"label-{path.parent.name}-{path.stem}", image, f"zxing-cpp test sample {path.name}"))
    rows = []
    for index, (stem, image, credit) in enumerate(sources):
        for crop in range(CROPS + 1):
            # Crop 0 is the photo itself (and keeps the seed it always had); the others are parts of it.
            rng = np.random.default_rng([7, index] if crop == 0 else [7, index, crop])
            good = _fit(image if crop == 0 else _cropped(image, rng))
            name_stem = stem if crop == 0 else f"{stem}-crop{crop}"
            rows += _write(out, name_stem, good, rng, credit)
    with (out / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["file", "source", "problem"])
        writer.writeheader()
        writer.writerows(rows)
    return rows


def _cropped(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A part of the photo, as another framing of the same scene would show it: 60-85 % of each side."""
    height, width = image.shape[:2]
    share = rng.uniform(0.6, 0.85)
    h, w = int(height * share), int(width * share)
    top, left = int(rng.integers(0, height - h + 1)), int(rng.integers(0, width - w + 1))
    return np.ascontiguousarray(image[top:top + h, left:left + w])


def _write(out: Path, stem: str, good: np.ndarray, rng: np.random.Generator, credit: str) -> list[dict[str, str]]:
    """The photo as taken and made blurred, dark, bright and glared, as JPEGs; their manifest rows."""
    rows = []
    variants = {"": good} | {fault: MAKERS[fault](good, rng) for fault in FAULTS}
    for fault, made in variants.items():
        name = f"{stem}-{fault or 'good'}.jpg"
        ok, data = cv2.imencode(".jpg", made, [cv2.IMWRITE_JPEG_QUALITY, 88])
        if not ok:
            raise RuntimeError(f"could not encode {name}")
        (out / name).write_bytes(data.tobytes())
        rows.append({"file": name, "source": credit, "problem": fault})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "data" / "real_photos")
    parser.add_argument("--sklearn-images", type=Path, default=None,
                        help="folder with scikit-learn's china.jpg and flower.jpg (sklearn/datasets/images)")
    args = parser.parse_args()
    if args.out.exists():
        for old in args.out.glob("*.jpg"):
            old.unlink()
    rows = build(args.out, args.sklearn_images)
    size = sum(p.stat().st_size for p in args.out.glob("*.jpg"))
    print(f"{len(rows)} photos, {size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
