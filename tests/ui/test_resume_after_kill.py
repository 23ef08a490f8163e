"""kill -9 a station in the middle of an inspection; the next start resumes it at the same question."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from station.context import open_station
from tests.ui.dock import sign_in
from ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def _footwear_rma() -> str:
    """A one-line RMA for shoes: their checklist is long enough that two answers leave it mid-way."""
    with (REPO / "resources" / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = Counter(r["rma_number"] for r in rows)
    return next(r["rma_number"] for r in rows if r["sku"].startswith("FW-") and lines[r["rma_number"]] == 1)


@pytest.mark.slow
def test_killed_station_resumes_the_open_inspection(qtbot, station_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.kill_child", str(station_dir), _footwear_rma()],
                             cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert line[:1] == ["ANSWERED"], child.stderr.read() if child.stderr else ""
        draft_id, position = line[1], int(line[2])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    ctx = open_station(station_dir)
    window = MainWindow(ctx, camera=False)
    qtbot.addWidget(window)
    window.show()
    try:
        sign_in(qtbot, window)
        page = window.inspect
        qtbot.waitUntil(lambda: page.draft is not None)
        assert page.draft is not None
        assert str(page.draft.id) == draft_id
        assert page.draft.position == position == 2
        assert page.stack.currentWidget() is page.checklist_view
        assert sum(q.answered for q in page.draft.questions) == 2
        assert page.checklist_view.question_label.text().startswith(f"Q{page.draft.questions[2].number}.")
    finally:
        window.close()
        window.shutdown()
