"""Return policy data: each inspection's refund recommendation (a fact), RMA dates and sales counts (reference)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, Numeric, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class RefundRecommendation(Base):
    """What the policy recommends for one completed inspection; the station never moves money itself."""

    __tablename__ = "refund_recommendations"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), unique=True)
    station_id: Mapped[str] = mapped_column(String(40))
    settlement: Mapped[str] = mapped_column(String(20))  # refund | store_credit | exchange | none
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    fee: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    rule: Mapped[dict[str, Any]] = mapped_column(JSON)  # the Text, as JSON, that says which rule decided
    policy_version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DecisionRefund(Base):
    """The refund the policy recommends for the outcome a lead's review or a refurb re-grade decided: a shop told
    the decided outcome refunds what the item is worth now, not what the inspector's grade said."""

    __tablename__ = "decision_refunds"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    # A review's or a refurb outcome's id (two tables, so no foreign key on it).
    decision_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    station_id: Mapped[str] = mapped_column(String(40))
    settlement: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    fee: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    rule: Mapped[dict[str, Any]] = mapped_column(JSON)
    policy_version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RmaDates(Base):
    """Dates a shop's RMA export may carry beyond the purchase date; the return window counts with them."""

    __tablename__ = "rma_dates"
    __table_args__ = {"info": {"sync": "reference"}}
    rma_number: Mapped[str] = mapped_column(ForeignKey("return_authorizations.rma_number"), primary_key=True)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    requested_on: Mapped[date | None] = mapped_column(Date)


class SalesCount(Base):
    """Units sold of a product in a month, imported from the shop, so return rates can be computed."""

    __tablename__ = "sales_counts"
    __table_args__ = {"info": {"sync": "reference"}}
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # the first day of the month
    units: Mapped[int] = mapped_column(Integer)
