"""Recording refurbishment work: what was done, parts used, minutes, notes and photos after, as facts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from db import models
from db.refurb_models import RefurbPhoto, RefurbWork
from station.context import StationContext
from station.evidence.store import StoredPhoto
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.outcome import current_outcome
from station.refurb.access import require_refurb
from station.refurb.queue import REFURBISH, NotInQueue
from station.text import StationError, _

MAX_MINUTES = 24 * 60


class WorkInvalid(StationError):
    """The work record is incomplete; nothing was saved."""


@dataclass(frozen=True)
class WorkRequest:
    work_done: str
    parts: tuple[str, ...] = ()
    minutes: int = 0
    notes: str | None = None
    photo_files: tuple[Path, ...] = ()
    photo_bytes: tuple[bytes, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class WorkRecorded:
    id: uuid.UUID
    photos: int


def _check(request: WorkRequest) -> None:
    if len(request.work_done.strip()) < 3:
        raise WorkInvalid(_("Say what was done (a few words), then save the work."))
    if not 0 < request.minutes <= MAX_MINUTES:
        raise WorkInvalid(_("Enter the time spent in minutes (1 to {max}).", max=MAX_MINUTES))


def record_work(ctx: StationContext, technician_id: uuid.UUID, inspection_id: uuid.UUID,
                request: WorkRequest) -> WorkRecorded:
    _check(request)
    # Photos are stored before the facts name them: a crash in between leaves an unused file, never a lost photo.
    stored: list[StoredPhoto] = [ctx.evidence.store_file(p) for p in request.photo_files]
    stored += [ctx.evidence.store_bytes(b) for b in request.photo_bytes]
    with ctx.transaction() as session:
        require_refurb(session, technician_id)
        inspection = session.get(models.Inspection, inspection_id)
        if inspection is None or current_outcome(session, inspection).disposition != REFURBISH:
            raise NotInQueue(_("This item is no longer waiting for refurbishment. Open the queue again."))
        now = utc_now()
        work = RefurbWork(id=new_id(), station_id=ctx.station_id, inspection_id=inspection_id,
                          technician_id=technician_id, work_done=request.work_done.strip(),
                          parts=[p.strip() for p in request.parts if p.strip()], minutes=request.minutes,
                          notes=(request.notes or "").strip() or None, recorded_at=now)
        add_fact(session, work)
        session.flush()  # the work row exists before the photos that point at it
        for photo in stored:
            row = RefurbPhoto(id=new_id(), station_id=ctx.station_id, work_id=work.id, sha256=photo.sha256,
                              width=photo.width, height=photo.height, size_bytes=photo.size_bytes, taken_at=now)
            add_fact(session, row)
    return WorkRecorded(work.id, len(stored))
