"""The central database's own outbound tables and the triggers that turn stored facts into events.

Created by ``station central init`` (PostgreSQL only; stations never hold them). PostgreSQL is the queue: an
event and one delivery row per destination that wants it are written by a deferred trigger in the very
transaction that stores the fact, and relays take deliveries with ``FOR UPDATE SKIP LOCKED``.
"""

from __future__ import annotations

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
from station.outbound.event_types import EVENT_TYPES
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

-- Runs as the central's owner: a station's role may add facts but never write events or deliveries itself.
CREATE OR REPLACE FUNCTION outbound_add_event(ev_type text, ev_version int, ev_table text, ev_fact uuid,
                                              ev_made jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  ev_id uuid := md5(ev_type || ':' || ev_table || ':' || ev_fact::text)::uuid;
  ev_stamp timestamptz := clock_timestamp();
BEGIN
  IF ev_made IS NULL THEN RETURN; END IF;
  INSERT INTO outbound_events (id, type, schema_version, fact_table, fact_id, inspection_id, rma_number,
                               order_number, order_key, payload, created_at)
  VALUES (ev_id, ev_type, ev_version, ev_table, ev_fact, (ev_made->>'inspection_id')::uuid,
          ev_made->>'rma_number', ev_made->>'order_number', ev_made->>'order_key',
          jsonb_build_object(
            'id', ev_id, 'type', ev_type, 'schema_version', ev_version,
            'created_at', to_char(ev_stamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            'inspection_id', ev_made->'inspection_id', 'rma_number', ev_made->'rma_number',
            'order_number', ev_made->'order_number', 'data', ev_made->'data'),
          ev_stamp)
  ON CONFLICT (id) DO NOTHING;
  IF NOT FOUND THEN RETURN; END IF;
  INSERT INTO outbound_deliveries (event_id, destination, idempotency_key, order_key, state, next_attempt_at)
  SELECT ev_id, d.name, md5(ev_id::text || '/' || d.name), ev_made->>'order_key', 'waiting', ev_stamp
  FROM outbound_destinations d WHERE d.active AND ev_type = ANY(d.event_types)
  ORDER BY d.name
  ON CONFLICT DO NOTHING;
  IF FOUND AND ev_made->>'inspection_id' IS NOT NULL THEN
    PERFORM outbound_refresh_notices(ARRAY[(ev_made->>'inspection_id')::uuid]);
  END IF;
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


def install(connection: Connection) -> None:
    """Idempotent: the outbound tables, the payload functions and one deferred trigger per event type."""
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    OUTBOUND.create_all(connection)
    quoted = connection.dialect.identifier_preparer.quote(str(schema))
    for body in filter(str.strip, FUNCTIONS.replace("{schema}", quoted).split("\n\n")):
        _as_written(connection, body)
    for kind in EVENT_TYPES:
        if not _table_exists(connection, kind.table):
            continue  # an area not installed on this central yet: its events start with its tables
        query = PAYLOADS[(kind.name, kind.table)]
        # PL/pgSQL, not SQL: its plan is kept for the session, where a SQL function would be planned again for
        # every fact pushed.
        _as_written(connection, f"CREATE OR REPLACE FUNCTION {kind.function}(fact uuid) RETURNS jsonb "
                                f"LANGUAGE plpgsql STABLE AS $fn$ BEGIN RETURN ({query.replace('$1', 'fact')}); "
                                f"END $fn$")
        # One trigger function per type, with static calls only: PL/pgSQL keeps their plans for the session.
        _as_written(connection, (
            f"CREATE OR REPLACE FUNCTION {kind.emitter}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            f"SET search_path = {quoted}, pg_temp AS $fn$ BEGIN "
            f"PERFORM outbound_add_event('{kind.name}', {kind.version}, TG_TABLE_NAME, NEW.id, "
            f"{kind.function}(NEW.id)); RETURN NULL; END $fn$"))
        when = f"WHEN ({kind.when}) " if kind.when else ""
        connection.execute(text(f'DROP TRIGGER IF EXISTS {kind.trigger} ON "{kind.table}"'))
        # Deferred to commit: the photos and refund pushed after the inspection in the same batch are in it.
        _as_written(connection, (
            f'CREATE CONSTRAINT TRIGGER {kind.trigger} AFTER INSERT ON "{kind.table}" '
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW {when}"
            f"EXECUTE FUNCTION {kind.emitter}()"))
