"""kill -9 a station window between the grade and the confirm scan: on restart the item is on screen waiting for
its container, never lost, and the confirm scan places it once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models
from db.putaway_models import ContainerPlacement
from station.context import open_station
from station.services import putaway
from tests.ui.dock import scan, settle, sign_in, station_window

REPO = Path(__file__).resolve().parents[2]


def _placements(station_dir: Path, item: uuid.UUID) -> list[tuple[str, str]]:
    """The placement facts of the item, as (action, container), oldest first; and the item must still exist."""
    ctx = open_station(station_dir)
    try:
        with ctx.read() as session:
            assert session.get(models.Inspection, item) is not None, "the graded inspection was lost"
            rows = session.scalars(select(ContainerPlacement).where(ContainerPlacement.inspection_id == item)
                                   .order_by(ContainerPlacement.at, ContainerPlacement.id)).all()
            return [(r.action, r.container_code) for r in rows]
    finally:
        ctx.sessions.kw["bind"].dispose()


@pytest.mark.slow
def test_a_station_killed_at_put_in_shows_the_item_waiting_and_places_it_once(qtbot, station_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.putaway_kill_child", str(station_dir)], cwd=REPO,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert line[:1] == ["WAITING"], child.stderr.read() if child.stderr else ""
        item, code = uuid.UUID(line[1]), line[2]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert _placements(station_dir, item) == []  # killed before the confirm scan: nothing placed yet

    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        page = window.inspect
        qtbot.waitUntil(lambda: page.waiting is not None, timeout=10000)
        # The item in hand comes back first, with where it goes, before any new label.
        assert page.waiting.inspection_id == item and page.waiting.container_code == code
        assert page.stack.currentWidget() is page.putaway_view
        assert page.putaway_view.headline.text().startswith("Put in ") and code in page.putaway_view.headline.text()
        scan(qtbot, page, code)
        assert page.waiting is None and page.stack.currentWidget() is page.scan_view
        assert page.scan_view.message.property("state") == "good" and code in page.scan_view.message.text()
    assert _placements(station_dir, item) == [("placed", code)]

    # A second restart: nothing waits any more, and the item is still placed once.
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        page = window.inspect
        settle(qtbot, window)
        assert page.waiting is None and page.stack.currentWidget() is page.scan_view
        assert putaway.waiting_items(window.ctx) == []
    assert _placements(station_dir, item) == [("placed", code)]
