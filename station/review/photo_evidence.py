"""Photo checks as a lead reads them, and reused photos: found at capture, or when sync brings another station's."""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from db import evidence_models, models
from station.config import PhotoThresholds
from station.context import StationContext
from station.evidence.checks import PhotoChecks
from station.evidence.phash import HashIndex
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.text import Text, _

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReusedIn:
    inspection_id: uuid.UUID
    photo_id: uuid.UUID | None
    distance: int
    completed: bool  # False: the other inspection is still a draft at this station
    found_by_sync: str | None = None  # the other photo's station, when the reuse was found as it arrived by sync


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
    camera: str = ""
    limits: dict[str, Any] | None = None  # as judged at capture; None for checks stored before limits were kept


def _reused(entries: Any, found_later: Sequence[ReusedIn] = ()) -> list[ReusedIn]:
    at_capture = [ReusedIn(uuid.UUID(str(r["inspection_id"])),
                           uuid.UUID(str(r["photo_id"])) if r.get("photo_id") else None,
                           int(r.get("distance", 0)), bool(r.get("completed", True))) for r in entries or ()]
    known = {r.inspection_id for r in at_capture}
    return at_capture + [r for r in found_later if r.inspection_id not in known]


def _view(ctx: StationContext, photo_id: uuid.UUID, sha256: str, checks: PhotoChecks,
          checked_at: datetime | None, found_later: Sequence[ReusedIn] = ()) -> PhotoCheckView:
    return PhotoCheckView(photo_id, sha256, ctx.evidence.thumbnail_path(sha256), ctx.evidence.review_path(sha256),
                          checks.ok, list(checks.problems), checks.messages(), dict(checks.measures), checks.phash,
                          checks.whole_item, checks.similarity, checks.hint_text(),
                          _reused(checks.reused, found_later), checks.kept_reason, checked_at, checks.camera,
                          checks.limits)


def check_view(ctx: StationContext, photo_id: uuid.UUID, sha256: str, row: Any, checked_at: datetime | None,
               found_later: Sequence[ReusedIn] = ()) -> PhotoCheckView:
    """A photo's check as the viewer shows it, from any row with photo_checks' columns (the web page reads them
    beside the photo in one statement)."""
    return _view(ctx, photo_id, sha256, _from_row(row), checked_at, found_later)


def reuses_found_by_sync(session: Session, inspection_id: uuid.UUID) -> dict[uuid.UUID, list[ReusedIn]]:
    """Photo id -> the other inspections whose photo turned out to be the same picture when it arrived by sync."""
    found: dict[uuid.UUID, list[ReusedIn]] = {}
    for row in session.scalars(select(evidence_models.PhotoReuse)
                               .where(evidence_models.PhotoReuse.inspection_id == inspection_id)
                               .order_by(evidence_models.PhotoReuse.found_at, evidence_models.PhotoReuse.id)):
        found.setdefault(row.photo_id, []).append(ReusedIn(row.other_inspection_id, row.other_photo_id,
                                                           row.distance, True, row.other_station_id))
    return found


def photo_checks_for(ctx: StationContext, inspection_id: uuid.UUID) -> list[PhotoCheckView]:
    """The checks of a completed inspection's photos (any station, after sync), else of the open draft's."""
    with ctx.read() as session:
        return photo_checks_in(ctx, session, inspection_id)


def photo_checks_in(ctx: StationContext, session: Session, inspection_id: uuid.UUID) -> list[PhotoCheckView]:
    """photo_checks_for inside a read the caller already has open (the evidence view reads everything in one)."""
    rows = session.scalars(select(evidence_models.PhotoCheck)
                           .where(evidence_models.PhotoCheck.inspection_id == inspection_id)
                           .order_by(evidence_models.PhotoCheck.checked_at)).all()
    if rows:
        later = reuses_found_by_sync(session, inspection_id)
        return [_view(ctx, r.photo_id, r.photo_sha256, _from_row(r), r.checked_at, later.get(r.photo_id, []))
                for r in rows]
    draft = session.get(models.Draft, inspection_id)
    photos = list((draft.state or {}).get("photos") or []) if draft is not None else []
    return [_view(ctx, uuid.UUID(p["id"]), p["sha256"], PhotoChecks.from_json(p["checks"]), None)
            for p in photos if p.get("checks")]


def _from_row(row: evidence_models.PhotoCheck) -> PhotoChecks:
    return PhotoChecks(ok=row.ok, problems=tuple(row.problems), measures=dict(row.measures), phash=row.phash,
                       whole_item=row.whole_item, camera=row.camera, similarity=row.similarity,
                       catalog_sku=row.catalog_sku, reused=tuple(row.reused or ()), kept_reason=row.kept_reason,
                       limits=row.limits)


