"""The central database's own outbound tables and the triggers that turn stored facts into events.

Created by ``station central init`` (PostgreSQL only; stations never hold them). PostgreSQL is the queue: an
event and one delivery row per destination that wants it are written at the commit of the very transaction that
stores the fact, and relays take deliveries with ``FOR UPDATE SKIP LOCKED``.

A push stores thousands of facts in one transaction, so nothing here runs per fact: a trigger per statement
notes the new facts that make events (``outbound_pending``), and one deferred trigger per transaction turns all
of them into events, deliveries and shop notices with a statement each (``outbound_flush``), in the order the
facts were stored.
"""

from __future__ import annotations

import re

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Identity,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.dialects import postgresql

from db.models import NAMING
from db.types import UTCDateTime
from station.outbound.event_types import EVENT_TYPES, EventType
from station.outbound.payload_sql import PAYLOADS

OUTBOUND = MetaData(naming_convention=NAMING)

events = Table(
    "outbound_events", OUTBOUND,
    Column("id", postgresql.UUID(as_uuid=True), primary_key=True),  # stable: made from the type and the fact id
    Column("seq", BigInteger, Identity(), nullable=False, unique=True),
    Column("type", String(60), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("fact_table", String(63), nullable=False),
    Column("fact_id", postgresql.UUID(as_uuid=True), nullable=False),
    Column("inspection_id", postgresql.UUID(as_uuid=True)),
    Column("rma_number", String(64)),
    Column("order_number", String(64)),
    Column("order_key", String(100), nullable=False),  # deliveries of one key go out in order (an RMA, a container)
    Column("payload", postgresql.JSONB, nullable=False),  # the whole envelope, exactly as receivers get it
    Column("created_at", UTCDateTime(), nullable=False),
    Index("ix_outbound_events_inspection_id", "inspection_id"),
    Index("ix_outbound_events_created_at", "created_at"),
)

# Which destinations want which event types: written by the relay from the destinations file at start, read by
# the event trigger. Secrets never come here; they stay in the relay's environment.
destinations = Table(
    "outbound_destinations", OUTBOUND,
    Column("name", String(60), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("event_types", postgresql.ARRAY(Text), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

deliveries = Table(
    "outbound_deliveries", OUTBOUND,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("event_id", postgresql.UUID(as_uuid=True), nullable=False),
    Column("destination", String(60), nullable=False),
    # The same on every attempt, so a receiver that saw an answer-lost delivery can drop the second one.
    Column("idempotency_key", String(64), nullable=False),
    Column("order_key", String(100), nullable=False),
    Column("state", String(20), nullable=False),  # waiting | delivered | dead
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("next_attempt_at", UTCDateTime(), nullable=False),
    Column("first_attempt_at", UTCDateTime()),
    Column("last_attempt_at", UTCDateTime()),
    Column("delivered_at", UTCDateTime()),
    Column("last_status", Integer),
    Column("last_answer", Text),  # what the destination said last (a dead letter keeps it)
    Index("uq_outbound_deliveries_event_destination", "event_id", "destination", unique=True),
    # The relay's queue: waiting rows by destination and order key, oldest first.
    Index("ix_outbound_deliveries_waiting", "destination", "order_key", "id",
          postgresql_where=text("state = 'waiting'")),
    # What the relay walks, oldest first, stopping at a batch's worth: only the waiting rows.
    Index("ix_outbound_deliveries_queue", "id", postgresql_where=text("state = 'waiting'")),
)

# Facts stored in a transaction that still owe their events, in the order they were stored; emptied by that
# transaction's own flush before it commits, so outside a running push the table is empty.
pending = Table(
    "outbound_pending", OUTBOUND,
    Column("seq", BigInteger, Identity(), primary_key=True),
    Column("txid", BigInteger, nullable=False),
    Column("type", String(60), nullable=False),
    Column("fact_table", String(63), nullable=False),
    Column("fact_id", postgresql.UUID(as_uuid=True), nullable=False),
    Index("ix_outbound_pending_txid", "txid"),  # the flush takes its own transaction's rows
)

# One row per transaction with pending facts: its insert queues that transaction's one deferred flush.
pending_commits = Table(
    "outbound_pending_commits", OUTBOUND,
    Column("txid", BigInteger, primary_key=True),
)

# The shop's customer contacts per RMA, for the e-mail destination; kept on the central side only.
customer_contacts = Table(
    "outbound_customer_contacts", OUTBOUND,
    Column("rma_number", String(64), primary_key=True),
    Column("email", String(320), nullable=False),
    Column("language", String(10), nullable=False, server_default=text("'en'")),
    Column("name", String(200)),
    Column("photo_allowed", Boolean, nullable=False, server_default=text("true")),
)

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION outbound_refresh_notices(p_ids uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
BEGIN
  -- One statement for a whole batch of inspections; a row is rewritten only when what it says changed.
  INSERT INTO shop_notices (inspection_id, rma_number, state, destinations, reason, updated_at)
  SELECT e.inspection_id, max(e.rma_number),
         CASE WHEN bool_or(d.state = 'dead') THEN 'refused'
              WHEN bool_or(d.state = 'waiting') THEN 'waiting' ELSE 'delivered' END,
         json_agg(json_build_object('destination', d.destination, 'event', e.type, 'state', d.state,
                                    'attempts', d.attempts, 'status', d.last_status,
                                    'answer', left(d.last_answer, 300),
                                    'at', coalesce(d.delivered_at, d.last_attempt_at)) ORDER BY d.id),
         (array_agg(left(d.destination || ': ' || coalesce(d.last_answer, ''), 300) ORDER BY d.id)
            FILTER (WHERE d.state = 'dead'))[1],
         now()
  FROM outbound_events e JOIN outbound_deliveries d ON d.event_id = e.id
  WHERE e.inspection_id = ANY(p_ids)
  GROUP BY e.inspection_id
  ON CONFLICT (inspection_id) DO UPDATE SET rma_number = excluded.rma_number, state = excluded.state,
    destinations = excluded.destinations, reason = excluded.reason, updated_at = excluded.updated_at
  WHERE shop_notices.state IS DISTINCT FROM excluded.state
     OR shop_notices.destinations::text IS DISTINCT FROM excluded.destinations::text;
END $fn$;
"""


def _as_written(connection: Connection, sql: str) -> None:
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _table_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": name}).scalar())


_ON_NEW = re.compile(r"\bNEW\.")


def _fact_rows(condition: str | None) -> str:
    """An event type's condition on the new row (written on ``NEW``) as a filter of the statement's new rows."""
    if not condition:
        return ""
    return " WHERE (" + _ON_NEW.sub("f.", condition) + ")"


def _capture_function(table: str, kinds: list[EventType], schema: str) -> str:
    """Notes the statement's new facts of ``table`` that make events: one row per fact and type, in the order the
    facts were stored and, per fact, in the order of the types' names (the order a trigger per row fired in)."""
    parts = " UNION ALL ".join(
        f"SELECT f.n, {order} AS k, {_literal(kind.name)} AS type, f.id FROM f{_fact_rows(kind.when)}"
        for order, kind in enumerate(sorted(kinds, key=lambda k: k.trigger)))
    return (
        f"CREATE OR REPLACE FUNCTION outbound_capture_{table}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        f"SET search_path = {schema}, pg_temp AS $fn$ BEGIN "
        f"WITH f AS (SELECT r.*, row_number() OVER () AS n FROM new_facts r) "
        f"INSERT INTO outbound_pending (txid, type, fact_table, fact_id) "
        f"SELECT pg_current_xact_id()::text::bigint, v.type, {_literal(table)}, v.id FROM ({parts}) v "
        f"ORDER BY v.n, v.k; "
        f"IF FOUND THEN INSERT INTO outbound_pending_commits (txid) VALUES (pg_current_xact_id()::text::bigint) "
        f"ON CONFLICT DO NOTHING; END IF; "
        f"RETURN NULL; END $fn$")


def _flush_function(kinds: list[EventType], schema: str) -> str:
    """At commit: this transaction's noted facts become events (the payload built by its type's query), each new
    event a delivery per active destination that wants its type, and the shop notices of their inspections are
    refreshed once. An event already stored (the same fact pushed twice) gets no second delivery."""
    payloads = " ".join(
        f"WHEN noted.type = {_literal(kind.name)} AND noted.fact_table = {_literal(kind.table)} "
        f"THEN ({PAYLOADS[(kind.name, kind.table)].strip().replace('$1', 'noted.fact_id')})"
        for kind in kinds)
    versions = " ".join(f"WHEN {_literal(kind.name)} THEN {int(kind.version)}"
                        for kind in {k.name: k for k in kinds}.values())
    return f"""CREATE OR REPLACE FUNCTION outbound_flush() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  me bigint := NEW.txid;
  touched uuid[];
BEGIN
  DELETE FROM outbound_pending_commits c WHERE c.txid = me;  -- a fact stored later in this transaction queues another
  WITH todo AS (
    DELETE FROM outbound_pending p WHERE p.txid = me RETURNING p.seq, p.type, p.fact_table, p.fact_id
  ), made AS MATERIALIZED (
    SELECT noted.seq, noted.type, noted.fact_table, noted.fact_id, clock_timestamp() AS stamp,
           md5(noted.type || ':' || noted.fact_table || ':' || noted.fact_id::text)::uuid AS id,
           CASE {payloads} END AS made
    FROM todo noted
  ), stored AS (
    INSERT INTO outbound_events (id, type, schema_version, fact_table, fact_id, inspection_id, rma_number,
                                 order_number, order_key, payload, created_at)
    SELECT m.id, m.type, CASE m.type {versions} END, m.fact_table, m.fact_id, (m.made->>'inspection_id')::uuid,
           m.made->>'rma_number', m.made->>'order_number', m.made->>'order_key',
           jsonb_build_object(
             'id', m.id, 'type', m.type, 'schema_version', CASE m.type {versions} END,
             'created_at', to_char(m.stamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
             'inspection_id', m.made->'inspection_id', 'rma_number', m.made->'rma_number',
             'order_number', m.made->'order_number', 'data', m.made->'data'),
           m.stamp
    FROM made m WHERE m.made IS NOT NULL ORDER BY m.seq
    ON CONFLICT (id) DO NOTHING
    RETURNING id, seq, type, order_key, inspection_id, created_at
  ), delivered AS (
    INSERT INTO outbound_deliveries (event_id, destination, idempotency_key, order_key, state, next_attempt_at)
    SELECT e.id, d.name, md5(e.id::text || '/' || d.name), e.order_key, 'waiting', e.created_at
    FROM stored e JOIN outbound_destinations d ON d.active AND e.type = ANY(d.event_types)
    ORDER BY e.seq, d.name
    ON CONFLICT DO NOTHING
    RETURNING event_id
  )
  SELECT array_agg(DISTINCT e.inspection_id) INTO touched FROM stored e
  WHERE e.inspection_id IS NOT NULL AND e.id IN (SELECT event_id FROM delivered);
  IF touched IS NOT NULL THEN
    PERFORM outbound_refresh_notices(touched);
  END IF;
  RETURN NULL;
END $fn$"""


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def install(connection: Connection) -> None:
    """Idempotent: the outbound tables, a trigger per statement on each table whose facts make events, and the one
    deferred flush per transaction."""
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    OUTBOUND.create_all(connection)
    quoted = connection.dialect.identifier_preparer.quote(str(schema))
    for body in filter(str.strip, FUNCTIONS.replace("{schema}", quoted).split("\n\n")):
        _as_written(connection, body)
    # An area not installed on this central yet: its events start with its tables.
    kinds = [kind for kind in EVENT_TYPES if _table_exists(connection, kind.table)]
    _as_written(connection, _flush_function(kinds, quoted))
    by_table: dict[str, list[EventType]] = {}
    for kind in kinds:
        by_table.setdefault(kind.table, []).append(kind)
    for table, of_table in by_table.items():
        for kind in of_table:  # what stood here before: a deferred trigger per fact and type
            connection.execute(text(f'DROP TRIGGER IF EXISTS {kind.trigger} ON "{table}"'))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {kind.emitter}(), {kind.function}(uuid)"))
        _as_written(connection, _capture_function(table, of_table, quoted))
        connection.execute(text(f'DROP TRIGGER IF EXISTS outbound_capture ON "{table}"'))
        connection.execute(text(f'CREATE TRIGGER outbound_capture AFTER INSERT ON "{table}" REFERENCING NEW TABLE '
                                f"AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION outbound_capture_{table}()"))
    connection.execute(text("DROP FUNCTION IF EXISTS outbound_add_event(text, integer, text, uuid, jsonb)"))
    connection.execute(text("DROP TRIGGER IF EXISTS outbound_flush ON outbound_pending_commits"))
    # Deferred to commit: the photos and refund pushed after the inspection in the same batch are in its event.
    connection.execute(text("CREATE CONSTRAINT TRIGGER outbound_flush AFTER INSERT ON outbound_pending_commits "
                            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outbound_flush()"))
