"""Checks a store's audit chains, the facts they cover, and the photos against their content hashes."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing import get_context
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import JSON, String, Uuid, select, text, type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

import db.all_models  # noqa: F401  (every model module: each fact table an event may name is known)
from db import models
from db.review_models import AuditEvent
from station.audit.chain import GENESIS, event_digest
from station.audit.chain import _sha as row_hash  # row_digest of a row already encoded
from station.audit.digests import EventDigests, TableDigests, encoded, event_rows, uuid_text
from station.audit.seal import ChainKey, sealed_correctly, sealer
from station.evidence.store import EvidenceStore
from station.text import Text, _

# Facts the station itself writes: each of their rows must have an audit event, so an inserted row shows.
CORE_FACT_TABLES = ("inspections", "inspection_answers", "photos", "reviews")


@dataclass(frozen=True)
class Problem:
    # changed | deleted | inserted | broken_chain | forged | photo_missing | photo_changed | photo_copy_changed |
    # diverged
    kind: str
    where: str  # e.g. "audit_events DOCK-01 #12", "inspections 0193…"
    message: Text


@dataclass
class VerifyReport:
    store: str
    stations: dict[str, int] = field(default_factory=dict)  # station -> events in its chain
    facts_checked: int = 0
    photos_checked: int = 0
    photos_elsewhere: int = 0  # other stations' photos this store does not hold (nothing to check)
    sealed: int = 0  # events whose seal was checked against their station's key
    unsealed_chains: list[str] = field(default_factory=list)  # chains with no key to check their seals by
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None


# What each check finds, worded once for both ways of reading a store.
def _missing_event(station_id: str, expected: int, found: int) -> Problem:
    return Problem("broken_chain", f"audit_events {station_id} #{found}", _(
        "Audit chain of station {station}: event #{expected} is missing (the next is #{found}); a record "
        "was deleted.", station=station_id, expected=expected, found=found))


def _not_following(station_id: str, seq: int) -> Problem:
    return Problem("broken_chain", f"audit_events {station_id} #{seq}", _(
        "Audit chain of station {station}: event #{seq} does not follow the one before it; a record was "
        "inserted or changed.", station=station_id, seq=seq))


def _changed_event(station_id: str, seq: int) -> Problem:
    return Problem("changed", f"audit_events {station_id} #{seq}", _(
        "Audit event #{seq} of station {station} does not match its hash: it was changed or inserted after "
        "the chain was written.", station=station_id, seq=seq))


def _forged_event(station_id: str, seq: int) -> Problem:
    return Problem("forged", f"audit_events {station_id} #{seq}", _(
        "Audit event #{seq} of station {station} does not carry the station's seal: it was written or "
        "rewritten outside the station program (its database file was edited).", station=station_id, seq=seq))


def _deleted_row(table: str, row_id: str, seq: int, station_id: str) -> Problem:
    return Problem("deleted", f"{table} {row_id}", _(
        "{table} record {id} (audit event #{seq} of station {station}) is gone: it was deleted.",
        table=table, id=row_id, seq=seq, station=station_id))


def _changed_row(table: str, row_id: str, seq: int, station_id: str) -> Problem:
    return Problem("changed", f"{table} {row_id}", _(
        "{table} record {id} was changed after it was recorded (audit event #{seq} of station "
        "{station}).", table=table, id=row_id, seq=seq, station=station_id))


def _inserted_row(table: str, row_id: str) -> Problem:
    return Problem("inserted", f"{table} {row_id}", _(
        "{table} record {id} has no audit event: it was inserted behind the station's back.",
        table=table, id=row_id))


def _unknown_table(table: str) -> Problem:
    return Problem("unknown_table", table, _(
        "Audit events name the table {table}, which this station does not know. Update the station.", table=table))


def _fact_classes() -> dict[str, type[models.Base]]:
    return {mapper.class_.__tablename__: mapper.class_ for mapper in models.Base.registry.mappers
            if hasattr(mapper.class_, "__tablename__")}


# The columns of an event that the checks read, as plain rows: a year holds millions of events, and building an
# ORM object for each is most of what verifying them costs.
# The actor is read as text (what event_digest hashes), not as a UUID object.
_EVENT_COLUMNS = (AuditEvent.station_id, AuditEvent.seq, type_coerce(AuditEvent.actor_id, String()).label("actor"),
                  AuditEvent.table_name, AuditEvent.row_id, AuditEvent.row_hash, AuditEvent.prev_hash,
                  AuditEvent.hash, AuditEvent.recorded_at, AuditEvent.seal)


def _chains(session: Session) -> dict[str, list[Any]]:
    chains: dict[str, list[Any]] = defaultdict(list)
    for event in session.connection().execute(select(*_EVENT_COLUMNS).order_by(AuditEvent.station_id,
                                                                                AuditEvent.seq)):
        chains[event.station_id].append(event)
    return chains


def _check_chain(station_id: str, events: list[Any], report: VerifyReport,
                 key: ChainKey | None = None) -> None:
    prev_hash = GENESIS
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            report.problems.append(_missing_event(station_id, expected_seq, event.seq))
            return
        if event.prev_hash != prev_hash:
            report.problems.append(_not_following(station_id, event.seq))
            return
        # The actor as text hashes as its UUID does (`plain` gives the same text).
        digest = event_digest(event.station_id, event.seq, uuid_text(event.actor),  # type: ignore[arg-type]
                              event.table_name, event.row_id,
                              event.row_hash, event.prev_hash, event.recorded_at)
        if digest != event.hash:
            report.problems.append(_changed_event(station_id, event.seq))
            return
        if key is not None and event.seq >= key.sealed_from:
            if not sealed_correctly(key, event.seq, event.hash, event.seal):
                report.problems.append(_forged_event(station_id, event.seq))
                return
            report.sealed += 1
        prev_hash = event.hash


def _as_read(value: Any) -> Any:
    # A JSON column's value is decoded JSON already, which `plain` gives back as it is.
    return value


def _row_digests(session: Session, cls: type[models.Base]) -> dict[str, str]:
    """row_digest of every row of a fact table, read as plain rows through the same column types (the same values
    the ORM would give), encoded as `row_values` encodes them. A year holds millions: UUIDs are read as text and
    JSON is not walked again, which is most of what encoding them costs."""
    keys, columns, encoders = [], [], []
    for prop in cls.__mapper__.column_attrs:  # type: ignore[attr-defined]
        column = prop.columns[0]
        keys.append(prop.key)
        if isinstance(column.type, Uuid):
            columns.append(type_coerce(column, String()))
            encoders.append(uuid_text)
        else:
            columns.append(column)
            encoders.append(_as_read if isinstance(column.type, JSON) else encoded)
    digests = {}
    for values in session.connection().execute(select(*columns)):
        row = {key: encode(value) for key, encode, value in zip(keys, encoders, values, strict=True)}
        digests[str(row["id"])] = row_hash(row)
    return digests


def _check_facts(session: Session, chains: dict[str, list[Any]], report: VerifyReport) -> None:
    classes = _fact_classes()
    by_table: dict[str, list[Any]] = defaultdict(list)
    for events in chains.values():
        for event in events:
            by_table[event.table_name].append(event)
    for table in sorted(set(by_table) | set(CORE_FACT_TABLES)):
        cls = classes.get(table)
        if cls is None:
            report.problems.append(_unknown_table(table))
            continue
        digests = _row_digests(session, cls)
        covered = set()
        for event in by_table.get(table, ()):
            digest = digests.get(event.row_id)
            covered.add(event.row_id)
            if digest is None:
                report.problems.append(_deleted_row(table, event.row_id, event.seq, event.station_id))
            elif digest != event.row_hash:
                report.problems.append(_changed_row(table, event.row_id, event.seq, event.station_id))
            report.facts_checked += 1
        report.problems += [_inserted_row(table, row_id) for row_id in sorted(set(digests) - covered)]


# --- SQLite: the station's own store, read with sqlite3's own cursor -------------------------------------------
# A year holds millions of facts and events. SQLAlchemy's result processing, the ORM's encoding and json.dumps were
# most of what verifying them cost; the digests here are the same bytes (station/audit/digests.py), and a large
# store's chains and tables are checked in parallel processes, each reading the file in one snapshot.

_PARALLEL_FROM = 200_000  # events: below this a pool's start costs more than it saves
_CHAIN_PART = 250_000  # events per part of a chain checked on its own


def _chain_problem(station_id: str, events: Any, offset: int, prev_hash: str, key: ChainKey | None,
                   digests: EventDigests) -> tuple[Problem | None, int]:
    """_check_chain over the events at positions offset+1 ... of one chain, given the stored hash of the event
    before them: (the first problem, the seals checked before it)."""
    sealed = 0
    expected_seq = offset
    sealed_from = key.sealed_from if key is not None else 0
    seal_of = sealer(key) if key is not None else None
    compare, sha256, dumps, fromisoformat = hmac.compare_digest, hashlib.sha256, orjson.dumps, datetime.fromisoformat
    for seq, actor, table, row, row_hash_, event_prev, event_hash, recorded_at, event_seal in events:
        expected_seq += 1
        if seq != expected_seq:
            return _missing_event(station_id, expected_seq, seq), sealed
        if event_prev != prev_hash:
            return _not_following(station_id, seq), sealed
        # EventDigests.digest, written out here: this loop runs once per event of a year.
        digest = None
        if type(seq) is int and type(recorded_at) is str and (actor is None or (type(actor) is str
                                                                                 and len(actor) == 32)):
            try:
                at = fromisoformat(recorded_at)
                if at.tzinfo is None:
                    digest = sha256(dumps({
                        "actor": actor and f"{actor[:8]}-{actor[8:12]}-{actor[12:16]}-{actor[16:20]}-{actor[20:]}",
                        "at": at.isoformat() + "+00:00", "prev": event_prev, "row": row, "row_hash": row_hash_,
                        "seq": seq, "station": station_id, "table": table})).hexdigest()
            except (TypeError, ValueError, UnicodeError, orjson.JSONEncodeError):
                pass
        if digest is None:
            digest = digests.reference(station_id, seq, actor, table, row, row_hash_, event_prev, recorded_at)
        if digest != event_hash:
            return _changed_event(station_id, seq), sealed
        if seal_of is not None and seq >= sealed_from:
            if event_seal is None or not compare(event_seal, seal_of(event_hash)):
                return _forged_event(station_id, seq), sealed
            sealed += 1
        prev_hash = event_hash
    return None, sealed


def _table_problems(connection: sqlite3.Connection, digests: TableDigests) -> tuple[list[Problem], int]:
    """_check_facts for one table: (its problems, the events checked)."""
    table = digests.table
    by_id = dict(digests.digests(connection))
    covered: set[Any] = set()
    checked = 0
    intact = True
    recorded = by_id.items()
    events = connection.execute("SELECT row_id, row_hash FROM audit_events WHERE table_name = ?", (table,))
    while chunk := events.fetchmany(100_000):
        # Set operations, so a year's events are compared without a Python step each: an event is intact when its
        # (row id, row hash) is one of the rows' (id, digest).
        checked += len(chunk)
        covered.update(map(itemgetter(0), chunk))
        if intact and not recorded >= set(chunk):
            intact = False
    problems = []
    if not intact:
        # Named in chain order, as the events come: read them again in that order (a broken store only).
        for station_id, seq, row_id, recorded in connection.execute(
                "SELECT station_id, seq, row_id, row_hash FROM audit_events WHERE table_name = ? "
                "ORDER BY station_id, seq", (table,)):
            digest = by_id.get(row_id)
            if digest is None:
                problems.append(_deleted_row(table, row_id, seq, station_id))
            elif digest != recorded:
                problems.append(_changed_row(table, row_id, seq, station_id))
    problems += [_inserted_row(table, row_id) for row_id in sorted(by_id.keys() - covered)]
    return problems, checked


def _sqlite_dialect() -> Any:
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


def _read_snapshot(path: str) -> sqlite3.Connection:
    # One read transaction: a table's rows and their events come from the same moment, while the station writes on.
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN")
    return connection


def _chain_part(path: str, station_id: str, offset: int, limit: int, prev_hash: str,
                key: ChainKey | None) -> tuple[Problem | None, int]:
    connection = _read_snapshot(path)
    try:
        return _chain_problem(station_id, event_rows(connection, station_id, offset, limit), offset, prev_hash, key,
                              EventDigests(_sqlite_dialect()))
    finally:
        connection.close()


def _table_part(path: str, table: str) -> tuple[list[Problem], int]:
    connection = _read_snapshot(path)
    try:
        return _table_problems(connection, TableDigests(_fact_classes()[table], _sqlite_dialect()))
    finally:
        connection.close()


def _workers(events: int, path: str | None, workers: int | None) -> int:
    if not path or path == ":memory:":
        return 1
    if workers is None:
        workers = min(os.cpu_count() or 1, 8) if events >= _PARALLEL_FROM else 1
    return max(1, workers)


def _verify_sqlite(session: Session, report: VerifyReport, keys: dict[str, ChainKey], workers: int | None,
                   photos: Callable[[], list[Problem]]) -> None:
    bind = session.get_bind()
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    chains = connection.execute("SELECT station_id, count(*) FROM audit_events GROUP BY station_id "
                                "ORDER BY station_id").fetchall()
    per_table = dict(connection.execute("SELECT table_name, count(*) FROM audit_events GROUP BY table_name"))
    for station_id, count in chains:
        report.stations[station_id] = count
        if station_id not in keys:
            report.unsealed_chains.append(station_id)
    classes = _fact_classes()
    tables = sorted(set(per_table) | set(CORE_FACT_TABLES))
    workers = _workers(sum(count for _station, count in chains), bind.url.database, workers)
    if workers == 1:
        events = EventDigests(bind.dialect)
        for station_id, count in chains:
            problem, sealed = _chain_problem(station_id, event_rows(connection, station_id, 0, count), 0, GENESIS,
                                             keys.get(station_id), events)
            report.sealed += sealed
            if problem is not None:
                report.problems.append(problem)
        for table in tables:
            if table not in classes:
                report.problems.append(_unknown_table(table))
                continue
            problems, checked = _table_problems(connection, TableDigests(classes[table], bind.dialect))
            report.problems += problems
            report.facts_checked += checked
        report.problems += photos()
        return
    path = str(bind.url.database)
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        chain_parts: dict[str, list[Future[tuple[Problem | None, int]]]] = {}
        for station_id, count in chains:
            futures = chain_parts[station_id] = []
            for offset in range(0, count, _CHAIN_PART):
                prev_hash = GENESIS if offset == 0 else connection.execute(
                    "SELECT hash FROM audit_events WHERE station_id = ? ORDER BY seq LIMIT 1 OFFSET ?",
                    (station_id, offset - 1)).fetchone()[0]
                futures.append(pool.submit(_chain_part, path, station_id, offset, _CHAIN_PART, prev_hash,
                                           keys.get(station_id)))
        table_parts = {table: pool.submit(_table_part, path, table) for table in sorted(
            (table for table in tables if table in classes), key=lambda table: -per_table.get(table, 0))}
        photo_problems = photos()  # meanwhile, in this process; named after the chains' and tables' problems
        for station_id, _count in chains:
            for future in chain_parts[station_id]:
                problem, sealed = future.result()
                report.sealed += sealed
                if problem is not None:
                    report.problems.append(problem)
                    break
        for table in tables:
            if table not in classes:
                report.problems.append(_unknown_table(table))
                continue
            problems, checked = table_parts[table].result()
            report.problems += problems
            report.facts_checked += checked
        report.problems += photo_problems


def _photo_classes() -> list[type[models.Base]]:
    # A fact with a `sha256` column names a photo file in the evidence store (inspection and refurb photos).
    return sorted((cls for cls in _fact_classes().values() if "sha256" in cls.__table__.c
                   and "station_id" in cls.__table__.c), key=lambda cls: cls.__tablename__)


def _photo_rows(session: Session, table: Any) -> tuple[Any, Callable[[Any], str]]:
    """(id, sha256, station_id) of a photo table's rows by id, and how an id reads in a message. On SQLite the ids
    stay as stored until a message names one: a year holds hundreds of thousands of photo rows."""
    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection().connection.driver_connection
        dialect = session.get_bind().dialect
        read = table.c.id.type.dialect_impl(dialect).result_processor(dialect, None) or (lambda raw: raw)
        return connection.execute(f'SELECT id, sha256, station_id FROM "{table.name}" ORDER BY id'), \
            lambda raw: str(read(raw))
    return session.execute(select(table.c.id, table.c.sha256, table.c.station_id).order_by(table.c.id)), str


def _file_sha256(path: Any) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _check_photos(session: Session, evidence: EvidenceStore, own_station: str | None,
                  report: VerifyReport) -> list[Problem]:
    """Counts the photos checked in the report and gives what is wrong with them."""
    # Many rows may name one file (the same photo attached twice, or pulled with another station's copy): each
    # file is read, hashed and its copies checked once, and every row naming it gets the answer.
    exists: dict[str, bool] = {}
    intact: dict[str, bool] = {}
    changed_copies: dict[str, list[str]] = {}
    problems: list[Problem] = []
    whole: set[str] = set()  # present, intact, copies unchanged: nothing to say for any row naming it
    for cls in _photo_classes():
        table_name = cls.__tablename__
        rows, id_text = _photo_rows(session, cls.__table__)
        for photo_id, sha256, station_id in rows:
            if sha256 in whole:
                report.photos_checked += 1
                continue
            where = f"{table_name} {id_text(photo_id)}"
            if sha256 not in exists:
                path = evidence.original_path(sha256)
                exists[sha256] = path.exists()
            if not exists[sha256]:
                if own_station is not None and station_id != own_station:
                    report.photos_elsewhere += 1
                    continue
                problems.append(Problem("photo_missing", where, _(
                    "Photo {sha} ({table} {id}) is missing from the evidence store.",
                    sha=sha256[:12], table=table_name, id=id_text(photo_id))))
                continue
            if sha256 not in intact:
                intact[sha256] = _file_sha256(evidence.original_path(sha256)) == sha256
            if not intact[sha256]:
                problems.append(Problem("photo_changed", where, _(
                    "Photo {sha} ({table} {id}) no longer matches its SHA-256: the file was changed.",
                    sha=sha256[:12], table=table_name, id=id_text(photo_id))))
            else:
                # The review copy and thumbnail are what packets and viewers show: each must be what the original
                # gives. (Shown photos are made again from the original; this names what someone changed.)
                if sha256 not in changed_copies:
                    changed_copies[sha256] = evidence.changed_copies(sha256)
                    if not changed_copies[sha256]:
                        whole.add(sha256)
                for copy in changed_copies[sha256]:
                    problems.append(Problem("photo_copy_changed", where, _(
                        "The {copy} of photo {sha} ({table} {id}) is not the picture its original gives: the file "
                        "was changed. Tell a lead; the station shows a copy made again from the original.",
                        copy=_("review copy") if copy == "review" else _("thumbnail"), sha=sha256[:12],
                        table=table_name, id=id_text(photo_id))))
            report.photos_checked += 1
    return problems


def verify_store(session: Session, evidence: EvidenceStore | None = None, own_station: str | None = None,
                 name: str = "local", keys: dict[str, ChainKey] | None = None,
                 workers: int | None = None) -> VerifyReport:
    """Every chain (and the seals of those whose key is given), every fact it covers, every fact row without an
    event, then every photo (when given a store).

    A SQLite store of ``_PARALLEL_FROM`` events or more is checked by a pool of processes, one per core (``workers``
    sets how many; 1 checks it in this process, through the session's own connection). The pool's processes read
    what is committed to the file; they start as the 'spawn' method does, so a script calling this from its top
    level keeps its work under ``if __name__ == "__main__":``."""
    report = VerifyReport(name)

    def photos() -> list[Problem]:
        return [] if evidence is None else _check_photos(session, evidence, own_station, report)

    if session.get_bind().dialect.name == "sqlite":
        try:
            try:
                _verify_sqlite(session, report, keys or {}, workers, photos)
            except BrokenProcessPool:
                # A process of the pool could not start or died (a caller that cannot spawn): check it here.
                report = VerifyReport(name)
                _verify_sqlite(session, report, keys or {}, 1, photos)
        except sqlite3.Error as exc:
            # Read past SQLAlchemy, but failing as its reading would (the callers name a database they cannot read).
            raise DBAPIError(None, None, exc) from exc
        return report
    chains = _chains(session)
    for station_id, events in chains.items():
        report.stations[station_id] = len(events)
        key = (keys or {}).get(station_id)
        if key is None:
            report.unsealed_chains.append(station_id)
        _check_chain(station_id, events, report, key)
    _check_facts(session, chains, report)
    report.problems += photos()
    return report


def central_keys(session: Session) -> dict[str, ChainKey]:
    """The chain keys the central keeps (its owner's login reads them; a station role cannot)."""
    if session.get_bind().dialect.name != "postgresql":
        return {}
    readable = session.execute(text(
        "SELECT to_regclass('sync_station_keys') IS NOT NULL "
        "AND has_table_privilege('sync_station_keys', 'SELECT')")).scalar()
    if not readable:
        return {}
    return {str(s): ChainKey(str(k), int(f)) for s, k, f in session.execute(
        text("SELECT station_id, chain_key, sealed_from FROM sync_station_keys"))}


def compare_chains(local: Session, central: Session, own_station: str, report: VerifyReport) -> None:
    """Both stores must hold the same chain per station, one a prefix of the other (sync lags, never differs).

    This is what catches the last events of a chain deleted with their facts, which a lone store cannot see.
    """
    mine = {s: [e.hash for e in events] for s, events in _chains(local).items()}
    theirs = {s: [e.hash for e in events] for s, events in _chains(central).items()}
    for station_id in sorted(set(mine) & set(theirs)):
        a, b = mine[station_id], theirs[station_id]
        for seq, (x, y) in enumerate(zip(a, b, strict=False), start=1):
            if x != y:
                report.problems.append(Problem("diverged", f"audit_events {station_id} #{seq}", _(
                    "Station {station}'s audit chain here and in the central database differ from event #{seq}.",
                    station=station_id, seq=seq)))
                break
        else:
            # Other stations' chains may lag here until the next pull; this station's own may not.
            if station_id == own_station and len(b) > len(a):
                report.problems.append(Problem("deleted", f"audit_events {station_id} #{len(a) + 1}", _(
                    "The central database holds events #{first}–#{last} of station {station} that this store "
                    "lacks: they were deleted here.", station=station_id, first=len(a) + 1, last=len(b))))
