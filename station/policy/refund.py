"""The refund recommendation: how much, minus which fee, as refund, store credit or exchange, and why."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from station.policy.model import CategoryPolicy, Settlement, WarehousePolicy
from station.policy.window import WindowCheck
from station.text import Text, _

CENT = Decimal("0.01")
# What a fallback may take away: a refund can become credit, credit can become nothing, never the reverse.
_RANK = {"refund": 3, "exchange": 3, "store_credit": 2, "none": 0}


@dataclass(frozen=True)
class Recommendation:
    settlement: Settlement
    price: Decimal
    fee: Decimal
    amount: Decimal
    rule: Text  # the rule that produced it, in words
    policy_version: str

    def to_json(self) -> dict[str, object]:
        return {"settlement": self.settlement, "price": str(self.price), "fee": str(self.fee),
                "amount": str(self.amount), "rule": self.rule.to_json(), "policy_version": self.policy_version}


def settlement_name(settlement: str) -> Text:
    return {"refund": _("Refund"), "store_credit": _("Store credit"), "exchange": _("Exchange"),
            "none": _("No refund")}.get(settlement, _("{name}", name=settlement))


def money(value: Decimal) -> str:
    return f"{value.quantize(CENT, ROUND_HALF_UP):.2f}"


def _fallback(current: Settlement, fallback: Settlement) -> Settlement:
    return fallback if _RANK[fallback] < _RANK[current] else current


def recommend(warehouse: WarehousePolicy, category: CategoryPolicy | None, *, category_id: str, grade: str,
              price: Decimal | None, window: WindowCheck | None, rma_reason: str | None,
              category_name: Text | None = None) -> Recommendation:
    """`category_name` is what the reasons call the category (the checklist's title); its id otherwise."""
    name = category_name or _("{name}", name=category_id)
    price = (price or Decimal("0")).quantize(CENT, ROUND_HALF_UP)
    version = warehouse.version
    if category_id in warehouse.non_returnable_categories:
        return Recommendation("none", price, Decimal("0.00"), Decimal("0.00"), _(
            "{category} items are not returnable under the warehouse policy: no refund.", category=name),
            version)
    if category is None:
        return Recommendation("refund", price, Decimal("0.00"), price, _(
            "No return policy for {category}: full refund recommended; a lead may set terms.",
            category=name), version)
    terms = category.grades[grade]
    settle: Settlement = terms.settle
    why: list[Text] = [_("grade {grade} under the {category} policy", grade=grade, category=name)]
    fee = Decimal("0")
    if settle == "none":
        why.append(_("nothing back for this grade"))
    elif grade in category.full_refund_grades:
        why.append(_("full price"))
    elif terms.fee_percent is not None:
        fee = price * terms.fee_percent / 100
        why.append(_("{percent} % restocking fee", percent=f"{terms.fee_percent:g}"))
    elif terms.fee_fixed is not None:
        fee = terms.fee_fixed
        why.append(_("restocking fee {fee}", fee=money(terms.fee_fixed)))
    else:
        why.append(_("no restocking fee"))
    if window is not None and not window.checked and window.last_day is None:
        changed = _fallback(settle, warehouse.unknown_purchase_date)
        if changed != settle:
            why.append(_("no purchase date: {settlement} at most", settlement=settlement_name(changed)))
        settle = changed
    elif window is not None and window.checked and not window.inside:
        changed = _fallback(settle, category.outside_window)
        if changed != settle:
            why.append(_("outside the return window: {settlement} at most", settlement=settlement_name(changed)))
        settle = changed
    reason = (rma_reason or "").lower()
    if settle == "refund" and any(word.lower() in reason for word in category.exchange_reasons):
        settle = "exchange"
        why.append(_("the customer's reason \"{reason}\" calls for an exchange", reason=rma_reason))
    if settle == "none":
        fee, amount = Decimal("0"), Decimal("0")
    else:
        fee = min(fee, price)  # a fixed fee never exceeds the price: a free item costs the customer nothing
        amount = price - fee
    fee, amount = fee.quantize(CENT, ROUND_HALF_UP), amount.quantize(CENT, ROUND_HALF_UP)
    rule = _("{settlement} {amount} (price {price}, fee {fee}): {why}.", settlement=settlement_name(settle),
             amount=money(amount), price=money(price), fee=money(fee), why=_join(why))
    return Recommendation(settle, price, fee, amount, rule, version)


def _join(parts: list[Text]) -> Text:
    if not parts:
        return _("as the policy says")
    text = parts[0]
    for part in parts[1:]:
        text = _("{first}; {second}", first=text, second=part)
    return text
