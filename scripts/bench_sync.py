"""Push 10,000 completed inspections (with their answers) from one station to the central PostgreSQL, next to a
raw COPY of the same rows into the same server in the same run.

Usage: .venv/bin/python scripts/bench_sync.py [--inspections 10000] [--url postgresql+psycopg://…/db] [--parts]
Goal: the push takes at most 2x the COPY time. The push runs in a process of its own (the real `sync` path:
outbox read, idempotent inserts as the station's own role under row-level security, marked sent after commit);
its memory is that process's peak resident size and how much the sync added to it. The COPY runs before and
after the push and the ratio is against their mean, so a change in the machine's load during the run weighs on
both sides. The push's time is split into its inserts (all of a batch's tables in one round trip), the commits
(where the outbound events are made) and the rest (the station's own side: reading the outbox, marking it sent,
the sync's start and end).
``--parts`` pushes the same rows again into fresh schemas with one part of the central turned off at a time (the
outbound events, the audit chain check, the change log, row-level security), so each part's cost is the
difference. Each run works in fresh schemas (and its own roles) that are dropped at the end; the last line is
``ratio: X.XX``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_URL = os.environ.get("STATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _schema_url(url: str, schema: str, user: str | None = None) -> str:
    from sqlalchemy.engine import make_url

    from station.sync.connection import normalise_url

    parsed = make_url(normalise_url(url))
    if user is not None:
        parsed = parsed.set(username=user, password=None)
    return parsed.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Linux: start the peak resident size (VmHWM) afresh, so it measures the sync and not the start-up."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def child(data_dir: Path, url: str, batch_size: int) -> None:
    """The push, measured from inside its own process (imports and start-up excluded)."""
    from sqlalchemy import event

    from station.context import open_station
    from station.services.sync import sync_once
    from station.sync import push
    from station.sync.connection import central_engine
    from station.sync.faults import listen

    ctx = open_station(data_dir)
    ctx.settings = ctx.settings.model_copy(update={"central_url": url})
    engine = central_engine(url, ctx.station_id)
    parts: dict[str, float] = defaultdict(float)

    def before_statement(connection, _cursor, _statement, _params, _context, _many) -> None:
        connection.info["bench_started"] = time.perf_counter()

    def after_statement(connection, _cursor, _statement, _params, _context, _many) -> None:
        parts["other statements"] += time.perf_counter() - connection.info.pop("bench_started")

    # The inserts of a batch go in one round trip (no per-statement events): timed from the batch's start to the
    # point before its commit, the commit (where the outbound events are made) from there to its end.
    event.listen(engine, "before_cursor_execute", before_statement)
    event.listen(engine, "after_cursor_execute", after_statement)
    marks: dict[str, float] = {}
    send_batch = push.send_batch

    def timed_send_batch(connection, groups):
        marks["batch"] = time.perf_counter()
        return send_batch(connection, groups)

    def before_commit(**_info) -> None:
        marks["commit"] = time.perf_counter()
        parts["inserts"] += marks["commit"] - marks["batch"]

    def committed(**_info) -> None:
        parts["commit"] += time.perf_counter() - marks["commit"]

    push.send_batch = timed_send_batch
    listen("push.before_commit", before_commit)
    listen("push.committed", committed)
    fresh_peak = _reset_peak()
    before = _status_kb("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    report = sync_once(ctx, pull_too=False, batch_size=batch_size, engine=engine)
    seconds = time.perf_counter() - started
    after = (_status_kb("VmHWM") if fresh_peak else None) or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    engine.dispose()
    assert report.push is not None, report.problem
    print(json.dumps({"seconds": seconds, "rows": report.push.sent, "inserted": dict(report.push.inserted),
                      "batches": report.push.batches, "parts": parts, "peak_kb": after,
                      "added_kb": max(0, after - before), "sent": report.everything_sent}))


def _outbox_rows(data_dir: Path) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with sqlite3.connect(data_dir / "station.db") as connection:
        for table, payload in connection.execute("SELECT table_name, payload FROM outbox ORDER BY seq"):
            rows[table].append(json.loads(payload))
    return rows


def raw_copy(url: str, rows: dict[str, list[dict[str, Any]]]) -> float:
    """COPY of the same rows into plain migrated tables, rows prepared in memory beforehand; returns seconds."""
    import psycopg
    from sqlalchemy import JSON
    from sqlalchemy.engine import make_url

    from station.sync import tables

    parsed = make_url(url)
    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    prepared = []
    for fact in tables.fact_tables():
        if fact.name not in rows:
            continue
        columns = [c.name for c in fact.table.columns]
        as_json = [isinstance(c.type, JSON) for c in fact.table.columns]
        values = [[json.dumps(r.get(c)) if j else r.get(c) for c, j in zip(columns, as_json, strict=True)]
                  for r in rows[fact.name]]
        prepared.append((fact.name, columns, values))
    with psycopg.connect(conninfo) as connection:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for name, columns, values in prepared:
                with cursor.copy(f'COPY "{name}" ({", ".join(columns)}) FROM STDIN') as copy:
                    for value in values:
                        copy.write_row(value)
        connection.commit()
        return time.perf_counter() - started


# Parts of the central that `--parts` turns off, one at a time and then all together, as SQL run by the owner.
PARTS: dict[str, list[str]] = {
    "outbound events": ["SELECT format('DROP TRIGGER outbound_capture ON %I', c.relname) FROM pg_trigger t "
                        "JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'outbound_capture' "
                        "AND c.relnamespace = current_schema()::regnamespace"],
    "audit chain check": ["SELECT 'DROP TRIGGER sync_audit_chain ON audit_events'"],
    "change log": ["SELECT format('DROP TRIGGER sync_log_insert ON %I', c.relname) FROM pg_trigger t "
                   "JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'sync_log_insert' "
                   "AND c.relnamespace = current_schema()::regnamespace"],
    "row-level security": ["SELECT format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', c.relname) FROM pg_class c "
                           "WHERE c.relrowsecurity AND c.relnamespace = current_schema()::regnamespace"],
}


def _turn_off(engine: Any, part: str) -> None:
    from sqlalchemy import text

    queries = [q for name, qs in PARTS.items() if part in (name, "all of them") for q in qs]
    with engine.begin() as connection:
        for query in queries:
            for (statement,) in connection.execute(text(query)).all():
                connection.execute(text(statement))


def _push(args: argparse.Namespace, batch_size: int, pristine: Path, settings: Path | None, work: Path,
          schema: str, prefix: str, part: str | None = None) -> dict[str, Any]:
    """A fresh central in ``schema``, a fresh copy of the unsent station, and its push in a process of its own."""
    from sqlalchemy import create_engine, text

    from station.context import open_station
    from station.sync.central_setup import init_central, role_name
    from station.sync.connection import normalise_url

    admin = create_engine(normalise_url(args.url))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    data_dir = work / schema
    data_dir.mkdir()
    shutil.copyfile(pristine, data_dir / "station.db")
    if settings is not None:
        shutil.copyfile(settings, data_dir / settings.name)
    station_id = open_station(data_dir).station_id
    engine = create_engine(_schema_url(args.url, schema))
    init_central(engine, stations=[station_id], prefix=prefix, passwords=False)
    if part is not None:
        _turn_off(engine, part)
    engine.dispose()
    station_url = _schema_url(args.url, schema, user=role_name(prefix, station_id))
    out = subprocess.run([sys.executable, __file__, "--batch-size", str(batch_size), "--child", str(data_dir),
                          station_url], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"the push failed:\n{out.stdout}\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _copy(args: argparse.Namespace, rows: dict[str, list[dict[str, Any]]], schema: str) -> float:
    from sqlalchemy import create_engine, text

    from db.migrate import upgrade
    from station.sync.connection import normalise_url

    admin = create_engine(normalise_url(args.url))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    engine = create_engine(_schema_url(args.url, schema))
    upgrade(engine)
    engine.dispose()
    return raw_copy(_schema_url(args.url, schema), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inspections", type=int, default=10_000)
    parser.add_argument("--url", default=DEFAULT_URL, help="the PostgreSQL server, as a user that may create roles")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="keep the generated station in DIR and start from it next time (generating takes minutes)")
    parser.add_argument("--parts", action="store_true",
                        help="push again with each part of the central turned off, to show what each costs")
    parser.add_argument("--child", nargs=2, metavar=("DATA_DIR", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    from station.sync.push import BATCH_SIZE

    batch_size = args.batch_size or BATCH_SIZE
    if args.child:
        child(Path(args.child[0]), args.child[1], batch_size)
        return 0

    from sqlalchemy import create_engine, text

    from station.context import open_station
    from station.demo.generate import generate_inspections
    from station.sync.central_setup import drop_roles
    from station.sync.connection import normalise_url

    tag = uuid.uuid4().hex[:8]
    prefix = f"bench{tag}"
    schemas: list[str] = []

    def schema(name: str) -> str:
        schemas.append(f"bench_{name}_{tag}")
        return schemas[-1]

    off: dict[str, dict[str, Any]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            data_dir = work / "station"
            data_dir.mkdir()
            saved = args.reuse / f"station-{args.inspections}.db" if args.reuse else None
            if saved is not None and saved.exists():
                shutil.copyfile(saved, data_dir / "station.db")
                ctx = open_station(data_dir)
                print(f"station with {args.inspections} unsent inspections copied from {saved}", flush=True)
            else:
                ctx = open_station(data_dir)
                started = time.perf_counter()
                made = generate_inspections(ctx, args.inspections, photos=False, seed=7, per_transaction=1000)
                generated = time.perf_counter() - started
                print(f"generated {made.inspections} inspections with {made.answers} answers in {generated:.1f} s",
                      flush=True)
            pristine = work / "unsent.db"
            with sqlite3.connect(data_dir / "station.db") as connection:
                connection.execute(f"VACUUM INTO '{pristine}'")
            if saved is not None and not saved.exists():
                saved.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(pristine, saved)
            settings = next(iter(data_dir.glob("settings.json")), None)
            rows = _outbox_rows(data_dir)
            ctx.sessions.kw["bind"].dispose()

            copies = [_copy(args, rows, schema("copy1"))]
            push = _push(args, batch_size, pristine, settings, work, schema("push"), prefix)
            copies.append(_copy(args, rows, schema("copy2")))
            if args.parts:
                for part in [*PARTS, "all of them"]:
                    off[part] = _push(args, batch_size, pristine, settings, work,
                                      schema("off" + str(len(off))), prefix, part)
    finally:
        admin = create_engine(normalise_url(args.url))
        with admin.begin() as connection:
            for name in schemas:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
            drop_roles(connection, prefix)
        admin.dispose()

    total = sum(len(v) for v in rows.values())
    by_table = ", ".join(f"{name} {len(values)}" for name, values in rows.items())
    copy_seconds = sum(copies) / len(copies)
    ratio = push["seconds"] / copy_seconds if copy_seconds else float("inf")
    print(f"\nrows: {total} ({by_table}); batch size {batch_size}, {push['batches']} batches")
    print(f"{'':34}{'seconds':>10}{'rows/s':>12}")
    print(f"{'station sync push':34}{push['seconds']:>10.2f}{total / push['seconds']:>12,.0f}")
    print(f"{'raw COPY (baseline), mean of 2':34}{copy_seconds:>10.2f}{total / copy_seconds:>12,.0f}"
          f"   (before the push {copies[0]:.2f}, after {copies[1]:.2f})")
    print("\nthe push, part by part (seconds):")
    parts = dict(push["parts"])
    for name, label in (("inserts", "inserts, all tables"), ("commit", "commits (outbound events made)"),
                        ("other statements", "other statements")):
        print(f"  {label:32}{parts.get(name, 0.0):>10.2f}")
    print(f"  {'station side and the rest':32}{push['seconds'] - sum(parts.values()):>10.2f}")
    if off:
        print("\nthe push again with one part of the central turned off (fresh schema each):")
        for part, result in off.items():
            saved_s = push["seconds"] - result["seconds"]
            print(f"  without {part:24}{result['seconds']:>10.2f} s   (that part: {saved_s:+.2f} s, "
                  f"{saved_s / push['seconds']:+.0%} of the push)")
    print(f"\nratio push / COPY: {ratio:.2f}x (goal <= 2x) {'OK' if ratio <= 2 else 'OVER GOAL'}")
    print(f"push process memory: peak {push['peak_kb'] / 1024:.0f} MiB resident during the sync, "
          f"{push['added_kb'] / 1024:.0f} MiB above the open station before it")
    print(f"everything sent: {push['sent']}")
    print(f"ratio: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
