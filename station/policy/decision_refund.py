"""The refund for a decided outcome: the same policy rule the completion used, applied to the decided grade.

A lead's regrade or a refurb re-grade changes what the item is worth; the shop that is told the new outcome must
refund by it, so each decision records its own recommendation as a fact beside the decision.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from db import models
from db.policy_models import DecisionRefund
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.policy.assess import assess, station_policy

if TYPE_CHECKING:
    from station.context import StationContext


def record_decision_refund(ctx: StationContext, session: Session, inspection: models.Inspection,
                           decision_id: uuid.UUID, grade: str,
                           write: Callable[[Session, Any], object] = add_fact) -> DecisionRefund | None:
    """None when the warehouse has no valid policy (then the completion recommended nothing either). `write` is
    how the decision itself was written (a station's fact, or the central's own for a decision made there)."""
    # The window counts to the day the item arrived, as at completion, not to the day of the decision.
    assessment = assess(session, station_policy(ctx), category=inspection.category, sku=inspection.sku,
                        rma_number=inspection.rma_number, line_no=inspection.rma_line_no,
                        serial=inspection.serial, grade=grade, answers={}, received_at=inspection.completed_at)
    if assessment is None:
        return None
    advice = assessment.recommendation
    row = DecisionRefund(id=new_id(), decision_id=decision_id, inspection_id=inspection.id,
                         station_id=ctx.station_id, settlement=advice.settlement, price=advice.price,
                         fee=advice.fee, amount=advice.amount, rule=advice.rule.to_json(),
                         policy_version=advice.policy_version, created_at=utc_now())
    write(session, row)
    return row
