"""The leads' queue: inspections flagged for a lead, a deterministic quality sample of the rest, with filters."""

from __future__ import annotations

import hashlib
import logging
import math
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from db import models
from db.evidence_models import PhotoReuse
from db.review_models import Review
from db.review_sample_models import ReviewSampleDraw
from station.context import StationContext
from station.evidence.checks import REUSED_PHOTO_FLAG
from station.outcome import current_outcomes
from station.text import StationError, Text, _

log = logging.getLogger(__name__)

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


_SAMPLE_SALT_BYTES = b"review-sample:"
_SAMPLE_SALT = hashlib.sha256(_SAMPLE_SALT_BYTES)


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
    # Some decision and no later flag after the newest one: the same as "some decision no later flag came after",
    # but an item without later flags (nearly all) costs one look in each index, not a read of its reviews.
    newest = select(func.max(Review.decided_at)).where(Review.inspection_id == I.id).correlate(I).scalar_subquery()
    flagged_since = exists().where(PhotoReuse.inspection_id == I.id, PhotoReuse.found_at > newest)
    return and_(exists().where(Review.inspection_id == I.id), ~flagged_since)


def _marked() -> ColumnElement[bool]:
    """What may need a lead besides the sample: a flag at completion, a disposal (its price decides), a later flag.
    An inspection without flags stores them as the JSON text `[]` in both dialects."""
    return or_(cast(I.flags, String) != "[]", I.disposition == "dispose",
               I.id.in_(select(PhotoReuse.inspection_id)))


def _id_bytes(value: str | uuid.UUID) -> bytes:
    # SQLite keeps a UUID as 32 hex digits, PostgreSQL as a uuid its driver hands over as a UUID already.
    return value.bytes if isinstance(value, uuid.UUID) else bytes.fromhex(value.replace("-", ""))


# What review_sample_draws keeps: _draw moved down by 2**63, in SQLite's signed 64-bit integer and the same order.
_DRAW_SHIFT = 2**63
DRAWS_PER_TRANSACTION = 20_000


def _stored_draw(id_text: str) -> int:
    return _draw(bytes.fromhex(id_text.replace("-", ""))) - _DRAW_SHIFT


def _threshold(rate: float) -> int:
    """The bound of the stored draws in the sample at a rate below 1. sampled() compares the integer draw with the
    float rate * 2**64 exactly; for an integer, being below that float is being below its ceiling."""
    return math.ceil(rate * 2**64) - _DRAW_SHIFT


def _rowid(table: str) -> ColumnElement[int]:
    return literal_column(f"{table}.rowid")


# Inspections are facts, only ever added, and SQLite gives a new row a higher rowid than every row before it. A
# draw is stored under its inspection's rowid, so the highest rowid of the draws is how far they go: the rows
# above it (inspected here since, or pulled from another station) are drawn next, a few each time.
_DRAW_MISSING = (
    "INSERT OR IGNORE INTO review_sample_draws (rowid, inspection_id, draw) "
    "SELECT rowid, id, review_sample_draw(id) FROM inspections "
    "WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM review_sample_draws) ORDER BY rowid LIMIT :n")


def keep_draws(ctx: StationContext) -> None:
    """Stores the draws of the inspections not drawn yet (a station's SQLite store only; elsewhere the database
    draws in the query). A year's first time draws 200,000 ids, in transactions of DRAWS_PER_TRANSACTION so
    that an inspector's save never waits long for the lock; afterwards only the new inspections are drawn."""
    with ctx.read() as session:
        if session.get_bind().dialect.name != "sqlite":
            return
    while True:
        try:
            with ctx.transaction() as session:
                connection = session.connection()
                driver = connection.connection.driver_connection
                driver.create_function("review_sample_draw", 1, _stored_draw,  # type: ignore[union-attr]
                                       deterministic=True)
                added = connection.execute(text(_DRAW_MISSING), {"n": DRAWS_PER_TRANSACTION}).rowcount
        except StationError as exc:  # a busy store: the queue draws the rest itself and this waits for next time
            log.info("review sample draws not stored this time: %s", exc.text.render())
            return
        if added < DRAWS_PER_TRANSACTION:
            return


