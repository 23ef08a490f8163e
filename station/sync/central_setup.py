"""Central set-up (PostgreSQL only): migrations, the change log and its triggers, the photo blob table, one
role per station and the row-level security that keeps each station to its own facts.

What a station's role may write is checked by the server, not trusted to the station: an audit event must carry
well-formed hashes and continue its station's chain (a trigger); a review must name a lead who did not inspect
the item; a photo blob must be labelled with the station's own id, match its stated size and stay under
``MAX_PHOTO_BYTES`` (its content hash is a CHECK). Installs of a station id claim it through
``sync_claim_install`` (see station/sync/install.py), the one way a station writes the installs table; the
install holding an id gets that station's chain key from ``sync_station_key``, and from then on the trigger
refuses an event whose seal does not match it (station/audit/seal.py).

Everything here is idempotent: run `station central init` again after an upgrade and new fact tables get their
triggers, grants and policies too.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import make_url

from db import models
from db.migrate import upgrade
from db.sync_models import CENTRAL, central_info, station_roles
from station.ids import utc_now
from station.outbound import store as outbound_store
from station.sync import central_web, tables
from station.text import StationError, _

# Raised when what init installs changes in a way stations must know about (2: installs and their claim;
# 3: chain keys and sealed audit events).
INSTALL_VERSION = 3
DEFAULT_PREFIX = "station"
# The largest photo file a station may upload: well above a full-resolution camera JPEG, far below a flood.
MAX_PHOTO_BYTES = 50 * 1024 * 1024
# An install of a station id that has synced within this many seconds is live: another install of that id is
# refused until it has been silent this long (kept in sync_central_info, so IT can change it).
INSTALL_LIVE_S = 900

# Facts that change an outcome may only come from people in these roles: (column naming the person, roles).
ACTOR_ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "reviews": ("reviewer_id", ("lead",)),
    "refurb_outcomes": ("technician_id", ("refurb", "lead", "admin")),
    "signin_unlocks": ("unlocked_by", ("lead", "admin")),
}

_OWN_STATION = "(SELECT m.station_id FROM sync_station_roles m WHERE m.role_name = current_user)"
# More that a fact must satisfy to be inserted by a station: a lead never reviews an item they inspected.
EXTRA_CHECKS: dict[str, str] = {
    "reviews": "NOT EXISTS (SELECT 1 FROM inspections i WHERE i.id = inspection_id AND i.inspector_id = reviewer_id)",
}


@dataclass(frozen=True)
class StationRole:
    station_id: str
    role: str
    password: str | None
    url: str | None


def role_name(prefix: str, station_id: str) -> str:
    name = f"{prefix}_{re.sub(r'[^a-z0-9_]', '_', station_id.lower())}"
    if len(name) > 63:
        raise StationError(_("Station id {id} is too long for a database role name.", id=station_id))
    return name


def group_role(prefix: str) -> str:
    return f"{prefix}_stations"


def readers_role(prefix: str) -> str:
    return f"{prefix}_readers"


def _check_prefix(prefix: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,29}", prefix):
        raise StationError(_("The role prefix {prefix} must be lower-case letters, digits and _ (up to 30).",
                             prefix=prefix))


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _as_written(connection: Connection, sql: str) -> None:
    """Straight to the driver with no parameters, so the % and : in function bodies and passwords stay as they are."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _ensure_role(connection: Connection, role: str, login: bool) -> None:
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
    if not exists:
        connection.execute(text(f"CREATE ROLE {_q(connection, role)} {'LOGIN' if login else 'NOLOGIN'}"))


