"""Eight stations, each its own process and data folder, syncing at once against one central database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models
from station.demo.generate import generate_inspections
from tests.station.sync.compare import assert_central_matches, assert_pulled

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[3]
STATIONS = 8


def _sync_all_at_once(data_dirs: list[Path]) -> list[tuple[int, str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    children = [subprocess.Popen([sys.executable, "-m", "station.cli", "--data-dir", str(d), "sync", "--once",
                                  "--batch-size", "25"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True) for d in data_dirs]
    return [(child.wait(timeout=240), child.stdout.read() if child.stdout else "") for child in children]


def test_eight_stations_sync_at_once(central, make_station) -> None:
    stations = [make_station(f"DOCK-4{i}", central) for i in range(STATIONS)]
    for number, ctx in enumerate(stations):
        generate_inspections(ctx, 4, photos=number % 2 == 0, seed=40 + number)
    results = _sync_all_at_once([ctx.data_dir for ctx in stations])
    for (code, output), ctx in zip(results, stations, strict=True):
        assert code == 0, f"{ctx.station_id} exit {code}:\n{output}"
        assert "pushed" in output and "status: synced" in output, output
    # A second round at once: every station now pulls what the others sent in the first.
    central.settle()
    results = _sync_all_at_once([ctx.data_dir for ctx in stations])
    assert all(code == 0 for code, _ in results), results
    for ctx in stations:
        assert_central_matches(central.engine, ctx)
    for ctx in stations:
        with ctx.read() as session:
            assert session.scalar(select(func.count()).select_from(models.Inspection)) == 4 * STATIONS
        assert_pulled(central.engine, ctx, stations[(stations.index(ctx) + 1) % STATIONS].station_id)
