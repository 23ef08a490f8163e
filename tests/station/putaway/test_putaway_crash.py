"""kill -9 between the grade and the confirm scan, inside the confirm and just after it: on restart the item is
waiting to be placed (or placed once), never lost, never placed twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.putaway_models import Container, ContainerPlacement
from station.context import open_station
from station.services import putaway
from station.sync.faults import KILL_ENV

REPO = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("putaway_child.py")


def _killed_station(station_dir: Path, where: str, kill_at: str | None = None) -> uuid.UUID:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(KILL_ENV, None)
    if kill_at:
        env[KILL_ENV] = kill_at
    done = subprocess.run([sys.executable, str(CHILD), str(station_dir), where], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == -signal.SIGKILL, done.stderr
    return uuid.UUID(done.stdout.split()[0])


@pytest.mark.parametrize(("where", "kill_at", "placed"), [
    ("before_confirm", None, False),
    ("confirm", "putaway.before_commit:1", False),
    ("confirm", None, True),
])
def test_a_killed_station_still_has_the_item_waiting_or_placed_once(station_dir: Path, where: str,
                                                                     kill_at: str | None, placed: bool) -> None:
    item = _killed_station(station_dir, where, kill_at)
    ctx = open_station(station_dir)
    try:
        waiting = [w.inspection_id for w in putaway.waiting_items(ctx)]
        assert waiting == ([] if placed else [item])
        plan = putaway.put_away_for(ctx, item)
        assert (plan.placed_in is not None) == placed
        done = putaway.confirm_placement(ctx, item, plan.container_code)
        assert done.placed and done.already == placed
        assert putaway.confirm_placement(ctx, item, plan.container_code).already
        with ctx.read() as session:
            assert session.scalar(select(func.count()).select_from(ContainerPlacement)) == 1
            assert session.scalar(select(func.count()).select_from(Container)) == 1
        assert putaway.waiting_items(ctx) == []
    finally:
        ctx.sessions.kw["bind"].dispose()
