"""The web view over a million central inspections: the search page and an inspection page with 8 photos, each
page's p95 time next to the same SQL run by hand in the same run.

Usage: .venv/bin/python scripts/bench_web.py [--inspections 1000000] [--requests 200] [--url postgresql+psycopg://…]
       [--keep NAME] [--drop NAME]
Goal: p95 ≤ 200 ms per page, and ≤ 1.3× the SQL by hand. The pages are asked over HTTP of `station central web`
in a process of its own; a page's time is the server's own (its Server-Timing header). "By hand" is the
statements the page sent, captured as psycopg sent them, sent again on one psycopg connection under the same
role (prepared on the server after psycopg's default of 5 runs, as on the web's engine), one round after each
page request, so the machine's load falls on both alike. The inspections are made with INSERT … SELECT
generate_series (not through the services); the one with 8 photos carries real photographs from tests/data, each
with its check, and an RMA, a lead's regrade, a refund, a container and the shop's notice, so the page shows
every part it has and its statements read each. Everything is in a fresh schema with its own roles, dropped at
the end; with --keep NAME the schema bench_web_NAME and its roles stay for the next run with the same --keep and
--inspections, which then times the pages without making the million rows again (--drop NAME removes them).
The last line is ``ratio: X.XX`` (the worse page's p95 over its SQL's p95).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_URL = os.environ.get("STATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PASSWORD = "bench-password-1"
BULK = """
INSERT INTO inspections (id, station_id, inspector_id, rma_number, rma_line_no, sku, serial, label_text, label_kind,
  category, template_version, rules_version, proposed_grade, proposed_disposition, grade, disposition, reasons,
  flags, unexpected, started_at, completed_at)
SELECT gen_random_uuid(), 'DOCK-' || (g % 40), CAST(:inspector AS uuid), 'RMA-B' || g, 1, s.sku, 'SN-B' || g,
  'RMA-B' || g, 'rma', s.category, s.version, 'bench', 'B', 'restock', 'B', 'restock', CAST('[]' AS json),
  CAST('[]' AS json), false, now() - make_interval(secs => g * 2.5), now() - make_interval(secs => g * 2.5 - 90)
FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) g
JOIN (SELECT sku, category, row_number() OVER (ORDER BY sku) - 1 AS n,
        coalesce((SELECT max(t.version) FROM checklist_templates t WHERE t.category = products.category), 1) AS version
      FROM products) s
  ON s.n = g % (SELECT count(*) FROM products)
