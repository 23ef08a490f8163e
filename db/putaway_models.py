"""Facts of put-away: containers opened, items placed in and removed from them, closes, moves, caught mis-sorts.

A container is named by its barcode (`code`), never by the row id of the fact that opened it: two stations may
open or fill the same container offline, and its contents and state are derived from these facts alone.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class Container(Base):
    """A container opened at a station: its barcode, kind (tote, cart, pallet, gaylord, cage), zone, capacity."""

    __tablename__ = "containers"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    zone: Mapped[str] = mapped_column(String(40))
    capacity_items: Mapped[int] = mapped_column(Integer)
    capacity_kg: Mapped[float | None] = mapped_column(Float)
    opened_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # None: the command line or the demo
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ContainerPlacement(Base):
    """An item put into (`placed`) or taken out of (`removed`) a container, confirmed by a scan."""

    __tablename__ = "container_placements"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    container_code: Mapped[str] = mapped_column(String(40), index=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    action: Mapped[str] = mapped_column(String(10))  # placed | removed
    weight_kg: Mapped[float | None] = mapped_column(Float)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class ContainerClose(Base):
    """A container closed (by key or at capacity). Two stations may close one at once; the first by id counts."""

    __tablename__ = "container_closes"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    container_code: Mapped[str] = mapped_column(String(40), index=True)
    reason: Mapped[str] = mapped_column(String(20))  # key | items | kg
    items: Mapped[int] = mapped_column(Integer)  # as this station counted them when it closed
    closed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ContainerMove(Base):
    """A container taken to a location (a scanned location barcode)."""

    __tablename__ = "container_moves"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    container_code: Mapped[str] = mapped_column(String(40), index=True)
    location: Mapped[str] = mapped_column(String(40))
    moved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    moved_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PutawayMissort(Base):
    """A confirm scan that named the wrong container (or none): caught before the item went in."""

    __tablename__ = "putaway_missorts"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    scanned_code: Mapped[str] = mapped_column(String(200))
    expected_code: Mapped[str | None] = mapped_column(String(40))
    problem: Mapped[str] = mapped_column(String(30))  # unknown | closed | wrong_kind | wrong_zone | full | item_label
    detail: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
