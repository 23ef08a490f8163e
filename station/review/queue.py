"""The leads' queue: inspections flagged for a lead, a deterministic quality sample of the rest, with filters."""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, String, cast, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from db import models
from db.evidence_models import PhotoReuse
from db.review_models import Review
from station.context import StationContext
from station.evidence.checks import REUSED_PHOTO_FLAG
from station.outcome import current_outcomes
from station.text import Text, _

Status = Literal["open", "decided", "all"]
SAMPLE = "sample"
HIGH_VALUE = "high_value_dispose"


@dataclass(frozen=True)
class ReviewReason:
    kind: str  # a flag kind (override, unexpected, wrong_item, serial_mismatch, ...), high_value_dispose, sample
    text: Text


@dataclass(frozen=True)
class QueueFilter:
    station: str | None = None
    inspector_id: uuid.UUID | None = None
    category: str | None = None
    grade: str | None = None
    disposition: str | None = None
    since: date | None = None  # local dates, inclusive
    until: date | None = None
    reason: str | None = None
    status: Status = "open"
    newest_first: bool = False  # the oldest waits longest, so it comes first


@dataclass(frozen=True)
class QueueItem:
    inspection_id: uuid.UUID
    station_id: str
    inspector_id: uuid.UUID
    inspector: str
    category: str
    sku: str | None
    product: str
    rma_number: str | None
    grade: str  # the current outcome
    disposition: str
    completed_at: datetime
    reasons: list[ReviewReason]
    decided: bool


@dataclass(frozen=True)
class ReviewQueue:
    items: list[QueueItem]
    counts: dict[str, int]  # per reason kind, over the items the other filters keep
    total: int = 0  # items the other filters keep, whatever their reason
    matching: int = 0  # items every filter keeps, the reason too: `items` is a page of them when one was asked for
    offset: int = 0  # where `items` starts among them
    stations: list[str] = field(default_factory=list)
    inspectors: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


def sampled(inspection_id: uuid.UUID, rate: float) -> bool:
    """Whether an inspection falls in the quality sample: a hash of its id, so every station draws the same."""
    if rate <= 0:
        return False
    return _draw(inspection_id.bytes) < rate * 2**64


_SAMPLE_SALT = hashlib.sha256(b"review-sample:")


def _draw(id_bytes: bytes) -> int:
    # The salt's hash state is copied, not hashed again: the queue draws every id the filters keep.
    digest = _SAMPLE_SALT.copy()
    digest.update(id_bytes)
    return int.from_bytes(digest.digest()[:8], "big")


def reasons_for(inspection: models.Inspection, price: Decimal | None, high_value: float, sample_rate: float,
                found_later: Iterable[ReviewReason] = ()) -> list[ReviewReason]:
    """Why a lead must look at this inspection; empty when it needs no review.

    `found_later`: flags raised after completion (a reused photo that arrived by sync, see later_flags).
    """
    reasons = [ReviewReason(str(f["kind"]), Text.from_json(f["reason"])) for f in inspection.flags or []]
    known = {r.kind for r in reasons}
    reasons += [r for r in found_later if r.kind not in known]
    if inspection.disposition == "dispose" and price is not None and price >= Decimal(str(high_value)):
        reasons.append(ReviewReason(HIGH_VALUE, _("Disposal of an item worth {price} (review from {limit}).",
                                                  price=f"{price:.2f}", limit=f"{high_value:.2f}")))
    if not reasons and sampled(inspection.id, sample_rate):
        reasons.append(ReviewReason(SAMPLE, _("Random quality sample.")))
    return reasons


def _kinds(row: Any, price: Decimal | None, high_value: Decimal, sample_rate: float,
           found_later: Iterable[ReviewReason]) -> set[str]:
    """The kinds of the reasons reasons_for gives, without their texts: a year's queue counts thousands of items
    and shows a page of them, so only the page's texts are made."""
    kinds = {str(f["kind"]) for f in row.flags or []} | {r.kind for r in found_later}
    if row.disposition == "dispose" and price is not None and price >= high_value:
        kinds.add(HIGH_VALUE)
    if not kinds and sampled(row.id, sample_rate):
        kinds.add(SAMPLE)
    return kinds


@dataclass(frozen=True)
class LaterFlags:
    reasons: dict[uuid.UUID, list[ReviewReason]]
    newest: dict[uuid.UUID, datetime]  # when the newest of an inspection's later flags was raised


