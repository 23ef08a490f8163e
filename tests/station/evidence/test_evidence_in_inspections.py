"""The checks in the inspection services: stored with the draft's photo, flags, facts at completion, the viewer."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from db import evidence_models, models
from station.context import StationContext
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.calibration import suggest
from station.services.evidence import photo_checks_for
from tests.flows import damaged_with_photo
from tests.station.evidence.photoset import PHOTOS


def _start(ctx: StationContext, sku: str) -> inspection.DraftView:
    """An inspection of the first RMA line for this product (the photo test set has photos of a few products)."""
    with ctx.read() as session:
        line = session.scalars(select(models.RmaLine).where(models.RmaLine.sku == sku)
                               .order_by(models.RmaLine.rma_number, models.RmaLine.line_no)).first()
        assert line is not None, sku
        rma, line_no = line.rma_number, line.line_no
    inspector = next(u.id for u in list_users(ctx) if u.role == "inspector")
    return inspection.start_inspection(ctx, inspector, inspection.StartRequest(
        label_text=rma, label_kind="rma", sku=sku, rma_number=rma, line_no=line_no))


def _answered(ctx: StationContext, draft: inspection.DraftView) -> inspection.DraftView:
    # A damaged item: its checklist asks for photos tied to questions (close-ups), as most inspections do.
    answers = damaged_with_photo(ctx.templates.templates[draft.category], ctx.rules)
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        draft = inspection.answer(ctx, draft.id, question.id, answers.get(question.id))
    return draft


def _fill_needs(ctx: StationContext, draft: inspection.DraftView, photo: str) -> inspection.DraftView:
    while draft.photos_missing:
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id,
                                        path=PHOTOS / photo)
    return draft


def _kinds(draft: inspection.DraftView) -> list[str]:
    return [f.kind for f in draft.flags]


def test_a_good_item_photo_is_checked_stored_and_kept_as_a_fact(ctx: StationContext) -> None:
    draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "EL-1003")), "EL-1003-other.jpg")
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "EL-1003-good.jpg")
    item = draft.photos[-1]
    assert item.checks is not None and item.checks.ok and item.checks.whole_item
    assert item.checks.similarity is not None and not item.checks.wrong_item_hint
    assert not {"wrong_item_hint", "photo_kept", "photo_quality"} & set(_kinds(draft))
    # A photo tied to a question (a label, a close-up) is not compared with the catalog picture.
    assert draft.photos[0].checks is not None and draft.photos[0].checks.similarity is None

    done = inspection.complete_inspection(ctx, draft.id)
    with ctx.read() as session:
        rows = session.scalars(select(evidence_models.PhotoCheck)
                               .where(evidence_models.PhotoCheck.inspection_id == done.id)).all()
        photo_ids = set(session.scalars(select(models.Photo.id).where(models.Photo.inspection_id == done.id)))
        outbox = set(session.scalars(select(models.OutboxEntry.row_id)
                                     .where(models.OutboxEntry.table_name == "photo_checks")))
    assert {r.photo_id for r in rows} == photo_ids and len(rows) == len(draft.photos)
    assert {str(r.id) for r in rows} <= outbox
    viewed = photo_checks_for(ctx, done.id)
    assert [v.photo_id for v in viewed] == [r.photo_id for r in rows]
    last = next(v for v in viewed if v.photo_id == uuid.UUID(item.id))
    assert last.ok and last.phash == item.checks.phash and last.review.exists() and last.checked_at is not None


def test_a_blurred_photo_waits_for_retake_or_keep_with_a_reason(ctx: StationContext) -> None:
    draft = _answered(ctx, _start(ctx, "TY-5003"))
    need = draft.photos_missing[0]
    draft = inspection.attach_photo(ctx, draft.id, question_id=need.question_id, path=PHOTOS / "TY-5003-blur.jpg")
    bad = draft.photos[-1]
    assert bad.checks is not None and bad.checks.problems == ("blur",) and bad.checks.needs_decision
    assert "Blurred" in bad.checks.messages()[0].render()
    assert draft.step == "photos", "a failed photo keeps the inspector where Retake and Keep are"
    # The lead's viewer already sees it while the inspection is open.
    assert [v.problems for v in photo_checks_for(ctx, draft.id)] == [["blur"]]

    retaken = inspection.remove_photo(ctx, draft.id, bad.id)
    assert retaken.photos == [] and retaken.photos_missing[0] == need
    draft = inspection.attach_photo(ctx, draft.id, question_id=need.question_id, path=PHOTOS / "TY-5003-dark.jpg")
    dark = draft.photos[-1]
    try:
        inspection.keep_photo(ctx, draft.id, dark.id, " ")
    except inspection.InspectionError as exc:
        assert "Say why" in exc.text.render()
    else:
        raise AssertionError("a blank reason must not keep a failed photo")
    draft = inspection.keep_photo(ctx, draft.id, dark.id, "light broken, lead told")
    assert draft.photos[-1].checks is not None and draft.photos[-1].checks.kept_reason == "light broken, lead told"
    kept = next(f for f in draft.flags if f.kind == "photo_kept")
    assert "Too dark" in kept.reason.render() and "light broken" in kept.reason.render()

    draft = _fill_needs(ctx, draft, "TY-5003-other.jpg")
    done = inspection.complete_inspection(ctx, inspection.go_to(ctx, draft.id, "grade").id)
    assert "photo_kept" in [f.kind for f in done.flags]
    viewed = photo_checks_for(ctx, done.id)
    assert viewed[0].kept_reason == "light broken, lead told" and viewed[0].problems == ["dark"]


def test_an_unanswered_failed_photo_flags_the_inspection_at_completion(ctx: StationContext) -> None:
    draft = _answered(ctx, _start(ctx, "AP-2001"))
    draft = _fill_needs(ctx, draft, "AP-2001-glare.jpg")
    assert all(p.checks is not None and p.checks.needs_decision for p in draft.photos)
    done = inspection.complete_inspection(ctx, inspection.go_to(ctx, draft.id, "grade").id)
    quality = next(f for f in done.flags if f.kind == "photo_quality")
    assert "Glare" in quality.reason.render()


def test_the_same_photo_in_two_inspections_is_flagged_naming_the_other(ctx: StationContext) -> None:
    first = _fill_needs(ctx, _answered(ctx, _start(ctx, "EL-1001")), "EL-1001-good.jpg")
    first_done = inspection.complete_inspection(ctx, inspection.go_to(ctx, first.id, "grade").id)
    assert "reused_photo" not in [f.kind for f in first_done.flags]

    # A recycled damage photo: the same picture, re-encoded and slightly cropped, for another RMA.
    second = _answered(ctx, _start(ctx, "TY-5001"))
    second = inspection.attach_photo(ctx, second.id, question_id=second.photos_missing[0].question_id,
                                     path=PHOTOS / "EL-1001-dup-cropped.jpg")
    reused = next(f for f in second.flags if f.kind == "reused_photo")
    assert str(first_done.id) in reused.reason.render()
    checks = second.photos[-1].checks
    assert checks is not None and checks.reused[0]["inspection_id"] == str(first_done.id)
    # Retaking the photo takes the flag with it.
    second = inspection.remove_photo(ctx, second.id, second.photos[-1].id)
    assert "reused_photo" not in _kinds(second)


def test_a_photo_of_another_product_gives_the_wrong_item_hint_and_never_a_grade(ctx: StationContext) -> None:
    draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "HK-4001")), "HK-4001-good.jpg")
    grade_before = draft.grade
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "TY-5003-good.jpg")
    hint = next(f for f in draft.flags if f.kind == "wrong_item_hint")
    assert "may not be the product on the RMA" in hint.reason.render()
    assert draft.photos[-1].checks is not None and draft.photos[-1].checks.hint_text() is not None
    assert draft.grade == grade_before
    # A second item photo that matches clears the hint: the best match counts.
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "HK-4001-other.jpg")
    assert "wrong_item_hint" not in _kinds(draft)


def test_a_cut_off_whole_item_photo_and_a_calibration(ctx: StationContext) -> None:
    draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "AP-2003")), "AP-2003-good.jpg")
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "AP-2003-cut.jpg")
    assert draft.photos[-1].checks is not None and draft.photos[-1].checks.problems == ("cut_off",)
    suggestion = suggest(ctx, ctx.settings.camera, PHOTOS / "AP-2003-good.jpg", PHOTOS / "AP-2003-blur.jpg")
    assert suggestion.blurred.sharpness < suggestion.thresholds.sharpness_min < suggestion.sharp.sharpness
