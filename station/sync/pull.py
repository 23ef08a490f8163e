"""Pull: reference data and other stations' facts, read in the order of the central change log.

The log is ordered by (transaction id, sequence) and read only below the oldest transaction still running on
the server, so a change that commits late can never fall behind the cursor. For each logged key the current
central row is fetched in the same snapshot and applied locally: facts are inserted once, reference rows are
upserted on their natural key, and a reference row gone from the central is removed here. The cursor moves in
the same local transaction that applies the rows. A local transaction holds whole central transactions only,
so a pull cut short never leaves half of what a station sent together (a fact without its audit event, which
`audit verify` would rightly call tampering). A table or field this station does not know stops the pull
there, and the cursor stays before it until the station is updated.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, PrimaryKeyConstraint, Table, UniqueConstraint, delete, select, text, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.sync_models import central_info
from station.context import StationContext
from station.sync import state, tables
from station.sync.faults import checkpoint
from station.text import Text, _

log = logging.getLogger(__name__)

# Log rows per read, and keys per local transaction.
LOG_ROWS = 200
KEYS_PER_BATCH = 5000
# The hook for areas that must answer what other stations sent (a photo another station used too): each handler
# runs in the local transaction that applies the rows, so a crash can never apply rows and skip what they call
# for, and returns how many facts it wrote (sent in the same sync pass). The use cases above sync pass them in.
PulledHandler = Callable[[StationContext, Session, dict[str, list[dict[str, Any]]]], int | None]


@dataclass
class PullResult:
    applied: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    changes: int = 0
    stopped: Text | None = None
    facts_made: int = 0  # facts this station wrote in answer to what it pulled (the handlers), waiting to be sent
    complete: bool = False  # read to the end of the log as it stood (nothing stopped it)


@dataclass
class _Batch:
    keys: dict[str, list[str]] = field(default_factory=dict)
    cursor: tuple[int, int] | None = None
    changes: int = 0

    def size(self) -> int:
        return sum(len(v) for v in self.keys.values())


def central_id(connection: Connection) -> str | None:
    with connection.begin():
        return connection.execute(select(central_info.c.value).where(central_info.c.key == "central_id")).scalar()


def _central_columns(connection: Connection, table: str) -> set[str]:
    return set(connection.execute(text(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = :t"), {"t": table}).scalars())


def _unknown(connection: Connection, table_name: str, known: dict[str, set[str]]) -> Text | None:
    local = tables.synced_table(table_name)
    if local is None:
        return _("The central database has data this station does not know ({table}). Update the station; until "
                 "then it does not receive newer changes.", table=table_name)
    if table_name not in known:
        known[table_name] = _central_columns(connection, table_name)
    unknown = known[table_name] - {c.name for c in local.columns}
    if unknown:
        return _("The central database has fields this station does not know ({table}: {fields}). Update the "
                 "station; until then it does not receive newer changes.",
                 table=table_name, fields=", ".join(sorted(unknown)))
    return None


def _read_log(connection: Connection, cursor: tuple[int, int], station_id: str, known: dict[str, set[str]],
              include_own: bool = False) -> tuple[_Batch, Text | None]:
    """Reads log rows after the cursor (in the caller's snapshot), whole central transactions at a time, until
    the batch is full or a transaction holds something unknown (it then waits whole, before the cursor).

    A transaction below the snapshot's xmin has finished, so every log row it wrote is visible here."""
    batch = _Batch()
    current: list[tuple[int, int, str, list[str] | None]] = []  # the log rows of one central transaction

    def take() -> None:
        for _txid, _seq, table_name, keys in current:
            if keys:
                batch.keys.setdefault(table_name, []).extend(keys)
        batch.cursor = (current[-1][0], current[-1][1])
        batch.changes += len(current)
        current.clear()

    after = cursor
    while True:
        rows = connection.execute(text(
            "SELECT txid, seq, table_name, CASE WHEN station_id = :me AND NOT CAST(:own AS boolean) THEN NULL "
            "ELSE row_keys END FROM sync_change_log WHERE (txid, seq) > (:txid, :seq) "
            "AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint ORDER BY txid, seq LIMIT :n"),
            {"me": station_id, "own": include_own, "txid": after[0], "seq": after[1], "n": LOG_ROWS}).all()
        for txid, seq, table_name, keys in rows:
            if current and current[-1][0] != txid:
                take()
                if batch.size() >= KEYS_PER_BATCH:
                    return batch, None
            problem = _unknown(connection, table_name, known)
            if problem is not None:
                return batch, problem
            current.append((int(txid), int(seq), str(table_name), keys))
        if len(rows) < LOG_ROWS:
            if current:
                take()
            return batch, None
        after = (int(rows[-1][0]), int(rows[-1][1]))


def _converter(column: Any) -> Callable[[Any], Any]:
    python_type = column.type.python_type
    if python_type in (date, datetime):
        return lambda v: v if isinstance(v, python_type) else python_type.fromisoformat(v)
    if python_type is bool:
        return lambda v: v if isinstance(v, bool) else str(v).lower() in ("true", "t", "1")
    return lambda v: v if isinstance(v, python_type) else python_type(v)


def decode_keys(table: Table, keys: list[str]) -> list[tuple[Any, ...]]:
    """Change-log keys (the key as text, or a JSON array of a key of several columns) as typed tuples."""
    columns = list(table.primary_key.columns)
    convert = [_converter(c) for c in columns]
    decoded = []
    for key in dict.fromkeys(keys):
        parts = [key] if len(columns) == 1 else json.loads(key)
        decoded.append(tuple(f(v) for f, v in zip(convert, parts, strict=True)))
    return decoded


def row_key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _fetch(connection: Connection, table: Table, keys: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    columns = list(table.primary_key.columns)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(keys), 1000):
        chunk = keys[start:start + 1000]
        where = (columns[0].in_([k[0] for k in chunk]) if len(columns) == 1
                 else tuple_(*columns).in_(chunk))
        rows.extend(dict(r) for r in connection.execute(select(table).where(where)).mappings())
    return rows


def _insert(session: Session, table: Table) -> Any:
    return (pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert)(table)


def _apply_facts(session: Session, fact: tables.FactTable, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    key = next(iter(fact.table.primary_key.columns)).name
    session.execute(_insert(session, fact.table).on_conflict_do_nothing(index_elements=[key]), rows)
    return len(rows)


def _upsert_reference(session: Session, ref: tables.ReferenceTable, rows: list[dict[str, Any]]) -> None:
    values = [{k: v for k, v in row.items() if k not in ref.skip} for row in rows]
    statement = _insert(session, ref.table)
    updates = {c.name: statement.excluded[c.name] for c in ref.table.columns
               if c.name not in ref.match and c.name not in ref.skip}
    statement = (statement.on_conflict_do_update(index_elements=list(ref.match), set_=updates) if updates
                 else statement.on_conflict_do_nothing(index_elements=list(ref.match)))
    session.execute(statement, values)


def _remove_reference_row(session: Session, ref: tables.ReferenceTable, row: dict[str, Any]) -> None:
    """Reference rows that point at this one go first (an RMA's lines before the RMA)."""
    for child in tables.reference_tables():
        for fk in child.table.foreign_keys:
            if fk.column.table is ref.table:
                session.execute(delete(child.table).where(fk.parent == row[fk.column.name]))
    session.execute(delete(ref.table).where(*(ref.table.c[c] == row[c] for c in ref.match)))


def _apply_reference(session: Session, ref: tables.ReferenceTable, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    savepoint = session.begin_nested()
    try:
        _upsert_reference(session, ref, rows)
        savepoint.commit()
        return
    except IntegrityError:
        savepoint.rollback()
    # A local row holds one of these rows' other unique values (a badge, a GTIN): the central wins.
    for row in rows:
        for constraint in ref.table.constraints:
            if not isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint):
                continue
            columns = [c.name for c in constraint.columns]
            if set(columns) == set(ref.match) or any(c in ref.skip for c in columns):
                continue
            clash = session.execute(select(*(ref.table.c[c] for c in ref.match)).where(
                tuple_(*(ref.table.c[c] for c in columns)) == tuple_(*(row[c] for c in columns)),
                tuple_(*(ref.table.c[c] for c in ref.match)) != tuple_(*(row[c] for c in ref.match)))).first()
            if clash is not None:
                log.warning("pulled %s replaces a local row clashing on %s", ref.name, columns)
                _remove_reference_row(session, ref, dict(zip(ref.match, clash, strict=True)))
        _upsert_reference(session, ref, [row])


def _apply(ctx: StationContext, central_rows: dict[str, list[dict[str, Any]]], gone: dict[str, list[Any]],
           cursor: tuple[int, int], result: PullResult, on_pulled: Sequence[PulledHandler]) -> None:
    with ctx.transaction() as session:
        for ref in tables.reference_tables():
            _apply_reference(session, ref, central_rows.get(ref.name, []))
            result.applied[ref.name] += len(central_rows.get(ref.name, []))
        for fact in tables.fact_tables():
            result.applied[fact.name] += _apply_facts(session, fact, central_rows.get(fact.name, []))
        for ref in reversed(tables.reference_tables()):
            if ref.skip:
                continue  # matched on a natural key: a vanished central row cannot be told apart here
            for key in gone.get(ref.name, []):
                where = [c == v for c, v in zip(ref.key_columns, key, strict=True)]
                row = session.execute(select(ref.table).where(*where)).mappings().first()
                if row is not None:
                    _remove_reference_row(session, ref, dict(row))
                    result.removed[ref.name] += 1
        for handler in on_pulled:
            result.facts_made += int(handler(ctx, session, central_rows) or 0)
        row = state.load(session)
        row.pull_txid, row.pull_seq = cursor
        checkpoint("pull.before_local_commit")


def pull(ctx: StationContext, connection: Connection, *, should_stop: Callable[[], bool] = lambda: False,
         on_pulled: Sequence[PulledHandler] = (), include_own: bool = False) -> PullResult:
    """``include_own``: this station's own facts come too, for a new install of its id that restores them
    (station/sync/install.py); the handlers do not run then, since the old install answered those rows already
    and its answers come back with them."""
    result = PullResult()
    if include_own:
        on_pulled = ()
    identity = central_id(connection)
    with ctx.transaction() as session:
        row = state.load(session)
        if row.central_id != identity:
            if row.central_id is not None:
                log.warning("central database changed (%s -> %s): pulling from the start", row.central_id, identity)
            row.central_id, row.pull_txid, row.pull_seq = identity, 0, 0
        cursor = (row.pull_txid, row.pull_seq)
    known: dict[str, set[str]] = {}
    while not should_stop():
        with connection.begin():
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            batch, stopped = _read_log(connection, cursor, ctx.station_id, known, include_own)
            central_rows: dict[str, list[dict[str, Any]]] = {}
            gone: dict[str, list[Any]] = {}
            for table_name, keys in batch.keys.items():
                table = tables.synced_table(table_name)
                assert table is not None
                wanted = decode_keys(table, keys)
                rows = _fetch(connection, table, wanted)
                central_rows[table_name] = rows
                found = {row_key(table, r) for r in rows}
                gone[table_name] = [k for k in wanted if k not in found]
        if batch.cursor is not None:
            _apply(ctx, central_rows, gone, batch.cursor, result, on_pulled)
            cursor = batch.cursor
            result.changes += batch.changes
        if stopped is not None:
            result.stopped = stopped
            break
        if batch.cursor is None:
            result.complete = True
            break
    return result
