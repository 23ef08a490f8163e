"""The policy's review flags: late, repeat returner, used although "unopened", serial differs from the one sold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from station.checklist.conditions import matches
from station.policy.model import CategoryPolicy, WarehousePolicy
from station.policy.window import WindowCheck
from station.text import Text, _

OUTSIDE_WINDOW = "outside_window"
REPEAT_RETURNER = "repeat_returner"
USED_UNOPENED = "used_unopened"
SERIAL_MISMATCH = "serial_mismatch"  # shared with the checklist's serial question: one flag of a kind


@dataclass(frozen=True)
class PolicyFlag:
    kind: str
    reason: Text


def _serial(value: str | None) -> str:
    return (value or "").strip().upper().replace(" ", "")


def policy_flags(warehouse: WarehousePolicy, category: CategoryPolicy | None, *, window: WindowCheck | None,
                 customer: str | None, customer_returns: int | None, rma_reason: str | None,
                 answers: Mapping[str, Any], scanned_serial: str | None, sold_serial: str | None
                 ) -> list[PolicyFlag]:
    flags: list[PolicyFlag] = []
    if window is not None and window.checked and not window.inside:
        flags.append(PolicyFlag(OUTSIDE_WINDOW, window.words))
    limit = warehouse.repeat_returner
    if limit is not None and customer and customer_returns is not None and customer_returns > limit.max_returns:
        flags.append(PolicyFlag(REPEAT_RETURNER, _(
            "Repeat returner: {customer} has {count} returns within {days} days (the limit is {limit}).",
            customer=customer, count=customer_returns, days=limit.lookback_days, limit=limit.max_returns)))
    reason = (rma_reason or "").lower()
    if category is not None and rma_reason and any(w.lower() in reason for w in warehouse.unopened_reasons):
        used = [sign.what for sign in category.signs_of_use if matches(sign.when, answers)]
        if used:
            flags.append(PolicyFlag(USED_UNOPENED, _(
                "Returned as \"{reason}\", but shows signs of use: {signs}.", reason=rma_reason,
                signs=", ".join(used))))
    if _serial(scanned_serial) and _serial(sold_serial) and _serial(scanned_serial) != _serial(sold_serial):
        flags.append(PolicyFlag(SERIAL_MISMATCH, _(
            "The serial on the item ({scanned}) is not the one sold ({sold}): possibly a swapped item.",
            scanned=scanned_serial, sold=sold_serial)))
    return flags
