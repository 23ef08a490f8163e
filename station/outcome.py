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
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, exists, literal, or_, select, union_all
from sqlalchemy.orm import Session

from db import models

I = models.Inspection  # noqa: E741  (read as "the inspections table")


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


def decision_rows() -> list[Select[Any]] | None:
    """Each area's decisions as rows (inspection_id, grade, disposition, decided_at, fact_id), from the area's
    `<function>_rows`, so a queue or a report asks the database for current outcomes instead of reading every
    decision into Python; None when an area offers none."""
    found = []
    for spec in OUTCOME_SOURCES:
        module, _, name = spec.partition(":")
        rows = getattr(importlib.import_module(module), f"{name}_rows", None)
        if rows is None:
            return None
        found.append(rows())
    return found


def _newer(later: Any, decided_at: Any, fact_id: Any) -> ColumnElement[bool]:
    # current_outcomes' order: by time, then by fact id (its bytes; a UUID column compares the same way in both
    # dialects: PostgreSQL's uuid bytewise, SQLite's 32 hex digits as text).
    return or_(later.decided_at > decided_at, and_(later.decided_at == decided_at, later.fact_id > fact_id))


def _none_newer(sources: list[Select[Any]], inspection_id: Any, decided_at: Any, fact_id: Any) -> ColumnElement[bool]:
    """No decision of any area on the inspection is newer than (decided_at, fact_id)."""
    clauses = []
    for rows in sources:
        other = rows.subquery()
        clauses.append(~exists().where(other.c.inspection_id == inspection_id, _newer(other.c, decided_at, fact_id)))
    return and_(*clauses)


def current_outcome_rows(sources: list[Select[Any]], inspection_ids: Select[Any] | None = None,
                         disposition: str | None = None, changed_only: bool = False) -> CompoundSelect:
    """One row per inspection (of `inspection_ids`, a select of ids; all when None; only those whose current
    disposition is `disposition`, when given; only those a later decision decides, with changed_only) with its
    current outcome:
    inspection_id, grade, disposition, decided_at and source ("inspection" or the area's later decision) —
    what current_outcomes gives, computed by the database. The inspection's own outcome is current unless a later
    decision exists, so the correlated reads go through each area's index on inspection_id."""
    own = select(I.id.label("inspection_id"), I.grade.label("grade"), I.disposition.label("disposition"),
                 I.completed_at.label("decided_at"), literal("inspection").label("source")).where(
        _none_newer(sources, I.id, I.completed_at, I.id))
    if inspection_ids is not None:
        own = own.where(I.id.in_(inspection_ids))
    if disposition is not None:
        own = own.where(I.disposition == disposition)
    parts = [] if changed_only else [own]
    for number, rows in enumerate(sources):
        later = rows.subquery()
        part = select(later.c.inspection_id, later.c.grade, later.c.disposition, later.c.decided_at,
                      literal(f"later{number}").label("source")).join(I, I.id == later.c.inspection_id).where(
            _newer(later.c, I.completed_at, I.id), _none_newer(sources, later.c.inspection_id, later.c.decided_at,
                                                               later.c.fact_id))
        if inspection_ids is not None:
            part = part.where(later.c.inspection_id.in_(inspection_ids))
        if disposition is not None:
            part = part.where(later.c.disposition == disposition)
        parts.append(part)
    return union_all(*parts)
