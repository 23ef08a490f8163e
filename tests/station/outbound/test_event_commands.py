"""`station central relay --once` and `station central events list|show|retry|replay`, as IT at the central runs
them, against the real PostgreSQL and a real receiver."""

from __future__ import annotations

import pytest

from station.cli import main
from station.services.sync import sync_once
from tests.station.outbound.returns import SECRET, Receiver, inspect, joined

pytestmark = pytest.mark.postgres


def test_the_relay_and_events_commands(central, make_station, httpserver, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver(refuse={"inspection.completed"})
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    destinations = tmp_path / "destinations.yaml"
    destinations.write_text(
        "destinations:\n"
        f"  - {{name: loop, kind: webhook, url: '{httpserver.url_for('/hook')}', secret_env: TEST_HOOK_SECRET,\n"
        "     events: [inspection.completed]}\n", encoding="utf-8")
    url = ["--url", central.url()]
    assert main(["central", "relay", *url, "--destinations", str(destinations), "--once"]) == 0
    ctx = joined(make_station, "DOCK-88", central)
    inspect(ctx, "RMA-100001")
    assert sync_once(ctx).everything_sent
    capsys.readouterr()

    assert main(["central", "relay", *url, "--destinations", str(destinations), "--once"]) == 0
    assert capsys.readouterr().out.strip() == "delivered 0, to retry 0, dead letters 1"
    assert main(["central", "events", "list", *url, "--state", "dead"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and "inspection.completed" in listed[0] and "RMA-100001" in listed[0]
    assert "loop dead (1)" in listed[0]
    event_id = listed[0].split()[2]
    assert main(["central", "events", "show", *url, event_id]) == 0
    shown = capsys.readouterr().out
    assert f'"id": "{event_id}"' in shown and "loop: dead, 1 attempt," in shown and "we do not take these" in shown

    receiver.refuse = set()
    assert main(["central", "events", "retry", *url, event_id]) == 0
    assert capsys.readouterr().out.strip() == "1 dead letter back in the queue"
    assert main(["central", "relay", *url, "--destinations", str(destinations), "--once"]) == 0
    assert capsys.readouterr().out.strip() == "delivered 1, to retry 0, dead letters 0"
    assert main(["central", "events", "replay", *url, "--since", "2000-01-01T00:00Z"]) == 0
    assert capsys.readouterr().out.strip() == "1 deliveries queued again"
    assert main(["central", "relay", *url, "--destinations", str(destinations), "--once"]) == 0
    assert [p["id"] for p in receiver.received] == [event_id, event_id]
    assert receiver.ids_by_event[event_id] and len(receiver.ids_by_event[event_id]) == 1, "the same key again"

    destinations.write_text("destinations:\n  - {name: loop, kind: webhook, url: 'https://hooks.example/x', "
                            "secret_env: NOT_SET_FOR_THIS_TEST, events: [inspection.completed]}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["central", "relay", *url, "--destinations", str(destinations), "--once"]) == 2
    assert "Destination loop" in capsys.readouterr().err
