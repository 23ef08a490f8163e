"""The policy inside a real inspection: the grade screen's recommendation, the stored fact and the review flags."""

from __future__ import annotations

import csv
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db import models
from db.policy_models import RefundRecommendation
from station.context import StationContext
from station.imports.rmas import import_rmas
from station.review.queue import review_queue
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.identify import identify
from tests.flows import find_answers, like_new

PHOTO = sorted((Path(__file__).resolve().parents[3] / "resources" / "demo" / "camera").glob("*.jpg"))[0]


def _draft(ctx: StationContext, rma: str, answers: dict[str, Any] | None = None,
           serial: str | None = None) -> inspection.DraftView:
    ident = identify(ctx, rma)
    line = ident.lines[0]
    assert line.product is not None
    inspector = next(u.id for u in list_users(ctx) if u.role == "inspector")
    draft = inspection.start_inspection(ctx, inspector, inspection.StartRequest(
        label_text=rma, label_kind=ident.label.kind, sku=line.product.sku, rma_number=line.rma_number,
        line_no=line.line_no, serial=serial))
    chosen = answers or like_new(ctx.templates.templates[draft.category], ctx.rules)
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        draft = inspection.answer(ctx, draft.id, question.id, chosen.get(question.id))
    for _i in range(10):
        if not draft.photos_missing:
            break
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id, path=PHOTO)
    assert draft.step == "grade" and draft.ready_to_complete
    return draft


def _kinds(flags) -> list[str]:
    return [f.kind for f in flags]


def test_a_like_new_return_gets_a_full_refund_shown_and_stored_as_a_fact(ctx: StationContext) -> None:
    draft = _draft(ctx, "RMA-100001")  # footwear, "Changed my mind", no request date from the shop
    advice = draft.recommendation
    assert advice is not None and advice.settlement == "refund" and advice.fee == Decimal("0.00")
    assert advice.amount == advice.price == Decimal(draft.product.price)
    assert "grade A under the Footwear policy" in advice.rule.render()
    assert _kinds(draft.flags) == [], "no request date: the window is not checked, so nothing to flag"

    done = inspection.complete_inspection(ctx, draft.id)
    assert done.recommendation == advice
    with ctx.read() as session:
        stored = session.scalar(select(RefundRecommendation).where(RefundRecommendation.inspection_id == done.id))
        assert stored is not None and stored.station_id == ctx.station_id
        assert (stored.settlement, stored.amount, stored.fee) == ("refund", advice.amount, Decimal("0.00"))
        assert stored.rule == advice.rule.to_json() and stored.policy_version == advice.policy_version
        outbox = session.scalar(select(models.OutboxEntry).where(models.OutboxEntry.row_id == str(stored.id)))
        assert outbox is not None and outbox.table_name == "refund_recommendations"
        assert Decimal(outbox.payload["amount"]) == advice.amount  # sent as exact decimal text


def test_a_late_return_is_flagged_once_with_its_reason_and_waits_for_a_lead(ctx: StationContext,
                                                                            tmp_path: Path) -> None:
    ctx.settings.review_sample_rate = 0.0
    rmas = tmp_path / "late.csv"
    with rmas.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rma_number", "customer", "reason", "purchase_date", "line_no", "sku", "requested_date"])
        writer.writerow(["RMA-900001", "Late Larry", "Changed my mind", "2026-01-02", "1", "AP-2007", "2026-03-01"])
    assert import_rmas(ctx.sessions, rmas).problems == []
    draft = _draft(ctx, "RMA-900001")
    assert _kinds(draft.flags) == ["outside_window"]
    assert draft.recommendation is not None and draft.recommendation.settlement == "store_credit"
    done = inspection.complete_inspection(ctx, draft.id)
    assert _kinds(done.flags) == ["outside_window"]
    assert "Outside the 30-day window from purchase" in done.flags[0].reason.render()
    queued = review_queue(ctx).items
    assert [(i.inspection_id, [r.kind for r in i.reasons]) for i in queued] == [(done.id, ["outside_window"])]


def test_a_repeat_returner_is_flagged(ctx: StationContext) -> None:
    draft = _draft(ctx, "RMA-100009")  # Daniel Brown: seven RMAs in the demo data, the limit is five
    assert "repeat_returner" in _kinds(draft.flags)
    reason = next(f for f in draft.flags if f.kind == "repeat_returner").reason.render()
    assert "Daniel Brown has 7 returns" in reason


def test_worn_shoes_returned_as_unopened_are_flagged(ctx: StationContext) -> None:
    template = ctx.templates.templates["footwear"]
    worn = find_answers(template, ctx.rules, lambda result, answers: answers.get("wear") == "worn"
                        and not result.flags)
    draft = _draft(ctx, "RMA-100003", worn)  # "Unopened, no longer needed"
    assert _kinds(draft.flags) == ["used_unopened"]
    assert "shows signs of use: worn" in draft.flags[0].reason.render()
    plain = _draft(ctx, "RMA-100001", worn)  # "Changed my mind": worn shoes are graded, not flagged
    assert "used_unopened" not in _kinds(plain.flags)


def test_a_swapped_serial_is_flagged_once_even_when_the_checklist_also_says_so(ctx: StationContext) -> None:
    with ctx.read() as session:
        line = session.scalars(select(models.RmaLine).where(models.RmaLine.expected_serial.is_not(None))
                               .order_by(models.RmaLine.rma_number)).first()
        assert line is not None
        rma, category = line.rma_number, session.get(models.Product, line.sku).category
    template = ctx.templates.templates[category]
    different = find_answers(template, ctx.rules, lambda _result, answers: answers.get("serial_matches")
                             == "different" and answers.get("contents") == "rma_item")
    draft = _draft(ctx, rma, different, serial="SWAPPED-" + uuid.uuid4().hex[:6])
    assert _kinds(draft.flags).count("serial_mismatch") == 1
    same = _draft(ctx, rma, serial=line.expected_serial)
    assert "serial_mismatch" not in _kinds(same.flags)
    other = _draft(ctx, rma, serial="SWAPPED-2")
    assert _kinds(other.flags).count("serial_mismatch") == 1
    assert "not the one sold" in next(f for f in other.flags if f.kind == "serial_mismatch").reason.render()


def test_repeat_returns_count_only_purchases_within_the_lookback(ctx: StationContext, tmp_path: Path) -> None:
    from station.policy.assess import customer_returns, station_policy

    rmas = tmp_path / "history.csv"
    with rmas.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rma_number", "customer", "reason", "purchase_date", "line_no", "sku"])
        for n, bought in enumerate(["2024-01-10", "2025-06-01", "2025-12-01", "2026-03-01", "2026-11-01"], 1):
            writer.writerow([f"RMA-80000{n}", "Hana Lookback", "Changed my mind", bought, "1", "AP-2007"])
    assert import_rmas(ctx.sessions, rmas).problems == []
    warehouse = station_policy(ctx).warehouse
    assert warehouse is not None and warehouse.repeat_returner is not None
    assert warehouse.repeat_returner.lookback_days == 365
    with ctx.read() as session:
        latest = session.get(models.ReturnAuthorization, "RMA-800005")
        oldest = session.get(models.ReturnAuthorization, "RMA-800001")
        assert customer_returns(session, warehouse, latest) == 3, "2025-12, 2026-03 and 2026-11: within a year"
        assert customer_returns(session, warehouse, oldest) == 1, "nothing else within a year of January 2024"
