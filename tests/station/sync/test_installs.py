"""A station's PC replaced: the new data folder learns what the central holds for its id before anyone inspects,
gets its old inspections back and goes on with the same audit chain; two live computers never share an id."""

from __future__ import annotations

import json
import socket
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from db import models
from db.review_models import AuditEvent
from db.sync_models import SyncState
from station.cli import main
from station.context import StationContext, open_station
from station.demo.generate import generate_inspections
from station.services.inspect import StartRequest, start_inspection
from station.services.sync import retry_refused, sync_once, sync_status
from station.text import StationError
from tests.station.sync.compare import assert_central_matches
from tests.station.sync.conftest import make_station_dir

pytestmark = pytest.mark.postgres


def _sync_until_sent(ctx: StationContext, attempts: int = 4):
    for _ in range(attempts):
        report = sync_once(ctx)
        if report.everything_sent:
            return report
    raise AssertionError(f"not everything sent: {report.status} {report.problem}")


def _new_computer(tmp_path: Path, template: Path, central, station_id: str, name: str) -> StationContext:
    """A fresh data folder with the same station id and login, as on a replacement PC."""
    return open_station(make_station_dir(tmp_path / name, template, station_id, central.station_url(station_id)))


def _install_id(ctx: StationContext) -> str:
    with ctx.read() as session:
        row = session.get(SyncState, 1)
        assert row is not None and row.install_id
        return row.install_id


def _silent_since_yesterday(central, install_id: str) -> None:
    # The old PC died: it has not synced for a day (the central's clock decides, never a station's).
    with central.engine.begin() as connection:
        connection.execute(text("UPDATE sync_installs SET last_seen = now() - interval '1 day' "
                                "WHERE install_id = :i"), {"i": install_id})


def _try_to_inspect(ctx: StationContext) -> None:
    with ctx.read() as session:
        inspector = session.scalars(select(models.User.id).where(models.User.role == "inspector")).first()
        product = session.scalars(select(models.Product.sku)).first()
    start_inspection(ctx, inspector, StartRequest(label_text=product, label_kind="sku", sku=product))


def _wrong_pin(ctx: StationContext) -> None:
    from station.services.auth import sign_in

    with ctx.read() as session:
        inspector = session.scalars(select(models.User.id).where(models.User.role == "inspector")).first()
    with pytest.raises(StationError, match="PIN is not right"):
        sign_in(ctx, inspector, "000000")


def _chain(ctx: StationContext, station_id: str) -> list[tuple[int, str]]:
    with ctx.read() as session:
        return list(session.execute(select(AuditEvent.seq, AuditEvent.hash).where(
            AuditEvent.station_id == station_id).order_by(AuditEvent.seq)).all())


def test_a_replaced_station_gets_its_records_back_and_continues_its_chain(
        central, make_station, tmp_path, _demo_database, capsys) -> None:
    old = make_station("DOCK-61", central)
    generate_inspections(old, 8, seed=61)
    generate_inspections(old, 42, photos=False, seed=62)
    _sync_until_sent(old)
    old_chain = _chain(old, "DOCK-61")
    with old.read() as session:
        old_inspections = set(session.scalars(select(models.Inspection.id)))
    assert len(old_inspections) == 50
    old_install = _install_id(old)

    new = _new_computer(tmp_path, _demo_database, central, "DOCK-61", "replacement")
    try:
        with pytest.raises(StationError, match="has not synced with the central database yet"):
            _try_to_inspect(new)  # before it knows what the central holds for DOCK-61, nobody inspects here
        _wrong_pin(new)  # someone mistypes a PIN at the new computer: a fact, at #1 of its own chain for now
        _silent_since_yesterday(central, old_install)
        central.settle()
        code = main(["--data-dir", str(new.data_dir), "sync", "--once", "--json"])
        moved = json.loads(capsys.readouterr().out)
        assert code == 0 and moved["outcome"] == "done", moved
        assert moved["restored"]["complete"] and moved["restored"]["applied"]["inspections"] == 50
        # The old inspections came back, with their photos, and the chain is the central's.
        with new.read() as session:
            assert set(session.scalars(select(models.Inspection.id))) == old_inspections
        restored = _chain(new, "DOCK-61")
        assert restored[:len(old_chain)] == old_chain and len(restored) == len(old_chain) + 1  # + the wrong PIN
        assert sync_status(new).photos_damaged == 0
        _try_to_inspect(new)  # joined: inspecting is allowed again

        generate_inspections(new, 50, photos=False, seed=63)
        report = _sync_until_sent(new)
        assert report.push is not None and report.push.refused == []
        assert sync_status(new).quarantined == 0
        assert retry_refused(new) == 0
        chain = _chain(new, "DOCK-61")
        assert chain[:len(old_chain)] == old_chain and [s for s, _h in chain] == list(range(1, len(chain) + 1))
        with central.engine.connect() as connection:
            held = connection.execute(select(func.count()).select_from(models.Inspection).where(
                models.Inspection.station_id == "DOCK-61")).scalar()
        assert held == 100
        assert_central_matches(central.engine, new)  # every inspection of DOCK-61, here and there, row by row
        code = main(["--data-dir", str(new.data_dir), "audit", "verify", "--central", central.url()])
        output = capsys.readouterr()
        assert code == 0, output.out + output.err
        assert "audit verify: OK" in output.out

        # Should the old PC ever come back, it is refused and names the install that took over.
        report = sync_once(old)
        assert report.outcome == "error" and report.problem is not None
        message = report.problem.text.render()
        assert _install_id(new)[:8] in message and old_install[:8] in message and "took the id over" in message
    finally:
        new.sessions.kw["bind"].dispose()


