"""The central checks a push's rows once per statement, not once per row: a statement of many audit events is still
refused whole when one of them is malformed, unchained or wrongly sealed, naming that one; a batch sent again
beside new rows logs and announces only the new ones; events keep the order the facts were stored in."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import create_engine, text, update
from sqlalchemy.exc import DBAPIError

from db import models
from station.audit.seal import ChainKey, seal
from station.demo.generate import generate_inspections
from station.ids import new_id
from station.services.sync import sync_once
from station.sync import tables
from tests.station.outbound.returns import inspect, joined

pytestmark = pytest.mark.postgres

EVENTS = ("INSERT INTO audit_events (id, station_id, seq, actor_id, table_name, row_id, row_hash, prev_hash, hash, "
          "recorded_at, seal) SELECT (e->>'id')::uuid, 'DOCK-61', (e->>'seq')::int, NULL, 'inspections', e->>'row', "
          "e->>'row_hash', e->>'prev', e->>'hash', now(), e->>'seal' FROM json_array_elements(CAST(:events AS json)) e")


def _chain(key: ChainKey, seq: int, last: str, count: int) -> list[dict]:
    """``count`` well-formed, sealed events that continue a chain ending at ``seq`` with hash ``last``."""
    events, previous = [], last
    for number in range(seq + 1, seq + 1 + count):
        digest = f"{number:064x}"
        events.append({"id": str(new_id()), "seq": number, "row": str(new_id()), "row_hash": "ab" * 32,
                       "prev": previous, "hash": digest, "seal": seal(key, digest)})
        previous = digest
    return events


def test_one_bad_event_among_many_refuses_the_statement_and_is_named(central, make_station) -> None:
    import json

    ctx = make_station("DOCK-61", central, joined=True)
    generate_inspections(ctx, 2, photos=False, seed=61)
    assert sync_once(ctx).everything_sent
    with central.engine.connect() as connection:
        key = ChainKey(*connection.execute(text(
            "SELECT chain_key, sealed_from FROM sync_station_keys WHERE station_id = 'DOCK-61'")).one())
        seq, last = connection.execute(text("SELECT seq, hash FROM audit_events WHERE station_id = 'DOCK-61' "
                                            "ORDER BY seq DESC LIMIT 1")).one()
    engine = create_engine(central.station_url("DOCK-61"))

    def refused(events: list[dict], match: str) -> None:
        with pytest.raises(DBAPIError, match=match) as raised, engine.begin() as connection:
            connection.execute(text(EVENTS), {"events": json.dumps(events)})
        assert raised.value.orig.sqlstate == "23514"  # check_violation: the push quarantines, never retries it

    try:
        good = _chain(key, seq, last, 5)
        refused([*good[:2], {**good[2], "prev": "cd" * 32}, *good[3:]], rf"event #{seq + 3} .* does not follow")
        refused([*good[:3], {**good[3], "seal": "ab" * 32}, good[4]], rf"event #{seq + 4} .* seal does not match")
        refused([*good[:1], {**good[1], "hash": "AB" * 32}, *good[2:]], rf"event #{seq + 2} .* SHA-256 in hex")
        refused([{**good[0], "seal": None}, *good[1:]], rf"event #{seq + 1} .* seal does not match")
        refused(good[1:], rf"event #{seq + 2} .* is not here before it")
        with engine.connect() as connection:
            held = connection.execute(text("SELECT max(seq) FROM audit_events WHERE station_id = 'DOCK-61'")).scalar()
        assert held == seq, "nothing of a refused statement is kept"
        # Out of order within one statement is fine: each event follows one that is there by the statement's end.
        with engine.begin() as connection:
            connection.execute(text(EVENTS), {"events": json.dumps([good[1], good[0], *good[2:]])})
        with engine.connect() as connection:
            held = connection.execute(text("SELECT max(seq) FROM audit_events WHERE station_id = 'DOCK-61'")).scalar()
        assert held == seq + 5
    finally:
        engine.dispose()


def _log_keys(connection, table: str) -> Counter[str]:
    keys: Counter[str] = Counter()
    for (row_keys,) in connection.execute(text("SELECT row_keys FROM sync_change_log WHERE table_name = :t"),
                                          {"t": table}):
        keys.update(row_keys)
    return keys


def test_a_batch_sent_again_beside_new_rows_logs_and_announces_only_the_new_ones(central, make_station) -> None:
    with central.engine.begin() as connection:  # a shop that wants every event, so deliveries are made too
        connection.execute(text("INSERT INTO outbound_destinations (name, kind, event_types, active, updated_at) "
                                "VALUES ('shop', 'webhook', ARRAY['inspection.completed', 'container.closed'], true, "
                                "now())"))
    ctx = make_station("DOCK-62", central, joined=True)
    generate_inspections(ctx, 3, photos=False, seed=62)
    first = sync_once(ctx, pull_too=False)
    assert first.everything_sent and first.push is not None
    # The central committed but the station never marked its rows sent (killed in between): they go again, now
    # in one batch with rows made since.
    outbox = models.OutboxEntry.__table__
    with ctx.transaction() as session:
        session.execute(update(outbox).values(sent_at=None))
    generate_inspections(ctx, 2, photos=False, seed=63)
    again = sync_once(ctx, pull_too=False)
    assert again.everything_sent and again.push is not None and not again.push.refused
    assert sum(again.push.already.values()) == first.push.sent
    assert again.push.inserted["inspections"] == 2

    with central.engine.connect() as connection:
        for fact in tables.fact_tables():
            ids = {str(i) for i in connection.execute(text(f'SELECT id FROM "{fact.name}"')).scalars()}
            logged = _log_keys(connection, fact.name)
            assert set(logged) == ids, fact.name
            assert all(n == 1 for n in logged.values()), f"a row of {fact.name} logged twice"
        inspections = connection.execute(text("SELECT count(*) FROM inspections")).scalar()
        events = Counter(connection.execute(text(
            "SELECT fact_id FROM outbound_events WHERE type = 'inspection.completed'")).scalars())
        assert len(events) == inspections == 5 and set(events.values()) == {1}
        deliveries = connection.execute(text(
            "SELECT count(*), count(DISTINCT event_id) FROM outbound_deliveries WHERE destination = 'shop'")).one()
        wanted = connection.execute(text(
            "SELECT count(*) FROM outbound_events WHERE type IN ('inspection.completed', 'container.closed')")).scalar()
        assert tuple(deliveries) == (wanted, wanted)
        notices = connection.execute(text("SELECT count(*), min(state) FROM shop_notices")).one()
        assert tuple(notices) == (5, "waiting")


def test_events_keep_the_order_the_facts_were_stored_in(central, make_station) -> None:
    from tests.station.review.scenario import inspect_item

    ctx = joined(make_station, "DOCK-63", central)
    first = inspect_item(ctx, "RMA-100061", unexpected=True)
    second = inspect(ctx, "RMA-100002", photo=False)
    third = inspect_item(ctx, "RMA-100062", unexpected=True)
    assert sync_once(ctx).everything_sent
    with central.engine.connect() as connection:
        made = [(str(fact), kind) for fact, kind in connection.execute(text(
            "SELECT fact_id, type FROM outbound_events WHERE fact_table = 'inspections' ORDER BY seq"))]
    # As a trigger per row made them: each inspection's own events together, in the order it was stored.
    assert made == [(str(first), "inspection.completed"), (str(first), "item.received_unexpectedly"),
                    (str(second), "inspection.completed"),
                    (str(third), "inspection.completed"), (str(third), "item.received_unexpectedly")]


def test_facts_stored_after_an_early_flush_in_the_same_transaction_get_their_events(central, make_station) -> None:
    ctx = joined(make_station, "DOCK-64", central)
    inspect(ctx, "RMA-100002", photo=False)
    assert sync_once(ctx).everything_sent
    copy = ("INSERT INTO inspections SELECT CAST(:id AS uuid), station_id, inspector_id, rma_number, rma_line_no, sku, "
            "serial, label_text, label_kind, category, template_version, rules_version, proposed_grade, "
            "proposed_disposition, grade, disposition, reasons, override_reason, flags, unexpected, started_at, "
            "completed_at FROM inspections LIMIT 1")
    early, late = new_id(), new_id()
    with central.engine.begin() as connection:
        connection.execute(text(copy), {"id": early})
        connection.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))  # the flush runs now, not at commit
        connection.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        connection.execute(text(copy), {"id": late})
    with central.engine.connect() as connection:
        announced = set(connection.execute(text(
            "SELECT fact_id FROM outbound_events WHERE type = 'inspection.completed'")).scalars())
        left = connection.execute(text("SELECT (SELECT count(*) FROM outbound_pending) + "
                                       "(SELECT count(*) FROM outbound_pending_commits)")).scalar()
    assert {early, late} <= announced
    assert left == 0, "nothing is left noted once the transaction committed"
