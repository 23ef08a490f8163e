"""Appends an AuditEvent for each fact: its hash covers the fact's content and the station's previous event."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from db import models
from db.review_models import AuditEvent
from station.ids import new_id, utc_now

GENESIS = "0" * 64
# Who did it: the first of these a fact has; answers and photos take their inspection's inspector.
ACTOR_FIELDS = ("actor_id", "reviewer_id", "inspector_id", "technician_id", "user_id", "printed_by", "by")


def _canonical(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        # Both dialects read times back in UTC; hashing the UTC form keeps write and verify in step.
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def row_digest(row: models.Base) -> str:
    """SHA-256 of every column of a fact, in a form that reads back the same from SQLite and PostgreSQL."""
    mapper = inspect(row).mapper
    content = {column.key: _canonical(getattr(row, column.key)) for column in mapper.column_attrs}
    return _sha(content)


def event_digest(station_id: str, seq: int, actor_id: uuid.UUID | None, table_name: str, row_id: str,
                 row_hash: str, prev_hash: str, recorded_at: datetime) -> str:
    return _sha({"station": station_id, "seq": seq, "actor": _canonical(actor_id), "table": table_name,
                 "row": row_id, "row_hash": row_hash, "prev": prev_hash, "at": _canonical(recorded_at)})


def _sha(content: Any) -> str:
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _parent_inspection(session: Session, row: models.Base) -> models.Inspection | None:
    inspection_id = getattr(row, "inspection_id", None)
    return session.get(models.Inspection, inspection_id) if inspection_id is not None else None


def _station_and_actor(session: Session, row: models.Base) -> tuple[str, uuid.UUID | None]:
    station_id = getattr(row, "station_id", None)
    actor = next((getattr(row, name) for name in ACTOR_FIELDS if isinstance(getattr(row, name, None), uuid.UUID)),
                 None)
    if station_id is None or actor is None:
        parent = _parent_inspection(session, row)
        if parent is not None:
            station_id = station_id or parent.station_id
            actor = actor or parent.inspector_id
    if station_id is None:
        raise ValueError(f"fact {row.__tablename__} has no station: give it a station_id or an inspection_id")
    return station_id, actor


def _lock_chain(session: Session, station_id: str) -> None:
    # Two writers must not take the same sequence number. SQLite: the flush before this took the one write lock.
    # PostgreSQL: a transaction-scoped advisory lock per station.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": "audit:" + station_id})


def record(session: Session, row: models.Base) -> AuditEvent | None:
    """Appends the AuditEvent for a fact just added to the session (called by `add_fact`, in its transaction)."""
    if isinstance(row, AuditEvent):
        return None  # events are facts too, but recording them would never end
    from station.sync.outbox import add_fact

    session.flush()  # the fact's defaults are filled in (hashed as stored) and the write lock is ours
    station_id, actor = _station_and_actor(session, row)
    _lock_chain(session, station_id)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.station_id == station_id)
        .order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row_hash = row_digest(row)
    row_id = str(row.id)
    now = utc_now()
    event = AuditEvent(id=new_id(), station_id=station_id, seq=seq, actor_id=actor, table_name=row.__tablename__,
                       row_id=row_id, row_hash=row_hash, prev_hash=prev_hash, recorded_at=now,
                       hash=event_digest(station_id, seq, actor, row.__tablename__, row_id, row_hash, prev_hash, now))
    session.add(event)
    add_fact(session, event)
    return event


def chain_length(session: Session, station_id: str) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.station_id == station_id)
                          ) or 0
