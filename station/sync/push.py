"""Push: the outbox goes to the central database in batches of idempotent inserts, marked sent after commit.

Each batch is one central transaction: per fact table (parents first) one ``INSERT … SELECT FROM
json_populate_recordset(…)``, all sent in one round trip. A batch is new to the central almost always, so it goes
first as plain inserts; when some of it is there already (the central committed it but the station never heard,
and sends it again) the central says so with a unique violation and the batch goes again, in a new transaction,
with ``ON CONFLICT (id) DO NOTHING``: a batch sent twice changes nothing the second time. Only after the central
commit does the station mark the batch sent, in its own transaction; a crash in between sends the batch again,
which is harmless. A row the server refuses for good (bad data, another station's id) is found by sending that
batch row by row and goes to quarantine; the rest goes on.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, delete, text, update
from sqlalchemy.exc import DBAPIError

from db import models
from station.context import StationContext
from station.ids import utc_now
from station.sync import tables
from station.sync.connection import SyncProblem, is_refused_row, sqlstate
from station.sync.faults import checkpoint
from station.text import _

log = logging.getLogger(__name__)

BATCH_SIZE = 5000
AUDIT_TABLE = "audit_events"
UNIQUE_VIOLATION = "23505"
# Sent outbox rows are kept this long (the facts themselves stay for good), then pruned.
SENT_RETENTION = timedelta(days=30)


@dataclass(frozen=True)
class Refused:
    seq: int
    table: str
    row_id: str
    problem: str


@dataclass
class PushResult:
    inserted: Counter[str] = field(default_factory=Counter)
    already: Counter[str] = field(default_factory=Counter)
    refused: list[Refused] = field(default_factory=list)
    batches: int = 0

    @property
    def sent(self) -> int:
        return sum(self.inserted.values()) + sum(self.already.values())

    def add(self, other: PushResult) -> None:
        self.inserted.update(other.inserted)
        self.already.update(other.already)
        self.refused += other.refused
        self.batches += other.batches


@dataclass
class Group:
    """One fact table's rows in a batch, as JSON texts with the model's column names."""

    table: str
    seqs: list[int] = field(default_factory=list)
    row_ids: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)

    def json_array(self, index: int | None = None) -> str:
        return "[" + (",".join(self.rows) if index is None else self.rows[index]) + "]"


def read_batch(ctx: StationContext, after: int, limit: int) -> list[tuple[int, str, str, str]]:
    """Unsent, unquarantined outbox rows after ``after``, oldest first, with the payload as JSON text. A batch
    never ends between a fact and its audit event (queued right after it), so the central never holds one
    without the other, and neither does a station that pulls it."""
    query = text("SELECT seq, table_name, row_id, payload FROM outbox "
                 "WHERE sent_at IS NULL AND quarantined = 0 AND seq > :after ORDER BY seq LIMIT :limit")
    with ctx.read() as session:
        rows = list(session.execute(query, {"after": after, "limit": limit}).all())
        while len(rows) >= limit and rows[-1][1] != AUDIT_TABLE:
            more = session.execute(query, {"after": rows[-1][0], "limit": 1}).all()
            if not more:
                break
            rows += more
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def prepare(raw: Iterable[tuple[int, str, str, str]]) -> tuple[dict[str, Group], list[Refused]]:
    """Groups a batch by fact table. The payload goes as written (the outbox holds the model's own columns); a
    table whose attributes are named apart from their columns has its keys renamed. Rows naming a table this
    station does not send are refused."""
    groups: dict[str, Group] = {}
    refused: list[Refused] = []
    for seq, table_name, row_id, payload in raw:
        group = groups.get(table_name)
        if group is None:
            if tables.fact(table_name) is None:
                refused.append(Refused(seq, table_name, row_id, f"{table_name} is not a fact table this station sends"))
                continue
            group = groups[table_name] = Group(table_name)
        names = tables.attribute_columns(table_name)
        if any(key != name for key, name in names.items()):
            try:
                payload = json.dumps({names.get(k, k): v for k, v in json.loads(payload).items()})
            except ValueError as exc:
                refused.append(Refused(seq, table_name, row_id, f"the outbox row is not valid JSON ({exc})"))
                continue
        group.seqs.append(seq)
        group.row_ids.append(row_id)
        group.rows.append(payload)
    return groups, refused


@cache
def _insert_text(table_name: str, skip_held: bool = True) -> str:
    """The insert of a table's rows; ``skip_held`` leaves out the rows the central holds already. Without it each
    row is inserted straight instead of speculatively (a push's central time 2-14% less, same rows, same run) and
    a held row is a unique violation. Either way every row meets the same row-level security, constraints and
    triggers: ON CONFLICT DO NOTHING checks a held row's policies too before it skips it."""
    fact = tables.fact(table_name)
    assert fact is not None
    table = f'"{table_name}"'
    cols = ", ".join(f'"{c.name}"' for c in fact.table.columns)
    return (f"INSERT INTO {table} ({cols}) SELECT {cols} FROM json_populate_recordset(NULL::{table}, "
            f"CAST(:rows AS json))" + (" ON CONFLICT (id) DO NOTHING" if skip_held else ""))


def _insert_sql(table_name: str) -> TextClause:
    return text(_insert_text(table_name))


def _ordered(groups: dict[str, Group]) -> list[Group]:
    return [groups[fact.name] for fact in tables.fact_tables() if fact.name in groups]


def check_privileges(connection: Connection, table_names: Iterable[str], checked: set[str]) -> None:
    """A fact table the central has not granted yet is a set-up problem, not a reason to quarantine rows."""
    todo = [name for name in table_names if name not in checked]
    if not todo:
        return
    with connection.begin():
        allowed = {name: connection.execute(text("SELECT has_table_privilege(CAST(:t AS text), 'INSERT')"),
                                            {"t": connection.dialect.identifier_preparer.quote(name)}).scalar()
                   for name in todo}
    for name in todo:
        if not allowed[name]:
            raise SyncProblem("error", _(
                "The central database does not accept {table} from this station yet. Ask IT to run "
                "`station central init` again with this station version.", table=name))
        checked.add(name)


def _pipelined(connection: Connection, statements: list[tuple[str, str]]) -> list[int]:
    """The statements sent together and their answers read together (psycopg's pipeline mode): one round trip for
    a batch's tables instead of one each, which a loaded server or a slow link makes count. Returns the rows each
    statement inserted; a statement the server refuses raises as SQLAlchemy would have raised it."""
    import psycopg

    raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    cursors: list[psycopg.Cursor[Any]] = []
    sql = ""
    try:
        with raw.pipeline():
            for sql, rows in statements:
                cursor = raw.cursor()
                cursor.execute(sql.replace(":rows", "%s"), (rows,))
                cursors.append(cursor)
        return [cursor.rowcount for cursor in cursors]
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc
    finally:
        for cursor in cursors:
            cursor.close()


def _send(connection: Connection, ordered: list[Group], skip_held: bool) -> tuple[Counter[str], Counter[str]]:
    inserted: Counter[str] = Counter()
    already: Counter[str] = Counter()
    with connection.begin():
        counts = _pipelined(connection, [(_insert_text(group.table, skip_held), group.json_array())
                                         for group in ordered])
        for group, count in zip(ordered, counts, strict=True):
            inserted[group.table] += count
            already[group.table] += len(group.rows) - count
        checkpoint("push.before_commit", connection=connection)
    return inserted, already


def send_batch(connection: Connection, groups: dict[str, Group]) -> tuple[Counter[str], Counter[str]]:
    """One central transaction for the whole batch; returns rows inserted and rows already there, by table."""
    ordered = _ordered(groups)
    try:
        return _send(connection, ordered, skip_held=False)
    except DBAPIError as exc:
        if sqlstate(exc) != UNIQUE_VIOLATION:
            raise
        # Some of it is there already (or another unique key is broken, which the second try reports as before).
        log.info("batch partly on the central already (%s); sending it again without those rows",
                 str(exc.orig).strip().splitlines()[0][:200])
    return _send(connection, ordered, skip_held=True)


def send_one_by_one(connection: Connection, groups: dict[str, Group]
                    ) -> tuple[Counter[str], Counter[str], list[Refused]]:
    """The batch again, each row under a savepoint, to find the rows the server refuses for good."""
    inserted: Counter[str] = Counter()
    already: Counter[str] = Counter()
    refused: list[Refused] = []
    with connection.begin():
        for group in _ordered(groups):
            for index in range(len(group.rows)):
                savepoint = connection.begin_nested()
                try:
                    count = connection.execute(_insert_sql(group.table), {"rows": group.json_array(index)}).rowcount
                    savepoint.commit()
                except DBAPIError as exc:
                    savepoint.rollback()
                    if not is_refused_row(exc):
                        raise
                    problem = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:500]
                    log.warning("central refused %s %s: %s", group.table, group.row_ids[index], problem)
                    refused.append(Refused(group.seqs[index], group.table, group.row_ids[index], problem))
                    continue
                inserted[group.table] += count or 0
                already[group.table] += 1 - (count or 0)
    return inserted, already, refused


def _runs(sent: list[int], refused: list[int]) -> Iterable[tuple[int, int]]:
    """Ranges of ``sent`` (sorted) that hold no refused sequence number."""
    if not sent:
        return
    low = previous = sent[0]
    blocked = iter(refused)
    barrier = next(blocked, None)
    for seq in sent[1:]:
        while barrier is not None and barrier < previous:
            barrier = next(blocked, None)
        if barrier is not None and previous < barrier < seq:
            yield low, previous
            low = seq
        previous = seq
    yield low, previous


def mark(ctx: StationContext, sent: list[int], refused: list[Refused]) -> None:
    """After the central commit: sent rows are done, refused rows wait in quarantine for a person."""
    now = utc_now()
    outbox = models.OutboxEntry.__table__
    refused_seqs = sorted(r.seq for r in refused)
    with ctx.transaction() as session:
        # One range per run of sent rows: rows in between that were already sent or are quarantined are left.
        for low, high in _runs(sent, refused_seqs):
            session.execute(update(outbox).where(outbox.c.seq.between(low, high), outbox.c.sent_at.is_(None),
                                                 outbox.c.quarantined.is_(False))
                            .values(sent_at=now, attempts=outbox.c.attempts + 1, last_error=None))
        for row in refused:
            session.execute(update(outbox).where(outbox.c.seq == bindparam("s"))
                            .values(quarantined=True, attempts=outbox.c.attempts + 1, last_error=row.problem),
                            {"s": row.seq})
    checkpoint("push.marked")


def prune_sent(ctx: StationContext) -> None:
    outbox = models.OutboxEntry.__table__
    with ctx.transaction() as session:
        session.execute(delete(outbox).where(outbox.c.sent_at < utc_now() - SENT_RETENTION))


def _read_and_prepare(ctx: StationContext, after: int, limit: int
                      ) -> tuple[list[tuple[int, str, str, str]], dict[str, Group], list[Refused]]:
    raw = read_batch(ctx, after, limit)
    groups, refused = prepare(raw)
    return raw, groups, refused


def push(ctx: StationContext, connection: Connection, *, batch_size: int = BATCH_SIZE,
         should_stop: Callable[[], bool] = lambda: False) -> PushResult:
    """Batches in outbox order. The station's own work runs beside the server's: while the central inserts one
    batch, a helper thread reads the next and marks the last one committed (only ever after its commit)."""
    result = PushResult()
    checked: set[str] = set()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-outbox") as local:
        upcoming: Future[Any] = local.submit(_read_and_prepare, ctx, 0, batch_size)
        marking: Future[Any] | None = None
        try:
            while not should_stop():
                raw, groups, refused = upcoming.result()
                if not raw:
                    break
                upcoming = local.submit(_read_and_prepare, ctx, raw[-1][0], batch_size)
                check_privileges(connection, groups, checked)
                try:
                    inserted, already = send_batch(connection, groups)
                except DBAPIError as exc:
                    if not is_refused_row(exc):
                        raise
                    log.info("batch refused (%s); sending it row by row", exc.orig)
                    inserted, already, more = send_one_by_one(connection, groups)
                    refused = refused + more
                checkpoint("push.committed")
                if marking is not None:
                    marking.result()
                refused_seqs = {r.seq for r in refused}
                marking = local.submit(mark, ctx, [seq for seq, *_rest in raw if seq not in refused_seqs], refused)
                result.inserted.update(inserted)
                result.already.update(already)
                result.refused += refused
                result.batches += 1
        finally:
            # Whatever happens next, a batch the central committed is marked sent before push returns.
            if marking is not None:
                marking.result()
    prune_sent(ctx)
    return result
