"""A station after a year (scripts/make_year.py, here a few days of it): it opens, its chains verify, the header's
figures and the queues read it."""

from __future__ import annotations

import importlib.util
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from db import models
from db.review_models import AuditEvent
from station.audit.verify import verify_store
from station.context import open_station
from station.services.inspect import shift_stats
from station.services.sync import sync_status

REPO = Path(__file__).resolve().parent.parent.parent


def _make_year():
    spec = importlib.util.spec_from_file_location("make_year", REPO / "scripts" / "make_year.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while they are made
    spec.loader.exec_module(module)
    return module.make_year


def test_a_generated_year_opens_verifies_and_is_read_by_the_dock(tmp_path: Path) -> None:
    counts = _make_year()(tmp_path, days=3, per_day=6, docks=3, photo_pool=3, progress=lambda _line: None)
    assert counts["inspections"] == 3 * 6 * 3 and counts["answers"] > counts["inspections"]
    ctx = open_station(tmp_path)  # upgrades in place if the history moved on since it was made
    with ctx.read() as session:
        stations = dict(session.execute(select(models.Inspection.station_id, func.count())
                                        .group_by(models.Inspection.station_id)).all())
        assert stations == {"DOCK-01": 18, "SITE-DOCK-02": 18, "SITE-DOCK-03": 18}
        # Every fact has its event in its station's chain, and the chains verify as written by add_fact.
        facts = sum(session.scalar(select(func.count()).select_from(table)) or 0 for table in (
            models.Inspection, models.InspectionAnswer, models.Photo))
        assert (session.scalar(select(func.count()).select_from(AuditEvent)) or 0) > facts
        report = verify_store(session, ctx.evidence)
    assert report.ok, report.problems
    assert set(report.stations) == set(stations)
    # Only this station's recent facts wait in its outbox; what the others made came by pull.
    with ctx.read() as session:
        senders = set(session.scalars(select(models.OutboxEntry.payload["station_id"].as_string()).where(
            models.OutboxEntry.table_name == "inspections")))
        last = session.scalars(select(models.Inspection).where(models.Inspection.station_id == "DOCK-01")
                               .order_by(models.Inspection.completed_at.desc())).first()
    assert senders == {"DOCK-01"}
    assert last is not None
    stats = shift_stats(ctx, last.inspector_id, now=last.completed_at + timedelta(minutes=1))
    assert stats.items >= 1 and stats.median_seconds is not None
    assert sync_status(ctx).waiting > 0
    ctx.sessions.kw["bind"].dispose()


def test_a_year_made_before_the_last_revision_upgrades_in_place_and_opens(tmp_path: Path) -> None:
    """The year of a station one revision behind (a station updated after a year at the dock): it opens at the
    head, with every chain still verifying and the header's figures read."""
    from alembic import command

    from db.engine import make_engine, sqlite_url
    from db.migrate import HEADS, alembic_config, current_revisions

    _make_year()(tmp_path, days=2, per_day=4, docks=2, photo_pool=2, progress=lambda _line: None)
    engine = make_engine(sqlite_url(tmp_path / "station.db"))
    command.downgrade(alembic_config(engine), "-1")
    older = current_revisions(engine)
    engine.dispose()
    assert older and older != set(HEADS)
    ctx = open_station(tmp_path)
    try:
        assert current_revisions(ctx.sessions.kw["bind"]) == set(HEADS)
        with ctx.read() as session:
            assert session.scalar(select(func.count()).select_from(models.Inspection)) == 2 * 4 * 2
            report = verify_store(session, ctx.evidence)
            inspector = session.scalar(select(models.Inspection.inspector_id).limit(1))
        assert report.ok, report.problems
        assert shift_stats(ctx, inspector).items >= 0 and sync_status(ctx).waiting > 0
    finally:
        ctx.sessions.kw["bind"].dispose()
