"""A recycled photo used at two stations that were offline from each other is found when it arrives by sync: each
station flags its own inspection, both are linked, and the leads see it wherever they look."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from db import evidence_models
from station.audit.verify import verify_store
from station.context import StationContext
from station.ids import utc_now
from station.review.decisions import approve
from station.review.evidence import load_evidence
from station.review.queue import find_by_label, review_queue
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.evidence import check_lines, flag_reuses_in_pulled, photo_checks_for
from station.services.sync import sync_once
from tests.station.evidence.photoset import PHOTOS
from tests.station.evidence.test_evidence_in_inspections import _answered, _fill_needs, _start
from tests.station.sync.compare import assert_central_matches

pytestmark = pytest.mark.postgres


def _inspect(ctx: StationContext, close_ups: str, item_photo: str) -> uuid.UUID:
    draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "AP-2001")), close_ups)
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / item_photo)
    return inspection.complete_inspection(ctx, draft.id).id


def _reuses(ctx: StationContext) -> list[evidence_models.PhotoReuse]:
    with ctx.read() as session:
        return list(session.scalars(select(evidence_models.PhotoReuse).order_by(evidence_models.PhotoReuse.found_at)))


def _queued(ctx: StationContext, inspection_id: uuid.UUID) -> list[str]:
    item = next((i for i in review_queue(ctx).items if i.inspection_id == inspection_id), None)
    return [r.kind for r in item.reasons] if item is not None else []


def test_a_photo_reused_at_another_station_flags_both_inspections_after_sync(central, make_station) -> None:
    a, b, c = (make_station(f"DOCK-2{n}", central, joined=True) for n in (1, 2, 3))
    # Offline from each other: A photographs the item, B attaches a cropped copy of A's photo; C inspects another.
    first = _inspect(a, "unrelated-barcode-83.jpg", "AP-2001-good.jpg")
    second = _inspect(b, "unrelated-barcode-85.jpg", "AP-2001-dup-cropped.jpg")
    honest = _inspect(c, "unrelated-barcode-84.jpg", "AP-2001-other.jpg")
    assert "reused_photo" not in _queued(b, second)  # nothing to compare with at capture
    lead = next(u.id for u in list_users(b) if u.role == "lead")
    approve(b, lead, second, "looked fine before the other station synced")
    assert all(i.inspection_id != second for i in review_queue(b).items)

    assert sync_once(a).everything_sent
    assert sync_once(c).everything_sent
    central.settle()
    assert sync_once(b).everything_sent
    found = _reuses(b)
    assert [(r.inspection_id, r.other_inspection_id, r.other_station_id) for r in found] == [
        (second, first, "DOCK-21")]
    assert found[0].distance <= 14
    # B's lead approved before the evidence arrived: the inspection is open for review again.
    assert "reused_photo" in _queued(b, second)
    lines = [line.render() for view in photo_checks_for(b, second) for line in check_lines(b, view)]
    assert any(str(first) in line and "arrived by sync" in line and "DOCK-21" in line for line in lines)

    central.settle()  # B sent its finding in the same pass that found it
    assert sync_once(a).everything_sent
    mine = [r for r in _reuses(a) if r.station_id == "DOCK-21"]
    assert [(r.inspection_id, r.other_inspection_id) for r in mine] == [(first, second)]
    # A's leads see both sides: its own inspection and B's, with the reason in words.
    for inspection_id in (first, second):
        assert "reused_photo" in _queued(a, inspection_id)
    evidence = load_evidence(a, first)
    assert any(r.kind == "reused_photo" and str(second) in r.text.render() for r in evidence.review_reasons)
    # The id shown beside the reused photo, scanned or typed in the Review mode, opens the other inspection.
    assert find_by_label(a, str(second)) == second and find_by_label(a, f" {first} ") == first

    # A different photo of the same kind of item links nothing; C only receives the others' findings.
    assert sync_once(a).everything_sent
    central.settle()
    assert sync_once(c).everything_sent
    assert all(r.inspection_id != honest and r.other_inspection_id != honest for r in _reuses(c))
    assert {r.inspection_id for r in _reuses(c)} == {first, second}
    assert "reused_photo" not in _queued(c, honest)
    for station in (a, b, c):
        assert_central_matches(central.engine, station)
        with station.read() as session:
            audit = verify_store(session, station.evidence, station.station_id)
        assert audit.ok, audit.first


def test_a_pair_is_linked_once_however_often_its_rows_arrive(ctx: StationContext) -> None:
    own = _inspect(ctx, "unrelated-barcode-83.jpg", "AP-2001-good.jpg")
    with ctx.read() as session:
        item = session.scalars(select(evidence_models.PhotoCheck).where(
            evidence_models.PhotoCheck.inspection_id == own, evidence_models.PhotoCheck.whole_item)).one()
        copy = {c.name: getattr(item, c.name) for c in evidence_models.PhotoCheck.__table__.columns}
    other = uuid.uuid4()
    pulled = {"photo_checks": [{**copy, "id": uuid.uuid4(), "inspection_id": other, "photo_id": uuid.uuid4(),
                                "station_id": "DOCK-77"}]}
    with ctx.transaction() as session:
        assert flag_reuses_in_pulled(ctx, session, pulled) == 1
    with ctx.transaction() as session:
        assert flag_reuses_in_pulled(ctx, session, pulled) == 0  # the same batch delivered again
    # This station's own rows coming back, or another station's photo of another picture, link nothing.
    with ctx.transaction() as session:
        assert flag_reuses_in_pulled(ctx, session, {"photo_checks": [{**copy, "id": uuid.uuid4()}]}) == 0
        assert flag_reuses_in_pulled(ctx, session, {"photo_checks": [
            {**copy, "id": uuid.uuid4(), "inspection_id": uuid.uuid4(), "station_id": "DOCK-78",
             "phash": f"{int(copy['phash'], 16) ^ 0xFFFFFFFF:016x}"}]}) == 0
    assert [(r.inspection_id, r.other_inspection_id) for r in _reuses(ctx)] == [(own, other)]
    with ctx.read() as session:
        outbox = set(session.scalars(select(evidence_models.PhotoReuse.id)))
    assert len(outbox) == 1


def test_an_open_inspection_is_searched_again_when_it_is_completed(ctx: StationContext) -> None:
    """A photo that arrived by sync while this inspection was open is caught when the inspector completes it."""
    draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "AP-2001")), "unrelated-barcode-83.jpg")
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "AP-2001-dup-resized.jpg")
    assert "reused_photo" not in [f.kind for f in draft.flags]
    # Meanwhile another station's check of the same picture arrives (as the pull inserts it).
    with ctx.transaction() as session:
        mine = draft.photos[-1].checks
        assert mine is not None
        arrived = evidence_models.PhotoCheck(
            id=uuid.uuid4(), photo_id=uuid.uuid4(), inspection_id=uuid.uuid4(), station_id="DOCK-31",
            photo_sha256="0" * 64, phash=mine.phash, ok=True, problems=[], measures={}, whole_item=True,
            camera="0", similarity=None, catalog_sku=None, reused=[], kept_reason=None,
            checked_at=utc_now(), limits=None)
        session.add(arrived)
        other = arrived.inspection_id
    done = inspection.complete_inspection(ctx, draft.id)
    assert any(f.kind == "reused_photo" and str(other) in f.reason.render() for f in done.flags)


def test_a_pull_that_dies_before_its_commit_finds_the_reuse_on_the_next_sync(central, make_station) -> None:
    from station.sync.faults import listen

    a, b = make_station("DOCK-24", central, joined=True), make_station("DOCK-25", central, joined=True)
    first = _inspect(a, "unrelated-barcode-83.jpg", "AP-2001-good.jpg")
    second = _inspect(b, "unrelated-barcode-85.jpg", "AP-2001-dup-reencoded.jpg")
    assert sync_once(a).everything_sent
    central.settle()

    def die(**_info) -> None:
        raise ConnectionError("the network went away before the local commit")

    stop = listen("pull.before_local_commit", die)
    try:
        assert sync_once(b).outcome != "done"
    finally:
        stop()
    # Nothing of that pull stayed: neither A's rows nor a finding about them.
    assert _reuses(b) == []
    with b.read() as session:
        assert session.scalar(select(evidence_models.PhotoCheck.id).where(
            evidence_models.PhotoCheck.inspection_id == first).limit(1)) is None
    assert sync_once(b).everything_sent
    assert [(r.inspection_id, r.other_inspection_id) for r in _reuses(b)] == [(second, first)]
    assert_central_matches(central.engine, b)
