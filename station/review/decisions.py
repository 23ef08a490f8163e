"""A lead's decisions: approve or regrade an inspection, each a new Review fact; only leads may decide."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db import models
from db.review_models import Review
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.outcome import Decision, current_outcome
from station.policy.decision_refund import record_decision_refund
from station.text import StationError, Text, _

# Roles whose holders may approve or regrade; the Review mode also opens for admins, who may only look.
DECIDING_ROLES = frozenset({"lead"})
MIN_REASON = 3
# How a decision is stored: add_fact at a station; the web view, on the central itself, writes the fact and its
# audit event without an outbox (station/web/central.py).
FactWriter = Callable[[Session, Review], object]


class ReviewRefused(StationError):
    """The person may not decide, or the decision is not complete (no reason, unknown grade)."""


@dataclass(frozen=True)
class ReviewDone:
    id: uuid.UUID
    inspection_id: uuid.UUID
    action: str
    grade: str
    disposition: str
    previous_grade: str
    previous_disposition: str
    decided_at: datetime


def refusal(session: Session, user_id: uuid.UUID, inspection: models.Inspection | None = None) -> Text | None:
    """Why this person may not decide on this inspection, or None when they may. Looks the role up every time."""
    user = session.get(models.User, user_id)
    if user is None or not user.active:
        return _("You are not an active user at this station. Sign in again, or ask an admin.")
    return refusal_of(user.role, user.id, inspection.inspector_id if inspection is not None else None)


def refusal_of(role: str, user_id: uuid.UUID, inspector_id: uuid.UUID | None) -> Text | None:
    """refusal for an active user whose role is already read (the web view reads it with the person's account)."""
    if role not in DECIDING_ROLES:
        return _("Only a shift lead may approve or regrade. You are signed in as {role}: ask a lead to decide.",
                 role=role)
    if inspector_id is not None and inspector_id == user_id:
        return _("You inspected this item yourself: another lead must review it.")
    return None


def review_decisions(session: Session, inspection_id: uuid.UUID) -> list[Decision]:
    """OUTCOME_SOURCES entry: the inspection's reviews as decisions (approvals repeat the outcome they approved)."""
    rows = session.scalars(select(Review).where(Review.inspection_id == inspection_id)).all()
    return [Decision(r.grade, r.disposition, r.decided_at, "review", r.id, r.reviewer_id) for r in rows]


def review_decisions_inspections() -> Select[tuple[uuid.UUID]]:
    """The inspections a lead decided on (station.outcome.decided_later)."""
    return select(Review.inspection_id)


def review_decisions_rows() -> Select[Any]:
    """review_decisions as rows for the database to compare (station.outcome.decision_rows)."""
    return select(Review.inspection_id.label("inspection_id"), Review.grade.label("grade"),
                  Review.disposition.label("disposition"), Review.decided_at.label("decided_at"),
                  Review.id.label("fact_id"))


def review_decisions_many(session: Session, inspection_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Decision]]:
    """review_decisions of several inspections in one read (the queues)."""
    found: dict[uuid.UUID, list[Decision]] = {}
    # The columns a decision needs only: a queue reads thousands, and the rest is JSON to decode.
    for r in session.execute(select(Review.id, Review.inspection_id, Review.grade, Review.disposition,
                                    Review.decided_at, Review.reviewer_id)
                             .where(Review.inspection_id.in_(inspection_ids))):
        found.setdefault(r.inspection_id, []).append(
            Decision(r.grade, r.disposition, r.decided_at, "review", r.id, r.reviewer_id))
    return found


def _decide(ctx: StationContext, user_id: uuid.UUID, inspection_id: uuid.UUID, action: str,
            grade: str | None, disposition: str | None, reason: str | None, write: FactWriter = add_fact
            ) -> ReviewDone:
    with ctx.transaction() as session:
        inspection = session.get(models.Inspection, inspection_id)
        if inspection is None:
            raise ReviewRefused(_("Inspection {id} is not in this station's store. Sync, then try again.",
                                  id=str(inspection_id)))
        why_not = refusal(session, user_id, inspection)
        if why_not is not None:
            raise ReviewRefused(why_not)
        now_outcome = current_outcome(session, inspection)
        reason = (reason or "").strip() or None
        if action == "regrade":
            grade = grade or now_outcome.grade
            disposition = disposition or now_outcome.disposition
            if grade not in ctx.rules.grades:
                raise ReviewRefused(_("Grade {grade} is not on this warehouse's scale.", grade=grade))
            if disposition not in ctx.rules.dispositions:
                raise ReviewRefused(_("Disposition {disposition} is not known here.", disposition=disposition))
            if (grade, disposition) == (now_outcome.grade, now_outcome.disposition):
                raise ReviewRefused(_("Grade {grade} and {disposition} is already the outcome. Choose another grade "
                                      "or disposition, or approve.", grade=grade, disposition=disposition))
            if reason is None or len(reason) < MIN_REASON:
                raise ReviewRefused(_("Say why you regrade (a few words): the reason goes into the evidence packet."))
        else:
            grade, disposition = now_outcome.grade, now_outcome.disposition
        review = Review(id=new_id(), inspection_id=inspection.id, station_id=ctx.station_id, reviewer_id=user_id,
                        action=action, previous_grade=now_outcome.grade,
                        previous_disposition=now_outcome.disposition, grade=grade, disposition=disposition,
                        reason=reason, decided_at=utc_now())
        write(session, review)
        record_decision_refund(ctx, session, inspection, review.id, review.grade, write)
    return ReviewDone(review.id, inspection_id, action, review.grade, review.disposition, review.previous_grade,
                      review.previous_disposition, review.decided_at)


def approve(ctx: StationContext, user_id: uuid.UUID, inspection_id: uuid.UUID, note: str | None = None,
            write: FactWriter = add_fact) -> ReviewDone:
    """The lead agrees with the current outcome (an inspector's override included); a note is optional."""
    return _decide(ctx, user_id, inspection_id, "approve", None, None, note, write)


def regrade(ctx: StationContext, user_id: uuid.UUID, inspection_id: uuid.UUID, *, grade: str | None,
            disposition: str | None, reason: str, write: FactWriter = add_fact) -> ReviewDone:
    """A new grade and/or disposition with the reason; the item's current outcome becomes this one."""
    return _decide(ctx, user_id, inspection_id, "regrade", grade, disposition, reason, write)


def decision_refusal(ctx: StationContext, user_id: uuid.UUID, inspection_id: uuid.UUID | None = None
                     ) -> Text | None:
    """For the UI: why the decide buttons are off for this person (the services check again on every call)."""
    with ctx.read() as session:
        inspection = session.get(models.Inspection, inspection_id) if inspection_id is not None else None
        return refusal(session, user_id, inspection)