"""


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def _schema_url(url: str, schema: str, user: str | None = None) -> str:
    from sqlalchemy.engine import make_url

    from station.sync.connection import normalise_url

    parsed = make_url(normalise_url(url))
    if user is not None:
        parsed = parsed.set(username=user, password=None)
    return parsed.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


def _reference(folder: Path) -> dict:
    from sqlalchemy import select

    from station.context import open_station
    from station.demo.loading import load_demo
    from station.sync import tables

    ctx = open_station(folder)
    load_demo(ctx)
    with ctx.read() as session:
        return {ref.name: [dict(r) for r in session.execute(select(ref.table)).mappings()]
                for ref in tables.reference_tables()}


def _fill(engine, count: int) -> tuple[uuid.UUID, str]:  # type: ignore[no-untyped-def]
    """A million inspections, then the one with 8 photos (real JPEGs) and its answers; returns its id and RMA."""
    from sqlalchemy import text

    from station.ids import new_id, utc_now

    with engine.begin() as connection:
        inspector = connection.execute(text("SELECT id FROM users WHERE role = 'inspector' LIMIT 1")).scalar()
        lead = connection.execute(text("SELECT badge_code FROM users WHERE role = 'lead' LIMIT 1")).scalar()
    step = 200_000
    started = time.perf_counter()
    for first in range(1, count + 1, step):
        with engine.begin() as connection:
            # Bulk rows for a benchmark: the change log's triggers are for stations, not for this.
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            connection.execute(text(BULK), {"inspector": inspector, "first": first,
                                            "last": min(count, first + step - 1)})
    with engine.begin() as connection:
        connection.execute(text("ANALYZE inspections"))
    print(f"{count:,} inspections made in {time.perf_counter() - started:.1f} s")
    target, now = new_id(), utc_now()
    photos = sorted((REPO / "tests" / "data" / "dock_frames").glob("*.jpg"))[:8]
    rma = f"RMA-B{count + 1}"
    with engine.begin() as connection:
        connection.execute(text(BULK.replace("gen_random_uuid()", "CAST(:id AS uuid)")),
                           {"inspector": inspector, "first": count + 1, "last": count + 1, "id": target})
        # Everything the page shows, so its statements (and the same SQL by hand) read each part of it: the RMA,
        # a lead's regrade, the refund, the container and the shop's notice, and below each photo's check.
        sku = connection.execute(text("SELECT sku FROM inspections WHERE id = :i"), {"i": target}).scalar()
        connection.execute(text("INSERT INTO return_authorizations (rma_number, order_number, customer, reason, "
                                "purchase_date) VALUES (:r, 'SO-B1', 'Bench Customer', 'Arrived damaged', "
                                "current_date - 20)"), {"r": rma})
        connection.execute(text("INSERT INTO rma_lines (rma_number, line_no, sku, quantity) VALUES (:r, 1, :s, 1)"),
                           {"r": rma, "s": sku})
        reviewer = connection.execute(text("SELECT id FROM users WHERE role = 'lead' LIMIT 1")).scalar()
        connection.execute(text("INSERT INTO reviews (id, inspection_id, station_id, reviewer_id, action, "
                                "previous_grade, previous_disposition, grade, disposition, reason, decided_at) "
                                "VALUES (:i, :p, 'DOCK-1', :u, 'regrade', 'B', 'restock', 'C', 'refurbish', "
                                "'scratch in photo 3', :t)"), {"i": new_id(), "p": target, "u": reviewer, "t": now})
        connection.execute(text("INSERT INTO refund_recommendations (id, inspection_id, station_id, settlement, price, "
                                "fee, amount, rule, policy_version, created_at) VALUES (:i, :p, 'DOCK-1', 'refund', "
                                "100, 15, 85, CAST('{\"source\": \"restocking fee\", \"args\": {}}' AS json), "
                                "'bench', :t)"), {"i": new_id(), "p": target, "t": now})
        connection.execute(text("INSERT INTO container_placements (id, station_id, container_code, inspection_id, "
                                "action, user_id, at) VALUES (:i, 'DOCK-1', 'TOTE-0042', :p, 'placed', :u, :t)"),
                           {"i": new_id(), "p": target, "u": inspector, "t": now})
        connection.execute(text("INSERT INTO shop_notices (inspection_id, rma_number, state, destinations, reason, "
                                "updated_at) VALUES (:p, :r, 'delivered', CAST('[]' AS json), NULL, :t)"),
                           {"p": target, "r": rma, "t": now})
        for n, path in enumerate(photos):
            data = path.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            connection.execute(text("INSERT INTO sync_photo_blobs (sha256, data, size_bytes, station_id, uploaded_at) "
                                    "VALUES (:s, :d, :n, 'DOCK-1', :t) ON CONFLICT DO NOTHING"),
                               {"s": sha, "d": data, "n": len(data), "t": now})
            photo = new_id()
            connection.execute(text("INSERT INTO photos (id, inspection_id, station_id, sha256, question_id, width, "
                                    "height, size_bytes, taken_at) VALUES (:i, :p, 'DOCK-1', :s, NULL, 1280, 960, "
                                    ":n, :t)"), {"i": photo, "p": target, "s": sha, "n": len(data), "t": now})
            connection.execute(text("INSERT INTO photo_checks (id, photo_id, inspection_id, station_id, photo_sha256, "
                                    "phash, ok, problems, measures, whole_item, camera, similarity, catalog_sku, "
                                    "reused, kept_reason, checked_at, limits) VALUES (:i, :f, :p, 'DOCK-1', :s, "
                                    ":h, true, CAST('[]' AS json), CAST(:m AS json), false, 'dock', NULL, NULL, "
                                    "CAST('[]' AS json), NULL, :t, NULL)"),
                                {"i": new_id(), "f": photo, "p": target, "s": sha, "h": sha[:16], "t": now,
                                 "m": '{"sharpness": 310.5, "contrast": 41.2, "p95": 212, "p01": 9, '
                                      '"clipped": 0.001, "glare": 0.002}'})
            connection.execute(text("INSERT INTO inspection_answers (id, inspection_id, position, question_id, "
                                    "question_text, value, answered_at) VALUES (:i, :p, :n, :q, :qt, "
                                    "CAST('true' AS json), :t)"),
                               {"i": new_id(), "p": target, "n": n, "q": f"q{n}", "qt": f"Question {n}?", "t": now})
    return target, rma, str(lead)


def _kept(engine, count: int) -> tuple[uuid.UUID, str, str] | None:  # type: ignore[no-untyped-def]
    """A kept schema's inspection with 8 photos, its RMA and the lead with a password, when it has them all."""
    from sqlalchemy import text

    rma = f"RMA-B{count + 1}"
    with engine.connect() as connection:
        if connection.execute(text("SELECT to_regclass('web_accounts')")).scalar() is None:
            return None
        target = connection.execute(text("SELECT id FROM inspections WHERE rma_number = :r"), {"r": rma}).scalar()
        lead = connection.execute(text("SELECT a.badge FROM web_accounts a JOIN users u ON u.id = a.user_id "
                                       "WHERE u.role = 'lead' ORDER BY a.badge LIMIT 1")).scalar()
        made = connection.execute(text("SELECT count(*) FROM inspections")).scalar()
    if target is None or lead is None or made != count + 1:
        return None
    return target, rma, str(lead)


