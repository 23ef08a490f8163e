"""Every policy rule on its own: the window (last day, no date, time zones), fees, settlements and the flags."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from station.policy.flags import OUTSIDE_WINDOW, REPEAT_RETURNER, SERIAL_MISMATCH, USED_UNOPENED, policy_flags
from station.policy.model import CategoryPolicy, WarehousePolicy
from station.policy.refund import recommend
from station.policy.window import check_window

WAREHOUSE = WarehousePolicy.model_validate({
    "version": "t1", "timezone": "Europe/Berlin", "return_date": "received", "non_returnable_categories": ["food"],
    "unknown_purchase_date": "store_credit", "repeat_returner": {"max_returns": 3, "lookback_days": 365},
    "unopened_reasons": ["unopened"]})
APPAREL = CategoryPolicy.model_validate({
    "category": "apparel", "window_days": 30, "window_from": "delivery", "full_refund_grades": ["A"],
    "grades": {"A": {"settle": "refund"}, "B": {"settle": "refund", "fee_percent": 10},
               "C": {"settle": "store_credit", "fee_fixed": "5.00"}, "D": {"settle": "store_credit"},
               "F": {"settle": "none"}},
    "outside_window": "store_credit", "exchange_reasons": ["wrong size"],
    "signs_of_use": [{"when": {"question": "tags", "in": ["detached", "missing"]}, "what": "tags removed"}]})
BERLIN = ZoneInfo("Europe/Berlin")


def _window(received: datetime, purchase: date | None = date(2026, 3, 1), delivered: date | None = None,
            requested: date | None = None, warehouse: WarehousePolicy = WAREHOUSE):
    return check_window(warehouse, APPAREL, purchase_date=purchase, delivered_on=delivered, requested_on=requested,
                        received_at=received)


def test_the_windows_last_day_is_inside_and_the_next_day_is_not() -> None:
    last = _window(datetime(2026, 3, 31, 21, 0, tzinfo=UTC))  # 23:00 in Berlin on the 31st
    assert last.checked and last.inside and last.last_day == date(2026, 3, 31)
    late = _window(datetime(2026, 4, 1, 10, 0, tzinfo=UTC))
    assert late.checked and not late.inside
    assert "1 day after the last day 2026-03-31" in late.words.render()


def test_the_day_is_counted_in_the_warehouses_time_zone_not_utc() -> None:
    # 22:30 UTC on the 31st of March is already 1 April in Berlin (summer time): one day late there.
    moment = datetime(2026, 3, 31, 22, 30, tzinfo=UTC)
    assert not _window(moment).inside
    new_york = WAREHOUSE.model_copy(update={"timezone": "America/New_York"})
    assert _window(moment, warehouse=new_york).inside, "still the 31st in New York"


def test_the_window_starts_at_delivery_when_known_else_at_purchase() -> None:
    received = datetime(2026, 4, 5, 10, 0, tzinfo=UTC)
    assert not _window(received).inside
    by_delivery = _window(received, delivered=date(2026, 3, 10))
    assert by_delivery.inside and "from delivery" in by_delivery.words.render()


def test_a_missing_purchase_date_is_not_checked_and_caps_the_refund() -> None:
    window = _window(datetime(2026, 4, 5, tzinfo=UTC), purchase=None)
    assert not window.checked and window.inside and "no purchase date" in window.words.render()
    advice = recommend(WAREHOUSE, APPAREL, category_id="apparel", grade="A", price=Decimal("40.00"), window=window,
                       rma_reason=None)
    assert advice.settlement == "store_credit" and advice.amount == Decimal("40.00")
    assert "no purchase date" in advice.rule.render()
    flags = policy_flags(WAREHOUSE, APPAREL, window=window, customer=None, customer_returns=None, rma_reason=None,
                         answers={}, scanned_serial=None, sold_serial=None)
    assert flags == [], "an unknown date is not a late return"


def test_requested_return_date_counts_and_without_it_the_window_is_not_checked() -> None:
    requested = WAREHOUSE.model_copy(update={"return_date": "requested"})
    received = datetime(2026, 6, 1, tzinfo=UTC)
    inside = _window(received, requested=date(2026, 3, 31), warehouse=requested)
    assert inside.checked and inside.inside, "asked on the last day, arrived weeks later: still in time"
    unknown = _window(received, warehouse=requested)
    assert not unknown.checked and "no return request date" in unknown.words.render()


@pytest.mark.parametrize(("grade", "settlement", "fee", "amount"), [
    ("A", "refund", "0.00", "49.90"),
    ("B", "refund", "4.99", "44.91"),
    ("C", "store_credit", "5.00", "44.90"),
    ("D", "store_credit", "0.00", "49.90"),
    ("F", "none", "0.00", "0.00"),
])
def test_fees_and_settlement_follow_the_grade(grade: str, settlement: str, fee: str, amount: str) -> None:
    advice = recommend(WAREHOUSE, APPAREL, category_id="apparel", grade=grade, price=Decimal("49.90"), window=None,
                       rma_reason="Changed my mind")
    assert (advice.settlement, advice.fee, advice.amount) == (settlement, Decimal(fee), Decimal(amount))
    assert advice.price == Decimal("49.90") and advice.policy_version == "t1"
    assert f"grade {grade}" in advice.rule.render()


def test_a_zero_price_costs_nothing_and_never_a_negative_amount() -> None:
    for grade in ("A", "B", "C"):
        advice = recommend(WAREHOUSE, APPAREL, category_id="apparel", grade=grade, price=Decimal("0"), window=None,
                           rma_reason=None)
        assert advice.amount == Decimal("0.00") and advice.fee == Decimal("0.00"), grade


def test_outside_the_window_a_refund_becomes_credit_and_credit_stays() -> None:
    late = _window(datetime(2026, 5, 1, tzinfo=UTC))
    refund = recommend(WAREHOUSE, APPAREL, category_id="apparel", grade="A", price=Decimal("10"), window=late,
                       rma_reason=None)
    assert refund.settlement == "store_credit" and "outside the return window" in refund.rule.render()
    nothing = recommend(WAREHOUSE, APPAREL, category_id="apparel", grade="F", price=Decimal("10"), window=late,
                        rma_reason=None)
    assert nothing.settlement == "none", "a fallback never gives more than the grade does"


def test_an_exchange_reason_turns_a_refund_into_an_exchange() -> None:
    advice = recommend(WAREHOUSE, APPAREL, category_id="apparel", grade="A", price=Decimal("30"), window=None,
                       rma_reason="Wrong size")
    assert advice.settlement == "exchange" and "Wrong size" in advice.rule.render()


def test_a_non_returnable_category_gets_nothing_and_a_category_without_policy_says_so() -> None:
    food = recommend(WAREHOUSE, None, category_id="food", grade="A", price=Decimal("9.99"), window=None,
                     rma_reason=None)
    assert food.settlement == "none" and food.amount == 0 and "not returnable" in food.rule.render()
    unknown = recommend(WAREHOUSE, None, category_id="garden", grade="A", price=Decimal("9.99"), window=None,
                        rma_reason=None)
    assert unknown.settlement == "refund" and "No return policy for garden" in unknown.rule.render()


def _flags(**kwargs):
    base = {"window": None, "customer": "Ann", "customer_returns": 1, "rma_reason": "Changed my mind",
            "answers": {"tags": "attached"}, "scanned_serial": None, "sold_serial": None}
    return [(f.kind, f.reason.render()) for f in policy_flags(WAREHOUSE, APPAREL, **{**base, **kwargs})]


def test_outside_window_flag_carries_the_windows_words() -> None:
    late = _window(datetime(2026, 5, 1, tzinfo=UTC))
    assert _flags(window=late) == [(OUTSIDE_WINDOW, late.words.render())]


def test_repeat_returner_over_the_threshold_only() -> None:
    assert _flags(customer_returns=3) == []
    [(kind, reason)] = _flags(customer_returns=4)
    assert kind == REPEAT_RETURNER and "Ann has 4 returns within 365 days (the limit is 3)" in reason


def test_signs_of_use_on_an_unopened_return() -> None:
    assert _flags(rma_reason="Unopened, no longer needed") == [], "tags attached: no sign of use"
    [(kind, reason)] = _flags(rma_reason="Unopened, no longer needed", answers={"tags": "missing"})
    assert kind == USED_UNOPENED and "tags removed" in reason
    assert _flags(answers={"tags": "missing"}) == [], "a worn item returned for another reason is graded, not flagged"


def test_a_scanned_serial_that_differs_from_the_one_sold() -> None:
    assert _flags(scanned_serial="SN-1", sold_serial="sn-1 ") == [], "case and spaces do not make a different serial"
    assert _flags(scanned_serial="SN-1", sold_serial=None) == [] and _flags(scanned_serial=None, sold_serial="X") == []
    [(kind, reason)] = _flags(scanned_serial="SN-2", sold_serial="SN-1")
    assert kind == SERIAL_MISMATCH and "(SN-2)" in reason and "(SN-1)" in reason
