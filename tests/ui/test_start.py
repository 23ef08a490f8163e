"""The station starts the README way on an empty data folder: window first, then the database and demo data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_first_start_shows_the_window_then_opens_the_station_with_demo_data(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ui", "--data-dir", str(data), "--ready-and-quit"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.split()
    assert lines[0] == "READY" and lines[1] == "OPEN", result.stdout
    assert (data / "station.db").exists()
    listed = subprocess.run([sys.executable, "-m", "station.cli", "--data-dir", str(data), "demo", "load"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert "0 products, 0 RMAs, 0 users added" in listed.stdout, "the first start loaded the demo data"
    names = json.loads((data / "signin-list.json").read_text(encoding="utf-8"))
    assert len(names) >= 8 and {"name", "role"} <= set(names[0])


def test_a_broken_settings_file_is_reported_not_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "broken"
    data.mkdir()
    (data / "settings.json").write_text("{oops", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ui", "--data-dir", str(data), "--ready-and-quit"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 2
    assert "settings.json" in result.stderr and "Traceback" not in result.stderr
