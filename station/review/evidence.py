"""Everything a lead sees about one inspection: item, RMA, answers, reasons, photos, reviews and audit entries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from db.review_models import AuditEvent, Review
from station.catalog import ProductView, product_view
from station.checklist.model import Template
from station.checklist.versions import checklist_version
from station.context import StationContext
from station.outcome import current_outcome
from station.review.decisions import refusal
from station.review.photo_evidence import check_lines, photo_checks_in
from station.review.queue import ReviewReason, later_flags, reasons_for
from station.text import StationError, Text, _


class EvidenceNotFound(StationError):
    """The inspection is not in this station's store."""


@dataclass(frozen=True)
class AnswerView:
    number: int
    question: str
    answer: Text
    answered_at: datetime


@dataclass(frozen=True)
class PhotoEvidence:
    id: uuid.UUID
    sha256: str
    prompt: str | None
    taken_at: datetime
    width: int
    height: int
    size_bytes: int
    thumbnail: Path
    review: Path
    original: Path
    station_id: str

    @property
    def present(self) -> bool:
        return self.original.exists()


@dataclass(frozen=True)
class ReviewView:
    id: uuid.UUID
    action: str
    reviewer: str
    station_id: str
    previous_grade: str
    previous_disposition: str
    grade: str
    disposition: str
    reason: str | None
    decided_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    station_id: str
    seq: int
    actor: str
    table_name: str
    row_id: str
    recorded_at: datetime
    hash: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    what: Text


@dataclass(frozen=True)
class EvidenceView:
    inspection_id: uuid.UUID
    station_id: str
    inspector: str
    product: ProductView | None
    sku: str | None
    serial: str | None
    category: str
    rma_number: str | None
    rma_line_no: int | None
    order_number: str | None
    customer: str | None
    return_reason: str | None
    purchase_date: date | None
    expected_serial: str | None
    label_text: str
    label_kind: str
    template_version: int
    rules_version: str
    proposed_grade: str
    proposed_disposition: str
    inspected_grade: str
    inspected_disposition: str
    override_reason: str | None
    grade: str  # current outcome
    disposition: str
    grade_reasons: list[Text]
    review_reasons: list[ReviewReason]
    answers: list[AnswerView]
    photos: list[PhotoEvidence]
    reviews: list[ReviewView]
    history: list[HistoryEntry]
    audit: list[AuditEntry]
    started_at: datetime
    completed_at: datetime
    why_not_decide: Text | None  # for the viewing person; None when they may decide
    # Photo id -> each check's value and limit, reuse and catalog comparisons (station.review.photo_evidence).
    photo_checks: dict[uuid.UUID, list[Text]] = field(default_factory=dict)
    # Photo id -> the completed inspections holding the same picture, for the lead to open side by side.
    photo_links: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)


def answer_text(template: Template | None, question_id: str, value: Any) -> Text:
    question = None
    if template is not None and template.has_question(question_id):
        question = template.question(question_id)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if question is not None and isinstance(value, str) and question.option(value):
        return Text(question.option(value).text)  # type: ignore[union-attr]
    if question is not None and isinstance(value, list):
        return Text(", ".join(question.option(v).text if question.option(v) else str(v)  # type: ignore[union-attr]
                              for v in value) or "—")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    unit = f" {question.unit}" if question is not None and question.unit else ""
    return Text(f"{value}{unit}")


def _photo_prompt(template: Template | None, question_id: str | None) -> str | None:
    if template is None or question_id is None:
        return None
    if template.has_question(question_id):
        question = template.question(question_id)
        return question.photo.prompt if question.photo else question.text
    return next((p.prompt for p in template.photos if p.id == question_id), None)


def _related_fact_ids(session: Session, inspection_id: uuid.UUID) -> list[str]:
    # Every fact that names the inspection (answers, photos, reviews, and what other areas add: photo checks,
    # slip prints, refurb work), so the audit list shows them all.
    found: list[str] = []
    for mapper in models.Base.registry.mappers:
        table = getattr(mapper.class_, "__table__", None)
        if table is None or table.name == "drafts" or "inspection_id" not in table.c or "id" not in table.c:
            continue
        found += [str(i) for i in session.scalars(select(table.c.id).where(table.c.inspection_id == inspection_id))]
    return found


