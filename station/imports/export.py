"""`station export inspections`: completed inspections with their outcome, flags and refund recommendation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db import models
from db.evidence_models import PhotoReuse
from db.policy_models import RefundRecommendation
from station.evidence.checks import REUSED_PHOTO_FLAG
from station.spreadsheet_csv import csv_line
from station.text import Text

try:  # reviews belong to the review area; without them there is no review time to export
    from db.review_models import Review
except ImportError:  # pragma: no cover
    Review = None  # type: ignore[assignment,misc]

FIELDS = ("id", "station", "inspector", "started_at", "completed_at", "seconds", "rma", "rma_line", "customer",
          "return_reason", "sku", "product", "category", "serial", "grade", "disposition", "flags", "settlement",
          "price", "fee", "amount", "refund_rule", "first_review_at")
BATCH = 2000


def _start(day: date, zone: tzinfo | None) -> datetime:
    local = datetime.combine(day, time.min)
    return (local.replace(tzinfo=zone) if zone is not None else local.astimezone()).astimezone(UTC)


def inspection_records(sessions: sessionmaker[Session], since: date | None = None,
                       zone: tzinfo | None = None) -> Iterator[dict[str, Any]]:
    """Oldest first, read in batches so an export of a year does not sit in memory at once."""
    I = models.Inspection  # noqa: E741
    R = models.ReturnAuthorization
    columns = [I, R.customer, R.reason, models.Product.name, models.User.name, RefundRecommendation]
    query = select(*columns).outerjoin(R, R.rma_number == I.rma_number).outerjoin(
        models.Product, models.Product.sku == I.sku).outerjoin(models.User, models.User.id == I.inspector_id
    ).outerjoin(RefundRecommendation, RefundRecommendation.inspection_id == I.id)
    if Review is not None:
        first = select(Review.inspection_id, func.min(Review.decided_at).label("decided_at")).group_by(
            Review.inspection_id).subquery()
        query = query.add_columns(first.c.decided_at).outerjoin(first, first.c.inspection_id == I.id)
    if since is not None:
        query = query.where(I.completed_at >= _start(since, zone))
    query = query.order_by(I.completed_at, I.id)
    later = select(PhotoReuse.inspection_id)
    with sessions() as session:
        # Few inspections have a reuse found by sync after completion: their ids fit in memory, a join would not pay.
        reused_later = set(session.scalars(later))
        for row in session.execute(query.execution_options(yield_per=BATCH)):
            record = _record(*row) if Review is not None else _record(*row, None)
            if row[0].id in reused_later and REUSED_PHOTO_FLAG not in record["flags"]:
                record["flags"].append(REUSED_PHOTO_FLAG)
            yield record


def _record(inspection: models.Inspection, customer: str | None, reason: str | None, product: str | None,
            inspector: str | None, advice: RefundRecommendation | None, reviewed: datetime | None
            ) -> dict[str, Any]:
    return {
        "id": str(inspection.id), "station": inspection.station_id,
        "inspector": inspector or str(inspection.inspector_id),
        "started_at": inspection.started_at.isoformat(), "completed_at": inspection.completed_at.isoformat(),
        "seconds": round((inspection.completed_at - inspection.started_at).total_seconds(), 3),
        "rma": inspection.rma_number, "rma_line": inspection.rma_line_no, "customer": customer,
        "return_reason": reason, "sku": inspection.sku, "product": product, "category": inspection.category,
        "serial": inspection.serial, "grade": inspection.grade, "disposition": inspection.disposition,
        "flags": [str(f["kind"]) for f in inspection.flags or []],
        "settlement": advice.settlement if advice else None,
        "price": str(advice.price) if advice else None, "fee": str(advice.fee) if advice else None,
        "amount": str(advice.amount) if advice else None,
        "refund_rule": Text.from_json(advice.rule).render() if advice else None,
        "first_review_at": reviewed.isoformat() if reviewed else None,
    }


def as_csv_lines(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    """The header, then one line per inspection; names and reasons from the shop cannot run in a spreadsheet."""
    yield csv_line(FIELDS)
    for record in records:
        row = {**record, "flags": ";".join(record["flags"])}
        yield csv_line(row.get(name) for name in FIELDS)


def as_jsonl_lines(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"
