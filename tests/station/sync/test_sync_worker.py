"""The window's sync worker: nothing runs stand-alone; on demand it syncs; offline it backs off and keeps the
window free; stopping it leaves nothing running."""

from __future__ import annotations

import socket

import pytest

from station.demo.generate import generate_inspections
from station.services.sync import sync_status
from tests.station.sync.compare import assert_central_matches

pytest.importorskip("PySide6")


def test_a_stand_alone_station_runs_no_sync_job(qtbot, make_station) -> None:
    from ui.sync_worker import SyncWorker

    ctx = make_station("DOCK-61")
    worker = SyncWorker(ctx)
    worker.start()
    worker.sync_now()
    assert not worker.busy and not worker.running
    assert sync_status(ctx).state == "stand-alone"
    worker.stop()


@pytest.mark.postgres
def test_sync_on_demand_then_on_the_timer(qtbot, central, make_station) -> None:
    from ui.sync_worker import SyncWorker

    ctx = make_station("DOCK-62", central)
    generate_inspections(ctx, 2, seed=62)
    worker = SyncWorker(ctx, interval_s=0.2)
    reports = []
    worker.synced.connect(reports.append)
    try:
        worker.sync_now()
        qtbot.waitUntil(lambda: len(reports) >= 1, timeout=30_000)
        assert reports[0].everything_sent, reports[0].problem
        assert sync_status(ctx).state == "synced"
        generate_inspections(ctx, 1, seed=63)  # completed while the worker waits for its timer
        qtbot.waitUntil(lambda: len(reports) >= 2 and reports[-1].everything_sent, timeout=30_000)
    finally:
        worker.stop()
    assert not worker.busy
    assert_central_matches(central.engine, ctx)


def test_offline_backs_off_and_shows_since_when(qtbot, make_station) -> None:
    from ui.sync_worker import SyncWorker

    with socket.socket() as probe:  # a port nobody listens on: connection refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ctx = make_station("DOCK-63")
    ctx.settings = ctx.settings.model_copy(update={"central_url": f"postgresql://nobody@127.0.0.1:{port}/central"})
    generate_inspections(ctx, 1, photos=False, seed=64)
    worker = SyncWorker(ctx)
    reports = []
    worker.synced.connect(reports.append)
    try:
        worker.sync_now()
        qtbot.waitUntil(lambda: len(reports) == 1, timeout=30_000)
        assert reports[0].outcome == "offline"
        assert worker.schedule.failures == 1 and 4.0 <= worker.schedule.retry_delay_s() <= 6.0
        status = sync_status(ctx)
        assert status.state == "offline" and status.offline_since is not None and status.waiting > 0
        worker.poke()  # a completed inspection does not hurry a retry while the link is down
        assert not worker.running
        worker.schedule.failures = 6
        assert worker.schedule.retry_delay_s() <= ctx.settings.sync_retry_max_s * 1.2
    finally:
        worker.stop()
    assert not worker.busy
