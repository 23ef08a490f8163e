"""Refurb re-grades as decisions on an inspection's outcome (listed in station.outcome.OUTCOME_SOURCES)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.refurb_models import RefurbOutcome
from station.outcome import Decision


def refurb_decisions(session: Session, inspection_id: uuid.UUID) -> list[Decision]:
    rows = session.scalars(select(RefurbOutcome).where(RefurbOutcome.inspection_id == inspection_id))
    return [Decision(r.grade, r.disposition, r.decided_at, "refurb", r.id, r.technician_id) for r in rows]


def refurb_decisions_inspections() -> Select[tuple[uuid.UUID]]:
    """The inspections the refurb team re-graded (station.outcome.decided_later)."""
    return select(RefurbOutcome.inspection_id)


def refurb_decisions_rows() -> Select[Any]:
    """refurb_decisions as rows for the database to compare (station.outcome.decision_rows)."""
    return select(RefurbOutcome.inspection_id.label("inspection_id"), RefurbOutcome.grade.label("grade"),
                  RefurbOutcome.disposition.label("disposition"), RefurbOutcome.decided_at.label("decided_at"),
                  RefurbOutcome.id.label("fact_id"))


def refurb_decisions_many(session: Session, inspection_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Decision]]:
    """refurb_decisions of several inspections in one read (the queues)."""
    found: dict[uuid.UUID, list[Decision]] = {}
    # The columns a decision needs only: a queue reads thousands, and the rest is JSON to decode.
    for r in session.execute(select(RefurbOutcome.id, RefurbOutcome.inspection_id, RefurbOutcome.grade,
                                    RefurbOutcome.disposition, RefurbOutcome.decided_at, RefurbOutcome.technician_id)
                             .where(RefurbOutcome.inspection_id.in_(inspection_ids))):
        found.setdefault(r.inspection_id, []).append(
            Decision(r.grade, r.disposition, r.decided_at, "refurb", r.id, r.technician_id))
    return found
