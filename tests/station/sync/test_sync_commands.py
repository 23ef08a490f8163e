"""The command line: `demo generate`, `sync --once` (what moved, exit codes), `sync status --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models
from station.checklist.flow import photos_needed
from station.cli import main
from station.context import open_station
from tests.station.sync.conftest import make_station_dir


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_demo_generate_makes_realistic_completed_inspections(tmp_path: Path, _demo_database: Path, capsys) -> None:
    data = make_station_dir(tmp_path, _demo_database, "DOCK-71", None)
    code, out = _run(capsys, "--data-dir", str(data), "demo", "generate", "--inspections", "6", "--seed", "71")
    assert code == 0 and "made 6 completed inspections" in out
    ctx = open_station(data)
    with ctx.read() as session:
        inspections = session.scalars(select(models.Inspection)).all()
        assert len(inspections) == 6
        for inspection in inspections:
            template = ctx.templates.templates[inspection.category]
            answers = {a.question_id: a.value for a in inspection.answers}
            result = ctx.rules.grade(template, answers)
            assert (result.grade, result.disposition) == (inspection.grade, inspection.disposition)
            assert len(inspection.photos) >= max(1, len(photos_needed(template, answers)))
            for photo in inspection.photos:
                assert ctx.evidence.read_verified(photo.sha256)
        facts = {e.table_name for e in session.scalars(select(models.OutboxEntry))}
        assert {"inspections", "inspection_answers", "photos"} <= facts
    ctx.sessions.kw["bind"].dispose()
    code, out = _run(capsys, "--data-dir", str(data), "sync", "--once")
    assert code == 3 and out.startswith("stand-alone")


@pytest.mark.postgres
def test_sync_once_prints_what_moved_and_status_counts(tmp_path: Path, _demo_database: Path, central, capsys) -> None:
    url = central.add_station("DOCK-72")
    data = make_station_dir(tmp_path, _demo_database, "DOCK-72", None)
    _run(capsys, "--data-dir", str(data), "demo", "generate", "--inspections", "2", "--seed", "72")
    code, out = _run(capsys, "--data-dir", str(data), "sync", "status", "--json")
    before = json.loads(out)
    assert code == 0 and before["state"] == "stand-alone" and before["waiting"] > 0
    assert before["last_sync_at"] is None
    code, out = _run(capsys, "--data-dir", str(data), "--central", url, "sync", "--once")
    assert code == 0, out
    assert "pushed" in out and "inspections 2" in out and "photos:" in out and "pulled" in out
    code, out = _run(capsys, "--data-dir", str(data), "--central", url, "sync", "status", "--json")
    after = json.loads(out)
    assert after["state"] == "synced" and after["waiting"] == 0 and after["photos_waiting"] == 0
    assert after["last_sync_at"] is not None and after["central"].endswith(central.schema)
    # A central nobody can reach: exit 1, offline, nothing lost.
    _run(capsys, "--data-dir", str(data), "demo", "generate", "--inspections", "1", "--no-photos")
    code, out = _run(capsys, "--data-dir", str(data), "--central", "postgresql://nobody@127.0.0.1:9/none",
                     "sync", "--once", "--json")
    report = json.loads(out)
    assert code == 1 and report["outcome"] == "offline" and report["status"]["waiting"] > 0


@pytest.mark.postgres
def test_central_init_command_creates_station_roles(pg_schema, tmp_path: Path, _demo_database: Path, capsys) -> None:
    from tests.conftest import PG_URL
    from tests.station.sync.conftest import Central, drop_central_roles

    _engine, schema = pg_schema
    central = Central(PG_URL, schema, "tcli" + schema[-8:], _engine)
    try:
        code, out = _run(capsys, "central", "init", "--url", central.url(), "--role-prefix", central.prefix,
                         "--station", "DOCK-73", "--reference-from", str(_demo_database.parent))
        assert code == 0, out
        assert f"database role {central.prefix}_dock_73" in out and "STATION_CENTRAL_URL=" in out
        station_url = out.split("STATION_CENTRAL_URL='")[1].split("'")[0]
        data = make_station_dir(tmp_path, _demo_database, "DOCK-73", station_url)
        _run(capsys, "--data-dir", str(data), "demo", "generate", "--inspections", "1", "--no-photos")
        code, out = _run(capsys, "--data-dir", str(data), "sync", "--once")
        assert code == 0, out
        code, out = _run(capsys, "central", "init", "--url", central.url(), "--role-prefix", central.prefix)
        assert code == 0, out  # again: idempotent
    finally:
        drop_central_roles(central)