FUNCTIONS = """
CREATE OR REPLACE FUNCTION sync_log_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  src text;
BEGIN
  -- One log row per station and per 1000 keys of this statement; the key list stays small to pull.
  IF TG_OP = 'INSERT' THEN src := 'new_rows';
  ELSIF TG_OP = 'DELETE' THEN src := 'old_rows';
  ELSE src := '(SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows)';
  END IF;
  EXECUTE format(
    'INSERT INTO sync_change_log (txid, table_name, op, station_id, row_keys) '
    'SELECT pg_current_xact_id()::text::bigint, %L, %L, s, array_agg(k) FROM ('
    'SELECT %s AS s, %s AS k, (row_number() OVER ()) - 1 AS n FROM %s r %s) x '
    'GROUP BY s, n / 1000',
    TG_TABLE_NAME, lower(TG_OP), TG_ARGV[1], TG_ARGV[0], src, TG_ARGV[2]);
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION sync_hmac_pad(p_key bytea, p_pad int) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
  k bytea := p_key;
  padded bytea := ''::bytea;
BEGIN
  -- HMAC-SHA256 (RFC 2104) from the server's own sha256(), so the central needs no extension: the key's inner
  -- (0x36) and outer (0x5c) pads are made once, when the key is issued, and each event costs two sha256().
  IF length(k) > 64 THEN k := sha256(k); END IF;
  k := k || decode(repeat('00', 64 - length(k)), 'hex');
  FOR i IN 0..63 LOOP
    padded := padded || set_byte(decode('00', 'hex'), 0, get_byte(k, i) # p_pad);
  END LOOP;
  RETURN padded;
END $fn$;

CREATE OR REPLACE FUNCTION sync_station_key(p_install text, p_sealed_from int)
RETURNS TABLE (chain_key text, sealed_from int)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  me text;
  made text;
BEGIN
  SELECT m.station_id INTO me FROM sync_station_roles m WHERE m.role_name = session_user;
  -- Only the install that holds the station id now gets its key; anyone else gets no row.
  IF me IS NULL OR NOT EXISTS (SELECT 1 FROM sync_installs i WHERE i.station_id = me
                               AND i.install_id = p_install AND i.retired_at IS NULL) THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('key:' || me));
  made := encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text,
                                   'UTF8')), 'hex');
  INSERT INTO sync_station_keys AS k (station_id, chain_key, inner_pad, outer_pad, sealed_from, issued_at)
    SELECT me, made, sync_hmac_pad(decode(made, 'hex'), 54), sync_hmac_pad(decode(made, 'hex'), 92),
           greatest(p_sealed_from, coalesce((SELECT max(e.seq) FROM audit_events e WHERE e.station_id = me), 0) + 1),
           now()
    ON CONFLICT (station_id) DO NOTHING;
  RETURN QUERY SELECT k.chain_key::text, k.sealed_from FROM sync_station_keys k WHERE k.station_id = me;
END $fn$;

CREATE OR REPLACE FUNCTION sync_check_audit_events() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  bad record;
BEGIN
  -- Once per statement over all its new events (a push brings thousands): each must be well formed, follow the
  -- event before it (in this statement or held already) and carry its station's seal. The first that does not,
  -- in chain order, refuses the whole statement. The hex test is one regular expression per event over its three
  -- hashes: '^[0-9a-f]{{64}}$' on each builds a fresh automaton per call, which cost more than the whole insert.
  SELECT x.seq, x.station_id, x.problem INTO bad FROM (
    SELECT n.seq, n.station_id, CASE
        WHEN NOT (octet_length(n.hash) = 64 AND octet_length(n.row_hash) = 64 AND octet_length(n.prev_hash) = 64
                  AND (n.hash || n.row_hash || n.prev_hash) !~ '[^0-9a-f]') THEN 'hex'
        WHEN b.before IS NULL THEN 'missing'
        WHEN n.prev_hash <> b.before THEN 'follow'
        WHEN k.sealed_from IS NOT NULL AND n.seq >= k.sealed_from AND n.seal IS DISTINCT FROM
             encode(sha256(k.outer_pad || sha256(k.inner_pad || convert_to(n.hash, 'UTF8'))), 'hex') THEN 'seal'
      END AS problem
    FROM new_events n
    LEFT JOIN new_events p ON p.station_id = n.station_id AND p.seq = n.seq - 1
    LEFT JOIN sync_station_keys k ON k.station_id = n.station_id
    -- The event before: in this statement (a join in memory), else an index lookup, needed for its first only.
    CROSS JOIN LATERAL (SELECT CASE WHEN n.seq = 1 THEN repeat('0', 64) WHEN n.seq > 1 THEN coalesce(p.hash,
        (SELECT e.hash FROM audit_events e WHERE e.station_id = n.station_id AND e.seq = n.seq - 1)) END AS before) b
  ) x WHERE x.problem IS NOT NULL ORDER BY x.seq LIMIT 1;
  IF bad.problem = 'hex' THEN
    RAISE EXCEPTION 'audit event #% of station % is refused: its hashes must be SHA-256 in hex', bad.seq,
      bad.station_id USING ERRCODE = 'check_violation';
  ELSIF bad.problem = 'missing' THEN
    RAISE EXCEPTION 'audit event #% of station % is refused: event #% is not here before it', bad.seq,
      bad.station_id, bad.seq - 1 USING ERRCODE = 'check_violation';
  ELSIF bad.problem = 'follow' THEN
    RAISE EXCEPTION 'audit event #% of station % is refused: it does not follow event #% held here', bad.seq,
      bad.station_id, bad.seq - 1 USING ERRCODE = 'check_violation';
  ELSIF bad.problem = 'seal' THEN
    RAISE EXCEPTION 'audit event #% of station % is refused: its seal does not match, so it was written or changed '
      'outside the station program', bad.seq, bad.station_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION sync_claim_install(p_install text, p_host text)
RETURNS TABLE (outcome text, other_install text, other_host text, other_seen timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  me text;
  live interval;
  retired timestamptz;
  successor text;
  o_install text;
  o_host text;
  o_seen timestamptz;
BEGIN
  -- The login role, not the definer: a station claims installs of its own id only.
  SELECT m.station_id INTO me FROM sync_station_roles m WHERE m.role_name = session_user;
  IF me IS NULL THEN  -- an owner's login (a single-site set-up): no install to keep apart
    RETURN QUERY SELECT 'unmapped'::text, NULL::text, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('install:' || me));
  live := make_interval(secs => coalesce(
    (SELECT c.value FROM sync_central_info c WHERE c.key = 'install_live_s')::int, 900));
  SELECT i.retired_at, i.replaced_by INTO retired, successor FROM sync_installs i
    WHERE i.station_id = me AND i.install_id = p_install;
  IF retired IS NOT NULL THEN
    SELECT i.install_id, i.host, i.last_seen INTO o_install, o_host, o_seen FROM sync_installs i
      WHERE i.station_id = me AND i.install_id = successor;
    RETURN QUERY SELECT 'replaced'::text, successor, o_host, o_seen;
    RETURN;
  END IF;
  SELECT i.install_id, i.host, i.last_seen INTO o_install, o_host, o_seen FROM sync_installs i
    WHERE i.station_id = me AND i.install_id <> p_install AND i.retired_at IS NULL
    ORDER BY i.last_seen DESC LIMIT 1;
  IF o_install IS NOT NULL AND o_seen > now() - live THEN
    RETURN QUERY SELECT 'in_use'::text, o_install, o_host, o_seen;
    RETURN;
  END IF;
  UPDATE sync_installs i SET retired_at = now(), replaced_by = p_install
    WHERE i.station_id = me AND i.install_id <> p_install AND i.retired_at IS NULL;
  INSERT INTO sync_installs AS i (station_id, install_id, host, first_seen, last_seen)
    VALUES (me, p_install, p_host, now(), now())
    ON CONFLICT (station_id, install_id) DO UPDATE SET host = EXCLUDED.host, last_seen = EXCLUDED.last_seen;
  RETURN QUERY SELECT CASE WHEN o_install IS NULL THEN 'ok' ELSE 'took_over' END, o_install, o_host, o_seen;
END $fn$;

CREATE OR REPLACE FUNCTION sync_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '% is a finished fact and is never changed or deleted: record a new fact (a review) instead',
    TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $fn$;
"""


