"""Push, photos and pull against the real PostgreSQL: stand-alone first, replays, quarantine, damaged photos,
reference data flowing down and other stations' facts arriving, the cursor stopping at what it does not know."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text, update

from db import models
from station.demo.generate import generate_inspections
from station.services.sync import retry_refused, sync_once, sync_status
from station.sync import push as push_module
from station.sync.connection import central_engine
from tests.station.sync.compare import assert_central_matches
from tests.station.sync.conftest import count_central

pytestmark = pytest.mark.postgres


def test_stand_alone_keeps_the_outbox_and_pointing_at_a_central_sends_everything(central, make_station) -> None:
    ctx = make_station("DOCK-11")
    generate_inspections(ctx, 3, seed=11)
    report = sync_once(ctx)
    assert report.outcome == "stand-alone" and not report.everything_sent
    assert report.status.state == "stand-alone" and report.status.waiting > 0

    ctx.settings = ctx.settings.model_copy(update={"central_url": central.add_station("DOCK-11")})
    report = sync_once(ctx)
    assert report.outcome == "done" and report.everything_sent, report.problem
    assert report.push is not None and report.push.inserted["inspections"] == 3
    assert report.photos is not None and report.photos.uploaded >= 3
    assert sync_status(ctx).state == "synced"
    assert_central_matches(central.engine, ctx)


def test_the_same_batch_delivered_twice_changes_nothing(central, make_station) -> None:
    ctx = make_station("DOCK-12", central)
    generate_inspections(ctx, 4, photos=False, seed=12)
    groups, refused = push_module.prepare(push_module.read_batch(ctx, 0, 10_000))
    assert not refused
    engine = central_engine(ctx.settings.central_url, ctx.station_id)
    with engine.connect() as connection:
        first = push_module.send_batch(connection, groups)
        # The acknowledgement was "lost": the station sends the very same batch again.
        second = push_module.send_batch(connection, groups)
    engine.dispose()
    assert sum(first[0].values()) > 0 and sum(first[1].values()) == 0
    assert sum(second[0].values()) == 0 and second[1] == first[0]
    report = sync_once(ctx)  # the station never marked it: a third delivery, all "already there"
    assert report.everything_sent and report.push is not None
    assert sum(report.push.inserted.values()) == 0 and sum(report.push.already.values()) == sum(first[0].values())
    assert_central_matches(central.engine, ctx)


def test_a_refused_record_goes_to_quarantine_and_the_rest_goes_on(central, make_station) -> None:
    ctx = make_station("DOCK-13", central)
    generate_inspections(ctx, 3, photos=False, seed=13)
    with ctx.transaction() as session:
        # An inspection claiming another station's id: row-level security refuses it, for good.
        entry = session.scalars(select(models.OutboxEntry).where(models.OutboxEntry.table_name == "inspections")
                                .order_by(models.OutboxEntry.seq.desc())).first()
        entry.payload = {**entry.payload, "station_id": "DOCK-99"}
    report = sync_once(ctx)
    assert report.push is not None and len(report.push.refused) >= 1
    refused_tables = {r.table for r in report.push.refused}
    assert "inspections" in refused_tables
    status = sync_status(ctx)
    assert status.state == "error" and status.quarantined >= 1 and status.problem is not None
    assert not report.everything_sent
    assert count_central(central, "inspections") == 2
    # Fixed at the station (here: the id put back), `sync retry` sends it after all.
    with ctx.transaction() as session:
        session.execute(update(models.OutboxEntry).where(models.OutboxEntry.seq == entry.seq)
                        .values(payload={**entry.payload, "station_id": "DOCK-13"}))
    assert retry_refused(ctx) >= 1
    report = sync_once(ctx)
    assert report.everything_sent, report.status
    assert_central_matches(central.engine, ctx)


def test_a_batch_sent_again_with_another_stations_row_among_its_new_ones(central, make_station) -> None:
    """The rows the central holds count as already there, the forged row is refused by row-level security with the
    server's own message, and the other new rows go in: the same answer as for a batch never sent before."""
    ctx = make_station("DOCK-17", central)
    generate_inspections(ctx, 2, photos=False, seed=17)
    groups, refused = push_module.prepare(push_module.read_batch(ctx, 0, 10_000))
    assert not refused
    engine = central_engine(ctx.settings.central_url, ctx.station_id)
    with engine.connect() as connection:
        held, _none = push_module.send_batch(connection, groups)  # committed; the station never heard
    engine.dispose()
    generate_inspections(ctx, 2, photos=False, seed=18)
    with ctx.transaction() as session:
        entry = session.scalars(select(models.OutboxEntry).where(models.OutboxEntry.table_name == "inspections")
                                .order_by(models.OutboxEntry.seq.desc())).first()
        entry.payload = {**entry.payload, "station_id": "DOCK-99"}
    report = sync_once(ctx, pull_too=False)
    assert report.push is not None
    assert report.push.already == held
    assert report.push.inserted["inspections"] == 1
    forged = [r for r in report.push.refused if r.row_id == entry.row_id]
    assert len(forged) == 1 and forged[0].table == "inspections"
    assert "row-level security" in forged[0].problem
    assert count_central(central, "inspections") == 3


