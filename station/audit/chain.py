"""Appends an AuditEvent for each fact: its hash covers the fact's content and the station's previous event."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db import models
from db.review_models import AuditEvent
from db.sync_models import SyncState
from station.audit.seal import keys_of_session, seal
from station.ids import new_id, utc_now
from station.rows import plain, row_values
from station.text import StationError, _

GENESIS = "0" * 64
# Who did it: the first of these a fact has; answers and photos take their inspection's inspector.
ACTOR_FIELDS = ("actor_id", "reviewer_id", "inspector_id", "technician_id", "user_id", "printed_by", "by")


def row_digest(row: models.Base) -> str:
    """SHA-256 of every column of a fact, in a form that reads back the same from SQLite and PostgreSQL."""
    return _sha(row_values(row))


def event_digest(station_id: str, seq: int, actor_id: uuid.UUID | None, table_name: str, row_id: str,
                 row_hash: str, prev_hash: str, recorded_at: datetime) -> str:
    return _sha({"station": station_id, "seq": seq, "actor": plain(actor_id), "table": table_name,
                 "row": row_id, "row_hash": row_hash, "prev": prev_hash, "at": plain(recorded_at)})


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


def _refuse_while_restoring(session: Session, station_id: str) -> None:
    # A new install of a station id is pulling that id's earlier chain back (station/sync/install.py): an event
    # written now would take a number the central already holds, so no fact is written until it has joined.
    if session.scalar(select(SyncState.install_state).where(SyncState.id == 1)) == "restoring":
        raise StationError(_("This station is still fetching its earlier records as {station} from the central "
                             "database. Wait until the header shows it synced, then try again.", station=station_id))


def append_event(session: Session, row: models.Base, values: dict[str, Any] | None = None) -> AuditEvent:
    """Adds the AuditEvent for a fact just flushed into the session; `station.facts.add_fact` queues both.
    ``values`` is the fact as `row_values` encodes it, when the caller has it already."""
    station_id, actor = _station_and_actor(session, row)
    _refuse_while_restoring(session, station_id)
    _lock_chain(session, station_id)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.station_id == station_id)
        .order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row_hash = _sha(values if values is not None else row_values(row))
    row_id = str(row.id)
    now = utc_now()
    event = AuditEvent(id=new_id(), station_id=station_id, seq=seq, actor_id=actor, table_name=row.__tablename__,
                       row_id=row_id, row_hash=row_hash, prev_hash=prev_hash, recorded_at=now,
                       hash=event_digest(station_id, seq, actor, row.__tablename__, row_id, row_hash, prev_hash, now))
    key = keys_of_session(session).get(station_id)
    if key is not None and seq >= key.sealed_from:
        event.seal = seal(key, event.hash)
    session.add(event)
    return event


def chain_length(session: Session, station_id: str) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.station_id == station_id)
                          ) or 0
