"""The one way a fact is written: the row, its outbox entry and its audit event, in the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db import models
from db.review_models import AuditEvent
from station.audit.chain import append_event
from station.ids import utc_now
from station.rows import row_values


def _queue(session: Session, row: models.Base, payload: dict[str, Any]) -> None:
    session.add(models.OutboxEntry(table_name=row.__tablename__, row_id=str(payload.get("id")), payload=payload,
                                   created_at=utc_now()))


def add_fact(session: Session, row: models.Base) -> AuditEvent:
    """Adds a new fact to the session with its outbox row and its hash-chained audit event (also a fact, queued
    the same way). Facts are never updated: a change is a new fact."""
    session.add(row)
    session.flush()  # defaults filled in, so the outbox sends and the chain hashes the row as stored
    payload = row_values(row)
    _queue(session, row, payload)
    event = append_event(session, row, payload)
    _queue(session, event, row_values(event))
    return event
