"""The queues read the outcomes of many inspections at once: the same answer as one inspection at a time."""

from __future__ import annotations

from sqlalchemy import select

from db import models
from station.context import StationContext
from station.outcome import current_outcome, current_outcomes
from station.review.decisions import approve, regrade
from tests.station.review.scenario import lead, overridden


def test_many_outcomes_at_once_are_each_inspections_latest_decision(ctx: StationContext) -> None:
    regraded, approved, untouched = (overridden(ctx, rma) for rma in ("RMA-100010", "RMA-100011", "RMA-100012"))
    regrade(ctx, lead(ctx), regraded, grade="D", disposition=None, reason="Deep scratch across the screen")
    regrade(ctx, lead(ctx, 1), regraded, grade="F", disposition="dispose", reason="Battery swollen")
    approve(ctx, lead(ctx), approved, "Agreed with Olga")
    with ctx.read() as session:
        inspections = list(session.scalars(select(models.Inspection)
                                           .where(models.Inspection.id.in_([regraded, approved, untouched]))))
        at_once = current_outcomes(session, inspections)
        one_by_one = {i.id: current_outcome(session, i) for i in inspections}
    assert at_once == one_by_one
    assert (at_once[regraded].grade, at_once[regraded].disposition, at_once[regraded].source) == ("F", "dispose",
                                                                                                  "review")
    assert at_once[untouched].source == "inspection"
