"""The outbox: what new facts are waiting for the sync worker (`station.facts.add_fact` writes its rows)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models


def waiting(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(models.OutboxEntry)
                          .where(models.OutboxEntry.sent_at.is_(None))) or 0
