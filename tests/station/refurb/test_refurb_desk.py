"""The refurb desk's services on a real station: queue, scans that open an item, work records, re-grades."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db import models
from db.refurb_models import RefurbOutcome, RefurbPhoto, RefurbWork
from station.context import StationContext
from station.outcome import current_outcome
from station.refurb.access import NotAllowed
from station.refurb.queue import NotInQueue, find_for_scan, refurb_item, refurb_queue
from station.refurb.regrade import RegradeInvalid, complete_regrade, regrade_answer, regrade_view
from station.refurb.work import WorkInvalid, WorkRequest, record_work
from station.slips.content import slip_contents
from station.slips.reference import slip_reference
from tests.flows import damaged_with_photo, like_new
from tests.station.refurb.graded import PHOTOS, complete, user_id


def _work(ctx: StationContext, inspection_id, **extra) -> None:
    request = WorkRequest("Cleaned and re-stitched the seam", ("thread",), 25, "looks new", **extra)
    record_work(ctx, user_id(ctx, "refurb"), inspection_id, request)


def _walk(ctx: StationContext, inspection_id, answers: dict):
    """Answers the re-grade checklist in its order, as the page does, one answer at a time."""
    view = regrade_view(ctx, inspection_id)
    while view.step == "checklist":
        question = view.current_question
        assert question is not None
        view = regrade_answer(ctx, inspection_id, view.answers, question.id, answers.get(question.id))
    return view


def test_queue_holds_refurbish_items_oldest_first_and_filters_by_category(ctx: StationContext) -> None:
    first = complete(ctx, "RMA-100002")
    restocked = complete(ctx, "RMA-100003", damaged=False)
    second = complete(ctx, "RMA-100004")
    queue = refurb_queue(ctx)
    assert [i.inspection_id for i in queue] == [first, second]
    assert restocked not in {i.inspection_id for i in queue}
    category = queue[0].category
    filtered = refurb_queue(ctx, category)
    assert filtered and all(i.category == category for i in filtered)
    assert first in {i.inspection_id for i in filtered}
    other = next(c for c in ctx.templates.templates if c not in {i.category for i in queue})
    assert refurb_queue(ctx, other) == []


def test_scans_open_a_queued_item_by_slip_or_label_and_explain_the_rest(ctx: StationContext) -> None:
    queued = complete(ctx, "RMA-100002")
    restocked = complete(ctx, "RMA-100003", damaged=False)
    assert find_for_scan(ctx, slip_reference(queued)) == queued
    assert find_for_scan(ctx, " ris:" + queued.hex.upper() + " ") == queued
    assert find_for_scan(ctx, "RMA-100002") == queued
    with pytest.raises(NotInQueue) as raised:
        find_for_scan(ctx, slip_reference(restocked))
    assert "not waiting for refurbishment" in raised.value.text.render() and "restock" in raised.value.text.render()
    with pytest.raises(NotInQueue) as raised:
        find_for_scan(ctx, "RMA-100003")
    assert "Scan the grading slip" in raised.value.text.render()


def test_work_is_recorded_as_facts_with_photos_and_only_by_the_refurb_team(ctx: StationContext) -> None:
    queued = complete(ctx, "RMA-100002")
    technician = user_id(ctx, "refurb")
    with pytest.raises(WorkInvalid):
        record_work(ctx, technician, queued, WorkRequest("  ", minutes=10))
    with pytest.raises(WorkInvalid):
        record_work(ctx, technician, queued, WorkRequest("cleaned", minutes=0))
    with pytest.raises(NotAllowed):
        record_work(ctx, user_id(ctx, "inspector"), queued, WorkRequest("cleaned", minutes=10))
    photo = sorted(PHOTOS.glob("*.jpg"))[1]
    done = record_work(ctx, technician, queued, WorkRequest(
        "Washed and de-pilled", ("lint roller", " ", "tag"), 15, "", photo_files=(photo,)))
    assert done.photos == 1
    item = refurb_item(ctx, queued)
    assert [(w.work_done, w.parts, w.minutes, w.notes) for w in item.work] == [
        ("Washed and de-pilled", ["lint roller", "tag"], 15, None)]
    assert item.work[0].photos[0].exists() and item.minutes == 15
    with ctx.read() as session:
        outbox = session.scalars(select(models.OutboxEntry.table_name)).all()
        assert session.scalar(select(RefurbPhoto.sha256)) == photo_sha(ctx, photo)
        assert session.scalar(select(RefurbWork.technician_id)) == technician
    assert outbox.count("refurb_work") == 1 and outbox.count("refurb_photos") == 1


def photo_sha(ctx: StationContext, path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_regrade_restocks_with_the_new_grade_and_the_item_leaves_the_queue(ctx: StationContext) -> None:
    queued = complete(ctx, "RMA-100002")
    other = complete(ctx, "RMA-100004")
    technician = user_id(ctx, "refurb")
    template = ctx.templates.templates[refurb_item(ctx, queued).item.category]
    good = like_new(template, ctx.rules)
    with pytest.raises(RegradeInvalid) as raised:
        complete_regrade(ctx, technician, queued, good)
    assert "Record the work" in raised.value.text.render()
    _work(ctx, queued)
    view = _walk(ctx, queued, good)
    assert view.step == "grade" and view.grade is not None and view.proposed_outcome == "restock"
    with pytest.raises(NotAllowed):
        complete_regrade(ctx, user_id(ctx, "inspector"), queued, view.answers)
    done = complete_regrade(ctx, technician, queued, view.answers)
    assert (done.grade, done.disposition) == (ctx.rules.grades[0], "restock")
    assert [i.inspection_id for i in refurb_queue(ctx)] == [other]
    with ctx.read() as session:
        decision = current_outcome(session, session.get(models.Inspection, queued))
        assert (decision.source, decision.grade, decision.disposition) == ("refurb", done.grade, "restock")
        outbox = session.scalars(select(models.OutboxEntry.table_name)).all()
        row = session.get(RefurbOutcome, done.id)
        assert row is not None and row.proposed_disposition == "restock" and row.override_reason is None
    assert outbox.count("refurb_outcomes") == 1
    slip = slip_contents(ctx, [queued])[0]
    assert (slip.grade, slip.disposition) == (done.grade, "restock")
    assert slip.regraded is not None and "refurbishment" in slip.regraded.render()
    with pytest.raises(NotInQueue):
        complete_regrade(ctx, technician, queued, view.answers)


def test_still_damaged_needs_a_choice_with_a_reason(ctx: StationContext) -> None:
    queued = complete(ctx, "RMA-100002")
    technician = user_id(ctx, "refurb")
    _work(ctx, queued)
    template = ctx.templates.templates[refurb_item(ctx, queued).item.category]
    view = _walk(ctx, queued, damaged_with_photo(template, ctx.rules))
    assert view.grade is not None and view.grade.disposition == "refurbish" and view.proposed_outcome is None
    with pytest.raises(RegradeInvalid) as raised:
        complete_regrade(ctx, technician, queued, view.answers)
    assert "still finds work" in raised.value.text.render()
    with pytest.raises(RegradeInvalid):
        complete_regrade(ctx, technician, queued, view.answers, "dispose", " ")
    with pytest.raises(RegradeInvalid):
        complete_regrade(ctx, technician, queued, view.answers, "refurbish", "again")
    done = complete_regrade(ctx, technician, queued, view.answers, "dispose", "seam cannot be saved")
    assert done.disposition == "dispose" and refurb_queue(ctx) == []
    with ctx.read() as session:
        row = session.get(RefurbOutcome, done.id)
        assert row is not None and row.override_reason == "seam cannot be saved"
