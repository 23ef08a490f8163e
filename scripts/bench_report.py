"""The returns summary over 1,000,000 inspections in PostgreSQL, next to the same SQL run by hand in the same run.

Usage: .venv/bin/python scripts/bench_report.py [--url URL] [--rows 1000000] [--repeat 5]
Goal: ours <= 1.2 x the hand-run SQL, and under 2 s. The rows go into a throwaway schema of the server at
STATION_TEST_PG_URL (COPY), which is dropped at the end. "By hand" runs the very statements the summary builds,
compiled with their values inlined, through a bare psycopg cursor, and fetches every row: what the summary adds
on top (SQLAlchemy, Python assembly, names) is the difference.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_URL = os.environ.get("STATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
FLAGS = ("outside_window", "wrong_item", "empty_box", "repeat_returner", "serial_mismatch", "used_unopened")
GRADES = (("A", "restock", 0.6), ("B", "restock", 0.12), ("C", "refurbish", 0.1), ("D", "refurbish", 0.08),
          ("F", "dispose", 0.1))
SETTLE = {"A": "refund", "B": "refund", "C": "store_credit", "D": "store_credit", "F": "none"}


def _copy(cursor, table: str, columns: tuple[str, ...], lines: io.StringIO) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        copy.write(lines.getvalue().encode("utf-8"))


def _fill(raw, rows: int, rng: random.Random) -> None:
    """Demo catalog, 20 000 RMAs, users, `rows` inspections with recommendations, reviews for the flagged ones."""
    with (REPO / "resources" / "demo" / "products.csv").open(encoding="utf-8") as handle:
        catalog = {row["sku"]: row["category"] for row in csv.DictReader(handle)}
    buffer = io.StringIO("".join(f"{sku}\tProduct {sku}\t{category}\t{rng.randint(5, 800)}.00\tf\n"
                                 for sku, category in catalog.items()))
    with raw.cursor() as cursor:
        _copy(cursor, "products", ("sku", "name", "category", "price", "serialized"), buffer)
        users = [uuid.uuid4() for _ in range(24)]
        buffer = io.StringIO("".join(f"{u}\tInspector {n}\tinspector\tB-{n}\tx\ten\tt\n" for n, u in enumerate(users)))
        _copy(cursor, "users", ("id", "name", "role", "badge_code", "pin_hash", "language", "active"), buffer)
        reasons = ("Changed my mind", "Wrong size", "Arrived damaged", "Not as described", "Wrong item sent",
                   "Does not work", "Unopened, no longer needed")
        buffer = io.StringIO("".join(f"RMA-{n}\tCustomer {n % 5000}\t{rng.choice(reasons)}\t2026-01-01\n"
                                     for n in range(20_000)))
        _copy(cursor, "return_authorizations", ("rma_number", "customer", "reason", "purchase_date"), buffer)
        buffer = io.StringIO("".join(f"{sku}\t2026-{m:02d}-01\t{rng.randint(100, 5000)}\n" for sku in catalog
                                     for m in range(1, 13)))
        _copy(cursor, "sales_counts", ("sku", "month", "units"), buffer)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    span = 330 * 86400
    grade_choices = [g for g, _d, _w in GRADES]
    weights = [w for _g, _d, w in GRADES]
    dispositions = {g: d for g, d, _w in GRADES}
    sku_list = list(catalog)
    done = 0
    while done < rows:
        batch = min(100_000, rows - done)
        inspections, advice, reviews = io.StringIO(), io.StringIO(), io.StringIO()
        for _i in range(batch):
            inspection_id = uuid.uuid4()
            started = start + timedelta(seconds=rng.randrange(span))
            completed = started + timedelta(seconds=rng.randint(30, 300))
            grade = rng.choices(grade_choices, weights)[0]
            sku = rng.choice(sku_list)
            flagged = rng.random() < 0.15
            flags = json.dumps([{"kind": rng.choice(FLAGS), "reason": {"source": "bench", "args": {}}}]
                               if flagged else [])
            station = f"DOCK-0{rng.randint(1, 6)}"
            inspections.write(
                f"{inspection_id}\t{station}\t{rng.choice(users)}\tRMA-{rng.randrange(20_000)}\t1\t{sku}\t"
                f"RMA\trma\t{catalog[sku]}\t1\tbench\t{grade}\t{dispositions[grade]}\t{grade}\t{dispositions[grade]}\t"
                f"[]\t{flags}\tf\t{started.isoformat()}\t{completed.isoformat()}\n")
            amount = rng.randint(0, 500)
            advice.write(f"{uuid.uuid4()}\t{inspection_id}\t{station}\t{SETTLE[grade]}\t{amount}.00\t0.00\t"
                         f"{amount}.00\t{{}}\tbench\t{completed.isoformat()}\n")
            if flagged:
                decided = completed + timedelta(minutes=rng.randint(5, 600))
                reviews.write(f"{uuid.uuid4()}\t{inspection_id}\t{station}\t{rng.choice(users)}\tapprove\t{grade}\t"
                              f"{dispositions[grade]}\t{grade}\t{dispositions[grade]}\t{decided.isoformat()}\n")
        with raw.cursor() as cursor:
            _copy(cursor, "inspections", (
                "id", "station_id", "inspector_id", "rma_number", "rma_line_no", "sku", "label_text", "label_kind",
                "category", "template_version", "rules_version", "proposed_grade", "proposed_disposition", "grade",
                "disposition", "reasons", "flags", "unexpected", "started_at", "completed_at"), inspections)
            _copy(cursor, "refund_recommendations", (
                "id", "inspection_id", "station_id", "settlement", "price", "fee", "amount", "rule", "policy_version",
                "created_at"), advice)
            _copy(cursor, "reviews", ("id", "inspection_id", "station_id", "reviewer_id", "action", "previous_grade",
                                      "previous_disposition", "grade", "disposition", "decided_at"), reviews)
        raw.commit()
        done += batch
        print(f"  copied {done:,} inspections", flush=True)


def _interleaved(first, second, repeat: int) -> tuple[float, float]:
    """Median seconds of each, run in turns: a shared machine's load then weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, found in ((first, times[0]), (second, times[1])):
            started = time.perf_counter()
            fn()
            found.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import psycopg
    from sqlalchemy import create_engine, text
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.engine import make_url
    from sqlalchemy.orm import sessionmaker

    from db.migrate import upgrade
    from station.reports.summary import SESSION_SETTINGS, ReportFilter, report_summary, summary_queries

    schema = f"bench_report_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(args.url, connect_args={"options": f"-csearch_path={schema}"})
    plain = make_url(args.url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        upgrade(engine, schema=schema)
        print(f"schema {schema}: copying {args.rows:,} inspections …", flush=True)
        started = time.perf_counter()
        with psycopg.connect(plain, options=f"-csearch_path={schema}") as raw:
            _fill(raw, args.rows, random.Random(1))
            raw.autocommit = True
            raw.execute("VACUUM ANALYZE")
        print(f"  loaded in {time.perf_counter() - started:.1f} s\n")
        sessions = sessionmaker(engine)
        periods = {"all 1,000,000" if args.rows == 1_000_000 else f"all {args.rows:,}": ReportFilter(),
                   "last 30 days": ReportFilter(since=date(2026, 11, 27) - timedelta(days=30),
                                                until=date(2026, 11, 26))}
        print(f"{'period':16} {'summary (ours)':>15} {'same SQL by hand':>17} {'ratio':>7}")
        with psycopg.connect(plain, options=f"-csearch_path={schema}") as raw:
            for name, filters in periods.items():
                statements = [str(q.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
                              for q in summary_queries(filters, None, "postgresql").values()]

                def by_hand(statements: list[str] = statements) -> None:
                    with raw.cursor() as cursor, raw.transaction():
                        for setting in SESSION_SETTINGS:
                            cursor.execute(setting)
                        for statement in statements:
                            cursor.execute(statement)
                            cursor.fetchall()

                def ours(filters: ReportFilter = filters) -> None:
                    report_summary(sessions, filters)

                ours()  # warm both: the first run pays for plans and the buffer cache
                by_hand()
                mine, hand = _interleaved(ours, by_hand, args.repeat)
                summary = report_summary(sessions, filters)
                print(f"{name:16} {mine * 1000:12.0f} ms {hand * 1000:14.0f} ms {mine / hand:6.2f}x"
                      f"   ({summary.inspections:,} inspections)")
        print(f"\ngoal: ratio <= 1.2 and the full summary under 2 s (load average now {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} CPUs)")
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
        print(f"schema {schema} dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
