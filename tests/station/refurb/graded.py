"""Completed inspections made by driving the inspection services, for the refurb and slip tests."""

from __future__ import annotations

import uuid
from pathlib import Path

from station.context import StationContext
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.identify import identify
from tests.flows import damaged_with_photo, like_new

PHOTOS = Path(__file__).resolve().parents[3] / "resources" / "demo" / "camera"


def user_id(ctx: StationContext, role: str) -> uuid.UUID:
    return next(u.id for u in list_users(ctx) if u.role == role)


def complete(ctx: StationContext, rma: str, *, damaged: bool = True, serial: str | None = None,
             inspector: uuid.UUID | None = None) -> uuid.UUID:
    """Inspects the first line of `rma`: damaged (graded refurbish) or like new (restock); returns its id."""
    ident = identify(ctx, rma)
    line = ident.lines[0]
    assert line.product is not None
    draft = inspection.start_inspection(ctx, inspector or user_id(ctx, "inspector"), inspection.StartRequest(
        label_text=rma, label_kind=ident.label.kind, sku=line.product.sku, rma_number=line.rma_number,
        line_no=line.line_no, serial=serial))
    template = ctx.templates.templates[draft.category]
    answers = damaged_with_photo(template, ctx.rules) if damaged else like_new(template, ctx.rules)
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        draft = inspection.answer(ctx, draft.id, question.id, answers.get(question.id))
    photo = sorted(PHOTOS.glob("*.jpg"))[0]
    while draft.photos_missing:
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id, path=photo)
    done = inspection.complete_inspection(ctx, draft.id)
    assert done.disposition == ("refurbish" if damaged else "restock")
    return done.id
