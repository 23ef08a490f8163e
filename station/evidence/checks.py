"""Runs every evidence check on one photo (quality gate, perceptual hash, wrong-item hint) into a plain result."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from station.config import PhotoThresholds
from station.evidence import quality, similarity
from station.evidence.phash import phash
from station.evidence.working_image import WorkingImage, decode_for_checks, frame_for_checks, read_for_checks
from station.text import Text, _

# The flag kind of a photo that is the same picture as another inspection's, at capture or found by sync later.
REUSED_PHOTO_FLAG = "reused_photo"


@dataclass(frozen=True)
class PhotoChecks:
    """The checks of one photo, as stored in the draft and in the `photo_checks` fact."""

    ok: bool  # the quality gate passed (the hints below never fail a photo on their own)
    problems: tuple[str, ...]
    measures: dict[str, Any]
    phash: str
    whole_item: bool
    camera: str
    similarity: float | None = None  # match with the catalog image, 0..1; None when not compared
    catalog_sku: str | None = None
    # Other inspections holding the same or a near-identical photo (filled in by the services, which see the store).
    reused: tuple[dict[str, Any], ...] = ()
    kept_reason: str | None = None
    ms: float = 0.0
    width: int = 0
    height: int = 0
    # The limits the gate judged by (PhotoThresholds as a dict), so a later change of them is not read back into
    # an old verdict; None for checks stored before the limits were kept.
    limits: dict[str, float] | None = None

    @property
    def wrong_item_hint(self) -> bool:
        return self.similarity is not None and self.similarity < similarity.CLEARLY_LOW

    @property
    def needs_decision(self) -> bool:
        """A failed gate the inspector has neither retaken nor kept with a reason."""
        return not self.ok and self.kept_reason is None

    def messages(self) -> list[Text]:
        """What is wrong and how to fix it, one line per problem."""
        return [quality.problem_text(p) for p in self.problems]

    def hint_text(self) -> Text | None:
        if not self.wrong_item_hint:
            return None
        return _("This may not be the product on the RMA: the photo matches its catalog picture {score} %. "
                 "Check the item; a lead will look at it.", score=round(100 * (self.similarity or 0)))

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "problems": list(self.problems), "measures": dict(self.measures),
                "phash": self.phash, "whole_item": self.whole_item, "camera": self.camera,
                "similarity": self.similarity, "catalog_sku": self.catalog_sku, "reused": list(self.reused),
                "kept_reason": self.kept_reason, "ms": self.ms, "width": self.width, "height": self.height,
                "limits": self.limits}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PhotoChecks:
        return cls(ok=bool(data["ok"]), problems=tuple(data.get("problems") or ()),
                   measures=dict(data.get("measures") or {}), phash=str(data["phash"]),
                   whole_item=bool(data.get("whole_item")), camera=str(data.get("camera") or ""),
                   similarity=data.get("similarity"), catalog_sku=data.get("catalog_sku"),
                   reused=tuple(data.get("reused") or ()), kept_reason=data.get("kept_reason"),
                   ms=float(data.get("ms") or 0.0), width=int(data.get("width") or 0),
                   height=int(data.get("height") or 0), limits=data.get("limits"))


@dataclass(frozen=True)
class CheckRequest:
    limits: PhotoThresholds = field(default_factory=PhotoThresholds)
    whole_item: bool = False
    camera: str = "file"
    catalog_image: Path | None = None
    catalog_sku: str | None = None


def run_checks(image: WorkingImage, request: CheckRequest, started: float | None = None) -> PhotoChecks:
    started = time.perf_counter() if started is None else started
    result = quality.check_quality(image.bgr, request.limits, whole_item=request.whole_item)
    score = None
    if request.catalog_image is not None:
        found = similarity.compare_with_catalog(image.bgr, request.catalog_image)
        score = None if found is None else round(found.score, 3)
    return PhotoChecks(ok=result.ok, problems=result.problems, measures=result.measures.to_json(),
                       phash=phash(image.bgr), whole_item=request.whole_item, camera=request.camera,
                       similarity=score, catalog_sku=request.catalog_sku if score is not None else None,
                       ms=round((time.perf_counter() - started) * 1000, 1), width=image.width, height=image.height,
                       limits=request.limits.model_dump())


def check_bytes(data: bytes, request: CheckRequest, name: str = "photo") -> PhotoChecks:
    started = time.perf_counter()
    return run_checks(decode_for_checks(data, name), request, started)


def check_file(path: Path, request: CheckRequest) -> PhotoChecks:
    started = time.perf_counter()
    return run_checks(read_for_checks(path), request, started)


def check_frame(frame: np.ndarray, request: CheckRequest) -> PhotoChecks:
    started = time.perf_counter()
    return run_checks(frame_for_checks(frame), request, started)