def _timed_pages(url: str, paths: list[str], requests: int, badge: str) -> dict[str, list[float]]:
    import re

    import httpx

    times: dict[str, list[float]] = {p: [] for p in paths}
    with httpx.Client(base_url=url, timeout=60) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)  # type: ignore[union-attr]
        answer = client.post("/signin", data={"csrf": token, "badge": badge, "password": PASSWORD},
                             follow_redirects=True)
        assert "Sign out" in answer.text, "the benchmark's lead could not sign in"
        for path in paths:
            for n in range(requests + 5):
                start = time.perf_counter()
                answer = client.get(path)
                took = time.perf_counter() - start
                assert answer.status_code == 200, (path, answer.status_code)
                if n >= 5:  # the first few warm the pool and the templates
                    times[path].append(took)
    return times


@contextmanager
def _web_process(url: str, prefix: str, cache: Path) -> Iterator[str]:
    """`station central web` in a process of its own, as it runs next to the central: the timed pages are its."""
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, STATION_WEB_SECRET="bench-secret")
    process = subprocess.Popen([sys.executable, "-m", "station.cli", "central", "web", "--url", url, "--port",
                                str(port), "--role-prefix", prefix, "--cache-dir", str(cache),
                                "--insecure-cookies"], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/signin", timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("station central web did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _interleaved(url: str, path: str, badge: str, db_url: str, statements: list[tuple[str, object]],
                 requests: int) -> tuple[list[float], list[float]]:
    """The page and its SQL by hand, one after the other each round: the machine's load falls on both alike."""
    import re

    import httpx
    import psycopg

    pages, hands = [], []
    # psycopg's own default for when a statement is prepared on the server, as on the web's engine.
    with httpx.Client(base_url=url, timeout=60) as client, psycopg.connect(
            db_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)  # type: ignore[union-attr]
        client.post("/signin", data={"csrf": token, "badge": badge, "password": PASSWORD})
        for n in range(requests + 5):
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.status_code)
            # The server's own time for the page (its Server-Timing header), without the HTTP round trip.
            took = float(answer.headers["server-timing"].split("dur=")[1]) / 1000
            start = time.perf_counter()
            with connection.transaction(), connection.cursor() as cursor:
                for statement, params in statements:
                    cursor.execute(statement, params)
                    if cursor.description:
                        cursor.fetchall()
            if n >= 5:  # the first few warm the pools, the templates and the server's plans
                pages.append(took)
                hands.append(time.perf_counter() - start)
    return pages, hands


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inspections", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--keep", metavar="NAME", help="keep the schema bench_web_NAME for the next run and reuse it")
    parser.add_argument("--drop", metavar="NAME", help="remove a kept schema bench_web_NAME and its roles, then stop")
    args = parser.parse_args()

    import psycopg
    from sqlalchemy import create_engine, text

    from station.sync.central_setup import drop_roles, init_central
    from station.sync.central_web import login_role, signin_role
    from station.web.accounts import set_password
    from station.web.app import make_app
    from station.web.central import open_web_central
    from tests.web.conftest import served

    name = (args.keep or args.drop or "").lower() or None
    if name is not None and not (name.isascii() and name.isalnum() and len(name) <= 20):
        raise SystemExit("--keep and --drop take up to 20 letters and digits")
    schema, prefix = (f"bench_web_{name}", f"bwk{name}") if name else (
        f"bench_web_{uuid.uuid4().hex[:8]}", f"bw{uuid.uuid4().hex[:8]}")
    admin = create_engine(args.url)
    if args.drop:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            drop_roles(connection, prefix)
        admin.dispose()
        print(f"dropped {schema}")
        return 0
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    engine = create_engine(_schema_url(args.url, schema))
    try:
        with tempfile.TemporaryDirectory() as folder:
            kept = _kept(engine, args.inspections) if args.keep else None
            if kept is not None:
                target, rma, lead = kept
                print(f"{args.inspections:,} inspections kept in {schema}")
            else:
                if args.keep:  # a kept schema from another size or an interrupted run: made again
                    engine.dispose()
                    with admin.begin() as connection:
                        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                        drop_roles(connection, prefix)
                        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
                init_central(engine, prefix=prefix, passwords=False, reference=_reference(Path(folder) / "station"))
                target, rma, lead = _fill(engine, args.inspections)
                with engine.begin() as connection:
                    set_password(connection, lead, PASSWORD)
            web = open_web_central(_schema_url(args.url, schema, login_role(prefix)), Path(folder) / "cache", prefix)
            # Every statement psycopg sends for the pages, whether SQLAlchemy, the page's own reads
            # (station.web.central.rows) or the async pages' connection hand it over: only the pages run in this
            # process while it records.
            captured: list[tuple[str, object]] = []
            sent, sent_async = psycopg.Cursor.execute, psycopg.AsyncCursor.execute

            def recorded(cursor, query, params=None, **options):  # type: ignore[no-untyped-def]
                captured.append((query, params))
                return sent(cursor, query, params, **options)

            async def recorded_async(cursor, query, params=None, **options):  # type: ignore[no-untyped-def]
                captured.append((query, params))
                return await sent_async(cursor, query, params, **options)

            pages = {"search": f"/?q={rma}", "inspection": f"/inspections/{target}"}
            statements: dict[str, list[tuple[str, object]]] = {}
            psycopg.Cursor.execute = recorded  # type: ignore[method-assign]
            psycopg.AsyncCursor.execute = recorded_async  # type: ignore[method-assign]
            with served(make_app(web, "bench-secret")) as url:
                for name, path in pages.items():
                    _timed_pages(url, [path], 0, lead)  # warms the cache of photos and table names
                    captured.clear()
                    _timed_pages(url, [path], 0, lead)
                    # One page's statements: the last request's, from its taking the sign-in role on.
                    starts = [i for i, (_s, params) in enumerate(captured)
                              if isinstance(params, dict) and params.get("r") == signin_role(prefix)]
                    statements[name] = captured[starts[-1]:]
                    captured.clear()
            psycopg.Cursor.execute = sent  # type: ignore[method-assign]
            psycopg.AsyncCursor.execute = sent_async  # type: ignore[method-assign]
            web.engine.dispose()
            web_url = _schema_url(args.url, schema, login_role(prefix))
            worst = 0.0
            # The medians beside: on a loaded machine one busy moment moves a p95 more than the pages do.
            print(f"{'page':<12} {'p95 page ms':>12} {'p95 SQL ms':>11} {'ratio':>6} {'p50 page ms':>12} "
                  f"{'p50 SQL ms':>11} {'statements':>10}")
            with _web_process(web_url, prefix, Path(folder) / "cache") as url:
                for name, path in pages.items():
                    page_times, hand_times = _interleaved(url, path, lead, web_url, statements[name], args.requests)
                    page_p95, hand_p95 = _p95(page_times) * 1000, _p95(hand_times) * 1000
                    ratio = page_p95 / hand_p95
                    worst = max(worst, ratio)
                    page_p50, hand_p50 = statistics.median(page_times) * 1000, statistics.median(hand_times) * 1000
                    print(f"{name:<12} {page_p95:>12.1f} {hand_p95:>11.1f} {ratio:>6.2f} {page_p50:>12.1f} "
                          f"{hand_p50:>11.1f} {len(statements[name]):>10}")
    finally:
        engine.dispose()
        if not args.keep:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                drop_roles(connection, prefix)
        admin.dispose()
    print(f"ratio: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
