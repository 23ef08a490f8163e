"""What a grading slip says, read from the station's facts: the item, its current grade and disposition, why."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from db.refurb_models import RefurbOutcome
from db.review_models import Review
from station.context import StationContext
from station.outcome import current_outcome
from station.slips.reference import slip_reference
from station.text import StationError, Text, _

TOP_REASONS = 3


class SlipNotFound(StationError):
    """The inspection named for a slip is not at this station."""


@dataclass(frozen=True)
class SlipContent:
    inspection_id: uuid.UUID
    reference: str  # what the QR code holds
    item_name: str
    sku: str
    serial: str | None
    rma: str | None
    grade: str
    disposition: str
    reasons: list[Text]
    inspector: str
    station_id: str
    decided_at: datetime  # UTC; shown in local time
    photos: int
    regraded: Text | None = None  # set when a later decision (review, refurb) changed the outcome


# Who changed an outcome, in the reader's language; an area added later shows its own name until it has a word.
_DECIDERS = {"review": _("a lead's review")}


def disposition_word(disposition: str) -> Text:
    words = {"restock": _("RESTOCK"), "refurbish": _("REFURBISH"), "dispose": _("DISPOSE")}
    return words.get(disposition, Text(disposition.replace("_", " ").upper()))


def _content(session: Session, row: models.Inspection, names: dict[uuid.UUID, str]) -> SlipContent:
    product = session.get(models.Product, row.sku) if row.sku else None
    decision = current_outcome(session, row)
    reasons = [Text.from_json(r) for r in row.reasons]
    regraded: Text | None = None
    if decision.source == "refurb":
        outcome = session.get(RefurbOutcome, decision.fact_id)
        if outcome is not None:
            reasons = [Text.from_json(r) for r in outcome.reasons]
        regraded = _("Re-graded after refurbishment by {name}", name=names.get(decision.by, "?") if decision.by
                     else "?")
    elif decision.source != "inspection":
        review = session.get(Review, decision.fact_id) if decision.source == "review" else None
        if review is not None and review.reason:
            # The lead's words come first: the inspector's reasons may argue for the outcome the lead replaced.
            reasons = [_("Lead: {reason}", reason=review.reason), *reasons]
        regraded = _("Outcome changed by {source} ({name})",
                     source=_DECIDERS.get(decision.source, Text(decision.source)),
                     name=names.get(decision.by, "?") if decision.by else "?")
    photos = session.scalar(select(func.count()).select_from(models.Photo)
                            .where(models.Photo.inspection_id == row.id)) or 0
    rma = f"{row.rma_number} / {row.rma_line_no}" if row.rma_number and row.rma_line_no else row.rma_number
    return SlipContent(
        inspection_id=row.id, reference=slip_reference(row.id), item_name=product.name if product else row.sku or "?",
        sku=row.sku or "?", serial=row.serial, rma=rma, grade=decision.grade, disposition=decision.disposition,
        reasons=reasons[:TOP_REASONS], inspector=names.get(row.inspector_id, str(row.inspector_id)),
        station_id=row.station_id, decided_at=decision.decided_at, photos=photos, regraded=regraded)


def _names(session: Session) -> dict[uuid.UUID, str]:
    return {user_id: name for user_id, name in session.execute(select(models.User.id, models.User.name))}


def slip_contents(ctx: StationContext, inspection_ids: list[uuid.UUID]) -> list[SlipContent]:
    """The slips for these inspections, in the order given; an unknown id is an error naming it."""
    with ctx.read() as session:
        names = _names(session)
        found = []
        for inspection_id in inspection_ids:
            row = session.get(models.Inspection, inspection_id)
            if row is None:
                raise SlipNotFound(_("Inspection {id} is not at this station. Check the number on the slip, or "
                                     "sync and try again.", id=str(inspection_id)))
            found.append(_content(session, row, names))
        return found


def inspections_since(ctx: StationContext, since: date | datetime) -> list[uuid.UUID]:
    """Inspections completed at or after `since` (a date means its local midnight), oldest first."""
    start = since if isinstance(since, datetime) else datetime.combine(since, time.min)
    if start.tzinfo is None:
        start = start.astimezone()  # local time, as people at the dock give dates
    with ctx.read() as session:
        return list(session.scalars(select(models.Inspection.id).where(models.Inspection.completed_at >= start)
                                    .order_by(models.Inspection.completed_at, models.Inspection.id)))


def find_inspection(ctx: StationContext, text: str) -> uuid.UUID:
    """An inspection named by a slip reference, its full id, or the short reference printed on the slip."""
    from station.slips.reference import parse_reference

    cleaned = text.strip()
    parsed = parse_reference(cleaned)
    if parsed is None:
        try:
            parsed = uuid.UUID(cleaned)
        except ValueError:
            parsed = None
    with ctx.read() as session:
        if parsed is not None and session.get(models.Inspection, parsed) is not None:
            return parsed
        tail = cleaned.replace("-", "").lower()
        if parsed is None and len(tail) >= 8 and all(c in "0123456789abcdef" for c in tail):
            ids = [i for i in session.scalars(select(models.Inspection.id)) if i.hex.endswith(tail)]
            if len(ids) == 1:
                return ids[0]
    raise SlipNotFound(_("No inspection {text} at this station. Scan the slip's QR code, or give the full "
                         "inspection id.", text=cleaned))
