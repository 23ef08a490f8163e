"""Bad input and failures: a locked database, broken settings, a broken template; nothing saved is lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db import engine as db_engine
from station.config import RESOURCES
from station.context import DatabaseBusy, StationContext, open_station
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.identify import identify
from station.text import StationError


def test_a_locked_database_gives_a_message_and_keeps_the_draft(station_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(db_engine, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    ctx = open_station(station_dir)
    line = identify(ctx, "RMA-100010").lines[0]
    assert line.product is not None
    inspector = next(u.id for u in list_users(ctx) if u.role == "inspector")
    draft = inspection.start_inspection(ctx, inspector, inspection.StartRequest(
        label_text="RMA-100010", label_kind="rma", sku=line.product.sku, rma_number=line.rma_number,
        line_no=line.line_no))
    question = draft.current_question
    assert question is not None
    value = True if question.kind == "yes_no" else (question.options[0][0] if question.options else "1")

    other = sqlite3.connect(station_dir / "station.db", timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusy) as busy:
            inspection.answer(ctx, draft.id, question.id, value)
        assert "busy" in busy.value.text.render() and "Nothing was lost" in busy.value.text.render()
    finally:
        other.rollback()
        other.close()
    after = inspection.answer(ctx, draft.id, question.id, value)
    assert after.questions[0].answer is not None


def test_settings_file_that_is_broken_names_the_file_and_the_fix(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(StationError) as broken:
        open_station(tmp_path)
    assert "settings.json" in broken.value.text.render() and "Fix" in broken.value.text.render()
    (tmp_path / "settings.json").write_text('{"camera_fps": -3, "colour": "red"}', encoding="utf-8")
    with pytest.raises(StationError) as invalid:
        open_station(tmp_path)
    message = invalid.value.text.render()
    assert "camera_fps" in message and "colour" in message


def test_environment_overrides_settings(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STATION_STATION_ID", "DOCK-07")
    ctx = open_station(tmp_path)
    assert ctx.station_id == "DOCK-07"


def test_a_broken_template_is_reported_and_the_others_still_load(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES / "checklists", resources / "checklists")
    shutil.copytree(RESOURCES / "grading", resources / "grading")
    (resources / "checklists" / "garden.yaml").write_text(
        "category: garden\nversion: 1\ntitle: Garden\nquestions:\n  - id: q1\n    text: Works?\n    kind: maybe\n",
        encoding="utf-8")
    ctx: StationContext = open_station(tmp_path / "data", resources=resources)
    assert "garden" not in ctx.templates.templates
    assert {"electronics", "apparel", "footwear", "home_kitchen", "toys"} <= set(ctx.templates.templates)
    problems = [str(p) for p in ctx.templates.problems]
    assert any("garden.yaml" in p and "q1" in p for p in problems), problems
