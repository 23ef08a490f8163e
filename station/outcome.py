"""The current outcome of an inspection: its own grade, unless a later decision (a lead's review, a refurb
re-grade) changed it. Decisions are facts and are never edited; the current outcome is derived from them.

Each area that can change an outcome lists one function here (in OUTCOME_SOURCES, "module:function"): it takes
a session and an inspection id and returns that area's decisions as `Decision`s.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select
from sqlalchemy.orm import Session

from db import models


@dataclass(frozen=True)
class Decision:
    grade: str
    disposition: str
    decided_at: datetime
    source: str  # "inspection", "review", "refurb", ...
    fact_id: uuid.UUID
    by: uuid.UUID | None = None


# One line per area that can change an outcome.
OUTCOME_SOURCES: tuple[str, ...] = (
    "station.review.decisions:review_decisions",
    "station.refurb.decisions:refurb_decisions",
)


def _sources() -> list[Callable[[Session, uuid.UUID], list[Decision]]]:
    found = []
    for spec in OUTCOME_SOURCES:
        module, _, name = spec.partition(":")
        found.append(getattr(importlib.import_module(module), name))
    return found


def decisions(session: Session, inspection: models.Inspection) -> list[Decision]:
    """Every decision on the inspection, oldest first (by time, then by id, never by station clock alone)."""
    own = Decision(inspection.grade, inspection.disposition, inspection.completed_at, "inspection", inspection.id,
                   inspection.inspector_id)
    found = [own]
    for source in _sources():
        found.extend(source(session, inspection.id))
    return sorted(found, key=lambda d: (d.decided_at, d.fact_id.bytes))


def current_outcome(session: Session, inspection: models.Inspection) -> Decision:
    return decisions(session, inspection)[-1]


IDS_PER_READ = 500


def current_outcomes(session: Session, inspections: Sequence[models.Inspection]) -> dict[uuid.UUID, Decision]:
    """current_outcome of many inspections (a queue lists thousands): an area that offers `<function>_many`
    (session, ids -> decisions by inspection id) is read a few hundred inspections at a time."""
    found: dict[uuid.UUID, list[Decision]] = {
        i.id: [Decision(i.grade, i.disposition, i.completed_at, "inspection", i.id, i.inspector_id)]
        for i in inspections}
    ids = list(found)
    for spec in OUTCOME_SOURCES:
        module, _, name = spec.partition(":")
        many = getattr(importlib.import_module(module), f"{name}_many", None)
        if many is None:
            one = getattr(importlib.import_module(module), name)
            for inspection_id in ids:
                found[inspection_id].extend(one(session, inspection_id))
            continue
        for start in range(0, len(ids), IDS_PER_READ):
            for inspection_id, more in many(session, ids[start:start + IDS_PER_READ]).items():
                found[inspection_id].extend(more)
    return {i: max(d, key=lambda d: (d.decided_at, d.fact_id.bytes)) for i, d in found.items()}


def decided_later() -> list[Select[tuple[uuid.UUID]]] | None:
    """Selects of the inspections some later decision was made on (an area offers `<function>_inspections`), so a
    queue reads only those and the ones whose own outcome it wants; None when an area offers none."""
    found = []
    for spec in OUTCOME_SOURCES:
        module, _, name = spec.partition(":")
        ids = getattr(importlib.import_module(module), f"{name}_inspections", None)
        if ids is None:
            return None
        found.append(ids())
    return found
