"""The station's sync state (pull cursor, last sync, outage, problem) and the status the header shows."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal_column, or_, select
from sqlalchemy.orm import Session

from db import models
from db.sync_models import PhotoUpload, SyncState
from station.sync import tables
from station.text import Text, _n


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


@dataclass
class _PendingPhotos:
    """Per fact table: the rowid and file of the last photo row read, and the files read but not uploaded yet."""

    last: dict[str, tuple[int, str]] = field(default_factory=dict)
    waiting: set[str] = field(default_factory=set)


_PENDING: dict[str, _PendingPhotos] = {}
_PENDING_LOCK = threading.Lock()
_SHAS_PER_READ = 500


def photos_pending(session: Session, station_id: str) -> tuple[list[str], int]:
    """This station's photo files not yet verified in the central store, and how many of them are damaged.

    The header asks every few seconds: on SQLite only the photo rows added since the last call are read (facts are
    only ever added, so a higher rowid is a newer row) and only the files still waiting are looked up again (a
    file once uploaded stays so).
    """
    uploaded = select(PhotoUpload.sha256).where(PhotoUpload.state == "uploaded")
    photo_facts = [fact for fact in tables.fact_tables()
                   if fact.photo_column is not None and fact.station_column is not None]
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        pending: set[str] = set()
        for fact in photo_facts:
            column = fact.table.c[fact.photo_column]  # type: ignore[index]
            pending.update(session.scalars(select(column).distinct().where(
                fact.table.c[fact.station_column] == station_id, column.not_in(uploaded))))  # type: ignore[index]
    else:
        with _PENDING_LOCK:
            pending = _pending_since(session, station_id, photo_facts, f"{bind.url}|{station_id}")
    damaged = 0
    listed = sorted(pending)
    for start in range(0, len(listed), _SHAS_PER_READ):
        damaged += session.scalar(select(func.count()).select_from(PhotoUpload).where(
            PhotoUpload.state != "uploaded", PhotoUpload.sha256.in_(listed[start:start + _SHAS_PER_READ]))) or 0
    return listed, int(damaged)


def _pending_since(session: Session, station_id: str, photo_facts: list[tables.FactTable], key: str) -> set[str]:
    kept = _PENDING.setdefault(key, _PendingPhotos())
    for fact in photo_facts:
        last_rowid, last_sha = kept.last.get(fact.name, (0, ""))
        column = fact.table.c[fact.photo_column]  # type: ignore[index]
        rowid = literal_column(f"{fact.name}.rowid")
        if last_rowid and session.scalar(select(column).where(rowid == last_rowid)) != last_sha:
            kept = _PENDING[key] = _PendingPhotos()  # the store was replaced, or rows read earlier were rolled back
            break
    for fact in photo_facts:
        last_rowid, _last_sha = kept.last.get(fact.name, (0, ""))
        column = fact.table.c[fact.photo_column]  # type: ignore[index]
        rowid = literal_column(f"{fact.name}.rowid")
        # Plain SQL: the first call of a process reads every photo row of the year, without per-row processing.
        kept.waiting.update(sha for (sha,) in session.connection().exec_driver_sql(
            f'SELECT "{fact.photo_column}" FROM "{fact.name}" WHERE rowid > ? AND "{fact.station_column}" = ?',
            (last_rowid, station_id)))
        top = session.scalar(select(func.max(rowid)).select_from(fact.table))
        if top is not None and top > last_rowid:
            kept.last[fact.name] = (top, session.scalar(select(column).where(rowid == top)))
    if len(kept.waiting) <= _SHAS_PER_READ * 10:
        listed = list(kept.waiting)
        for start in range(0, len(listed), _SHAS_PER_READ):
            kept.waiting -= set(session.scalars(select(PhotoUpload.sha256).where(
                PhotoUpload.state == "uploaded", PhotoUpload.sha256.in_(listed[start:start + _SHAS_PER_READ]))))
    else:  # a station that has not sent its photos for long (or never has a central): one read of the uploads
        kept.waiting -= set(session.scalars(select(PhotoUpload.sha256).where(PhotoUpload.state == "uploaded")))
    return set(kept.waiting)


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
        problem = _n("The central database refused %n record(s); they wait in quarantine. Call a lead or IT "
                     "(`station sync status` lists them; `station sync retry` sends them again).", quarantined)
        if _chain_refused(session):
            problem = _n("The central database refused %n record(s) because this station's audit chain was "
                         "changed outside the station program (or does not go on from the central's). Sending them "
                         "again cannot help: keep this computer as it is and call IT to run `station audit verify "
                         "--central`.", quarantined)
    elif damaged:
        state = "error"
        problem = _n("Damaged on this station's disk and not sent: %n photo file(s). Retake them if the items are "
                     "still here, and tell a lead.", damaged)
    elif offline_since is not None:
        state = "offline"
    elif waiting or photos or last_sync is None:
        state = "waiting"
    else:
        state = "synced"
    return SyncStatus(state, waiting, by_table, int(quarantined), len(photos) - damaged, damaged, last_sync,
                      offline_since, problem)