def find_reused(session: Session, phashes: Sequence[str], inspection_id: uuid.UUID) -> list[list[dict[str, Any]]]:
    """For each hash, the photos of other inspections, completed (here or synced from other stations) or open here,
    that are the same or nearly the same picture.

    Every stored hash is compared: a vectorised XOR and popcount handles a million hashes in a few milliseconds,
    and near-duplicates cannot be found by an index on the hex text. The completed photos' hashes are kept in
    memory between calls (only rows added since are read), and only the matches' ids are read from the store.
    """
    if not phashes:
        return []
    completed = _completed_matches(session, phashes, inspection_id)
    drafts: list[tuple[str, object]] = []
    for draft_id, state in session.execute(select(models.Draft.id, models.Draft.state)
                                           .where(models.Draft.id != inspection_id)):
        for photo in (state or {}).get("photos") or []:
            checks = photo.get("checks")
            if checks and checks.get("phash"):
                drafts.append((checks["phash"], (draft_id, uuid.UUID(photo["id"]), False)))
    index = HashIndex(drafts)
    return [_one_per_inspection(sorted(found + index.within(phash), key=lambda pair: pair[0]))
            for phash, found in zip(phashes, completed, strict=True)]


@dataclass
class _KeptHashes:
    """A store's completed photo hashes by rowid, up to the row last read (its id tells a rolled-back row)."""

    index: HashIndex
    last_rowid: int = 0
    last_id: uuid.UUID | None = None


_KEPT: dict[str, _KeptHashes] = {}
_KEPT_LOCK = threading.Lock()
_IDS_PER_READ = 500


def _completed_matches(session: Session, phashes: Sequence[str], inspection_id: uuid.UUID
                       ) -> list[list[tuple[int, object]]]:
    check = evidence_models.PhotoCheck
    rowid_of = literal_column("photo_checks.rowid")  # facts are only ever added: a higher rowid is a newer row
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        index = HashIndex((h, (insp, photo, True)) for h, insp, photo in session.execute(
            select(check.phash, check.inspection_id, check.photo_id).where(check.inspection_id != inspection_id)))
        return [index.within(phash) for phash in phashes]
    with _KEPT_LOCK:
        kept = _KEPT.get(str(bind.url))
        if kept is not None and kept.last_id is not None and session.scalar(
                select(check.id).where(rowid_of == kept.last_rowid)) != kept.last_id:
            kept = None  # the store was replaced, or rows read earlier were rolled back
        if kept is None:
            kept = _KEPT[str(bind.url)] = _KeptHashes(HashIndex(()))
        added = session.execute(select(rowid_of, check.phash).where(rowid_of > kept.last_rowid)).all()
        if added:
            kept.index.add((phash, rowid) for rowid, phash in added)
            kept.last_rowid = max(rowid for rowid, _phash in added)
            kept.last_id = session.scalar(select(check.id).where(rowid_of == kept.last_rowid))
        near = [kept.index.within(phash) for phash in phashes]
    rowids = sorted({rowid for found in near for _distance, rowid in found})
    keys: dict[object, tuple[uuid.UUID, uuid.UUID, bool]] = {}
    for start in range(0, len(rowids), _IDS_PER_READ):
        for rowid, insp, photo in session.execute(select(rowid_of, check.inspection_id, check.photo_id).where(
                rowid_of.in_(rowids[start:start + _IDS_PER_READ]), check.inspection_id != inspection_id)):
            keys[rowid] = (insp, photo, True)
    return [[(distance, keys[rowid]) for distance, rowid in found if rowid in keys] for found in near]