def later_flags(session: Session, inspection_id: uuid.UUID | None = None) -> LaterFlags:
    """Flags raised after an inspection was completed: its photo turned out, by sync, to be another's too."""
    query = select(PhotoReuse).order_by(PhotoReuse.found_at, PhotoReuse.id)
    if inspection_id is not None:
        query = query.where(PhotoReuse.inspection_id == inspection_id)
    reasons: dict[uuid.UUID, list[ReviewReason]] = {}
    newest: dict[uuid.UUID, datetime] = {}
    for row in session.scalars(query):
        if row.inspection_id not in reasons:
            reasons[row.inspection_id] = [ReviewReason(REUSED_PHOTO_FLAG, _(
                "A photo is the same picture as a photo of inspection {other} at station {station} (found when it "
                "arrived by sync): a recycled photo proves nothing.", other=str(row.other_inspection_id),
                station=row.other_station_id))]
        newest[row.inspection_id] = row.found_at
    return LaterFlags(reasons, newest)


def _local_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


I = models.Inspection  # noqa: E741  (read as "the inspections table")
ROWS_PER_READ = 500


def _filtered(query: Select[Any], filters: QueueFilter) -> Select[Any]:
    if filters.station:
        query = query.where(I.station_id == filters.station)
    if filters.inspector_id:
        query = query.where(I.inspector_id == filters.inspector_id)
    if filters.category:
        query = query.where(I.category == filters.category)
    if filters.since:
        query = query.where(I.completed_at >= _local_day_start(filters.since))
    if filters.until:
        query = query.where(I.completed_at < _local_day_start(filters.until + timedelta(days=1)))
    return query


def _decided() -> ColumnElement[bool]:
    """A lead decided on the inspection since its newest later flag: a decision made before a later flag was raised
    does not settle it (the lead has not seen that evidence). Served by the indexes on inspection_id of reviews
    and photo_reuses."""
    # Some decision no later flag came after; each subquery names only the table just outside it.
    flagged_since = exists().where(PhotoReuse.inspection_id == Review.inspection_id,
                                   PhotoReuse.found_at > Review.decided_at)
    return exists().where(Review.inspection_id == I.id, ~flagged_since)


def _marked() -> ColumnElement[bool]:
    """What may need a lead besides the sample: a flag at completion, a disposal (its price decides), a later flag.
    An inspection without flags stores them as the JSON text `[]` in both dialects."""
    return or_(cast(I.flags, String) != "[]", I.disposition == "dispose",
               I.id.in_(select(PhotoReuse.inspection_id)))


def _id_bytes(value: str | uuid.UUID) -> bytes:
    # SQLite keeps a UUID as 32 hex digits, PostgreSQL as a uuid its driver hands over as a UUID already.
    return value.bytes if isinstance(value, uuid.UUID) else bytes.fromhex(value.replace("-", ""))


def _drawn_ids(session: Session, filters: QueueFilter, rate: float) -> list[uuid.UUID]:
    """The ids the filters keep that fall in the quality sample. SQLite draws them itself through the same Python
    function (registered on its connection), so only the ~5% drawn come back as rows instead of every id."""
    connection = session.connection()
    ids = _filtered(select(type_coerce(I.id, String())), filters)
    if connection.dialect.name == "sqlite" and rate < 1:
        # _draw's test, called 200,000 times on a year: the first 8 bytes of the digest compared as bytes (the
        # same order as the big-endian number) with the limit's 8 bytes.
        below = int(rate * 2**64).to_bytes(8, "big")
        salt = _SAMPLE_SALT

        def sampled_text(id_text: str) -> int:
            digest = salt.copy()
            digest.update(bytes.fromhex(id_text.replace("-", "")))
            return digest.digest()[:8] < below

        driver = connection.connection.driver_connection
        driver.create_function("review_sampled", 1, sampled_text, deterministic=True)  # type: ignore[union-attr]
        found = connection.execute(ids.where(func.review_sampled(type_coerce(I.id, String())) == 1))
        return [uuid.UUID(bytes=_id_bytes(text)) for text in found.scalars().all()]
    draw_below = rate * 2**64
    return [uuid.UUID(bytes=raw) for raw in map(_id_bytes, connection.execute(ids).scalars().all())
            if _draw(raw) < draw_below]


