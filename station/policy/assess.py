"""Applies the policy to one inspection: reads the RMA, its dates and the customer's history, then decides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from db.policy_models import RmaDates
from station.policy.flags import PolicyFlag, policy_flags
from station.policy.loading import PolicySet, policy_for
from station.policy.model import WarehousePolicy
from station.policy.refund import Recommendation, recommend
from station.policy.window import WindowCheck, check_window
from station.text import _

if TYPE_CHECKING:
    from station.context import StationContext


@dataclass(frozen=True)
class Assessment:
    recommendation: Recommendation
    flags: list[PolicyFlag]
    window: WindowCheck | None


def station_policy(ctx: StationContext) -> PolicySet:
    return policy_for(ctx.resources, list(ctx.rules.grades), ctx.templates.templates)


def customer_returns(session: Session, warehouse: WarehousePolicy, rma: models.ReturnAuthorization) -> int | None:
    limit = warehouse.repeat_returner
    if limit is None or not rma.customer:
        return None
    query = select(func.count()).select_from(models.ReturnAuthorization).where(
        models.ReturnAuthorization.customer == rma.customer)
    if rma.purchase_date is not None:
        span = timedelta(days=limit.lookback_days)
        query = query.where(models.ReturnAuthorization.purchase_date.between(rma.purchase_date - span,
                                                                             rma.purchase_date + span))
    return session.scalar(query) or 0


def assess(session: Session, policy: PolicySet, *, category: str, sku: str, rma_number: str | None,
           line_no: int | None, serial: str | None, grade: str, answers: Mapping[str, Any],
           received_at: datetime) -> Assessment | None:
    """None when the warehouse has no valid policy file: then nothing is recommended (the problem is logged)."""
    warehouse = policy.warehouse
    if warehouse is None:
        return None
    terms = policy.categories.get(category)
    product = session.get(models.Product, sku)
    rma = session.get(models.ReturnAuthorization, rma_number) if rma_number else None
    line = None
    if rma is not None and line_no is not None:
        line = session.scalar(select(models.RmaLine).where(models.RmaLine.rma_number == rma.rma_number,
                                                           models.RmaLine.line_no == line_no))
    window = None
    if rma is not None and terms is not None:
        dates = session.get(RmaDates, rma.rma_number)
        window = check_window(warehouse, terms, purchase_date=rma.purchase_date,
                              delivered_on=dates.delivered_on if dates else None,
                              requested_on=dates.requested_on if dates else None, received_at=received_at)
    reason = rma.reason if rma is not None else None
    recommendation = recommend(warehouse, terms, category_id=category, category_name=policy.category_name(category),
                               grade=grade,
                               price=product.price if product is not None else None, window=window,
                               rma_reason=reason)
    if rma is None:
        recommendation = Recommendation("none", recommendation.price, Decimal("0.00"), Decimal("0.00"), _(
            "No refund yet: there is no RMA for this item, so no customer to pay. A lead finds the order."),
            warehouse.version)
    flags = policy_flags(warehouse, terms, window=window, customer=rma.customer if rma else None,
                         customer_returns=customer_returns(session, warehouse, rma) if rma else None,
                         rma_reason=reason, answers=answers, scanned_serial=serial,
                         sold_serial=line.expected_serial if line is not None else None)
    return Assessment(recommendation, flags, window)
