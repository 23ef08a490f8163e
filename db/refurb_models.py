"""Facts of the refurb desk and the slips: slip prints, refurbishment work (with photos after), re-grades."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class SlipPrint(Base):
    """One slip printed (or written to a file) for one inspection; a reprint names its reason."""

    __tablename__ = "slip_prints"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    printed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # None: the command line
    kind: Mapped[str] = mapped_column(String(20))  # "grading"
    size: Mapped[str] = mapped_column(String(10))  # "4x6" | "a6" | "zpl"
    target: Mapped[str] = mapped_column(String(300))  # "printer:NAME", "file:PATH", "zpl:PATH"
    reprint_reason: Mapped[str | None] = mapped_column(Text)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RefurbWork(Base):
    """What a technician did to an item graded refurbish: the work, parts, minutes and notes."""

    __tablename__ = "refurb_work"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    technician_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    work_done: Mapped[str] = mapped_column(Text)
    parts: Mapped[list[Any]] = mapped_column(JSON)
    minutes: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RefurbPhoto(Base):
    """A photo after the work, stored by content hash in the evidence store like inspection photos."""

    __tablename__ = "refurb_photos"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    work_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("refurb_work.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size_bytes: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RefurbOutcome(Base):
    """The re-grade after refurbishment: the checklist answers, the rules' proposal and the outcome chosen."""

    __tablename__ = "refurb_outcomes"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    technician_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    template_version: Mapped[int] = mapped_column(Integer)
    rules_version: Mapped[str] = mapped_column(String(40))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    proposed_grade: Mapped[str] = mapped_column(String(4))
    proposed_disposition: Mapped[str] = mapped_column(String(30))
    grade: Mapped[str] = mapped_column(String(4))
    disposition: Mapped[str] = mapped_column(String(30))  # restock | dispose
    reasons: Mapped[list[Any]] = mapped_column(JSON)
    override_reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
