"""On a small generated year (scripts/make_year.py) with leads' regrades and a photo found reused after a review:
the queues and the dashboard's changed outcomes that the database now picks are what reading every inspection in
Python gave, and audit verify still names a changed JSON value and a changed id."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db import models
from db.evidence_models import PhotoReuse
from db.review_models import Review
from station.audit.verify import verify_store
from station.context import StationContext, open_station
from station.evidence.checks import REUSED_PHOTO_FLAG
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.outcome import current_outcomes
from station.refurb.queue import _refurb_queue_in_python, refurb_page, refurb_queue
from station.reports.summary import ReportFilter, _changed_outcomes
from station.review.decisions import regrade
from station.review.queue import SAMPLE, QueueFilter, later_flags, reasons_for, review_queue

REPO = Path(__file__).resolve().parent.parent.parent


def _make_year():
    spec = importlib.util.spec_from_file_location("make_year", REPO / "scripts" / "make_year.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while they are made
    spec.loader.exec_module(module)
    return module.make_year


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> StationContext:
    folder = tmp_path_factory.mktemp("year")
    # Ten days, so the refurb team has finished some items (after a week) and others still wait.
    _make_year()(folder, days=10, per_day=5, docks=2, photo_pool=3, progress=lambda _line: None)
    ctx = open_station(folder)
    ctx.settings.review_sample_rate = 0.2  # enough sampled items among 100 to compare
    with ctx.read() as session:
        lead = session.scalar(select(models.User.id).where(models.User.role == "lead"))
        rows = session.scalars(select(models.Inspection).order_by(models.Inspection.completed_at)).all()
        restocked = [r.id for r in rows if r.disposition == "restock"]
        refurbish = [r.id for r in rows if r.disposition == "refurbish"]
        reviewed = session.scalar(select(Review.inspection_id).order_by(Review.decided_at))
        photo = session.scalars(select(models.Photo).where(models.Photo.inspection_id == reviewed)).first()
    assert lead is not None and restocked and refurbish and reviewed is not None and photo is not None
    # A lead sends a restocked item to refurb, and takes an item waiting for refurb out of it.
    regrade(ctx, lead, restocked[0], grade="C", disposition="refurbish", reason="Hinge loose on a second look")
    regrade(ctx, lead, refurbish[-1], grade="F", disposition="dispose", reason="Board burnt, not worth the work")
    # A reviewed item's photo turns out (by sync) to be another's too: the old decision no longer settles it.
    with ctx.transaction() as session:
        add_fact(session, PhotoReuse(id=new_id(), station_id=ctx.station_id, inspection_id=reviewed,
                                     photo_id=photo.id, other_inspection_id=restocked[1], other_photo_id=photo.id,
                                     other_station_id="SITE-DOCK-02", distance=0, found_at=utc_now()))
    yield ctx
    ctx.sessions.kw["bind"].dispose()


def _review_queue_read_in_python(ctx: StationContext, filters: QueueFilter) -> list[tuple[object, ...]]:
    """The queue as it was read before: every inspection, its reasons and status, then its outcome."""
    settings = ctx.settings
    with ctx.read() as session:
        rows = session.execute(select(models.Inspection, models.Product.price).outerjoin(
            models.Product, models.Product.sku == models.Inspection.sku)).all()
        last_decision = dict(session.execute(select(Review.inspection_id, func.max(Review.decided_at))
                                             .group_by(Review.inspection_id)).all())
        later = later_flags(session)
        kept = []
        for inspection, price in rows:
            if filters.category and inspection.category != filters.category:
                continue
            reasons = reasons_for(inspection, price, settings.review_high_value, settings.review_sample_rate,
                                  later.reasons.get(inspection.id, ()))
            if not reasons:
                continue
            last, flag = last_decision.get(inspection.id), later.newest.get(inspection.id)
            is_decided = last is not None and (flag is None or last >= flag)
            if (filters.status == "open" and is_decided) or (filters.status == "decided" and not is_decided):
                continue
            kept.append((inspection, reasons, is_decided))
        outcomes = current_outcomes(session, [inspection for inspection, *_rest in kept])
    found = []
    for inspection, reasons, is_decided in kept:
        outcome = outcomes[inspection.id]
        if filters.grade and outcome.grade != filters.grade:
            continue
        if filters.reason and all(r.kind != filters.reason for r in reasons):
            continue
        found.append((inspection.completed_at, inspection.id, outcome.grade, outcome.disposition,
                      sorted(r.kind for r in reasons), is_decided))
    return sorted(found, key=lambda item: (item[0], item[1].bytes))


@pytest.mark.parametrize("filters", [
    QueueFilter(), QueueFilter(status="all"), QueueFilter(status="decided"), QueueFilter(reason="sample"),
    QueueFilter(grade="C", status="all"), QueueFilter(category="electronics", status="all")],
    ids=["open", "all", "decided", "sample", "grade-C", "electronics"])
def test_the_review_queue_holds_what_reading_every_inspection_gave(year: StationContext,
                                                                   filters: QueueFilter) -> None:
    queue = review_queue(year, filters)
    got = [(i.completed_at, i.inspection_id, i.grade, i.disposition, sorted(r.kind for r in i.reasons), i.decided)
           for i in queue.items]
    expected = _review_queue_read_in_python(year, filters)
    assert got == expected
    assert got  # each filter keeps something on this year
    if filters == QueueFilter(status="all"):
        assert {SAMPLE, REUSED_PHOTO_FLAG} <= {kind for item in got for kind in item[4]}


def test_a_photo_found_reused_after_the_review_reopens_the_item(year: StationContext) -> None:
    with year.read() as session:
        reopened = session.scalar(select(PhotoReuse.inspection_id))
    open_items = {i.inspection_id: i for i in review_queue(year).items}
    assert reopened in open_items and not open_items[reopened].decided
    assert any(r.kind == REUSED_PHOTO_FLAG for r in open_items[reopened].reasons)


def test_the_refurb_queue_holds_what_reading_every_candidate_gave(year: StationContext) -> None:
    queue = refurb_queue(year)
    assert queue == _refurb_queue_in_python(year, None)
    with year.read() as session:
        regrades = select(Review.inspection_id).where(Review.action == "regrade")
        sent = session.scalars(regrades.where(Review.disposition == "refurbish")).all()
        taken_out = session.scalars(regrades.where(Review.disposition == "dispose")).all()
    ids = {i.inspection_id for i in queue}
    assert len(sent) == len(taken_out) == 1 and set(sent) <= ids and not set(taken_out) & ids
    for category in ("electronics", "apparel"):
        assert refurb_queue(year, category) == _refurb_queue_in_python(year, category)


def test_the_dashboard_counts_the_outcomes_later_decisions_changed(year: StationContext) -> None:
    since = date.today() - timedelta(days=5)
    with year.read() as session:
        got = sorted(_changed_outcomes(session, ReportFilter(since=since), None))
        inspections = session.scalars(select(models.Inspection)).all()
        window = [i for i in inspections if i.completed_at.astimezone().date() >= since]
        outcomes = current_outcomes(session, window)
    expected = sorted((i.grade, i.disposition, outcomes[i.id].grade, outcomes[i.id].disposition) for i in window
                      if (outcomes[i.id].grade, outcomes[i.id].disposition) != (i.grade, i.disposition))
    assert got == expected and got  # refurb re-grades and the leads' regrades


def test_verify_names_a_changed_answer_value_and_a_changed_inspector(year: StationContext) -> None:
    with year.read() as session:
        assert verify_store(session, year.evidence).ok
        answer = session.scalars(select(models.InspectionAnswer)).first()
        inspection = session.scalars(select(models.Inspection)).first()
        other = session.scalar(select(models.User.id).where(models.User.id != inspection.inspector_id))
    assert answer is not None and inspection is not None and other is not None
    with year.transaction() as session:
        session.execute(text("UPDATE inspection_answers SET value = :v WHERE id = :id"),
                        {"v": '"changed"', "id": answer.id.hex})
        session.execute(text("UPDATE inspections SET inspector_id = :v WHERE id = :id"),
                        {"v": other.hex, "id": inspection.id.hex})
    try:
        with year.read() as session:
            report = verify_store(session, year.evidence)
        changed = {p.where for p in report.problems if p.kind == "changed"}
        assert changed == {f"inspection_answers {answer.id}", f"inspections {inspection.id}"}
    finally:
        with year.transaction() as session:  # the other tests read this year as made
            session.execute(text("UPDATE inspection_answers SET value = :v WHERE id = :id"),
                            {"v": _json(answer.value), "id": answer.id.hex})
            session.execute(text("UPDATE inspections SET inspector_id = :v WHERE id = :id"),
                            {"v": inspection.inspector_id.hex, "id": inspection.id.hex})
        with year.read() as session:
            assert verify_store(session, year.evidence).ok


def _json(value: object) -> str:
    import json

    return json.dumps(value)


@pytest.mark.parametrize("filters", [
    QueueFilter(status="all"), QueueFilter(reason="sample", status="all"), QueueFilter(grade="C", status="all"),
    QueueFilter(status="all", newest_first=True)], ids=["all", "sample", "grade-C", "newest"])
def test_a_page_of_the_review_queue_is_the_slice_of_the_whole_with_its_totals(year: StationContext,
                                                                             filters: QueueFilter) -> None:
    whole = review_queue(year, filters)
    assert len(whole.items) > 7 and whole.matching == len(whole.items)
    if filters.reason is None:  # the counts are of the reasons the items show
        assert whole.counts == dict(Counter(kind for i in whole.items for kind in {r.kind for r in i.reasons}))
    for offset in (0, 3, len(whole.items) - 2, len(whole.items) + 5):
        page = review_queue(year, filters, limit=4, offset=offset)
        assert [i.inspection_id for i in page.items] == [i.inspection_id for i in whole.items[offset:offset + 4]]
        assert [(i.grade, i.disposition, i.decided) for i in page.items] == [
            (i.grade, i.disposition, i.decided) for i in whole.items[offset:offset + 4]]
        assert (page.matching, page.total, page.counts, page.offset) == (whole.matching, whole.total, whole.counts,
                                                                           offset)


def test_a_page_of_the_refurb_queue_is_the_slice_of_the_whole_with_its_total(year: StationContext) -> None:
    for category in (None, "electronics"):
        whole = _refurb_queue_in_python(year, category)
        assert len(whole) > 3
        for offset in (0, 1, len(whole) - 1, len(whole) + 2):
            page = refurb_page(year, category, limit=2, offset=offset)
            assert page.items == whole[offset:offset + 2]
            assert (page.total, page.offset) == (len(whole), offset)
