"""Leads' decisions as facts: approve or regrade with a reason, the derived outcome, and who may decide."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from db import models
from db.review_models import AuditEvent, Review
from station.context import StationContext
from station.outcome import current_outcome
from station.review.decisions import ReviewRefused, approve, regrade
from tests.station.review.scenario import lead, overridden, user_of


def _outcome(ctx: StationContext, inspection_id) -> tuple[str, str]:
    with ctx.read() as session:
        decision = current_outcome(session, session.get(models.Inspection, inspection_id))
        return decision.grade, decision.disposition


def test_a_regrade_is_a_new_fact_and_the_latest_decision_is_the_outcome(ctx: StationContext) -> None:
    done = overridden(ctx, "RMA-100010")
    assert _outcome(ctx, done) == ("C", "refurbish")
    first = regrade(ctx, lead(ctx), done, grade="D", disposition=None, reason="Deep scratch across the screen")
    assert (first.previous_grade, first.grade, first.disposition) == ("C", "D", "refurbish")
    assert _outcome(ctx, done) == ("D", "refurbish")
    second = regrade(ctx, lead(ctx, 1), done, grade="F", disposition="dispose", reason="Battery swollen")
    assert _outcome(ctx, done) == ("F", "dispose")
    approval = approve(ctx, lead(ctx), done, "Agreed with Olga")
    assert (approval.grade, approval.disposition) == ("F", "dispose") and _outcome(ctx, done) == ("F", "dispose")
    with ctx.read() as session:
        row = session.get(models.Inspection, done)
        assert (row.grade, row.disposition) == ("C", "refurbish"), "the inspection itself is never edited"
        reviews = session.scalars(select(Review).where(Review.inspection_id == done).order_by(Review.decided_at))
        assert [(r.action, r.reason) for r in reviews] == [
            ("regrade", "Deep scratch across the screen"), ("regrade", "Battery swollen"),
            ("approve", "Agreed with Olga")]
        for review_id in (first.id, second.id, approval.id):
            assert session.scalar(select(func.count()).select_from(models.OutboxEntry).where(
                models.OutboxEntry.row_id == str(review_id))) == 1
            event = session.scalar(select(AuditEvent).where(AuditEvent.row_id == str(review_id)))
            assert event is not None and event.table_name == "reviews"
        assert {e.actor_id for e in session.scalars(select(AuditEvent).where(AuditEvent.table_name == "reviews"))} \
            == {lead(ctx), lead(ctx, 1)}


def test_a_regrade_needs_a_reason_and_a_real_change(ctx: StationContext) -> None:
    done = overridden(ctx, "RMA-100011")
    with pytest.raises(ReviewRefused, match="Say why"):
        regrade(ctx, lead(ctx), done, grade="D", disposition=None, reason="  ")
    with pytest.raises(ReviewRefused, match="already the outcome"):
        regrade(ctx, lead(ctx), done, grade="C", disposition="refurbish", reason="same again")
    with pytest.raises(ReviewRefused, match="not on this warehouse's scale"):
        regrade(ctx, lead(ctx), done, grade="Z", disposition=None, reason="odd grade")
    with pytest.raises(ReviewRefused, match="not known here"):
        regrade(ctx, lead(ctx), done, grade=None, disposition="sell_on_moon", reason="odd place")
    with ctx.read() as session:
        assert session.scalar(select(func.count()).select_from(Review)) == 0


@pytest.mark.parametrize("role", ["inspector", "refurb", "admin"])
def test_only_leads_decide_and_the_service_says_so(ctx: StationContext, role: str) -> None:
    done = overridden(ctx, "RMA-100012")
    with pytest.raises(ReviewRefused, match="Only a shift lead") as refused:
        regrade(ctx, user_of(ctx, role), done, grade="D", disposition=None, reason="I think it is worse")
    assert role in refused.value.text.render()
    with pytest.raises(ReviewRefused, match="Only a shift lead"):
        approve(ctx, user_of(ctx, role), done)
    with ctx.read() as session:
        assert session.scalar(select(func.count()).select_from(Review)) == 0


def test_the_role_is_read_from_the_database_on_every_call(ctx: StationContext) -> None:
    done = overridden(ctx, "RMA-100013")
    demoted = lead(ctx)
    with ctx.transaction() as session:
        session.execute(text("UPDATE users SET role = 'inspector' WHERE id = :id"), {"id": demoted.hex})
    with pytest.raises(ReviewRefused, match="Only a shift lead"):
        approve(ctx, demoted, done)


def test_a_lead_does_not_review_their_own_inspection(ctx: StationContext) -> None:
    done = overridden(ctx, "RMA-100014", inspector=lead(ctx))
    with pytest.raises(ReviewRefused, match="another lead"):
        approve(ctx, lead(ctx), done)
    assert approve(ctx, lead(ctx, 1), done).action == "approve"
