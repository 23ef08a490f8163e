"""Relay 10,000 events from the central PostgreSQL to a local webhook receiver, next to a plain httpx loop
posting the same payloads to the same receiver in the same run.

Usage: .venv/bin/python scripts/bench_relay.py [--events 10000] [--url postgresql+psycopg://…/db]
Goal: the relay takes at most 1.5x the plain loop's time. The relay does its whole job: takes deliveries with
FOR UPDATE SKIP LOCKED, checks each payload against its published schema, signs it (Standard Webhooks), posts
it, records the answer and refreshes the shop notices, one transaction per batch. The receiver runs in a process
of its own and answers 204. The run works in a fresh schema that is dropped at the end. Last line: ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_URL = os.environ.get("STATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

RECEIVER = r"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(204)
        self.send_header("content-length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def payload(n: int) -> dict:
    inspection = uuid.uuid4()
    return {
        "id": str(uuid.uuid4()), "type": "inspection.completed", "schema_version": 1,
        "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "inspection_id": str(inspection), "rma_number": f"RMA-{200000 + n // 2}", "order_number": f"SO-{n // 2}",
        "data": {"station_id": "BENCH", "rma_line_no": 1 + n % 2, "sku": "FW-3008", "serial": None,
                 "category": "footwear", "grade": "A", "disposition": "restock", "reasons": [], "flags": [],
                 "unexpected": False, "completed_at": datetime.now(UTC).isoformat(),
                 "refund": {"settlement": "refund", "price": "89.90", "fee": "0.00", "amount": "89.90",
                            "policy_version": "1"},
                 "photos": [{"id": str(uuid.uuid4()), "sha256": "0" * 64, "question_id": None, "width": 1600,
                             "height": 1200}]},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--url", default=DEFAULT_URL)
    args = parser.parse_args()

    import httpx
    from sqlalchemy import create_engine, text

    from db.migrate import upgrade
    from station.outbound import config as outbound_config
    from station.outbound import store
    from station.outbound.relay import Relay, register
    from station.sync.connection import normalise_url

    os.environ["BENCH_HOOK_SECRET"] = SECRET
    receiver = subprocess.Popen([sys.executable, "-c", RECEIVER], stdout=subprocess.PIPE, text=True)
    port = int(receiver.stdout.readline())  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port}/hook"
    schema = f"bench_relay_{uuid.uuid4().hex[:10]}"
    admin = create_engine(normalise_url(args.url))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(normalise_url(args.url), connect_args={"options": f"-csearch_path={schema}"})
    try:
        upgrade(engine)
        config = outbound_config.Destinations.model_validate({"destinations": [{
            "name": "bench", "kind": "webhook", "url": url, "secret_env": "BENCH_HOOK_SECRET",
            "events": ["inspection.completed"]}]})
        payloads = [payload(n) for n in range(args.events)]
        with engine.begin() as connection:
            store.install(connection)
            register(connection, config)
            now = datetime.now(UTC)
            connection.execute(store.events.insert(), [
                {"id": uuid.UUID(p["id"]), "type": p["type"], "schema_version": 1, "fact_table": "inspections",
                 "fact_id": uuid.UUID(p["inspection_id"]), "inspection_id": uuid.UUID(p["inspection_id"]),
                 "rma_number": p["rma_number"], "order_number": p["order_number"], "order_key": p["rma_number"],
                 "payload": p, "created_at": now} for p in payloads])
            connection.execute(text(
                "INSERT INTO outbound_deliveries (event_id, destination, idempotency_key, order_key, state, "
                "next_attempt_at) SELECT id, 'bench', md5(id::text || '/bench'), order_key, 'waiting', now() "
                "FROM outbound_events ORDER BY seq"))
        with engine.begin() as connection:  # what autovacuum does on a live central after such an insert
            connection.execute(text("ANALYZE outbound_events"))
            connection.execute(text("ANALYZE outbound_deliveries"))

        bodies = [json.dumps(p, ensure_ascii=False, separators=(",", ":")).encode() for p in payloads]
        started = time.perf_counter()
        with httpx.Client() as client:
            for body in bodies:
                client.post(url, content=body, headers={"content-type": "application/json"}).raise_for_status()
        plain_s = time.perf_counter() - started

        started = time.perf_counter()
        with Relay(engine, config) as relay:
            done = relay.run_once()
        relay_s = time.perf_counter() - started
        assert done.delivered == args.events, done
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
        receiver.terminate()
        receiver.wait()
    print(f"{'path':<34}{'seconds':>10}{'events/s':>12}")
    print(f"{'plain httpx loop (baseline)':<34}{plain_s:>10.2f}{args.events / plain_s:>12.0f}")
    print(f"{'relay (claim, check, sign, post)':<34}{relay_s:>10.2f}{args.events / relay_s:>12.0f}")
    print(f"ratio: {relay_s / plain_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