def _in_sample(session: Session, rate: float) -> ColumnElement[bool]:
    """The quality sample as a condition on the inspections, the same draw as sampled(). SQLite reads the stored
    draws (served by their index on draw, a range below the rate's threshold) and those not stored yet are drawn
    in Python; PostgreSQL hashes in the query, so a read-only role (the web view on the central) needs no table."""
    if rate <= 0:
        return false()
    if rate >= 1:
        return true()
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        stored = I.id.in_(select(ReviewSampleDraw.inspection_id).where(ReviewSampleDraw.draw < _threshold(rate)))
        # The inspections above the draws' mark (none or a few; all of them while a busy store kept keep_draws
        # from storing any) are drawn by the same Python function, registered on this connection.
        draw_below = rate * 2**64

        def drawn_in_python(id_text: str) -> bool:
            return _draw(_id_bytes(id_text)) < draw_below

        mark = session.scalar(select(func.max(_rowid("review_sample_draws"))).select_from(ReviewSampleDraw)) or 0
        if mark >= (session.scalar(select(func.max(_rowid("inspections"))).select_from(I)) or 0):
            return stored
        driver = session.connection().connection.driver_connection
        driver.create_function("review_drawn", 1, drawn_in_python, deterministic=True)  # type: ignore[union-attr]
        # CASE, not AND: as a column's value SQLite works out both sides of an AND, so every row would be hashed.
        above = case((_rowid("inspections") > mark, func.review_drawn(type_coerce(I.id, String()))), else_=0)
        return or_(stored, above == 1)
    if dialect == "postgresql":
        # SHA-256 of the salt and the id's 16 bytes; its first 8 bytes compared as bytes (the order of the
        # big-endian number) with the bound's.
        digest = func.sha256(literal(_SAMPLE_SALT_BYTES, LargeBinary).op("||")(func.uuid_send(I.id)))
        below = math.ceil(rate * 2**64).to_bytes(8, "big")
        return func.substr(digest, 1, 8) < literal(below, LargeBinary)
    ids = session.connection().execute(select(type_coerce(I.id, String()))).scalars().all()
    return I.id.in_([uuid.UUID(bytes=raw) for raw in map(_id_bytes, ids) if _draw(raw) < rate * 2**64])


# An inspection's flag kinds, separated by the unit separator (31), from its flags' JSON in the database: a year's
# queue counts thousands of items, and their texts are decoded only for the page's.
_FLAG_KINDS = {
    "sqlite": "(SELECT group_concat(json_extract(flag.value, '$.kind'), char(31)) "
              "FROM json_each(inspections.flags) AS flag)",
    "postgresql": "(SELECT string_agg(flag->>'kind', chr(31)) FROM json_array_elements(inspections.flags) AS flag)",
}


def _distinct(session: Session, column: Any) -> list[Any]:
    """The values a column holds, in order. SQLite seeks its index for the next value above each one found, so
    the few stations, inspectors and categories of a year cost a handful of seeks, not 200,000 entries each; the
    central reads them as one DISTINCT."""
    if session.get_bind().dialect.name != "sqlite":
        return list(session.scalars(select(column).distinct().order_by(column)))
    found: list[Any] = []
    value = session.scalar(select(column).order_by(column).limit(1))
    while value is not None:
        found.append(value)
        value = session.scalar(select(column).where(column > value).order_by(column).limit(1))
    return found


