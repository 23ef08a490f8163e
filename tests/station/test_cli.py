"""The `station` command as a user runs it: version, help, demo load, inspections list."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from station import __version__


def station(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", *args], capture_output=True, text=True, timeout=120)


def test_version_and_help() -> None:
    version = station("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"station {__version__}"
    helped = station("--help")
    assert helped.returncode == 0
    for command in ("demo", "inspections", "scan", "label"):
        assert command in helped.stdout


def test_demo_load_twice_then_list_json(station_dir: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    first = station("--data-dir", str(fresh), "demo", "load")
    assert first.returncode == 0, first.stderr
    assert "200 RMAs" in first.stdout
    second = station("--data-dir", str(fresh), "demo", "load")
    assert second.returncode == 0 and "0 products, 0 RMAs, 0 users added" in second.stdout
    listed = station("--data-dir", str(fresh), "inspections", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []


def test_listing_shows_each_completed_inspection(ctx, station_dir: Path) -> None:
    from station.services import inspect as inspection
    from tests.flows import like_new
    from tests.station.services.test_inspection_flow import _answer_all, _start, _take_needed_photos

    draft = _start(ctx, "RMA-100020")
    template = ctx.templates.templates[draft.category]
    done = inspection.complete_inspection(
        ctx, _take_needed_photos(ctx, _answer_all(ctx, draft, like_new(template, ctx.rules))).id)
    listed = station("--data-dir", str(station_dir), "inspections", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= {"id", "rma", "sku", "serial", "grade", "disposition", "reasons", "inspector", "station",
                        "started_at", "completed_at", "status"}
    assert (row["id"], row["rma"], row["grade"], row["status"]) == (str(done.id), "RMA-100020", "A", "completed")
    assert row["reasons"] and isinstance(row["reasons"][0], str)


def test_a_bad_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = station("--data-dir", str(blocker / "sub"), "inspections", "list")
    assert result.returncode == 2
    assert "cannot be created" in result.stderr and "Traceback" not in result.stderr
