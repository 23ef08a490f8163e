"""The relay under faults, against the real PostgreSQL and a real receiver: killed with SIGKILL at random
points, the receiver away for a while, two relays at once, the relay's database connections cut. Each ends with
every event delivered, counted by id, and a second delivery only ever with the same idempotency key."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from station.demo.generate import generate_inspections
from station.outbound import config as outbound_config
from station.outbound.relay import Relay, register
from station.services.sync import sync_once
from tests.station.outbound.returns import SECRET, Receiver

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[3]


def wait_until(predicate: Callable[[], bool], timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("waited too long")
        time.sleep(0.01)


def _config(url: str) -> outbound_config.Destinations:
    return outbound_config.Destinations.model_validate({
        "retry": {"first_delay_s": 0.05, "max_delay_s": 0.5, "timeout_s": 5},
        "destinations": [{"name": "loop", "kind": "webhook", "url": url, "secret_env": "TEST_HOOK_SECRET",
                          "events": ["inspection.completed", "item.received_unexpectedly"]}]})


def _write_config(path: Path, url: str) -> Path:
    path.write_text(
        "retry: {first_delay_s: 0.05, max_delay_s: 0.5, timeout_s: 5}\n"
        "destinations:\n"
        f"  - {{name: loop, kind: webhook, url: '{url}', secret_env: TEST_HOOK_SECRET,\n"
        "     events: [inspection.completed, item.received_unexpectedly]}\n", encoding="utf-8")
    return path


def _events(central) -> list[tuple[str, str | None]]:
    with central.engine.connect() as connection:
        return [(str(r[0]), r[1]) for r in connection.execute(text(
            "SELECT e.id, e.order_key FROM outbound_events e JOIN outbound_deliveries d ON d.event_id = e.id "
            "ORDER BY d.id"))]


def _undelivered(central) -> int:
    with central.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM outbound_deliveries WHERE state <> 'delivered'"))
                   .scalar() or 0)


def _with_events(central, make_station, url: str, count: int, seed: int) -> list[tuple[str, str | None]]:
    with central.engine.begin() as connection:
        register(connection, _config(url))
    ctx = make_station(f"DOCK-9{seed % 10}", central)
    generate_inspections(ctx, count, photos=False, seed=seed)
    assert sync_once(ctx).everything_sent
    events = _events(central)
    assert len(events) >= count
    return events


def _assert_all_delivered_once_per_key(central, receiver: Receiver, events: list[tuple[str, str | None]]) -> None:
    assert receiver.bad_signatures == 0
    assert {p["id"] for p in receiver.received} == {e for e, _k in events}
    assert all(len(keys) == 1 for keys in receiver.ids_by_event.values()), "a second delivery with another key"
    assert _undelivered(central) == 0
    # In order per RMA: each RMA's events first arrived in the order the central made them.
    first_seen: dict[str, int] = {}
    for position, payload in enumerate(receiver.received):
        first_seen.setdefault(payload["id"], position)
    by_key: dict[str | None, list[int]] = {}
    for event_id, key in events:
        by_key.setdefault(key, []).append(first_seen[event_id])
    assert all(seen == sorted(seen) for seen in by_key.values())


def _relay_process(central, config_path: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "TEST_HOOK_SECRET": SECRET}
    return subprocess.Popen([sys.executable, "-m", "station.cli", "central", "relay", "--url", central.url(),
                             "--destinations", str(config_path), "--batch", "5", "--workers", "2", *extra],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_a_relay_killed_at_random_points_twenty_times_loses_nothing(
        central, make_station, httpserver, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver()
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    events = _with_events(central, make_station, httpserver.url_for("/hook"), 300, seed=91)
    config_path = _write_config(tmp_path / "destinations.yaml", httpserver.url_for("/hook"))
    rng = random.Random(91)
    kills = 0
    for _run in range(20):
        process = _relay_process(central, config_path)
        target = receiver.count() + rng.randint(0, 12)
        wait_until(lambda target=target, process=process: receiver.count() >= target
                   or process.poll() is not None or _undelivered(central) == 0)
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills += process.returncode == -signal.SIGKILL
    assert kills == 20
    final = _relay_process(central, config_path, "--once")
    _out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err.decode()
    _assert_all_delivered_once_per_key(central, receiver, events)
    assert len(receiver.received) >= len(events)


def test_two_relays_at_once_share_the_queue_and_deliver_each_event_once(
        central, make_station, httpserver, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver()
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    events = _with_events(central, make_station, httpserver.url_for("/hook"), 200, seed=92)
    config_path = _write_config(tmp_path / "destinations.yaml", httpserver.url_for("/hook"))
    relays = [_relay_process(central, config_path) for _i in range(2)]
    try:
        wait_until(lambda: _undelivered(central) == 0, timeout_s=300)
    finally:
        for process in relays:
            process.send_signal(signal.SIGTERM)
        for process in relays:
            process.wait(timeout=60)
    assert [p.returncode for p in relays] == [0, 0]
    _assert_all_delivered_once_per_key(central, receiver, events)
    assert len(receiver.received) == len(events), "no answer was lost, so nothing may arrive twice"


def _relay_thread(central, url: str, application_name: str) -> tuple[Relay, threading.Thread, threading.Event]:
    engine = create_engine(central.url(), pool_pre_ping=True, connect_args={"application_name": application_name})
    relay = Relay(engine, _config(url), batch_size=5, workers=2, seed=7)
    stop = threading.Event()
    thread = threading.Thread(target=relay.run, args=(stop,), kwargs={"idle_s": 0.05, "max_wait_s": 0.5})
    thread.start()
    return relay, thread, stop


def test_a_receiver_away_for_a_while_gets_everything_when_it_is_back(
        central, make_station, httpserver, monkeypatch) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver()
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    url = httpserver.url_for("/hook")
    events = _with_events(central, make_station, url, 60, seed=93)
    httpserver.stop()  # the shop's server is down: connection refused
    relay, thread, stop = _relay_thread(central, url, "relay-test-away")
    try:
        with central.engine.connect() as connection:
            def retried() -> bool:
                found = connection.execute(text("SELECT count(*) FROM outbound_deliveries WHERE attempts >= 2 "
                                                "AND state = 'waiting'")).scalar()
                connection.rollback()
                return bool(found)

            wait_until(retried)
        assert receiver.count() == 0
        httpserver.start()
        wait_until(lambda: _undelivered(central) == 0)
    finally:
        stop.set()
        thread.join()
        relay.close()
        relay.engine.dispose()
    _assert_all_delivered_once_per_key(central, receiver, events)


def test_the_relays_database_connections_cut_mid_work_lose_nothing(
        central, make_station, httpserver, monkeypatch) -> None:
    """PostgreSQL restarting, as the relay sees it: its backends terminated (the shared server stays up for the
    others' tests). A batch sent but not recorded is sent again, with the same keys."""
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver()
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    url = httpserver.url_for("/hook")
    events = _with_events(central, make_station, url, 150, seed=94)
    name = f"relay-test-cut-{os.getpid()}"
    relay, thread, stop = _relay_thread(central, url, name)
    cuts = 0
    try:
        for _cut in range(5):
            target = receiver.count() + 10
            wait_until(lambda target=target: receiver.count() >= target or _undelivered(central) == 0)
            with central.engine.connect() as connection:
                cuts += int(connection.execute(text(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = :n"), {"n": name}).scalar() or 0)
                connection.commit()
        wait_until(lambda: _undelivered(central) == 0)
    finally:
        stop.set()
        thread.join()
        relay.close()
        relay.engine.dispose()
    assert cuts >= 3
    _assert_all_delivered_once_per_key(central, receiver, events)