def review_queue(ctx: StationContext, filters: QueueFilter | None = None, limit: int | None = None,
                 offset: int = 0) -> ReviewQueue:
    """Reads the local store, which holds what sync brought from every station.

    The database keeps what the filters, the status and the flags decide; of the rest only the ids are read, for
    the quality sample (a hash of the id, drawn the same at every station), so a year is never read in full.
    With `limit`, `items` holds at most that many from `offset` on, in the queue's order; `matching`, `total` and
    the counts are still over every item. Only the page's items get their current outcome read and an item made,
    unless a grade or disposition filter needs every candidate's outcome."""
    filters = filters or QueueFilter()
    settings = ctx.settings
    with ctx.read() as session:
        decided = _decided()
        query = _filtered(select(I.id, I.station_id, I.inspector_id, I.category, I.sku, I.rma_number, I.grade,
                                 I.disposition, I.completed_at, I.flags, decided.label("decided"),
                                 models.Product.price, models.Product.name.label("product_name"))
                          .outerjoin(models.Product, models.Product.sku == I.sku), filters)
        if filters.status == "open":
            query = query.where(~decided)
        elif filters.status == "decided":
            query = query.where(decided)
        # Plain rows through the columns' types, without the ORM's per-row work: a year's queue holds thousands.
        rows = list(session.connection().execute(query.where(_marked())).all())  # fetched in one call
        if settings.review_sample_rate > 0:
            # Every id the filters keep is drawn, read as text (with no filter, from the primary key's index alone;
            # no row and no UUID object is made for the 95% that are not drawn); the drawn ones that are not
            # marked (read above) are read with the same conditions, the status included. The ids are fetched in
            # one call (all()), not row by row: a year holds 200,000 of them.
            drawn = _drawn_ids(session, filters, settings.review_sample_rate)
            for start in range(0, len(drawn), ROWS_PER_READ):
                rows += session.connection().execute(query.where(~_marked(),
                                                                 I.id.in_(drawn[start:start + ROWS_PER_READ])))
        # The order the lead works in: the oldest waits longest, so it comes first; ties by id.
        rows.sort(key=lambda row: row.id)
        rows.sort(key=lambda row: row.completed_at, reverse=filters.newest_first)
        later = later_flags(session)
        names = dict(session.execute(select(models.User.id, models.User.name)).all())
        high_value = Decimal(str(settings.review_high_value))
        waiting = []
        for row in rows:
            kinds = _kinds(row, row.price, high_value, settings.review_sample_rate, later.reasons.get(row.id, ()))
            if kinds:
                waiting.append((row, kinds))
        by_outcome = bool(filters.grade or filters.disposition)
        # The outcomes in a few reads, not two per item: of every candidate when the grade or the disposition
        # filters, else of the page's items only (a year's open queue holds thousands, a lead sees a page).
        outcomes = current_outcomes(session, [row for row, _found in waiting]) if by_outcome else {}  # type: ignore[misc]
        counts: Counter[str] = Counter()
        total = 0
        chosen = []
        for row, kinds in waiting:
            if by_outcome:
                outcome = outcomes[row.id]
                if filters.grade and outcome.grade != filters.grade:
                    continue
                if filters.disposition and outcome.disposition != filters.disposition:
                    continue
            counts.update(kinds)
            total += 1
            if filters.reason and filters.reason not in kinds:
                continue
            chosen.append(row)
        page = chosen[offset:] if limit is None else chosen[offset:offset + limit]
        if not by_outcome:
            outcomes = current_outcomes(session, page)  # type: ignore[arg-type]
        items: list[QueueItem] = []
        for row in page:
            outcome = outcomes[row.id]
            reasons = reasons_for(row, row.price, settings.review_high_value,  # type: ignore[arg-type]
                                  settings.review_sample_rate, later.reasons.get(row.id, ()))
            items.append(QueueItem(
                row.id, row.station_id, row.inspector_id, names.get(row.inspector_id, str(row.inspector_id)[:8]),
                row.category, row.sku, row.product_name or (row.sku or "—"), row.rma_number, outcome.grade,
                outcome.disposition, row.completed_at, reasons, bool(row.decided)))
        # Served by the indexes on station_id, on (inspector_id, completed_at) and on category.
        stations = list(session.scalars(select(I.station_id).distinct().order_by(I.station_id)))
        inspector_ids = set(session.scalars(select(I.inspector_id).distinct()))
        categories = list(session.scalars(select(I.category).distinct().order_by(I.category)))
    inspectors = sorted(((i, names.get(i, str(i)[:8])) for i in inspector_ids), key=lambda pair: pair[1])
    return ReviewQueue(items, dict(counts), total, len(chosen), offset, stations, inspectors, categories)


def find_by_label(ctx: StationContext, text: str) -> uuid.UUID | None:
    """The newest inspection whose RMA number or scanned label is this text: a lead scans the parcel to open it.

    An inspection id works too, as the evidence viewer and the packet print it beside a reused photo."""
    wanted = text.strip()
    if not wanted:
        return None
    from station.slips.reference import parse_reference

    with ctx.read() as session:
        try:
            # The item's own label and its slip carry "RIS:<id>"; a bare id is what the viewer prints.
            by_id = session.get(models.Inspection, parse_reference(wanted) or uuid.UUID(wanted))
        except ValueError:
            by_id = None
        if by_id is not None:
            return by_id.id
        return session.scalar(select(models.Inspection.id).where(
            (models.Inspection.rma_number == wanted.upper()) | (models.Inspection.label_text == wanted))
            .order_by(models.Inspection.completed_at.desc()).limit(1))
