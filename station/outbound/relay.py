"""The relay: takes due deliveries from PostgreSQL, sends them, records what each destination answered.

At least once: a batch of deliveries is locked (``FOR UPDATE SKIP LOCKED``, so relays never take the same
row), sent, and marked in the same transaction; a relay killed or cut off mid-batch leaves the rows waiting
and the next relay sends them again with the same idempotency key. In order per RMA: a delivery is taken only
when no earlier delivery to the same destination for the same RMA is still waiting. A destination that says
"not now" is tried again with exponential backoff and jitter (honouring Retry-After); one that refuses for
good, or keeps failing past the give-up time, becomes a dead letter with its answer.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, Engine, bindparam, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError, OperationalError

from station.ids import utc_now
from station.outbound import decided, schemas
from station.outbound.answers import Answer
from station.outbound.config import (
    Destinations,
    EmailDestination,
    Retry,
    ShopifyDestination,
    WebhookDestination,
    WooCommerceDestination,
)
from station.outbound.store import destinations as destinations_table
from station.text import StationError, _

log = logging.getLogger(__name__)

CLAIM = """
SELECT d.id, d.destination, d.idempotency_key, d.attempts, d.first_attempt_at, e.payload, e.inspection_id,
  {current} AS decided
FROM outbound_deliveries d JOIN outbound_events e ON e.id = d.event_id
WHERE d.state = 'waiting' AND d.next_attempt_at <= now() AND d.destination = ANY(:names) AND NOT {held}
  -- The oldest waiting delivery of its RMA to its destination: one index lookup per candidate.
  AND d.id = (SELECT min(p.id) FROM outbound_deliveries p WHERE p.state = 'waiting'
              AND p.destination = d.destination AND p.order_key = d.order_key)
ORDER BY d.id
LIMIT :n
FOR UPDATE OF d SKIP LOCKED
"""

RECORD = text("""
UPDATE outbound_deliveries SET state = :state, attempts = attempts + 1, next_attempt_at = :next,
  first_attempt_at = coalesce(first_attempt_at, :now), last_attempt_at = :now, delivered_at = :delivered,
  last_status = :status, last_answer = :answer
WHERE id = :id
""")

REFRESH = text("SELECT outbound_refresh_notices(CAST(:ids AS uuid[]))")

# A delivery waiting for a lead's decision is not due: it is taken at the first pass after the decision arrives.
NEXT_DUE = ("SELECT min(d.next_attempt_at) FROM outbound_deliveries d JOIN outbound_events e ON e.id = d.event_id "
            "WHERE d.state = 'waiting' AND d.destination = ANY(:names) AND NOT {held}")


def backoff_s(retry: Retry, attempts: int, rng: random.Random) -> float:
    """The wait after the ``attempts``-th failed try: doubling from the first delay up to the cap, and a random
    share of it taken off, so destinations coming back are not met by every relay at the same second."""
    ceiling = min(retry.max_delay_s, retry.first_delay_s * (2 ** max(0, attempts - 1)))
    return ceiling * (0.5 + 0.5 * rng.random())


@dataclass
class PassResult:
    delivered: int = 0
    retried: int = 0
    dead: int = 0
    batches: int = 0
    by_destination: Counter[str] = field(default_factory=Counter)

    @property
    def attempts(self) -> int:
        return self.delivered + self.retried + self.dead


class _Lookups:
    """What an e-mail needs beyond the event: the customer's address and language, one photo."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def contact(self, rma_number: str) -> dict[str, Any] | None:
        with self.engine.connect() as connection:
            row = connection.execute(text("SELECT email, language, name, photo_allowed FROM "
                                          "outbound_customer_contacts WHERE rma_number = :r"),
                                     {"r": rma_number}).mappings().first()
        return dict(row) if row else None

    def photo(self, sha256: str) -> bytes | None:
        with self.engine.connect() as connection:
            data = connection.execute(text("SELECT data FROM sync_photo_blobs WHERE sha256 = :s"),
                                      {"s": sha256}).scalar()
        return bytes(data) if data is not None else None


def make_sender(destination: Any, client: httpx.Client) -> Any:
    from station.outbound.senders.email import EmailSender
    from station.outbound.senders.shopify import ShopifySender
    from station.outbound.senders.webhook import WebhookSender
    from station.outbound.senders.woocommerce import WooCommerceSender

    kinds: dict[type, Any] = {WebhookDestination: WebhookSender, ShopifyDestination: ShopifySender,
                              WooCommerceDestination: WooCommerceSender, EmailDestination: EmailSender}
    return kinds[type(destination)](destination, client)


def register(connection: Connection, config: Destinations) -> None:
    """The destinations file into the central's routing table: new events get a delivery per active destination
    that wants their type. A destination gone from the file stops receiving new events."""
    now = utc_now()
    rows = [{"name": d.name, "kind": d.kind, "event_types": list(d.events), "active": d.active, "updated_at": now}
            for d in config.destinations]
    if rows:
        statement = pg_insert(destinations_table)
        connection.execute(statement.on_conflict_do_update(
            index_elements=["name"], set_={c: statement.excluded[c] for c in ("kind", "event_types", "active",
                                                                               "updated_at")}), rows)
    connection.execute(text("UPDATE outbound_destinations SET active = false, updated_at = :now "
                            "WHERE active AND NOT (name = ANY(:names))"),
                       {"now": now, "names": [d.name for d in config.destinations]})


