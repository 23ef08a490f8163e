"""Completed inspections made through the real services, for the review and audit tests and the benchmark."""

from __future__ import annotations

import uuid
from pathlib import Path

from station.context import StationContext
from station.review.decisions import DECIDING_ROLES
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.identify import Flag, identify
from station.text import _

REPO = Path(__file__).resolve().parents[3]
CAMERA = REPO / "resources" / "demo" / "camera"


def user_of(ctx: StationContext, role: str, index: int = 0) -> uuid.UUID:
    return [u.id for u in list_users(ctx) if u.role == role][index]


def lead(ctx: StationContext, index: int = 0) -> uuid.UUID:
    return [u.id for u in list_users(ctx) if u.role in DECIDING_ROLES][index]


def demo_photos(count: int) -> list[Path]:
    frames = sorted(CAMERA.glob("*.jpg"))
    return [frames[i % len(frames)] for i in range(count)]


def inspect_item(ctx: StationContext, rma: str, *, photos: list[Path] | None = None,
                 override: inspection.Override | None = None, unexpected: bool = False,
                 inspector: uuid.UUID | None = None, answers: str = "like_new") -> uuid.UUID:
    """Scans the RMA, answers like-new (or damaged), takes the needed photos plus `photos`, completes."""
    from tests.flows import damaged_with_photo, like_new

    ident = identify(ctx, rma)
    line = ident.lines[0]
    assert line.product is not None
    flags = (Flag("unexpected", _("Unexpected return: {rma} was not found.", rma=rma)),) if unexpected else ()
    draft = inspection.start_inspection(ctx, inspector or user_of(ctx, "inspector"), inspection.StartRequest(
        label_text=rma, label_kind=ident.label.kind, sku=line.product.sku, rma_number=line.rma_number,
        line_no=line.line_no, unexpected=unexpected, flags=flags))
    template = ctx.templates.templates[draft.category]
    chosen = (like_new if answers == "like_new" else damaged_with_photo)(template, ctx.rules)
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        draft = inspection.answer(ctx, draft.id, question.id, chosen.get(question.id))
    extra = list(photos or [])
    for _i in range(10):
        if not draft.photos_missing:
            break
        path = extra.pop(0) if extra else demo_photos(1)[0]
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id, path=path)
    for path in extra:
        draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=path)
    return inspection.complete_inspection(ctx, draft.id, override).id


def overridden(ctx: StationContext, rma: str, **kwargs) -> uuid.UUID:
    """An inspector changes the outcome to C / refurbish: flagged `override`, waits for a lead."""
    return inspect_item(ctx, rma, override=inspection.Override("C", "refurbish", "Scuffed corner, customer says new"),
                        **kwargs)
