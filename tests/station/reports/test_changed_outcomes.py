"""The grade and disposition mixes count an item's current outcome: a lead's regrade, a refurb re-grade."""

from __future__ import annotations

from station.context import StationContext
from station.refurb.regrade import complete_regrade, regrade_view
from station.refurb.work import WorkRequest, record_work
from station.reports.summary import ReportFilter, report_summary
from station.review.decisions import approve, regrade
from tests.flows import like_new
from tests.station.refurb.graded import complete, user_id
from tests.station.review.scenario import lead, overridden


def test_the_mixes_follow_a_leads_regrade_and_a_refurb_regrade(ctx: StationContext) -> None:
    before = report_summary(ctx.sessions, ReportFilter())
    assert before.inspections == 0
    regraded = overridden(ctx, "RMA-100002")  # C / refurbish
    approved = overridden(ctx, "RMA-100004")  # C / refurbish, approved as it is
    refurbished = complete(ctx, "RMA-100006")  # refurbish, then re-graded A / restock at the desk
    regrade(ctx, lead(ctx), regraded, grade="F", disposition="dispose", reason="cracked housing")
    approve(ctx, lead(ctx), approved)
    technician = user_id(ctx, "refurb")
    record_work(ctx, technician, refurbished, WorkRequest("Cleaned", (), 10, "", ()))
    template = ctx.templates.templates[regrade_view(ctx, refurbished).category]
    assert complete_regrade(ctx, technician, refurbished, like_new(template, ctx.rules)).disposition == "restock"

    summary = report_summary(ctx.sessions, ReportFilter())
    assert summary.inspections == 3
    grades, dispositions = dict(summary.grades), dict(summary.dispositions)
    assert grades == {"A": 1, "C": 1, "F": 1}
    assert dispositions == {"restock": 1, "refurbish": 1, "dispose": 1}