class Relay:
    def __init__(self, engine: Engine, config: Destinations, *, batch_size: int = 200, workers: int = 16,
                 seed: int | None = None) -> None:
        self.engine = engine
        self.config = config
        self.batch_size = batch_size
        self.rng = random.Random(seed)
        self.client = httpx.Client(timeout=config.retry.timeout_s,
                                   limits=httpx.Limits(max_connections=workers, max_keepalive_connections=workers))
        active = [d for d in config.destinations if d.active]
        self.senders = {d.name: make_sender(d, self.client) for d in active}
        self.names = list(self.senders)
        self.lookups = _Lookups(engine)
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="relay-send")
        self.acting = decided.acting_destinations(config)
        with engine.connect() as connection:
            tables = decided.decision_tables(connection)
            refunds = decided.has_decision_refunds(connection)
        held = decided.held_sql(tables)
        self.claim = text(CLAIM.format(current=decided.current_sql(tables, refunds), held=held))
        self.next_due = text(NEXT_DUE.format(held=held))

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        self.client.close()

    def __enter__(self) -> Relay:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def register(self) -> None:
        with self.engine.begin() as connection:
            register(connection, self.config)

    def _send(self, row: Any) -> Answer:
        payload = row.payload if isinstance(row.payload, dict) else json.loads(row.payload)
        wrong = schemas.problems(payload)
        if wrong:
            return Answer("refused", "the event does not match its published schema: " + "; ".join(wrong[:3]))
        if row.decided is not None:  # a shop acts on the outcome as decided now, not on the inspector's first one
            now = row.decided if isinstance(row.decided, dict) else json.loads(row.decided)
            data = {**payload["data"], "grade": now["grade"], "disposition": now["disposition"]}
            if now.get("refund") is not None:  # the refund for the decided grade, as the station recorded it
                data["refund"] = now["refund"]
            payload = {**payload, "data": data}
        try:
            return self.senders[row.destination].send(payload, row.idempotency_key, self.lookups)
        except Exception as exc:  # a sender's own bug must not stop the queue: the row retries with backoff
            log.exception("sending %s to %s failed", row.idempotency_key, row.destination)
            return Answer("retry", f"{exc.__class__.__name__}: {exc}")

    def _decide(self, row: Any, answer: Answer, now: datetime) -> dict[str, Any]:
        retry = self.config.retry
        state, next_at = "waiting", now
        text_said = answer.text
        if answer.outcome == "delivered":
            state = "delivered"
        elif answer.outcome == "refused":
            state = "dead"
        else:
            wait = answer.retry_after_s if answer.retry_after_s is not None else backoff_s(
                retry, int(row.attempts) + 1, self.rng)
            first = row.first_attempt_at or now
            if (now - first).total_seconds() + wait >= retry.give_up_after_s:
                state = "dead"
                text_said = f"gave up after {int(row.attempts) + 1} attempts: {answer.text}"
            next_at = now + timedelta(seconds=wait)
        return {"id": row.id, "state": state, "next": next_at, "now": now,
                "delivered": now if state == "delivered" else None, "status": answer.status, "answer": text_said}

    def one_batch(self, result: PassResult) -> int:
        """Claims, sends and records one batch in one transaction; returns how many deliveries it took."""
        with self.engine.begin() as connection:
            rows = connection.execute(self.claim, {"names": self.names, "acting": self.acting,
                                                   "n": self.batch_size}).all()
            if not rows:
                return 0
            answers = list(self.pool.map(self._send, rows))
            now = utc_now()
            records = [self._decide(row, answer, now) for row, answer in zip(rows, answers, strict=True)]
            connection.execute(RECORD, records)
            touched = sorted({str(r.inspection_id) for r in rows if r.inspection_id is not None})
            if touched:
                connection.execute(REFRESH.bindparams(bindparam("ids", value=touched)))
        for row, record in zip(rows, records, strict=True):
            key = {"delivered": "delivered", "dead": "dead"}.get(record["state"], "retried")
            setattr(result, key, getattr(result, key) + 1)
            result.by_destination[f"{row.destination}:{record['state']}"] += 1
        result.batches += 1
        return len(rows)

    def run_once(self) -> PassResult:
        """Every delivery due now, batch after batch, until none is left; for scripts and cron."""
        result = PassResult()
        if not self.names:
            return result
        while self.one_batch(result):
            pass
        return result

    def seconds_to_next(self) -> float | None:
        with self.engine.connect() as connection:
            due = connection.execute(self.next_due, {"names": self.names, "acting": self.acting}).scalar()
        return None if due is None else max(0.0, (due - utc_now()).total_seconds())

    def run(self, stop: threading.Event, idle_s: float = 1.0, max_wait_s: float = 60.0) -> None:
        """Until ``stop`` is set: a lost database connection is waited out with backoff, never a reason to quit."""
        failures = 0
        while not stop.is_set():
            try:
                taken = self.one_batch(PassResult()) if self.names else 0
                failures = 0
                if taken:
                    continue
                due = self.seconds_to_next()
                stop.wait(idle_s if due is None else min(idle_s, due))
            except (OperationalError, DBAPIError) as exc:
                failures += 1
                wait = min(max_wait_s, 0.5 * (2 ** min(failures, 8))) * (0.5 + 0.5 * self.rng.random())
                log.warning("relay lost the central database (%s); trying again in %.1f s", exc.orig, wait)
                stop.wait(wait)


def open_relay(engine: Engine, config: Destinations, **kwargs: Any) -> Relay:
    if not config.destinations:
        raise StationError(_("The destinations file names no destination: nothing to relay."))
    relay = Relay(engine, config, **kwargs)
    relay.register()
    return relay
