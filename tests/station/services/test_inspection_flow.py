"""The inspection services end to end on a real station database: scan, answer, photos, grade, complete."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models
from station.checklist.flow import photos_needed
from station.context import StationContext
from station.evidence.store import PhotoUnreadable
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.identify import identify
from station.services.reports import list_inspections
from tests.flows import damaged_with_photo, in_order, like_new

PHOTO = Path(__file__).resolve().parents[2].parent / "resources" / "demo" / "camera"


def _inspector(ctx: StationContext) -> uuid.UUID:
    return next(u.id for u in list_users(ctx) if u.role == "inspector")


def _start(ctx: StationContext, rma: str) -> inspection.DraftView:
    ident = identify(ctx, rma)
    assert ident.outcome == "rma", ident.message.render()
    line = ident.lines[0]
    assert line.product is not None
    return inspection.start_inspection(ctx, _inspector(ctx), inspection.StartRequest(
        label_text=rma, label_kind=ident.label.kind, sku=line.product.sku, rma_number=line.rma_number,
        line_no=line.line_no))


def _photo_file() -> Path:
    return sorted(PHOTO.glob("*.jpg"))[0]


def _answer_all(ctx: StationContext, draft: inspection.DraftView, answers: dict) -> inspection.DraftView:
    """Answers what the checklist asks, in its order; optional questions not in `answers` are left blank."""
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        assert question.id in answers or not question.required, f"{question.id} needs an answer"
        draft = inspection.answer(ctx, draft.id, question.id, answers.get(question.id))
    return draft


def _take_needed_photos(ctx: StationContext, draft: inspection.DraftView) -> inspection.DraftView:
    for _ in range(10):
        if not draft.photos_missing:
            return draft
        missing = len(draft.photos_missing)
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id,
                                        path=_photo_file())
        assert len(draft.photos_missing) == missing - 1, "a photo did not count for the need it was taken for"
    raise AssertionError("photos still missing after ten")


def test_like_new_item_is_restocked_and_stored_as_facts_with_outbox_rows(ctx: StationContext) -> None:
    draft = _start(ctx, "RMA-100001")
    template = ctx.templates.templates[draft.category]
    assert draft.step == "checklist" and draft.position == 0
    assert draft.line is not None and draft.line.reason and draft.product.image and draft.product.image.exists()

    draft = _answer_all(ctx, draft, like_new(template, ctx.rules))
    draft = _take_needed_photos(ctx, draft)
    assert draft.step == "grade" and draft.ready_to_complete
    assert draft.grade is not None and draft.grade.grade == "A" and draft.grade.disposition == "restock"

    done = inspection.complete_inspection(ctx, draft.id)
    assert (done.grade, done.disposition, done.overridden) == ("A", "restock", False)
    assert done.reasons and "Restock" in done.reasons[0].render()
    assert done.shift.items == 1

    with ctx.read() as session:
        row = session.get(models.Inspection, done.id)
        assert row is not None and row.rma_number == "RMA-100001" and row.template_version == template.version
        assert row.rules_version == ctx.rules.version
        answers = session.scalar(select(func.count()).select_from(models.InspectionAnswer)
                                 .where(models.InspectionAnswer.inspection_id == done.id))
        photos = session.scalar(select(func.count()).select_from(models.Photo)
                                .where(models.Photo.inspection_id == done.id))
        outbox = session.scalars(select(models.OutboxEntry.table_name)).all()
        assert session.get(models.Draft, done.id) is None
    assert answers == len(like_new(template, ctx.rules))
    assert outbox.count("inspections") == 1
    assert outbox.count("inspection_answers") == answers
    assert outbox.count("photos") == photos

    listed = list_inspections(ctx)
    assert [(r["id"], r["rma"], r["grade"], r["disposition"], r["status"]) for r in listed] == [
        (str(done.id), "RMA-100001", "A", "restock", "completed")]


def test_damage_needs_its_photo_before_completion(ctx: StationContext) -> None:
    draft = _start(ctx, "RMA-100002")
    template = ctx.templates.templates[draft.category]
    answers = damaged_with_photo(template, ctx.rules)
    draft = _answer_all(ctx, draft, answers)
    assert draft.photos_missing and draft.step == "photos"
    with pytest.raises(inspection.InspectionError) as raised:
        inspection.complete_inspection(ctx, draft.id)
    assert "photo" in raised.value.text.render().lower()
    draft = _take_needed_photos(ctx, draft)
    assert draft.step == "grade"
    done = inspection.complete_inspection(ctx, draft.id)
    assert done.disposition == "refurbish"
    assert any("(Q" in reason.render() for reason in done.reasons)
    stored = ctx.evidence.original_path(draft.photos[0].sha256)
    assert stored.exists() and ctx.evidence.thumbnail_path(draft.photos[0].sha256).exists()
    assert len(photos_needed(template, answers)) <= len(draft.photos)


def test_unreadable_photo_is_refused_and_the_draft_keeps_its_answers(ctx: StationContext, tmp_path: Path) -> None:
    draft = _start(ctx, "RMA-100003")
    first = draft.current_question
    assert first is not None
    template = ctx.templates.templates[draft.category]
    value = like_new(template, ctx.rules)[first.id]
    draft = inspection.answer(ctx, draft.id, first.id, value)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(PhotoUnreadable):
        inspection.attach_photo(ctx, draft.id, question_id=None, path=broken)
    with pytest.raises(PhotoUnreadable):
        inspection.attach_photo(ctx, draft.id, question_id=None, path=tmp_path / "missing.jpg")
    again = inspection.load_draft(ctx, draft.id)
    assert again.questions[0].answer == value and not again.photos


def test_override_needs_a_reason_and_is_recorded_with_a_flag(ctx: StationContext) -> None:
    draft = _start(ctx, "RMA-100004")
    template = ctx.templates.templates[draft.category]
    draft = _take_needed_photos(ctx, _answer_all(ctx, draft, like_new(template, ctx.rules)))
    with pytest.raises(inspection.InspectionError):
        inspection.complete_inspection(ctx, draft.id, inspection.Override("C", "refurbish", "  "))
    with pytest.raises(inspection.InspectionError):
        inspection.complete_inspection(ctx, draft.id, inspection.Override("Z", None, "customer says so"))
    done = inspection.complete_inspection(ctx, draft.id, inspection.Override("C", "refurbish", "scuff on the lid"))
    assert (done.grade, done.disposition, done.overridden) == ("C", "refurbish", True)
    assert "override" in [f.kind for f in done.flags]
    with ctx.read() as session:
        row = session.get(models.Inspection, done.id)
        assert row is not None
        assert (row.proposed_grade, row.grade, row.override_reason) == ("A", "C", "scuff on the lid")


def test_an_inspected_rma_says_so_instead_of_starting_again(ctx: StationContext) -> None:
    draft = _start(ctx, "RMA-100005")
    template = ctx.templates.templates[draft.category]
    draft = _take_needed_photos(ctx, _answer_all(ctx, draft, like_new(template, ctx.rules)))
    done = inspection.complete_inspection(ctx, draft.id)
    again = identify(ctx, "RMA-100005")
    if len(again.lines) == 1:
        assert again.all_inspected
        assert "already been inspected" in again.message.render()
    assert again.lines[0].inspected == [done.id]


def test_labels_that_match_no_rma_take_the_unexpected_path(ctx: StationContext) -> None:
    unknown = identify(ctx, "RMA-999999")
    assert unknown.outcome == "unexpected" and "not in the system" in unknown.message.render()
    assert [f.kind for f in unknown.flags] == ["unexpected"]
    garbage = identify(ctx, "\x00\x01 ??? \u202e")
    assert garbage.outcome == "unexpected" and "not recognised" in garbage.message.render()
    typed = identify(ctx, "100007")
    assert typed.outcome == "rma" and typed.lines[0].rma_number == "RMA-100007"


def test_item_barcode_of_another_product_is_flagged_as_wrong_item(ctx: StationContext) -> None:
    with ctx.read() as session:
        line = session.scalars(select(models.RmaLine).where(models.RmaLine.expected_serial.is_not(None))).first()
        assert line is not None
        other = session.scalars(select(models.Product).where(models.Product.sku != line.sku,
                                                             models.Product.gtin.is_not(None))).first()
        assert other is not None and other.gtin is not None
    label = f"\x1d01{other.gtin.zfill(14)}21{line.expected_serial}"
    ident = identify(ctx, label)
    assert ident.outcome == "rma" and ident.lines[0].rma_number == line.rma_number
    assert [f.kind for f in ident.flags] == ["wrong_item"]


def test_a_restart_resumes_the_draft_at_the_same_question(ctx: StationContext, station_dir: Path) -> None:
    from station.context import open_station

    draft = _start(ctx, "RMA-100008")
    template = ctx.templates.templates[draft.category]
    steps = in_order(template, like_new(template, ctx.rules))[:2]
    for question_id, value in steps:
        draft = inspection.answer(ctx, draft.id, question_id, value)
    restarted = open_station(station_dir)
    resumed = inspection.open_draft_for(restarted, draft.inspector_id if hasattr(draft, "inspector_id")
                                        else _inspector(ctx))
    assert resumed is not None and resumed.id == draft.id
    assert resumed.position == draft.position == len(steps)
    assert {q.id: q.answer for q in resumed.questions if q.answered} == dict(steps)


def test_every_photo_is_kept_in_the_draft_across_a_restart(ctx: StationContext, station_dir: Path) -> None:
    from station.context import open_station

    draft = _start(ctx, "RMA-100009")
    files = sorted(PHOTO.glob("*.jpg"))[:3]
    for file in files:
        draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=file)
    assert len(draft.photos) == 3
    restarted = inspection.load_draft(open_station(station_dir), draft.id)
    assert [p.sha256 for p in restarted.photos] == [p.sha256 for p in draft.photos]
    assert len({p.sha256 for p in restarted.photos}) == 3
