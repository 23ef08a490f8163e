"""The outbox: every new fact writes a row here in its own transaction, for the sync worker to send."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from db import models
from station.ids import utc_now


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def fact_payload(row: models.Base) -> dict[str, Any]:
    mapper = inspect(row).mapper
    return {column.key: _plain(getattr(row, column.key)) for column in mapper.column_attrs}


def add_fact(session: Session, row: models.Base) -> None:
    payload = fact_payload(row)
    session.add(models.OutboxEntry(table_name=row.__tablename__, row_id=str(payload.get("id")),
                                   payload=payload, created_at=utc_now()))
    from station.audit.chain import record  # lazy: the audit trail writes facts too

    record(session, row)  # every fact appends its hash-chained AuditEvent (which skips itself)


def waiting(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(models.OutboxEntry)
                          .where(models.OutboxEntry.sent_at.is_(None))) or 0