def load_evidence(ctx: StationContext, inspection_id: uuid.UUID, viewer_id: uuid.UUID | None = None,
                  *, recheck_copies: bool = False) -> EvidenceView:
    """Everything a lead sees of one inspection; `recheck_copies` decodes every photo again to check its copies
    (the packet, which leaves the station), where the viewer trusts copies unchanged since their last check."""
    with ctx.read() as session:
        row = session.get(models.Inspection, inspection_id)
        if row is None:
            raise EvidenceNotFound(_("Inspection {id} is not in this station's store. Sync, then open it again.",
                                     id=str(inspection_id)))
        names = dict(session.execute(select(models.User.id, models.User.name)).all())

        def name(user_id: uuid.UUID | None) -> str:
            return names.get(user_id, str(user_id)[:8]) if user_id else "—"

        product = session.get(models.Product, row.sku) if row.sku else None
        line = None
        if row.rma_number is not None and row.rma_line_no is not None:
            line = session.scalar(select(models.RmaLine).where(models.RmaLine.rma_number == row.rma_number,
                                                               models.RmaLine.line_no == row.rma_line_no))
        rma = session.get(models.ReturnAuthorization, row.rma_number) if row.rma_number else None
        template = checklist_version(ctx.templates, row.category, row.template_version, session)
        answers = [AnswerView(a.position + 1 if template is None or not template.has_question(a.question_id)
                              else template.number_of(a.question_id), a.question_text,
                              answer_text(template, a.question_id, a.value), a.answered_at) for a in row.answers]
        ev = ctx.evidence
        photos = []
        for p in row.photos:
            original = ev.original_path(p.sha256)
            # Only copies that match the verified original are shown or put in a packet; with no such original,
            # the original's own path, whose check (packet) or absence (viewer) says what is wrong.
            copies = ev.checked_copies(p.sha256, recheck=recheck_copies)
            photos.append(PhotoEvidence(p.id, p.sha256, _photo_prompt(template, p.question_id), p.taken_at, p.width,
                                        p.height, p.size_bytes, copies.thumbnail if copies else original,
                                        copies.review if copies else original, original, p.station_id))
        reviews = [ReviewView(r.id, r.action, name(r.reviewer_id), r.station_id, r.previous_grade,
                              r.previous_disposition, r.grade, r.disposition, r.reason, r.decided_at)
                   for r in session.scalars(select(Review).where(Review.inspection_id == row.id)
                                            .order_by(Review.decided_at, Review.id))]
        row_ids = [str(row.id), *_related_fact_ids(session, row.id)]
        audit = [AuditEntry(e.station_id, e.seq, name(e.actor_id), e.table_name, e.row_id, e.recorded_at, e.hash)
                 for e in session.scalars(select(AuditEvent).where(AuditEvent.row_id.in_(row_ids))
                                          .order_by(AuditEvent.station_id, AuditEvent.seq))]
        outcome = current_outcome(session, row)
        why_not = refusal(session, viewer_id, row) if viewer_id is not None else None
        history = [HistoryEntry(row.started_at, name(row.inspector_id), _("Scanned the label and started the "
                                                                          "inspection at {station}.",
                                                                          station=row.station_id))]
        history += [HistoryEntry(p.taken_at, name(row.inspector_id), _("Took photo {sha}.", sha=p.sha256[:12]))
                    for p in row.photos]
        history.append(HistoryEntry(row.completed_at, name(row.inspector_id), _(
            "Completed: grade {grade}, {disposition}.", grade=row.grade, disposition=row.disposition)))
        if row.override_reason:
            history.append(HistoryEntry(row.completed_at, name(row.inspector_id), _(
                "Changed the proposed {grade}/{disposition}: {reason}", grade=row.proposed_grade,
                disposition=row.proposed_disposition, reason=row.override_reason)))
        for r in reviews:
            what = (_("Approved {grade}/{disposition}.", grade=r.grade, disposition=r.disposition)
                    if r.action == "approve" else
                    _("Regraded {old_grade}/{old_disposition} to {grade}/{disposition}: {reason}",
                      old_grade=r.previous_grade, old_disposition=r.previous_disposition, grade=r.grade,
                      disposition=r.disposition, reason=r.reason or ""))
            history.append(HistoryEntry(r.decided_at, r.reviewer, what))
        history.sort(key=lambda h: h.at)
        checks = photo_checks_in(ctx, session, inspection_id)
        return EvidenceView(
            inspection_id=row.id, station_id=row.station_id, inspector=name(row.inspector_id),
            product=product_view(ctx, product) if product else None, sku=row.sku, serial=row.serial,
            category=row.category, rma_number=row.rma_number, rma_line_no=row.rma_line_no,
            order_number=rma.order_number if rma else None, customer=rma.customer if rma else None,
            return_reason=rma.reason if rma else None, purchase_date=rma.purchase_date if rma else None,
            expected_serial=line.expected_serial if line else None, label_text=row.label_text,
            label_kind=row.label_kind, template_version=row.template_version, rules_version=row.rules_version,
            proposed_grade=row.proposed_grade, proposed_disposition=row.proposed_disposition,
            inspected_grade=row.grade, inspected_disposition=row.disposition, override_reason=row.override_reason,
            grade=outcome.grade, disposition=outcome.disposition,
            grade_reasons=[Text.from_json(r) for r in row.reasons],
            review_reasons=reasons_for(row, product.price if product else None, ctx.settings.review_high_value,
                                       ctx.settings.review_sample_rate,
                                       later_flags(session, row.id).reasons.get(row.id, ())),
            answers=answers, photos=photos, reviews=reviews, history=history, audit=audit,
            started_at=row.started_at, completed_at=row.completed_at, why_not_decide=why_not,
            photo_checks={c.photo_id: check_lines(ctx, c) for c in checks},
            photo_links={c.photo_id: [r.inspection_id for r in c.reused if r.completed] for c in checks
                         if any(r.completed for r in c.reused)})
