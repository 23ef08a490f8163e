"""The photo test set (tests/data/photos, made by scripts/make_photo_testset.py) as rows the tests can pick from."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PHOTOS = ROOT / "tests" / "data" / "photos"
CATALOG = ROOT / "resources" / "demo" / "catalog"
CAMERA = ROOT / "resources" / "demo" / "camera"


@dataclass(frozen=True)
class TestPhoto:
    path: Path
    sku: str
    kind: str  # item | duplicate | unrelated
    problem: str  # the fault made into it; "" for a good photo
    source: str


def photos() -> list[TestPhoto]:
    with (PHOTOS / "manifest.csv").open(encoding="utf-8") as handle:
        return [TestPhoto(PHOTOS / r["file"], r["sku"], r["kind"], r["problem"], r["source"])
                for r in csv.DictReader(handle)]
