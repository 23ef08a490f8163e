"""The review queue on a real station store: flagged inspections, the high-value rule, the sample, filters."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from station.context import StationContext
from station.review.decisions import approve
from station.review.queue import HIGH_VALUE, SAMPLE, QueueFilter, review_queue, sampled
from station.services import inspect as inspection
from tests.station.review.scenario import inspect_item, lead, overridden, user_of


def _no_sample(ctx: StationContext) -> StationContext:
    ctx.settings.review_sample_rate = 0.0
    return ctx


def test_flagged_inspections_wait_for_a_lead_and_plain_ones_do_not(ctx: StationContext) -> None:
    _no_sample(ctx)
    plain = inspect_item(ctx, "RMA-100003")
    override = overridden(ctx, "RMA-100004")
    unexpected = inspect_item(ctx, "RMA-100005", unexpected=True)
    queue = review_queue(ctx)
    ids = [i.inspection_id for i in queue.items]
    assert ids == [override, unexpected], "oldest first, and the plain like-new item is not queued"
    assert plain not in ids
    assert queue.counts == {"override": 1, "unexpected": 1} and queue.total == 2
    item = queue.items[0]
    assert (item.grade, item.disposition) == ("C", "refurbish")
    assert "customer says new" in item.reasons[0].text.render()
    assert [i.inspection_id for i in review_queue(ctx, QueueFilter(newest_first=True)).items] == [unexpected, override]
    only = review_queue(ctx, QueueFilter(reason="unexpected"))
    assert [i.inspection_id for i in only.items] == [unexpected]
    assert only.counts == {"override": 1, "unexpected": 1}, "counts ignore the reason filter, to switch between"


def test_disposing_of_a_high_value_item_needs_a_lead(ctx: StationContext) -> None:
    _no_sample(ctx)
    done = inspect_item(ctx, "RMA-100006", override=inspection.Override("F", "dispose", "Cracked housing"))
    ctx.settings.review_high_value = 1.0
    reasons = {r.kind for r in review_queue(ctx).items[0].reasons}
    assert reasons == {"override", HIGH_VALUE}
    ctx.settings.review_high_value = 1_000_000.0
    assert {r.kind for r in review_queue(ctx).items[0].reasons} == {"override"}
    assert review_queue(ctx).items[0].inspection_id == done


def test_the_quality_sample_is_a_function_of_the_id_and_rate(ctx: StationContext) -> None:
    ids = [uuid.UUID(int=n * 7919 + 12345) for n in range(4000)]
    share = sum(sampled(i, 0.05) for i in ids) / len(ids)
    assert 0.035 < share < 0.065
    assert [sampled(i, 0.05) for i in ids[:200]] == [sampled(i, 0.05) for i in ids[:200]]
    assert not any(sampled(i, 0.0) for i in ids) and all(sampled(i, 1.0) for i in ids)
    # Raising the rate only adds inspections: every station agrees on who is in at any rate.
    assert all(sampled(i, 0.2) for i in ids if sampled(i, 0.05))

    plain = inspect_item(ctx, "RMA-100007")
    ctx.settings.review_sample_rate = 1.0
    item = review_queue(ctx).items[0]
    assert item.inspection_id == plain and [r.kind for r in item.reasons] == [SAMPLE]
    ctx.settings.review_sample_rate = 0.0
    assert review_queue(ctx).items == []


def test_filters_and_the_decided_list(ctx: StationContext) -> None:
    _no_sample(ctx)
    first = overridden(ctx, "RMA-100008")
    second = overridden(ctx, "RMA-100009", inspector=user_of(ctx, "inspector", 1))
    everything = review_queue(ctx, QueueFilter(status="all"))
    assert {i.inspection_id for i in everything.items} == {first, second}
    assert everything.stations == [ctx.station_id] and len(everything.inspectors) == 2
    by_inspector = review_queue(ctx, QueueFilter(inspector_id=user_of(ctx, "inspector", 1)))
    assert [i.inspection_id for i in by_inspector.items] == [second]
    category = everything.items[0].category
    assert all(i.category == category for i in review_queue(ctx, QueueFilter(category=category)).items)
    assert review_queue(ctx, QueueFilter(category="no-such-category")).items == []
    assert review_queue(ctx, QueueFilter(station="DOCK-99")).items == []
    assert len(review_queue(ctx, QueueFilter(grade="C")).items) == 2
    assert review_queue(ctx, QueueFilter(grade="A")).items == []
    assert len(review_queue(ctx, QueueFilter(disposition="refurbish")).items) == 2
    today = date.today()
    assert len(review_queue(ctx, QueueFilter(since=today, until=today)).items) == 2
    assert review_queue(ctx, QueueFilter(until=today - timedelta(days=2))).items == []

    approve(ctx, lead(ctx), first)
    assert [i.inspection_id for i in review_queue(ctx).items] == [second]
    decided = review_queue(ctx, QueueFilter(status="decided")).items
    assert [i.inspection_id for i in decided] == [first] and decided[0].decided


def test_a_photo_found_reused_after_a_decision_reopens_only_its_item(ctx: StationContext) -> None:
    from db.evidence_models import PhotoReuse
    from station.facts import add_fact
    from station.ids import new_id, utc_now

    _no_sample(ctx)
    first = overridden(ctx, "RMA-100010")
    second = overridden(ctx, "RMA-100011")
    approve(ctx, lead(ctx), first)
    with ctx.transaction() as session:  # found by sync after the decision on the first item
        add_fact(session, PhotoReuse(id=new_id(), station_id=ctx.station_id, inspection_id=first, photo_id=new_id(),
                                     other_inspection_id=second, other_photo_id=new_id(),
                                     other_station_id="SITE-DOCK-02", distance=0, found_at=utc_now()))
    # A later decision on another item settles nothing for the first: only its own decisions count.
    approve(ctx, lead(ctx), second)
    assert [i.inspection_id for i in review_queue(ctx).items] == [first]
    assert [i.inspection_id for i in review_queue(ctx, QueueFilter(status="decided")).items] == [second]
    approve(ctx, lead(ctx), first)
    assert review_queue(ctx).items == []
