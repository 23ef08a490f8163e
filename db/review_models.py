"""Leads' reviews of inspections and the per-station audit chain: both facts, written once and synced."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class Review(Base):
    """A lead's decision on an inspection: approve the outcome, or regrade it. Never edited; the latest wins."""

    __tablename__ = "reviews"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    station_id: Mapped[str] = mapped_column(String(40))
    reviewer_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(20))  # approve | regrade
    # The outcome before and after this decision (equal for an approval), so the trail reads on its own.
    previous_grade: Mapped[str] = mapped_column(String(4))
    previous_disposition: Mapped[str] = mapped_column(String(30))
    grade: Mapped[str] = mapped_column(String(4))
    disposition: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEvent(Base):
    """One fact recorded: who, which station, what, when; `hash` covers `prev_hash`, chaining a station's events."""

    __tablename__ = "audit_events"
    __table_args__ = (
        UniqueConstraint("station_id", "seq", name="uq_audit_events_station_seq"),
        Index("ix_audit_events_row", "table_name", "row_id"),
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 ... per station: the chain's order, never the clock
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(40))
    row_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # HMAC-SHA256 of `hash` under the station's chain key, which the central issued and keeps and the station
    # holds outside its database file: an event rewritten in the file no longer matches (station/audit/seal.py).
    seal: Mapped[str | None] = mapped_column(String(64))
