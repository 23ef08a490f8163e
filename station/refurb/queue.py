"""The refurb queue: items whose current disposition is refurbish, oldest first; scans that open one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import models
from db.refurb_models import RefurbPhoto, RefurbWork
from station.context import StationContext
from station.outcome import (
    IDS_PER_READ,
    Decision,
    current_outcome,
    current_outcome_rows,
    current_outcomes,
    decided_later,
    decision_rows,
)
from station.scan.label import parse_label
from station.slips.reference import parse_reference, short_reference
from station.text import StationError, Text, _

REFURBISH = "refurbish"


class NotInQueue(StationError):
    """A scan names an item that is not waiting for refurbishment, or nothing at all."""


@dataclass(frozen=True)
class WorkView:
    id: uuid.UUID
    work_done: str
    parts: list[str]
    minutes: int
    notes: str | None
    technician: str
    recorded_at: datetime
    photos: list[Path]  # thumbnails


@dataclass(frozen=True)
class QueueItem:
    inspection_id: uuid.UUID
    short_reference: str
    item_name: str
    sku: str
    category: str
    serial: str | None
    rma: str | None
    grade: str
    reasons: list[Text]
    waiting_since: datetime  # when the item was graded refurbish (UTC)
    work_count: int
    product_image: Path | None = None


@dataclass(frozen=True)
class RefurbItem:
    item: QueueItem
    work: list[WorkView]

    @property
    def minutes(self) -> int:
        return sum(w.minutes for w in self.work)


def _item(ctx: StationContext, session: Session, row: models.Inspection, decision: Decision,
          product: models.Product | None, work_count: int) -> QueueItem:
    image = None
    if product is not None and product.image:
        image = Path(product.image) if Path(product.image).is_absolute() else ctx.resources / product.image
    return QueueItem(
        inspection_id=row.id, short_reference=short_reference(row.id),
        item_name=product.name if product is not None else row.sku or "?", sku=row.sku or "?",
        category=row.category, serial=row.serial, rma=row.rma_number, grade=decision.grade,
        reasons=[Text.from_json(r) for r in row.reasons], waiting_since=decision.decided_at, work_count=work_count,
        product_image=image if image is not None and image.exists() else None)


def _work_counts(session: Session, inspection_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, int]:
    if inspection_ids is None:
        rows = session.execute(select(RefurbWork.inspection_id, func.count()).group_by(RefurbWork.inspection_id))
        return {inspection_id: count for inspection_id, count in rows}
    counts: dict[uuid.UUID, int] = {}
    for start in range(0, len(inspection_ids), IDS_PER_READ):
        counts.update(session.execute(select(RefurbWork.inspection_id, func.count()).where(
            RefurbWork.inspection_id.in_(inspection_ids[start:start + IDS_PER_READ]))
            .group_by(RefurbWork.inspection_id)).all())
    return counts


@dataclass(frozen=True)
class RefurbQueuePage:
    items: list[QueueItem]  # at most the limit asked for, from `offset` on, the longest waiting first
    total: int  # every item waiting (of the category)
    offset: int = 0


def refurb_queue(ctx: StationContext, category: str | None = None) -> list[QueueItem]:
    """Items waiting for refurbishment, the longest waiting first (ties by id, never by station clock alone)."""
    return refurb_page(ctx, category).items


def refurb_page(ctx: StationContext, category: str | None = None, limit: int | None = None,
                offset: int = 0) -> RefurbQueuePage:
    """refurb_queue's items from `offset` on, at most `limit` of them, with how many wait in all: the database
    orders, counts and cuts the page, so a year's thousands waiting make only the page's items."""
    sources = decision_rows()
    if sources is None:
        every = _refurb_queue_in_python(ctx, category)
        return RefurbQueuePage(every[offset:] if limit is None else every[offset:offset + limit], len(every), offset)
    with ctx.read() as session:
        # The database picks the items whose current outcome is refurbish (a lead's review may send a restocked
        # item to refurb, a refurb re-grade takes it out): a year holds a few thousand of them in 200,000.
        current = current_outcome_rows(sources, disposition=REFURBISH).subquery()
        query = select(models.Inspection, current.c.grade, current.c.disposition, current.c.decided_at,
                       current.c.source).join(current, current.c.inspection_id == models.Inspection.id)
        if category:
            query = query.where(models.Inspection.category == category)
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        # The queue's order: ids compare by their bytes in both dialects (PostgreSQL's uuid, SQLite's hex text).
        query = query.order_by(current.c.decided_at, models.Inspection.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        rows = session.execute(query).all()
        counts = _work_counts(session, [row[0].id for row in rows])
        skus = {row[0].sku for row in rows if row[0].sku}
        products = {p.sku: p for p in session.scalars(select(models.Product).where(models.Product.sku.in_(skus)))}
        items = []
        for row, grade, disposition, decided_at, source in rows:
            # Only the grade, the disposition and the time are shown; the fact id of a later decision is not.
            decision = Decision(grade, disposition, decided_at, "inspection" if source == "inspection" else "later",
                                row.id)
            items.append(_item(ctx, session, row, decision, products.get(row.sku or ""), counts.get(row.id, 0)))
    # Sorted again as the Python read sorts: the times come back as the same values, the order stays exact.
    return RefurbQueuePage(sorted(items, key=lambda i: (i.waiting_since, i.inspection_id.bytes)), total, offset)


def _refurb_queue_in_python(ctx: StationContext, category: str | None) -> list[QueueItem]:
    """refurb_queue when an outcome source cannot give its decisions as rows: every candidate is read."""
    with ctx.read() as session:
        query = select(models.Inspection)
        if category:
            query = query.where(models.Inspection.category == category)
        products = {p.sku: p for p in session.scalars(select(models.Product))}
        counts = _work_counts(session)
        items = []
        # Every inspection that may be waiting is asked for its current outcome: a lead's review may send a
        # restocked item to refurb. One whose own disposition is another and that nobody decided on since is not.
        later = decided_later()
        if later is not None:
            query = query.where(or_(models.Inspection.disposition == REFURBISH,
                                    *(models.Inspection.id.in_(ids) for ids in later)))
        rows = session.scalars(query).all()
        outcomes = current_outcomes(session, rows)
        for row in rows:
            decision = outcomes[row.id]
            if decision.disposition == REFURBISH:
                items.append(_item(ctx, session, row, decision, products.get(row.sku or ""), counts.get(row.id, 0)))
    return sorted(items, key=lambda i: (i.waiting_since, i.inspection_id.bytes))


def queue_categories(ctx: StationContext) -> list[str]:
    return sorted(ctx.templates.templates)


def refurb_item(ctx: StationContext, inspection_id: uuid.UUID) -> RefurbItem:
    """One item at the desk with the work recorded so far; refused when it is not waiting for refurbishment."""
    with ctx.read() as session:
        row = session.get(models.Inspection, inspection_id)
        if row is None:
            raise NotInQueue(_("No inspection {ref} at this station. Sync, or scan the slip again.",
                               ref=short_reference(inspection_id)))
        decision = current_outcome(session, row)
        if decision.disposition != REFURBISH:
            raise NotInQueue(_("This item is not waiting for refurbishment: it is grade {grade}, {disposition}. "
                               "Put it where its slip says.", grade=decision.grade, disposition=decision.disposition))
        names = {user_id: name for user_id, name in session.execute(select(models.User.id, models.User.name))}
        works = session.scalars(select(RefurbWork).where(RefurbWork.inspection_id == inspection_id)
                                .order_by(RefurbWork.recorded_at, RefurbWork.id)).all()
        photos: dict[uuid.UUID, list[Path]] = {}
        for photo in session.scalars(select(RefurbPhoto).where(RefurbPhoto.work_id.in_([w.id for w in works]))
                                     .order_by(RefurbPhoto.taken_at)):
            copies = ctx.evidence.checked_copies(photo.sha256)
            photos.setdefault(photo.work_id, []).append(copies.thumbnail if copies
                                                        else ctx.evidence.original_path(photo.sha256))
        work = [WorkView(w.id, w.work_done, list(w.parts), w.minutes, w.notes, names.get(w.technician_id, "?"),
                         w.recorded_at, photos.get(w.id, [])) for w in works]
        item = _item(ctx, session, row, decision, session.get(models.Product, row.sku) if row.sku else None,
                     len(works))
    return RefurbItem(item, work)


def find_for_scan(ctx: StationContext, text: str) -> uuid.UUID:
    """The queued item a scan names: a slip's QR, or the item's label (RMA number, serial, GTIN or SKU)."""
    reference = parse_reference(text)
    if reference is not None:
        refurb_item(ctx, reference)  # says clearly why an item not waiting here cannot be opened
        return reference
    label = parse_label(text, rma_pattern=ctx.settings.rma_pattern)
    queue = refurb_queue(ctx)
    matches: list[QueueItem] = []
    if label.serial:
        matches = [i for i in queue if i.serial and i.serial == label.serial]
    if not matches and label.rma:
        matches = [i for i in queue if i.rma == label.rma]
    if not matches and (label.gtin or label.sku):
        with ctx.read() as session:
            skus = {label.sku} if label.sku else set(session.scalars(select(models.Product.sku).where(
                models.Product.gtin.in_([label.gtin, label.gtin.lstrip("0")]))))  # type: ignore[union-attr]
        matches = [i for i in queue if i.sku in skus]
    if matches:
        # Several of one product without a serial: the longest waiting first, as the queue is worked.
        return matches[0].inspection_id
    raise NotInQueue(_("Nothing in the refurb queue matches {text}. Scan the grading slip's QR code, or pick the "
                       "item from the list.", text=text.strip()[:60]))
