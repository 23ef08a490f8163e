"""Finding inspections on the central by RMA, order, tracking number (the scanned label), serial or SKU."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import Connection

from station.web.central import arows, rows

LIMIT = 100
MAX_QUERY = 500
# One statement, parameters only: any text a person types is a value, never SQL. Each branch has its index
# (station/sync/central_web.py INDEXES); the current grade is the newest review's, else the inspection's own.
SEARCH_SQL = """
SELECT i.id, i.rma_number, i.sku, i.serial, i.station_id, i.completed_at, p.name AS product,
       coalesce(r.grade, i.grade) AS grade, coalesce(r.disposition, i.disposition) AS disposition
FROM inspections i
LEFT JOIN products p ON p.sku = i.sku
LEFT JOIN LATERAL (SELECT v.grade, v.disposition FROM reviews v WHERE v.inspection_id = i.id
                   ORDER BY v.decided_at DESC, v.id DESC LIMIT 1) r ON true
WHERE i.id IN (
  SELECT id FROM inspections WHERE rma_number = %(q)s
  UNION SELECT id FROM inspections WHERE serial = %(q)s
  UNION (SELECT id FROM inspections WHERE sku = %(q)s ORDER BY completed_at DESC LIMIT %(limit)s)
  UNION SELECT id FROM inspections WHERE md5(label_text) = md5(%(q)s)
  UNION SELECT x.id FROM inspections x JOIN return_authorizations a ON a.rma_number = x.rma_number
        WHERE a.order_number = %(q)s)
ORDER BY i.completed_at DESC, i.id
LIMIT %(limit)s
"""


@dataclass(frozen=True)
class Found:
    id: uuid.UUID
    rma_number: str | None
    sku: str | None
    serial: str | None
    station_id: str
    completed_at: datetime
    product: str | None
    grade: str
    disposition: str


def _cleaned(query: str) -> str:
    # PostgreSQL text holds no NUL, so no stored number has one; and no label is longer than a few hundred.
    return query.replace("\x00", "").strip()[:MAX_QUERY]


def search(connection: Connection, query: str, limit: int = LIMIT) -> list[Found]:
    """In the role the connection has taken (a client's scope is the server's); rows straight from psycopg."""
    query = _cleaned(query)
    if not query:
        return []
    return [Found(**row._asdict()) for row in rows(connection, SEARCH_SQL, {"q": query, "limit": limit})]


async def search_async(connection: psycopg.AsyncConnection[Any], query: str, limit: int = LIMIT) -> list[Found]:
    """search() on the web's async connection (the search page)."""
    query = _cleaned(query)
    if not query:
        return []
    return [Found(**row._asdict()) for row in await arows(connection, SEARCH_SQL, {"q": query, "limit": limit})]