def test_two_live_computers_with_one_station_id_are_told_apart(central, make_station, tmp_path,
                                                               _demo_database) -> None:
    first = make_station("DOCK-62", central)
    generate_inspections(first, 3, photos=False, seed=64)
    _sync_until_sent(first)
    second = _new_computer(tmp_path, _demo_database, central, "DOCK-62", "second")
    try:
        report = sync_once(second)
        assert report.outcome == "error" and report.problem is not None
        message = report.problem.text.render()
        # Both installs and both computers are named, and what to do.
        assert _install_id(first)[:8] in message and _install_id(second)[:8] in message
        assert message.count(socket.gethostname()) >= 2
        assert "another station id" in message and "silent for 15 minutes" in message
        assert sync_status(second).state == "error"
        with pytest.raises(StationError):
            _try_to_inspect(second)
        # The first computer is untouched and goes on.
        generate_inspections(first, 2, photos=False, seed=65)
        _sync_until_sent(first)
        assert_central_matches(central.engine, first)
    finally:
        second.sessions.kw["bind"].dispose()


def test_work_done_before_joining_goes_after_the_centrals_chain(central, make_station, tmp_path, _demo_database,
                                                                 capsys) -> None:
    first = make_station("DOCK-63", central)
    generate_inspections(first, 3, photos=False, seed=66)
    _sync_until_sent(first)
    _silent_since_yesterday(central, _install_id(first))
    # The replacement worked stand-alone first (4 inspections, a chain of its own from #1), then got its URL.
    later = open_station(make_station_dir(tmp_path / "later", _demo_database, "DOCK-63", None))
    try:
        generate_inspections(later, 4, photos=False, seed=67)
        own_facts = _chain(later, "DOCK-63")
        (later.data_dir / "settings.json").write_text(json.dumps(
            {"station_id": "DOCK-63", "central_url": central.station_url("DOCK-63")}), encoding="utf-8")
        later.sessions.kw["bind"].dispose()
        later = open_station(later.data_dir)
        central.settle()
        report = _sync_until_sent(later)
        assert report.push is not None and report.push.refused == [] and sync_status(later).quarantined == 0
        chain = _chain(later, "DOCK-63")
        assert chain[:len(_chain(first, "DOCK-63"))] == _chain(first, "DOCK-63")
        assert len(chain) == len(_chain(first, "DOCK-63")) + len(own_facts)
        assert_central_matches(central.engine, later)
        code = main(["--data-dir", str(later.data_dir), "audit", "verify", "--central", central.url()])
        output = capsys.readouterr()
        assert code == 0, output.out + output.err
    finally:
        later.sessions.kw["bind"].dispose()


