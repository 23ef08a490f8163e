"""The chain has a key: an unsynced inspection rewritten in the station's database file, with every digest and
outbox row recomputed by the published recipe, is caught by `audit verify` and refused by the central."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from db import models
from db.engine import sqlite_url
from db.review_models import AuditEvent
from station.audit.chain import event_digest, row_digest
from station.audit.seal import key_path, load_keys
from station.cli import main
from station.context import StationContext
from station.demo.generate import generate_inspections
from station.rows import row_values
from station.services.sync import sync_once, sync_status
from tests.station.sync.compare import assert_central_matches

pytestmark = pytest.mark.postgres


def _verify(ctx: StationContext, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--data-dir", str(ctx.data_dir), "audit", "verify", *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _rewrite(ctx: StationContext, inspection_id: uuid.UUID, grade: str) -> None:
    """What someone with the SQLite file and this repository can do: change the fact, then recompute its row hash,
    its event's hash, every later event of the chain, and the outbox rows that will carry them to the central."""
    engine = create_engine(sqlite_url(ctx.data_dir / "station.db"))
    with Session(engine) as session, session.begin():
        inspection = session.get(models.Inspection, inspection_id)
        inspection.grade = grade
        session.flush()
        event = session.scalars(select(AuditEvent).where(AuditEvent.row_id == str(inspection_id))).one()
        event.row_hash = row_digest(inspection)
        later = session.scalars(select(AuditEvent).where(AuditEvent.station_id == event.station_id,
                                                          AuditEvent.seq >= event.seq).order_by(AuditEvent.seq)).all()
        previous = session.scalar(select(AuditEvent.hash).where(AuditEvent.station_id == event.station_id,
                                                                AuditEvent.seq == event.seq - 1))
        for each in later:
            each.prev_hash = previous
            each.hash = event_digest(each.station_id, each.seq, each.actor_id, each.table_name, each.row_id,
                                     each.row_hash, each.prev_hash, each.recorded_at)
            previous = each.hash
        session.flush()
        outbox = models.OutboxEntry
        for row in (inspection, *later):
            session.execute(outbox.__table__.update().where(outbox.row_id == str(row.id)).values(
                payload=json.loads(json.dumps(row_values(row)))))
    engine.dispose()


def test_a_rewritten_unsynced_inspection_is_caught_and_refused(central, make_station, capsys) -> None:
    ctx = make_station("DOCK-81", central, joined=True)
    assert ctx.station_id in load_keys(ctx.data_dir), "the first sync hands the station its chain key"
    generate_inspections(ctx, 3, photos=False, seed=81)
    assert sync_once(ctx).everything_sent
    generate_inspections(ctx, 2, photos=False, seed=82)  # made offline: not yet sent
    code, output = _verify(ctx, capsys)
    assert code == 0 and "seals checked" in output and "; 0 seals" not in output, output

    with ctx.read() as session:
        unsent = set(session.scalars(select(models.OutboxEntry.row_id).where(
            models.OutboxEntry.sent_at.is_(None), models.OutboxEntry.table_name == "inspections")))
        waiting = [i for i in session.scalars(select(models.Inspection)) if {str(i.id), i.id.hex} & unsent]
    assert len(unsent) == len(waiting) == 2
    newest = waiting[0]
    forged_grade = "A" if newest.grade != "A" else "B"
    _rewrite(ctx, newest.id, forged_grade)

    code, output = _verify(ctx, capsys)
    assert code == 1 and "does not carry the station's seal" in output, output

    # Sent anyway: the central refuses the rewritten events, so its chain never holds them.
    report = sync_once(ctx)
    assert report.push is not None and report.push.refused
    assert any("seal does not match" in r.problem for r in report.push.refused), report.push.refused
    status = sync_status(ctx)
    assert status.quarantined > 0 and status.problem is not None
    assert "Sending them again cannot help" in status.problem.render()
    with central.engine.connect() as connection:
        held = connection.execute(text("SELECT count(*) FROM audit_events WHERE row_id = :r"),
                                  {"r": str(newest.id)}).scalar()
    assert held == 0

    # Even with the key file gone from the station, the central's keys name the forged event.
    key_path(ctx.data_dir).unlink()
    code, output = _verify(ctx, capsys, "--central", central.url())
    assert code == 1 and "does not carry the station's seal" in output, output


def test_sealed_chains_sync_and_verify_everywhere(central, make_station, capsys) -> None:
    a = make_station("DOCK-82", central, joined=True)
    b = make_station("DOCK-83", central, joined=True)
    generate_inspections(a, 3, seed=83)
    generate_inspections(b, 2, photos=False, seed=84)
    assert sync_once(a).everything_sent and sync_once(b).everything_sent
    central.settle()
    assert sync_once(a).everything_sent
    assert_central_matches(central.engine, a)
    code, output = _verify(a, capsys, "--central", central.url())
    assert code == 0, output
    with central.engine.connect() as connection:
        unsealed = connection.execute(text("SELECT count(*) FROM audit_events WHERE seal IS NULL")).scalar()
        keys = connection.execute(text("SELECT count(*) FROM sync_station_keys")).scalar()
    assert unsealed == 0 and keys == 2
    # A station's role cannot read the keys.
    engine = create_engine(central.station_url("DOCK-82"))
    try:
        with pytest.raises(Exception, match="permission denied"), engine.connect() as connection:
            connection.execute(text("SELECT chain_key FROM sync_station_keys"))
        with engine.begin() as connection:  # nor get another install's key by asking
            assert connection.execute(text("SELECT * FROM sync_station_key(:i, 1)"),
                                      {"i": str(uuid.uuid4())}).first() is None
    finally:
        engine.dispose()
