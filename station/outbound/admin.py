"""What people at the central do with events: list and show them, send dead letters again, replay a period."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, text

from station.text import StationError, _


@dataclass(frozen=True)
class DeliveryRow:
    destination: str
    state: str
    attempts: int
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    last_status: int | None
    last_answer: str | None
    idempotency_key: str


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    seq: int
    type: str
    rma_number: str | None
    created_at: datetime
    deliveries: tuple[DeliveryRow, ...]
    payload: dict[str, Any] | None = None

    @property
    def state(self) -> str:
        states = {d.state for d in self.deliveries}
        return "dead" if "dead" in states else "waiting" if "waiting" in states else (
            "delivered" if states else "no destination")


def _deliveries(engine: Engine, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[DeliveryRow]]:
    found: dict[uuid.UUID, list[DeliveryRow]] = {i: [] for i in ids}
    if not ids:
        return found
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT event_id, destination, state, attempts, next_attempt_at, delivered_at, last_status, last_answer, "
            "idempotency_key FROM outbound_deliveries WHERE event_id = ANY(:ids) ORDER BY id"), {"ids": ids}).all()
    for r in rows:
        found[r.event_id].append(DeliveryRow(r.destination, r.state, r.attempts, r.next_attempt_at, r.delivered_at,
                                             r.last_status, r.last_answer, r.idempotency_key))
    return found


def list_events(engine: Engine, *, since: datetime | None = None, state: str | None = None,
                limit: int = 100) -> list[EventRow]:
    where, params = ["true"], {"limit": limit}
    if since is not None:
        where.append("e.created_at >= :since")
        params["since"] = since
    if state is not None:
        where.append("EXISTS (SELECT 1 FROM outbound_deliveries d WHERE d.event_id = e.id AND d.state = :state)")
        params["state"] = state
    with engine.connect() as connection:
        rows = connection.execute(text(
            f"SELECT id, seq, type, rma_number, created_at FROM outbound_events e WHERE {' AND '.join(where)} "
            "ORDER BY seq DESC LIMIT :limit"), params).all()
    deliveries = _deliveries(engine, [r.id for r in rows])
    return [EventRow(r.id, r.seq, r.type, r.rma_number, r.created_at, tuple(deliveries[r.id])) for r in rows]


def show_event(engine: Engine, event_id: str) -> EventRow:
    try:
        wanted = uuid.UUID(event_id)
    except ValueError as exc:
        raise StationError(_("{id} is not an event id (a UUID, as `station central events list` shows).",
                             id=event_id)) from exc
    with engine.connect() as connection:
        row = connection.execute(text("SELECT id, seq, type, rma_number, created_at, payload FROM outbound_events "
                                      "WHERE id = :id"), {"id": wanted}).first()
    if row is None:
        raise StationError(_("No event {id} in the central database.", id=event_id))
    return EventRow(row.id, row.seq, row.type, row.rma_number, row.created_at,
                    tuple(_deliveries(engine, [row.id])[row.id]), dict(row.payload))


def _refresh(connection: Any, event_filter: str, params: dict[str, Any]) -> None:
    connection.execute(text(f"SELECT outbound_refresh_notices(ARRAY(SELECT DISTINCT e.inspection_id FROM "
                            f"outbound_events e WHERE e.inspection_id IS NOT NULL AND ({event_filter})))"), params)


def retry_dead(engine: Engine, *, event_id: str | None = None, destination: str | None = None) -> int:
    """Dead letters back in the queue, due now, with a fresh give-up window; the same idempotency keys."""
    where, params = ["state = 'dead'"], {}
    if event_id is not None:
        where.append("event_id = :event")
        params["event"] = show_event(engine, event_id).id
    if destination is not None:
        where.append("destination = :destination")
        params["destination"] = destination
    with engine.begin() as connection:
        ids = connection.execute(text(
            f"UPDATE outbound_deliveries SET state = 'waiting', next_attempt_at = now(), first_attempt_at = NULL "
            f"WHERE {' AND '.join(where)} RETURNING event_id"), params).scalars().all()
        if ids:
            _refresh(connection, "e.id = ANY(:ids)", {"ids": list(ids)})
    return len(ids)


def replay(engine: Engine, since: datetime, *, destination: str | None = None) -> int:
    """Every event since a time again, to every active destination that wants its type (one added later too).
    Receivers get the same event ids and idempotency keys: one that kept them may drop what it already has."""
    params: dict[str, Any] = {"since": since, "destination": destination}
    with engine.begin() as connection:
        count = connection.execute(text("""
            INSERT INTO outbound_deliveries (event_id, destination, idempotency_key, order_key, state, next_attempt_at)
            SELECT e.id, d.name, md5(e.id::text || '/' || d.name), e.order_key, 'waiting', now()
            FROM outbound_events e JOIN outbound_destinations d ON d.active AND e.type = ANY(d.event_types)
            WHERE e.created_at >= :since AND (CAST(:destination AS text) IS NULL OR d.name = :destination)
            ORDER BY e.seq, d.name
            ON CONFLICT (event_id, destination) DO UPDATE SET state = 'waiting', next_attempt_at = now(),
              first_attempt_at = NULL
            """), params).rowcount
        _refresh(connection, "e.created_at >= :since", {"since": since})
    return int(count or 0)
