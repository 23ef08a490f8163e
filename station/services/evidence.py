"""Photo evidence use cases: checks of an inspection's photos, reused-photo search, threshold calibration."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import evidence_models, models
from station.evidence.checks import PhotoChecks
from station.evidence.phash import nearest
from station.evidence.quality import ThresholdSuggestion
from station.evidence.quality import suggest_thresholds as _suggest
from station.evidence.working_image import read_for_checks
from station.services.context import StationContext
from station.text import Text


@dataclass(frozen=True)
class ReusedIn:
    inspection_id: uuid.UUID
    photo_id: uuid.UUID | None
    distance: int
    completed: bool  # False: the other inspection is still a draft at this station


@dataclass(frozen=True)
class PhotoCheckView:
    """One photo's checks as a lead sees them in the evidence viewer or the evidence packet."""

    photo_id: uuid.UUID
    sha256: str
    thumbnail: Path
    review: Path
    ok: bool
    problems: list[str]
    messages: list[Text]
    measures: dict[str, Any]
    phash: str
    whole_item: bool
    similarity: float | None
    wrong_item_hint: Text | None
    reused: list[ReusedIn]
    kept_reason: str | None
    checked_at: datetime | None


def _reused(entries: Any) -> list[ReusedIn]:
    return [ReusedIn(uuid.UUID(str(r["inspection_id"])), uuid.UUID(str(r["photo_id"])) if r.get("photo_id") else None,
                     int(r.get("distance", 0)), bool(r.get("completed", True))) for r in entries or ()]


def _view(ctx: StationContext, photo_id: uuid.UUID, sha256: str, checks: PhotoChecks,
          checked_at: datetime | None) -> PhotoCheckView:
    return PhotoCheckView(photo_id, sha256, ctx.evidence.thumbnail_path(sha256), ctx.evidence.review_path(sha256),
                          checks.ok, list(checks.problems), checks.messages(), dict(checks.measures), checks.phash,
                          checks.whole_item, checks.similarity, checks.hint_text(), _reused(checks.reused),
                          checks.kept_reason, checked_at)


def photo_checks_for(ctx: StationContext, inspection_id: uuid.UUID) -> list[PhotoCheckView]:
    """The checks of a completed inspection's photos (any station, after sync), else of the open draft's."""
    with ctx.read() as session:
        rows = session.scalars(select(evidence_models.PhotoCheck)
                               .where(evidence_models.PhotoCheck.inspection_id == inspection_id)
                               .order_by(evidence_models.PhotoCheck.checked_at)).all()
        if rows:
            return [_view(ctx, r.photo_id, r.photo_sha256, _from_row(r), r.checked_at) for r in rows]
        draft = session.get(models.Draft, inspection_id)
        photos = list((draft.state or {}).get("photos") or []) if draft is not None else []
    return [_view(ctx, uuid.UUID(p["id"]), p["sha256"], PhotoChecks.from_json(p["checks"]), None)
            for p in photos if p.get("checks")]


def _from_row(row: evidence_models.PhotoCheck) -> PhotoChecks:
    return PhotoChecks(ok=row.ok, problems=tuple(row.problems), measures=dict(row.measures), phash=row.phash,
                       whole_item=row.whole_item, camera=row.camera, similarity=row.similarity,
                       catalog_sku=row.catalog_sku, reused=tuple(row.reused or ()), kept_reason=row.kept_reason)


def find_reused(session: Session, phash: str, inspection_id: uuid.UUID) -> list[dict[str, Any]]:
    """Photos of other inspections, completed (here or synced from other stations) or open here, that are the
    same or nearly the same picture.

    Every stored hash is compared: a vectorised XOR and popcount handles a million hashes in a few milliseconds,
    and near-duplicates cannot be found by an index on the hex text.
    """
    candidates: list[tuple[str, object]] = [
        (h, (insp, photo, True)) for h, insp, photo in session.execute(
            select(evidence_models.PhotoCheck.phash, evidence_models.PhotoCheck.inspection_id,
                   evidence_models.PhotoCheck.photo_id)
            .where(evidence_models.PhotoCheck.inspection_id != inspection_id))]
    for draft_id, state in session.execute(select(models.Draft.id, models.Draft.state)
                                           .where(models.Draft.id != inspection_id)):
        for photo in (state or {}).get("photos") or []:
            checks = photo.get("checks")
            if checks and checks.get("phash"):
                candidates.append((checks["phash"], (draft_id, uuid.UUID(photo["id"]), False)))
    found: list[dict[str, Any]] = []
    seen: set[uuid.UUID] = set()
    for distance, key in nearest(phash, candidates):
        other, photo_id, completed = key  # type: ignore[misc]
        if other in seen:
            continue
        seen.add(other)
        found.append({"inspection_id": str(other), "photo_id": str(photo_id), "distance": distance,
                      "completed": completed})
    return found


def suggest_thresholds(ctx: StationContext | None, sharp_image: Path, blurred_image: Path,
                       camera: str | None = None) -> ThresholdSuggestion:
    """The Admin calibration helper: a blur limit between a sharp and a blurred photo from one camera.

    The other limits stay as the station has them for that camera (or the defaults without a station).
    """
    base = ctx.settings.thresholds_for(camera or ctx.settings.camera) if ctx is not None else None
    return _suggest(read_for_checks(sharp_image).bgr, read_for_checks(blurred_image).bgr, base)
