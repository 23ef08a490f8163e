"""SQLAlchemy models: reference data, facts (immutable, with UUIDv7 ids), drafts and the outbox."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime

# Named constraints, so Alembic batch mode on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# ---- reference data: flows central -> stations ----------------------------------------------


class Station(Base):
    __tablename__ = "stations"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class User(Base):
    __tablename__ = "users"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # inspector | lead | refurb | admin
    badge_code: Mapped[str] = mapped_column(String(64), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(10), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Product(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(40), index=True)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    image: Mapped[str | None] = mapped_column(String(300))
    serialized: Mapped[bool] = mapped_column(Boolean, default=False)


class ReturnAuthorization(Base):
    __tablename__ = "return_authorizations"
    rma_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_number: Mapped[str | None] = mapped_column(String(64))
    customer: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(String(300))
    purchase_date: Mapped[date | None] = mapped_column(Date)
    lines: Mapped[list[RmaLine]] = relationship(back_populates="rma", order_by="RmaLine.line_no")


class RmaLine(Base):
    __tablename__ = "rma_lines"
    __table_args__ = (UniqueConstraint("rma_number", "line_no", name="uq_rma_lines_rma_line"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rma_number: Mapped[str] = mapped_column(ForeignKey("return_authorizations.rma_number"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    # No foreign key: a shop's RMA may name a SKU the station's catalog does not have yet.
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    expected_serial: Mapped[str | None] = mapped_column(String(100), index=True)
    rma: Mapped[ReturnAuthorization] = relationship(back_populates="lines")


class ChecklistTemplateVersion(Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("category", "version", name="uq_checklist_templates_cat_ver"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    category: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class GradingRulesVersion(Base):
    __tablename__ = "grading_rules"
    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime())


# ---- facts: written once by a station, synced, never updated --------------------------------


class Inspection(Base):
    __tablename__ = "inspections"
    __table_args__ = (
        Index("ix_inspections_rma", "rma_number", "rma_line_no"),
        Index("ix_inspections_inspector_completed", "inspector_id", "completed_at"),
        # The reports and the dashboard read a period of inspections (migration policy01).
        Index("ix_inspections_completed_at", "completed_at"),
        # The review queue's category filter and its list of categories (migration 0015).
        Index("ix_inspections_category", "category"),
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40), index=True)
    inspector_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    rma_number: Mapped[str | None] = mapped_column(String(64))
    rma_line_no: Mapped[int | None] = mapped_column(Integer)
    sku: Mapped[str | None] = mapped_column(String(64))
    serial: Mapped[str | None] = mapped_column(String(100))
    label_text: Mapped[str] = mapped_column(Text)
    label_kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[int] = mapped_column(Integer)
    rules_version: Mapped[str] = mapped_column(String(40))
    proposed_grade: Mapped[str] = mapped_column(String(4))
    proposed_disposition: Mapped[str] = mapped_column(String(30))
    grade: Mapped[str] = mapped_column(String(4))
    disposition: Mapped[str] = mapped_column(String(30))
    reasons: Mapped[list[Any]] = mapped_column(JSON)
    override_reason: Mapped[str | None] = mapped_column(Text)
    flags: Mapped[list[Any]] = mapped_column(JSON)
    unexpected: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answers: Mapped[list[InspectionAnswer]] = relationship(order_by="InspectionAnswer.position")
    photos: Mapped[list[Photo]] = relationship(order_by="Photo.taken_at")


class InspectionAnswer(Base):
    __tablename__ = "inspection_answers"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(64))
    question_text: Mapped[str] = mapped_column(Text)
    value: Mapped[Any] = mapped_column(JSON)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Photo(Base):
    __tablename__ = "photos"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    station_id: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    question_id: Mapped[str | None] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size_bytes: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())


# ---- local state: drafts (mutable, never synced) and the outbox -----------------------------


class Draft(Base):
    """An inspection in progress, saved on every answer so a crash resumes where it stopped."""

    __tablename__ = "drafts"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    inspector_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OutboxEntry(Base):
    """One fact waiting to be sent to the central database; written in the fact's own transaction."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    quarantined: Mapped[bool] = mapped_column(Boolean, default=False)