def _fact_triggers(connection: Connection, fact: tables.FactTable) -> None:
    table = _q(connection, fact.name)
    if fact.station_column:
        station, join = f"r.{_q(connection, fact.station_column)}", ""
    elif fact.parent:
        column, parent, key = fact.parent
        # One index lookup per row: a join could scan the whole (ever growing) parent table on every push.
        station = (f"(SELECT p.station_id FROM {_q(connection, parent)} p "
                   f"WHERE p.{_q(connection, key)} = r.{_q(connection, column)})")
        join = ""
    else:
        station, join = "NULL", ""
    args = ", ".join(_literal(a) for a in ("r.id::text", station, join))
    connection.execute(text(f"DROP TRIGGER IF EXISTS sync_log_insert ON {table}"))
    connection.execute(text(
        f"CREATE TRIGGER sync_log_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION sync_log_changes({args})"))
    connection.execute(text(f"DROP TRIGGER IF EXISTS sync_immutable ON {table}"))
    connection.execute(text(f"CREATE TRIGGER sync_immutable BEFORE UPDATE OR DELETE ON {table} "
                            f"FOR EACH ROW EXECUTE FUNCTION sync_refuse_change()"))


def key_expression(connection: Connection, ref: tables.ReferenceTable) -> str:
    """A row's key as text in the change log: the key itself, or a JSON array for a key of several columns."""
    columns = [f"r.{_q(connection, c.name)}" for c in ref.key_columns]
    return f"{columns[0]}::text" if len(columns) == 1 else f"json_build_array({', '.join(columns)})::text"


