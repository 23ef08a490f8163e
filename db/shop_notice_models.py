"""Whether the shop and the customer were told of an inspection: written by the central relay, pulled by stations."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class ShopNotice(Base):
    """One row per inspection, replaced by the relay as deliveries go: reference data, so stations only read it."""

    __tablename__ = "shop_notices"
    __table_args__ = {"info": {"sync": "reference"}}
    # No foreign key: the notice may reach a station before the inspection it speaks of (another station's).
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    rma_number: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(20))  # delivered | waiting | refused
    # Per destination: {"destination", "state", "attempts", "answer", "at"}; the answer is the shop's own words.
    destinations: Mapped[list[Any]] = mapped_column(JSON)
    # The first refusal's answer, for the one line a lead sees.
    reason: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
