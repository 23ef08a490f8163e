"""The wrong-item hint: how well an item photo matches the product's catalog image (ORB features + RANSAC)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from station.evidence.working_image import PhotoNotCheckable, photo_size_allowed, to_work_size

ORB_FEATURES = 1500
RATIO = 0.8
# Geometrically consistent matches that count as a full match (score 1.0).
FULL_MATCH_INLIERS = 40
# Below this score the photo "may not be the product on the RMA" (measured on tests/data/photos).
CLEARLY_LOW = 0.25


Features = tuple[np.ndarray, np.ndarray | None]  # keypoint positions, ORB descriptors


@dataclass(frozen=True)
class Similarity:
    score: float  # 0..1: RANSAC inliers of the feature matches over FULL_MATCH_INLIERS, capped
    inliers: int
    matches: int

    @property
    def clearly_low(self) -> bool:
        return self.score < CLEARLY_LOW


def _features(bgr: np.ndarray) -> tuple[list[cv2.KeyPoint], np.ndarray | None]:
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    orb = cv2.ORB_create(nfeatures=ORB_FEATURES, fastThreshold=10)
    keypoints, descriptors = orb.detectAndCompute(grey, None)
    return list(keypoints), descriptors


@lru_cache(maxsize=64)
def _catalog_features(path: str, mtime_ns: int) -> Features:
    # The catalog image comes from the shop's import: its header is judged before a decode can cost gigabytes.
    try:
        data = Path(path).read_bytes()
        photo_size_allowed(data, path)
    except (OSError, PhotoNotCheckable):
        return np.empty((0, 2), np.float32), None
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        return np.empty((0, 2), np.float32), None
    return features(to_work_size(image))


def catalog_features(path: Path) -> Features:
    return _catalog_features(str(path), path.stat().st_mtime_ns)


def features(bgr: np.ndarray) -> Features:
    keypoints, descriptors = _features(bgr)
    return np.float32([k.pt for k in keypoints]).reshape(-1, 2), descriptors


def match(photo: Features, catalog: Features) -> Similarity:
    """Ratio-tested descriptor matches, then the ones one perspective maps onto the catalog picture."""
    (points, descriptors), (catalog_points, catalog_descriptors) = photo, catalog
    if descriptors is None or catalog_descriptors is None or len(points) < 4 or len(catalog_points) < 4:
        return Similarity(0.0, 0, 0)
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(descriptors, catalog_descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    if len(good) < 4:
        return Similarity(0.0, 0, len(good))
    source = points[[m.queryIdx for m in good]]
    target = catalog_points[[m.trainIdx for m in good]]
    # A real match maps the photo onto the catalog picture by one perspective; chance matches scatter.
    _homography, mask = cv2.findHomography(source, target, cv2.USAC_MAGSAC, 6.0)
    inliers = int(mask.sum()) if mask is not None else 0
    if inliers < 6:
        inliers = 0  # four to five points always fit some homography: not evidence of anything
    return Similarity(min(1.0, inliers / FULL_MATCH_INLIERS), inliers, len(good))


def compare(photo_bgr: np.ndarray, catalog_points: np.ndarray, catalog_descriptors: np.ndarray | None
            ) -> Similarity:
    return match(features(photo_bgr), (catalog_points, catalog_descriptors))


def compare_with_catalog(photo_bgr: np.ndarray, catalog_image: Path) -> Similarity | None:
    """None when there is no catalog image to compare with (the hint then says nothing)."""
    if not catalog_image.is_file():
        return None
    points, descriptors = catalog_features(catalog_image)
    return compare(photo_bgr, points, descriptors)