def _one_per_inspection(matches: list[tuple[int, object]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    seen: set[uuid.UUID] = set()
    for distance, key in matches:  # closest first: each inspection is named by its closest photo
        other, photo_id, completed = key  # type: ignore[misc]
        if other in seen:
            continue
        seen.add(other)
        found.append({"inspection_id": str(other), "photo_id": str(photo_id), "distance": distance,
                      "completed": completed})
    return found


def flag_reuses_in_pulled(ctx: StationContext, session: Session, pulled: dict[str, list[dict[str, Any]]]) -> int:
    """Links this station's inspections to other stations' photos that arrived by sync and are the same picture.

    Runs in the transaction that applies the pulled rows, so a crash can never apply them and skip the search.
    A pair already linked (at capture, or by an earlier pull) is not linked again. Returns the reuses found.
    """
    incoming = [r for r in pulled.get(evidence_models.PhotoCheck.__tablename__, ())
                if r["station_id"] != ctx.station_id]
    if not incoming:
        return 0
    check = evidence_models.PhotoCheck
    index = HashIndex((h, (inspection, photo)) for h, inspection, photo in session.execute(
        select(check.phash, check.inspection_id, check.photo_id).where(check.station_id == ctx.station_id)))
    matches = [(row, distance, own) for row in incoming for distance, own in index.within(row["phash"])
               if own[0] != row["inspection_id"]]  # type: ignore[index]
    if not matches:
        return 0
    own_inspections = {own[0] for _row, _distance, own in matches}  # type: ignore[index]
    linked = {(a, b) for a, b in session.execute(
        select(evidence_models.PhotoReuse.inspection_id, evidence_models.PhotoReuse.other_inspection_id)
        .where(evidence_models.PhotoReuse.inspection_id.in_(own_inspections)))}
    for inspection, reused in session.execute(select(check.inspection_id, check.reused)
                                              .where(check.inspection_id.in_(own_inspections))):
        linked |= {(inspection, uuid.UUID(str(r["inspection_id"]))) for r in reused or ()}
    found = 0
    for row, distance, (inspection, photo) in matches:  # type: ignore[misc]
        if (inspection, row["inspection_id"]) in linked:
            continue
        linked.add((inspection, row["inspection_id"]))
        reuse = evidence_models.PhotoReuse(
            id=new_id(), station_id=ctx.station_id, inspection_id=inspection, photo_id=photo,
            other_inspection_id=row["inspection_id"], other_photo_id=row["photo_id"],
            other_station_id=row["station_id"], distance=distance, found_at=utc_now())
        add_fact(session, reuse)
        found += 1
    return found


def _verdict(ok: bool) -> Text:
    # A word and a mark, never colour alone: the packet may be printed in black and white.
    return _("✓ passed") if ok else _("✗ FAILED")


def _number(value: Any, digits: int = 1) -> str:
    return f"{float(value):.{digits}f}" if isinstance(value, int | float) else "—"


def check_lines(ctx: StationContext, view: PhotoCheckView) -> list[Text]:
    """Every check's measured value beside the limit it was judged against, the reuse and catalog comparisons,
    and the inspector's reason for keeping a failed photo: one line each, for the lead's viewer and the packet.

    The limits are the ones the photo was judged by; checks stored before those were kept show this station's
    current limits for the camera that took the photo."""
    limits = ctx.settings.thresholds_for(view.camera or ctx.settings.camera)
    if view.limits:
        try:
            limits = PhotoThresholds.model_validate(view.limits)
        except ValidationError:  # kept by a newer station with limits this one does not know
            log.warning("photo %s: stored limits not readable here, showing this station's", view.photo_id)
    m, problems = view.measures, set(view.problems)
    lines: list[Text] = []
    if "sharpness" in m:
        lines.append(_("Sharpness {value} (at least {limit}): {verdict}", value=_number(m["sharpness"]),
                       limit=_number(limits.sharpness_min), verdict=_verdict("blur" not in problems)))
    if "softness" in m:
        lines.append(_("Softness {value} (at most {limit}): {verdict}", value=_number(m["softness"], 2),
                       limit=_number(limits.softness_max, 2), verdict=_verdict("blur" not in problems)))
    if "contrast" in m:
        lines.append(_("Contrast {value} (at least {limit}): {verdict}", value=_number(m["contrast"]),
                       limit=_number(limits.contrast_min), verdict=_verdict("blank" not in problems)))
    if "p95" in m:
        lines.append(_("Brightest 5 % at level {value} (too dark at or below {limit}): {verdict}",
                       value=_number(m["p95"], 0), limit=_number(limits.dark_p95_max, 0),
                       verdict=_verdict("dark" not in problems)))
    if "p01" in m:
        lines.append(_("Darkest 1 % at level {value} (too bright at or above {limit}): {verdict}",
                       value=_number(m["p01"], 0), limit=_number(limits.bright_p01_min, 0),
                       verdict=_verdict("bright" not in problems)))
    if "clipped" in m:
        lines.append(_("Clipped to white on {value} % of the picture (at most {limit} %): {verdict}",
                       value=_number(100 * float(m["clipped"])), limit=_number(100 * limits.clipped_max),
                       verdict=_verdict("clipped" not in problems)))
    if "glare" in m:
        lines.append(_("Glare on {value} % of the picture (at most {limit} %): {verdict}",
                       value=_number(100 * float(m["glare"])), limit=_number(100 * limits.glare_max),
                       verdict=_verdict("glare" not in problems)))
    if "glare_region" in m:
        lines.append(_("Broad glare on {value} % of the picture (at most {limit} %): {verdict}",
                       value=_number(100 * float(m["glare_region"])), limit=_number(100 * limits.glare_region_max),
                       verdict=_verdict("broad_glare" not in problems)))
    if view.whole_item and "subject" in m:
        lines.append(_("The item covers {value} % of the picture (at least {limit} %): {verdict}",
                       value=_number(100 * float(m["subject"])), limit=_number(100 * limits.subject_min),
                       verdict=_verdict("small" not in problems)))
        lines.append(_("Item cut off at {sides} edge(s) of the picture: {verdict}", sides=int(m.get("cut_sides", 0)),
                       verdict=_verdict("cut_off" not in problems)))
    if view.similarity is not None:
        lines.append(_("Looks like the catalog picture: {score} %", score=round(100 * view.similarity)))
    if view.wrong_item_hint is not None:
        lines.append(view.wrong_item_hint)
    for other in view.reused:
        if other.found_by_sync:
            lines.append(_("Same or nearly the same picture as in inspection {id} of station {station}, found when "
                           "that photo arrived by sync (distance {distance})", id=str(other.inspection_id),
                           station=other.found_by_sync, distance=other.distance))
        else:
            lines.append(_("Same or nearly the same picture as in inspection {id} (distance {distance})",
                           id=str(other.inspection_id), distance=other.distance))
    if view.kept_reason:
        lines.append(_("Kept by the inspector although a check failed: {reason}", reason=view.kept_reason))
    lines.append(_("Perceptual hash {phash}", phash=view.phash))
    return lines
