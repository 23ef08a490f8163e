"""The refurb queue reads only the items that may be waiting, and still sees a lead's later decisions."""

from __future__ import annotations

from station.context import StationContext
from station.refurb.queue import refurb_queue
from station.review.decisions import regrade
from tests.station.refurb.graded import complete
from tests.station.review.scenario import lead


def test_a_lead_sends_a_restocked_item_to_refurb_and_another_out_of_it(ctx: StationContext) -> None:
    restocked = complete(ctx, "RMA-100003", damaged=False)
    waiting = complete(ctx, "RMA-100002")
    assert [i.inspection_id for i in refurb_queue(ctx)] == [waiting]
    regrade(ctx, lead(ctx), restocked, grade="C", disposition="refurbish", reason="Hinge loose on a second look")
    regrade(ctx, lead(ctx), waiting, grade="F", disposition="dispose", reason="Board burnt, not worth the work")
    assert [i.inspection_id for i in refurb_queue(ctx)] == [restocked]