def test_a_chain_changed_after_it_was_sent_stops_the_sync_and_says_why(central, make_station) -> None:
    ctx = make_station("DOCK-67", central)
    generate_inspections(ctx, 3, photos=False, seed=73)
    _sync_until_sent(ctx)
    engine = create_engine(f"sqlite:///{ctx.data_dir / 'station.db'}")
    with engine.begin() as connection:  # the last sent event, recomputed: it no longer matches the central's
        connection.execute(text("UPDATE audit_events SET hash = :h WHERE station_id = 'DOCK-67' AND seq = "
                                "(SELECT max(seq) FROM audit_events WHERE station_id = 'DOCK-67')"), {"h": "cd" * 32})
    engine.dispose()
    generate_inspections(ctx, 1, photos=False, seed=74)
    report = sync_once(ctx)
    assert report.outcome == "error" and report.problem is not None
    assert "changed here after they were sent" in report.problem.text.render()
    assert sync_status(ctx).quarantined == 0  # nothing was sent, so nothing was refused either


def test_claims_come_only_from_a_stations_own_role(central, make_station) -> None:
    from sqlalchemy.exc import DBAPIError

    make_station("DOCK-64", central)
    engine = create_engine(central.station_url("DOCK-64"))
    try:
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
            connection.execute(text("INSERT INTO sync_installs (station_id, install_id, host, first_seen, "
                                    "last_seen) VALUES ('DOCK-64', :i, 'x', now(), now())"), {"i": str(uuid.uuid4())})
        with engine.begin() as connection:
            outcome = connection.execute(text("SELECT outcome FROM sync_claim_install(:i, 'h')"),
                                         {"i": str(uuid.uuid4())}).scalar()
            station = connection.execute(text("SELECT station_id FROM sync_installs")).scalar()
        assert outcome == "ok" and station == "DOCK-64"
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_restore_killed_part_way_goes_on_and_nobody_inspects_meanwhile(central, make_station, tmp_path,
                                                                          _demo_database, capsys) -> None:
    import signal

    from tests.station.sync.test_faults import _child

    old = make_station("DOCK-65", central)
    generate_inspections(old, 4, seed=68)
    generate_inspections(old, 12, photos=False, seed=69)
    for _pass in range(3):  # many small central transactions: many local commits for the restore to die between
        if sync_once(old, batch_size=20).everything_sent:
            break
    _silent_since_yesterday(central, _install_id(old))
    central.settle()
    new = _new_computer(tmp_path, _demo_database, central, "DOCK-65", "replacement")
    try:
        kills = 0
        for _round in range(40):
            child = _child(new.data_dir, batch_size=10, kill_at="pull.before_local_commit:3")
            code = child.wait(timeout=120)
            for stream in (child.stdout, child.stderr):
                if stream:
                    stream.close()
            if code == 0:
                break
            assert code == -signal.SIGKILL, code
            kills += 1
            with pytest.raises(StationError, match="still fetching its earlier records"):
                _try_to_inspect(new)
        assert kills >= 2, "the restore was never cut short"
        report = sync_once(new)
        assert report.outcome == "done", report.problem
        assert _chain(new, "DOCK-65") == _chain(old, "DOCK-65")
        _try_to_inspect(new)
        generate_inspections(new, 3, photos=False, seed=70)
        _sync_until_sent(new)
        assert_central_matches(central.engine, new)
        code = main(["--data-dir", str(new.data_dir), "audit", "verify", "--central", central.url()])
        output = capsys.readouterr()
        assert code == 0, output.out + output.err
    finally:
        new.sessions.kw["bind"].dispose()


def test_central_init_again_keeps_installs_keys_and_chains(central, make_station) -> None:
    from station.sync.central_setup import init_central

    ctx = make_station("DOCK-66", central)
    generate_inspections(ctx, 2, seed=71)
    _sync_until_sent(ctx)
    with central.engine.connect() as connection:
        before = connection.execute(text("SELECT station_id, chain_key, sealed_from FROM sync_station_keys")).all()
        installs = connection.execute(text("SELECT install_id FROM sync_installs")).scalars().all()
    init_central(central.engine, prefix=central.prefix, passwords=False)  # an upgrade: init runs again in place
    with central.engine.connect() as connection:
        assert connection.execute(text("SELECT station_id, chain_key, sealed_from FROM sync_station_keys")
                                  ).all() == before
        assert connection.execute(text("SELECT install_id FROM sync_installs")).scalars().all() == installs
    generate_inspections(ctx, 2, seed=72)
    _sync_until_sent(ctx)
    assert_central_matches(central.engine, ctx)