def review_queue(ctx: StationContext, filters: QueueFilter | None = None, limit: int | None = None,
                 offset: int = 0) -> ReviewQueue:
    """Reads the local store, which holds what sync brought from every station.

    The database keeps what the filters, the status, the flags and the quality sample (a hash of the id, drawn
    the same at every station) decide, and gives them in the queue's order with only what their reasons' kinds
    need; a year is never read in full. With `limit`, `items` holds at most that many from `offset` on;
    `matching`, `total` and the counts are still over every item. Only the page's items are read whole, get their
    current outcome and an item made, unless a grade or disposition filter needs every candidate's outcome."""
    filters = filters or QueueFilter()
    settings = ctx.settings
    rate = settings.review_sample_rate
    if 0 < rate < 1:
        keep_draws(ctx)
    with ctx.read() as session:
        connection = session.connection()
        decided = _decided()
        drawn = _in_sample(session, rate)
        # The order the lead works in: the oldest waits longest, so it comes first; ties by id. On SQLite the
        # time is sorted as a value (+), not read through its index: walking the index visits the rows in time
        # order, all over the file, instead of once in a row.
        sqlite = connection.dialect.name == "sqlite"
        when: Any = literal_column("+inspections.completed_at") if sqlite else I.completed_at
        candidates = _filtered(select(
            type_coerce(I.id, String()).label("key"), literal_column(_FLAG_KINDS[connection.dialect.name]),
            case((I.disposition == "dispose", models.Product.price)).label("price"), decided.label("decided"),
            drawn.label("drawn")).outerjoin(models.Product, models.Product.sku == I.sku), filters)
        # What may need a lead first, the decisions after: they are looked up for the candidates only.
        candidates = candidates.where(or_(_marked(), drawn))
        if filters.status == "open":
            candidates = candidates.where(~decided)
        elif filters.status == "decided":
            candidates = candidates.where(decided)
        # Plain tuples, fetched in one call: a year's open queue holds thousands.
        found = connection.execute(candidates.order_by(when.desc() if filters.newest_first else when, I.id)).all()
        later = later_flags(session)
        later_by_bytes = {inspection_id.bytes: reasons for inspection_id, reasons in later.reasons.items()}
        high_value = Decimal(str(settings.review_high_value))
        waiting: list[tuple[Any, set[str], bool]] = []
        for key, flag_kinds, price, is_decided, is_drawn in found:
            kinds = set(flag_kinds.split("\x1f")) if flag_kinds else set()
            if later_by_bytes and (found_later := later_by_bytes.get(_id_bytes(key))):
                kinds.update(r.kind for r in found_later)
            if price is not None and price >= high_value:
                kinds.add(HIGH_VALUE)
            if not kinds and is_drawn:
                kinds.add(SAMPLE)
            if kinds:
                waiting.append((key, kinds, bool(is_decided)))
        by_outcome = bool(filters.grade or filters.disposition)
        rows: dict[Any, Any] = {}
        if by_outcome:
            # The outcomes in a few reads, not two per item, of every candidate: the filter is on them.
            rows = _whole_rows(session, [key for key, _kinds, _decided in waiting])
            outcomes = current_outcomes(session, list(rows.values()))
        counts: Counter[str] = Counter()
        total = 0
        chosen = []
        for key, kinds, is_decided in waiting:
            if by_outcome:
                outcome = outcomes[rows[key].id]
                if filters.grade and outcome.grade != filters.grade:
                    continue
                if filters.disposition and outcome.disposition != filters.disposition:
                    continue
            counts.update(kinds)
            total += 1
            if filters.reason and filters.reason not in kinds:
                continue
            chosen.append((key, is_decided))
        page = chosen[offset:] if limit is None else chosen[offset:offset + limit]
        if not by_outcome:
            rows = _whole_rows(session, [key for key, _decided in page])
            outcomes = current_outcomes(session, list(rows.values()))
        names = dict(session.execute(select(models.User.id, models.User.name)).all())
        items: list[QueueItem] = []
        for key, is_decided in page:
            row = rows[key]
            outcome = outcomes[row.id]
            reasons = reasons_for(row, row.price, settings.review_high_value, rate, later.reasons.get(row.id, ()))
            items.append(QueueItem(
                row.id, row.station_id, row.inspector_id, names.get(row.inspector_id, str(row.inspector_id)[:8]),
                row.category, row.sku, row.product_name or (row.sku or "—"), row.rma_number, outcome.grade,
                outcome.disposition, row.completed_at, reasons, is_decided))
        # Served by the indexes on station_id, on (inspector_id, completed_at) and on category.
        stations = _distinct(session, I.station_id)
        inspector_ids = _distinct(session, I.inspector_id)
        categories = _distinct(session, I.category)
    inspectors = sorted(((i, names.get(i, str(i)[:8])) for i in inspector_ids), key=lambda pair: pair[1])
    return ReviewQueue(items, dict(counts), total, len(chosen), offset, stations, inspectors, categories)


def _whole_rows(session: Session, keys: list[Any]) -> dict[Any, Any]:
    """The rows reasons_for, current_outcomes and an item need, by the candidates' keys, in reads of
    ROWS_PER_READ."""
    connection = session.connection()
    query = select(type_coerce(I.id, String()).label("key"), I.id, I.station_id, I.inspector_id, I.category, I.sku,
                   I.rma_number, I.grade, I.disposition, I.completed_at, I.flags, models.Product.price,
                   models.Product.name.label("product_name")).outerjoin(models.Product,
                                                                        models.Product.sku == I.sku)
    rows: dict[Any, Any] = {}
    for start in range(0, len(keys), ROWS_PER_READ):
        ids = [uuid.UUID(bytes=_id_bytes(key)) for key in keys[start:start + ROWS_PER_READ]]
        rows.update((row.key, row) for row in connection.execute(query.where(I.id.in_(ids))))
    return rows


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
