"""The station's sync state (pull cursor, last sync, outage, problem) and the status the header shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import models
from db.sync_models import PhotoUpload, SyncState
from station.sync import tables
from station.text import Text, _


def load(session: Session) -> SyncState:
    """The one state row, created on first use (in the caller's transaction)."""
    state = session.get(SyncState, 1)
    if state is None:
        state = SyncState(id=1, pull_txid=0, pull_seq=0)
        session.add(state)
        session.flush()
    return state


@dataclass(frozen=True)
class SyncStatus:
    """What the header and `station sync status` show. ``state`` is one of: stand-alone, synced, waiting,
    offline, error."""

    state: str
    waiting: int
    waiting_by_table: dict[str, int]
    quarantined: int
    photos_waiting: int
    photos_damaged: int
    last_sync_at: datetime | None
    offline_since: datetime | None
    problem: Text | None

    def to_json(self) -> dict[str, Any]:
        return {
            "state": self.state, "waiting": self.waiting, "waiting_by_table": self.waiting_by_table,
            "quarantined": self.quarantined, "photos_waiting": self.photos_waiting,
            "photos_damaged": self.photos_damaged,
            "last_sync_at": self.last_sync_at.isoformat() if self.last_sync_at else None,
            "offline_since": self.offline_since.isoformat() if self.offline_since else None,
            "problem": self.problem.render() if self.problem else None,
        }


def photos_pending(session: Session, station_id: str) -> tuple[list[str], int]:
    """This station's photo files not yet verified in the central store, and how many of them are damaged."""
    pending: set[str] = set()
    for fact in tables.fact_tables():
        if fact.photo_column is None or fact.station_column is None:
            continue
        column = fact.table.c[fact.photo_column]
        uploaded = select(PhotoUpload.sha256).where(PhotoUpload.state == "uploaded")
        pending.update(session.scalars(select(column).distinct().where(
            fact.table.c[fact.station_column] == station_id, column.not_in(uploaded))))
    damaged = session.scalar(select(func.count()).select_from(PhotoUpload)
                             .where(PhotoUpload.state != "uploaded", PhotoUpload.sha256.in_(pending))) if pending else 0
    return sorted(pending), int(damaged or 0)


# What the central's audit-chain trigger says when it refuses an event (station/sync/central_setup.py).
CHAIN_REFUSALS = ("seal does not match", "does not follow event", "is not here before it", "SHA-256 in hex")


def _chain_refused(session: Session) -> bool:
    outbox = models.OutboxEntry
    return session.scalar(select(outbox.seq).where(
        outbox.sent_at.is_(None), outbox.quarantined.is_(True), outbox.table_name == "audit_events",
        or_(*(outbox.last_error.contains(words) for words in CHAIN_REFUSALS))).limit(1)) is not None


def status(session: Session, station_id: str, central_configured: bool) -> SyncStatus:
    outbox = models.OutboxEntry
    by_table = dict(session.execute(
        select(outbox.table_name, func.count()).where(outbox.sent_at.is_(None), outbox.quarantined.is_(False))
        .group_by(outbox.table_name)).all())
    quarantined = session.scalar(select(func.count()).select_from(outbox).where(
        outbox.sent_at.is_(None), outbox.quarantined.is_(True))) or 0
    photos, damaged = photos_pending(session, station_id)
    row = session.get(SyncState, 1)
    waiting = sum(by_table.values())
    problem = Text.from_json(row.problem) if row is not None and row.problem else None
    last_sync = row.last_sync_at if row is not None else None
    offline_since = row.offline_since if row is not None else None
    if not central_configured:
        state = "stand-alone"
        problem = None
    elif row is not None and row.problem_kind == "error":
        state = "error"
    elif quarantined:
        state = "error"
        problem = _("{n} record(s) were refused by the central database and wait in quarantine. Call a lead or "
                    "IT (`station sync status` lists them; `station sync retry` sends them again).", n=quarantined)
        if _chain_refused(session):
            problem = _("{n} record(s) were refused by the central database because this station's audit chain "
                        "was changed outside the station program (or does not go on from the central's). Sending "
                        "them again cannot help: keep this computer as it is and call IT to run `station audit "
                        "verify --central`.", n=quarantined)
    elif damaged:
        state = "error"
        problem = _("{n} photo file(s) are damaged on this station's disk and were not sent. Retake them if the "
                    "items are still here, and tell a lead.", n=damaged)
    elif offline_since is not None:
        state = "offline"
    elif waiting or photos or last_sync is None:
        state = "waiting"
    else:
        state = "synced"
    return SyncStatus(state, waiting, by_table, int(quarantined), len(photos) - damaged, damaged, last_sync,
                      offline_since, problem)