def _reference_triggers(connection: Connection, ref: tables.ReferenceTable) -> None:
    table = _q(connection, ref.name)
    args = ", ".join(_literal(a) for a in (key_expression(connection, ref), "NULL", ""))
    for event, referencing in (("INSERT", "NEW TABLE AS new_rows"), ("DELETE", "OLD TABLE AS old_rows"),
                               ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows")):
        name = f"sync_log_{event.lower()}"
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        connection.execute(text(f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {referencing} "
                                f"FOR EACH STATEMENT EXECUTE FUNCTION sync_log_changes({args})"))


def _insert_check(connection: Connection, fact: tables.FactTable) -> str | None:
    if fact.station_column:
        check = f"{_q(connection, fact.station_column)} = {_OWN_STATION}"
    elif fact.parent:
        column, parent, key = fact.parent
        # A lookup by the parent's key alone, so the planner cannot pick a scan of the station's every row.
        check = (f"(SELECT p.station_id FROM {_q(connection, parent)} p WHERE p.{_q(connection, key)} = "
                 f"{_q(connection, column)}) = {_OWN_STATION}")
    else:
        return None
    actor = ACTOR_ROLES.get(fact.name)
    if actor is not None and actor[0] in fact.table.c:
        roles = ", ".join(_literal(r) for r in actor[1])
        check += (f" AND EXISTS (SELECT 1 FROM users u WHERE u.id = {_q(connection, actor[0])} "
                  f"AND u.role IN ({roles}))")
    if fact.name in EXTRA_CHECKS:
        check += f" AND {EXTRA_CHECKS[fact.name]}"
    return check


def _fact_security(connection: Connection, fact: tables.FactTable, group: str) -> None:
    table = _q(connection, fact.name)
    connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"DROP POLICY IF EXISTS sync_read ON {table}"))
    connection.execute(text(f"CREATE POLICY sync_read ON {table} FOR SELECT USING (true)"))
    connection.execute(text(f"DROP POLICY IF EXISTS sync_insert ON {table}"))
    check = _insert_check(connection, fact)
    if check is not None:
        connection.execute(text(f"CREATE POLICY sync_insert ON {table} FOR INSERT TO {_q(connection, group)} "
                                f"WITH CHECK ({check})"))
    # Stations add facts; nobody but the owner may change or remove one (and a trigger refuses even that).
    connection.execute(text(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {_q(connection, group)}"))
    connection.execute(text(f"GRANT SELECT, INSERT ON {table} TO {_q(connection, group)}"))


def _blob_security(connection: Connection, group: str) -> None:
    connection.execute(text("ALTER TABLE sync_photo_blobs ENABLE ROW LEVEL SECURITY"))
    connection.execute(text("DROP POLICY IF EXISTS sync_read ON sync_photo_blobs"))
    connection.execute(text("CREATE POLICY sync_read ON sync_photo_blobs FOR SELECT USING (true)"))
    connection.execute(text("DROP POLICY IF EXISTS sync_insert ON sync_photo_blobs"))
    connection.execute(text(f"CREATE POLICY sync_insert ON sync_photo_blobs FOR INSERT TO {_q(connection, group)} "
                            f"WITH CHECK (station_id = {_OWN_STATION})"))


def install(connection: Connection, prefix: str = DEFAULT_PREFIX) -> None:
    """The central-only objects, triggers, grants and policies, in the connection's current schema."""
    _check_prefix(prefix)
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    if schema is None:
        raise StationError(_("The central database has no schema to work in (check search_path)."))
    CENTRAL.create_all(connection)
    has_check = connection.execute(text(
        "SELECT 1 FROM pg_constraint WHERE conname = 'ck_sync_photo_blobs_content' "
        "AND conrelid = CAST('sync_photo_blobs' AS regclass)")).scalar()
    if not has_check:  # added once: adding it again would hash every stored photo
        connection.execute(text("ALTER TABLE sync_photo_blobs ADD CONSTRAINT ck_sync_photo_blobs_content "
                                "CHECK (sha256 = encode(sha256(data), 'hex'))"))
    # NOT VALID: new blobs are checked, the ones already stored are not read again on an upgrade.
    connection.execute(text("ALTER TABLE sync_photo_blobs DROP CONSTRAINT IF EXISTS ck_sync_photo_blobs_size"))
    connection.execute(text(f"ALTER TABLE sync_photo_blobs ADD CONSTRAINT ck_sync_photo_blobs_size CHECK "
                            f"(size_bytes = octet_length(data) AND size_bytes <= {int(MAX_PHOTO_BYTES)}) NOT VALID"))
    for body in filter(str.strip, FUNCTIONS.format(schema=_q(connection, schema)).split("\n\n")):
        _as_written(connection, body)
    group, readers = group_role(prefix), readers_role(prefix)
    _ensure_role(connection, group, login=False)
    _ensure_role(connection, readers, login=False)
    q_group, q_readers = _q(connection, group), _q(connection, readers)
    connection.execute(text(f"GRANT USAGE ON SCHEMA {_q(connection, schema)} TO {q_group}, {q_readers}"))
    for fact in tables.fact_tables():
        _fact_triggers(connection, fact)
        _fact_security(connection, fact, group)
        connection.execute(text(f"GRANT SELECT ON {_q(connection, fact.name)} TO {q_readers}"))
    for ref in tables.reference_tables():
        _reference_triggers(connection, ref)
        connection.execute(text(f"GRANT SELECT ON {_q(connection, ref.name)} TO {q_group}, {q_readers}"))
    connection.execute(text(f"GRANT SELECT ON sync_change_log, sync_central_info, sync_station_roles "
                            f"TO {q_group}, {q_readers}"))
    connection.execute(text(f"GRANT SELECT, INSERT ON sync_photo_blobs TO {q_group}"))
    connection.execute(text(f"GRANT SELECT ON sync_photo_blobs TO {q_readers}"))
    _blob_security(connection, group)
    connection.execute(text("DROP TRIGGER IF EXISTS sync_audit_chain ON audit_events"))
    # After the statement, over its new rows at once: a check per row cost more than storing the events. Rows
    # that ON CONFLICT skips are not checked; the central keeps its copy of them (see check_chain for a chain
    # changed after sending).
    connection.execute(text("CREATE TRIGGER sync_audit_chain AFTER INSERT ON audit_events "
                            "REFERENCING NEW TABLE AS new_events "
                            "FOR EACH STATEMENT EXECUTE FUNCTION sync_check_audit_events()"))
    connection.execute(text("DROP FUNCTION IF EXISTS sync_check_audit_event()"))  # the check per row, before
    # Installs are written only through the claim, which takes the station from the login role.
    connection.execute(text(f"GRANT SELECT ON sync_installs TO {q_group}, {q_readers}"))
    connection.execute(text("REVOKE ALL ON FUNCTION sync_claim_install(text, text) FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION sync_claim_install(text, text) TO {q_group}"))
    connection.execute(text("REVOKE ALL ON sync_station_keys FROM PUBLIC"))
    connection.execute(text("REVOKE ALL ON FUNCTION sync_station_key(text, integer) FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION sync_station_key(text, integer) TO {q_group}"))
    connection.execute(pg_insert(central_info).values(key="install_live_s", value=str(INSTALL_LIVE_S))
                       .on_conflict_do_nothing(index_elements=["key"]))
    outbound_store.install(connection)  # the events the central database sends to shops and customers
    add_station(connection, central_web.WEB_STATION, prefix=prefix, name="Web view")  # a lead's review from a browser
    central_web.install_web(connection, prefix, readers, role_name(prefix, central_web.WEB_STATION))
    info = {"central_id": str(uuid.uuid4()), "install_version": str(INSTALL_VERSION), "role_prefix": prefix}
    for key, value in info.items():
        statement = pg_insert(central_info).values(key=key, value=value)
        if key == "central_id":
            statement = statement.on_conflict_do_nothing(index_elements=["key"])
        else:
            statement = statement.on_conflict_do_update(index_elements=["key"], set_={"value": value})
        connection.execute(statement)


def add_station(connection: Connection, station_id: str, *, prefix: str = DEFAULT_PREFIX,
                password: str | None = None, name: str | None = None) -> StationRole:
    """A login role for one station, in the stations' group, mapped to its station id."""
    role = role_name(prefix, station_id)
    if role in (group_role(prefix), readers_role(prefix)):
        raise StationError(_("Station id {id} clashes with a group role name; choose another id.", id=station_id))
    taken = connection.execute(select(station_roles.c.station_id).where(station_roles.c.role_name == role)).scalar()
    if taken is not None and taken != station_id:
        raise StationError(_("Stations {a} and {b} would share the database role {role}; rename one.",
                             a=taken, b=station_id, role=role))
    _ensure_role(connection, role, login=True)
    if password is not None:
        statement = connection.execute(text("SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', "
                                            "CAST(:r AS text), CAST(:p AS text))"), {"r": role, "p": password}).scalar()
        _as_written(connection, str(statement))
    connection.execute(text(f"GRANT {_q(connection, group_role(prefix))} TO {_q(connection, role)}"))
    connection.execute(pg_insert(station_roles).values(role_name=role, station_id=station_id)
                       .on_conflict_do_update(index_elements=["role_name"], set_={"station_id": station_id}))
    connection.execute(pg_insert(models.Station.__table__).values(id=station_id, name=name or station_id,
                                                                  created_at=utc_now())
                       .on_conflict_do_nothing(index_elements=["id"]))
    return StationRole(station_id, role, password, None)


def drop_roles(connection: Connection, prefix: str) -> None:
    """Removes a prefix's roles from the database (tests; a warehouse retiring a set-up)."""
    _check_prefix(prefix)
    names = connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY rolname DESC"),
                               {"p": prefix.replace("_", r"\_") + r"\_%"}).scalars().all()
    for name in names:
        connection.execute(text(f"DROP OWNED BY {_q(connection, name)} CASCADE"))
        connection.execute(text(f"DROP ROLE {_q(connection, name)}"))


def copy_reference(connection: Connection, rows_by_table: dict[str, list[dict]]) -> dict[str, int]:
    """Reference rows into the central, matched on their natural key (stations then pull them from there)."""
    counts: dict[str, int] = {}
    for ref in tables.reference_tables():
        rows = rows_by_table.get(ref.name) or []
        if not rows:
            continue
        values = [{k: v for k, v in row.items() if k not in ref.skip} for row in rows]
        statement = pg_insert(ref.table)
        updates = {c.name: statement.excluded[c.name] for c in ref.table.columns
                   if c.name not in ref.match and c.name not in ref.skip}
        statement = (statement.on_conflict_do_update(index_elements=list(ref.match), set_=updates) if updates
                     else statement.on_conflict_do_nothing(index_elements=list(ref.match)))
        connection.execute(statement, values)
        counts[ref.name] = len(values)
    return counts


def init_central(engine: Engine, *, stations: Iterable[str] = (), prefix: str = DEFAULT_PREFIX,
                 passwords: bool = True, url: str | None = None,
                 reference: dict[str, list[dict]] | None = None) -> list[StationRole]:
    """Migrations, then the central objects, then a role per station named; returns the stations' logins."""
    if engine.dialect.name != "postgresql":
        raise StationError(_("The central database must be PostgreSQL; {dialect} is only the station's store.",
                             dialect=engine.dialect.name))
    upgrade(engine)
    created = []
    with engine.begin() as connection:
        install(connection, prefix)
        if reference:
            copy_reference(connection, reference)
        for station_id in stations:
            password = secrets.token_urlsafe(18) if passwords else None
            role = add_station(connection, station_id, prefix=prefix, password=password)
            created.append(StationRole(role.station_id, role.role, password, station_url(url, role.role, password)))
    return created


def station_url(url: str | None, role: str, password: str | None) -> str | None:
    if url is None:
        return None
    from station.sync.connection import normalise_url

    return make_url(normalise_url(url)).set(username=role, password=password).render_as_string(hide_password=False)
