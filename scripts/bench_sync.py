"""Push 10,000 completed inspections (with their answers) from one station to the central PostgreSQL, next to a
raw COPY of the same rows into the same server in the same run.

Usage: .venv/bin/python scripts/bench_sync.py [--inspections 10000] [--url postgresql+psycopg://…/db]
Goal: the push takes at most 2x the COPY time. The push runs in a process of its own (the real `sync` path:
outbox read, idempotent inserts as the station's own role under row-level security, marked sent after commit);
its memory is that process's peak resident size and how much the sync added to it. Each run works in two fresh
schemas (and its own roles) that are dropped at the end.
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
    from station.context import open_station
    from station.services.sync import sync_once

    ctx = open_station(data_dir)
    ctx.settings = ctx.settings.model_copy(update={"central_url": url})
    fresh_peak = _reset_peak()
    before = _status_kb("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    report = sync_once(ctx, pull_too=False, batch_size=batch_size)
    seconds = time.perf_counter() - started
    after = (_status_kb("VmHWM") if fresh_peak else None) or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert report.push is not None, report.problem
    print(json.dumps({"seconds": seconds, "rows": report.push.sent, "inserted": dict(report.push.inserted),
                      "peak_kb": after, "added_kb": max(0, after - before), "sent": report.everything_sent}))


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inspections", type=int, default=10_000)
    parser.add_argument("--url", default=DEFAULT_URL, help="the PostgreSQL server, as a user that may create roles")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="keep the generated station in DIR and start from it next time (generating takes minutes)")
    parser.add_argument("--child", nargs=2, metavar=("DATA_DIR", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    from station.sync.push import BATCH_SIZE

    batch_size = args.batch_size or BATCH_SIZE
    if args.child:
        child(Path(args.child[0]), args.child[1], batch_size)
        return 0

    from sqlalchemy import create_engine, text

    from db.migrate import upgrade
    from station.context import open_station
    from station.demo.generate import generate_inspections
    from station.sync.central_setup import drop_roles, init_central, role_name
    from station.sync.connection import normalise_url

    tag = uuid.uuid4().hex[:8]
    push_schema, copy_schema, prefix = f"bench_sync_{tag}", f"bench_copy_{tag}", f"bench{tag}"
    admin = create_engine(normalise_url(args.url))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{push_schema}"'))
        connection.execute(text(f'CREATE SCHEMA "{copy_schema}"'))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp)
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
                if saved is not None:
                    saved.parent.mkdir(parents=True, exist_ok=True)
                    with sqlite3.connect(data_dir / "station.db") as connection:
                        connection.execute(f"VACUUM INTO '{saved}'")

            push_engine = create_engine(_schema_url(args.url, push_schema))
            init_central(push_engine, stations=[ctx.station_id], prefix=prefix, passwords=False)
            push_engine.dispose()
            copy_engine = create_engine(_schema_url(args.url, copy_schema))
            upgrade(copy_engine)
            copy_engine.dispose()

            rows = _outbox_rows(data_dir)
            station_url = _schema_url(args.url, push_schema, user=role_name(prefix, ctx.station_id))
            out = subprocess.run([sys.executable, __file__, "--batch-size", str(batch_size), "--child",
                                  str(data_dir), station_url], capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(out.stdout, out.stderr, file=sys.stderr)
                return 1
            push = json.loads(out.stdout.strip().splitlines()[-1])
            copy_seconds = raw_copy(_schema_url(args.url, copy_schema), rows)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{push_schema}" CASCADE'))
            connection.execute(text(f'DROP SCHEMA "{copy_schema}" CASCADE'))
            drop_roles(connection, prefix)
        admin.dispose()

    total = sum(len(v) for v in rows.values())
    by_table = ", ".join(f"{name} {len(values)}" for name, values in rows.items())
    ratio = push["seconds"] / copy_seconds if copy_seconds else float("inf")
    print(f"\nrows: {total} ({by_table}); batch size {batch_size}")
    print(f"{'':28}{'seconds':>10}{'rows/s':>12}")
    print(f"{'station sync push':28}{push['seconds']:>10.2f}{total / push['seconds']:>12,.0f}")
    print(f"{'raw COPY (baseline)':28}{copy_seconds:>10.2f}{total / copy_seconds:>12,.0f}")
    print(f"ratio push / COPY: {ratio:.2f}x (goal <= 2x) {'OK' if ratio <= 2 else 'OVER GOAL'}")
    print(f"push process memory: peak {push['peak_kb'] / 1024:.0f} MiB resident during the sync, "
          f"{push['added_kb'] / 1024:.0f} MiB above the open station before it")
    print(f"everything sent: {push['sent']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