def test_a_damaged_photo_is_flagged_and_never_uploaded_as_good(central, make_station) -> None:
    ctx = make_station("DOCK-14", central)
    generate_inspections(ctx, 2, seed=14)
    with ctx.read() as session:
        sha = session.scalars(select(models.Photo.sha256).order_by(models.Photo.taken_at)).first()
    path = ctx.evidence.original_path(sha)
    good = path.read_bytes()
    damaged = bytearray(good)
    damaged[len(damaged) // 2] ^= 0xFF
    path.write_bytes(bytes(damaged))

    report = sync_once(ctx)
    assert report.photos is not None and report.photos.damaged == [sha]
    assert not report.everything_sent and report.status.state == "error" and report.status.photos_damaged == 1
    with central.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sync_photo_blobs WHERE sha256 = :s"),
                                  {"s": sha}).scalar() == 0
        # The server refuses such bytes even from a client that does not check: the table checks the hash.
        with pytest.raises(Exception, match="ck_sync_photo_blobs_content"):
            connection.execute(text("INSERT INTO sync_photo_blobs (sha256, data, size_bytes, uploaded_at) "
                                    "VALUES (:s, :d, 1, now())"), {"s": sha, "d": bytes(damaged)})
    path.write_bytes(good)  # restored from a backup
    report = sync_once(ctx)
    assert report.everything_sent and report.photos is not None and report.photos.uploaded == 1
    assert_central_matches(central.engine, ctx)


def test_other_stations_facts_and_reference_changes_arrive_by_the_change_log(central, make_station) -> None:
    a = make_station("DOCK-15", central)
    b = make_station("DOCK-16", central)
    generate_inspections(a, 3, seed=15)
    generate_inspections(b, 2, seed=16)
    assert sync_once(a).everything_sent
    assert sync_once(b, pull_too=False).everything_sent
    central.settle()
    report = sync_once(b)
    assert report.everything_sent and report.pull is not None
    assert report.pull.applied["inspections"] == 3
    with b.read() as session:
        assert session.scalar(select(func.count()).select_from(models.Inspection)
                              .where(models.Inspection.station_id == "DOCK-15")) == 3
        # Pulled facts are not sent back: B's outbox holds only its own.
        assert session.scalar(select(func.count()).select_from(models.OutboxEntry)
                              .where(models.OutboxEntry.row_id.in_(
                                  select(func.cast(models.Inspection.id, models.OutboxEntry.row_id.type))
                                  .where(models.Inspection.station_id == "DOCK-15")))) == 0
    # The central's owner changes the catalog: a renamed product, a new RMA with a line, an RMA removed.
    with central.engine.begin() as connection:
        connection.execute(text("UPDATE products SET name = 'Renamed at the central' WHERE sku = "
                                "(SELECT min(sku) FROM products)"))
        connection.execute(text("INSERT INTO return_authorizations (rma_number, customer) VALUES "
                                "('RMA-999001', 'Central customer')"))
        connection.execute(text("INSERT INTO rma_lines (rma_number, line_no, sku, quantity) VALUES "
                                "('RMA-999001', 1, (SELECT min(sku) FROM products), 1)"))
        gone = connection.execute(text("SELECT max(rma_number) FROM return_authorizations "
                                       "WHERE rma_number <> 'RMA-999001'")).scalar()
        connection.execute(text("DELETE FROM rma_lines WHERE rma_number = :r"), {"r": gone})
        connection.execute(text("DELETE FROM return_authorizations WHERE rma_number = :r"), {"r": gone})
    central.settle()
    report = sync_once(a)
    assert report.everything_sent and report.pull is not None
    assert report.pull.applied["inspections"] == 2  # B's
    with a.read() as session:
        assert session.scalar(select(models.Product.name).order_by(models.Product.sku)) == "Renamed at the central"
        assert session.get(models.ReturnAuthorization, "RMA-999001") is not None
        assert session.scalar(select(func.count()).select_from(models.RmaLine)
                              .where(models.RmaLine.rma_number == "RMA-999001")) == 1
        assert session.get(models.ReturnAuthorization, gone) is None
    again = sync_once(a)
    assert again.pull is not None and again.pull.changes == 0  # the cursor moved past all of it
    assert_central_matches(central.engine, a)
    assert_central_matches(central.engine, b)


def test_an_unknown_table_in_the_change_log_stops_the_cursor_before_it(central, make_station) -> None:
    ctx = make_station("DOCK-17", central)
    assert sync_once(ctx).everything_sent
    with central.engine.begin() as connection:
        connection.execute(text("INSERT INTO sync_change_log (txid, table_name, op, station_id, row_keys) "
                                "VALUES (pg_current_xact_id()::text::bigint, 'future_things', 'insert', NULL, "
                                "ARRAY['x'])"))
        connection.execute(text("UPDATE products SET name = name || ' (new)' WHERE sku = (SELECT min(sku) FROM "
                                "products)"))
    central.settle()
    report = sync_once(ctx)
    assert report.pull is not None and report.pull.stopped is not None
    assert "future_things" in report.pull.stopped.render()
    status = sync_status(ctx)
    assert status.state == "error" and "Update the station" in status.problem.render()
    with ctx.read() as session:
        # The product change logged after the unknown table was not applied: the cursor stayed before it.
        assert not session.scalar(select(models.Product.name).order_by(models.Product.sku)).endswith("(new)")
    again = sync_once(ctx)
    assert again.pull is not None and again.pull.stopped is not None and again.pull.changes == 0
