"""Events from the central database to a signed webhook: made in the fact's own transaction, valid against the
published schemas, in order per RMA, dead letters for refusals, backoff for "not now", and the shop notice that
reaches the station by the normal pull."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import text

from station.outbound import config as outbound_config
from station.outbound.relay import open_relay
from station.review.decisions import approve, regrade
from station.services.sync import sync_once
from station.text import StationError
from tests.station.outbound.returns import SECRET, Receiver, inspect, joined, lead

pytestmark = pytest.mark.postgres

SCHEMAS = Path(__file__).resolve().parents[3] / "docs" / "events"
ALL = ["inspection.completed", "outcome.changed", "item.received_unexpectedly"]


def webhook_config(url: str, events: list[str] = ALL, **retry: float) -> outbound_config.Destinations:
    return outbound_config.Destinations.model_validate({
        "retry": {"first_delay_s": 0.05, "max_delay_s": 0.2, **retry},
        "destinations": [{"name": "loop", "kind": "webhook", "url": url, "secret_env": "TEST_HOOK_SECRET",
                          "events": events}]})


def validate(payload: dict) -> None:
    schema = json.loads((SCHEMAS / f"{payload['type']}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(payload, schema, format_checker=jsonschema.FormatChecker())


def central_rows(central, sql: str, **params) -> list:
    with central.engine.connect() as connection:
        return connection.execute(text(sql), params).all()


def test_a_completed_inspection_and_a_regrade_reach_the_webhook_signed_in_order(
        central, make_station, httpserver, monkeypatch) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver()
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    config = webhook_config(httpserver.url_for("/hook"))
    relay = open_relay(central.engine, config)  # registers the destination before any fact arrives
    ctx = joined(make_station, "DOCK-81", central)
    first = inspect(ctx, "RMA-100001")
    second = inspect(ctx, "RMA-100002")
    approve(ctx, lead(ctx), second)  # the same outcome: no news for the shop
    regrade(ctx, lead(ctx), first, grade="C", disposition="refurbish", reason="scuffed sole seen in review")
    assert sync_once(ctx).everything_sent
    with relay:
        done = relay.run_once()
    assert done.delivered == 3 and done.dead == 0 and receiver.bad_signatures == 0

    events = central_rows(central, "SELECT id::text, type, rma_number FROM outbound_events ORDER BY seq")
    assert [(e.type, e.rma_number) for e in events] == [
        ("inspection.completed", "RMA-100001"), ("inspection.completed", "RMA-100002"),
        ("outcome.changed", "RMA-100001")]
    assert sorted(p["id"] for p in receiver.received) == sorted(e.id for e in events)
    for payload in receiver.received:
        validate(payload)
    by_rma = [p["type"] for p in receiver.received if p["rma_number"] == "RMA-100001"]
    assert by_rma == ["inspection.completed", "outcome.changed"]
    completed = next(p for p in receiver.received if p["data"].get("sku") and p["inspection_id"] == str(first)
                     and p["type"] == "inspection.completed")
    assert completed["order_number"] and completed["data"]["grade"] == "A"
    assert completed["data"]["refund"]["settlement"] == "refund" and completed["data"]["photos"]
    changed = next(p for p in receiver.received if p["type"] == "outcome.changed")
    assert changed["data"]["previous"] == {"grade": "A", "disposition": "restock"}
    assert changed["data"]["current"] == {"grade": "C", "disposition": "refurbish"}
    assert changed["data"]["source"] == "review" and changed["data"]["reason"] == "scuffed sole seen in review"

    # The station learns by its normal pull that the shop was told.
    central.settle()
    assert sync_once(ctx).everything_sent
    from station.services.shop_notices import shop_notice

    notice = shop_notice(ctx, first)
    assert notice is not None and notice.state == "delivered" and notice.destinations == ["loop"]


def test_a_refusal_is_a_dead_letter_with_its_answer_and_busy_answers_are_retried(
        central, make_station, httpserver, monkeypatch) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver(fail_first=2)
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    relay = open_relay(central.engine, webhook_config(httpserver.url_for("/hook")))
    ctx = joined(make_station, "DOCK-82", central)
    first = inspect(ctx, "RMA-100001")
    assert sync_once(ctx).everything_sent
    with relay:
        relay.run_once()  # 503 with Retry-After: 0, twice, then delivered, all in this pass
        row = central_rows(central, "SELECT state, attempts, last_status FROM outbound_deliveries")[0]
        assert (row.state, row.attempts, row.last_status) == ("delivered", 3, 204)

        receiver.refuse = {"outcome.changed"}
        regrade(ctx, lead(ctx), first, grade="D", disposition="dispose", reason="sole torn")
        assert sync_once(ctx).everything_sent
        relay.run_once()
    dead = central_rows(central, "SELECT state, attempts, last_status, last_answer FROM outbound_deliveries "
                                 "WHERE state <> 'delivered'")
    assert len(dead) == 1 and dead[0].state == "dead" and dead[0].attempts == 1 and dead[0].last_status == 422
    assert "we do not take these" in dead[0].last_answer
    central.settle()
    assert sync_once(ctx).everything_sent
    from station.services.shop_notices import shop_notice

    notice = shop_notice(ctx, first)
    assert notice is not None and notice.state == "refused" and "we do not take these" in (notice.reason or "")

    # Someone fixes the receiver and sends the dead letter again by hand.
    from station.outbound.admin import retry_dead

    receiver.refuse = set()
    assert retry_dead(central.engine) == 1
    with open_relay(central.engine, webhook_config(httpserver.url_for("/hook"))) as relay:
        relay.run_once()
    assert [p["type"] for p in receiver.received] == ["inspection.completed", "outcome.changed"]


def test_a_receiver_that_is_never_there_ends_in_a_dead_letter_after_the_give_up_time(
        central, make_station, monkeypatch) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    # A port nobody listens on: connection refused on every attempt.
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = webhook_config(f"http://127.0.0.1:{port}/hook", first_delay_s=0.0, max_delay_s=0.0,
                            give_up_after_s=0.0)
    relay = open_relay(central.engine, config)
    ctx = joined(make_station, "DOCK-83", central)
    inspect(ctx, "RMA-100001")
    assert sync_once(ctx).everything_sent
    with relay:
        relay.run_once()
    row = central_rows(central, "SELECT state, last_answer FROM outbound_deliveries")[0]
    assert row.state == "dead" and row.last_answer.startswith("gave up after 1 attempts: ConnectError")


def test_a_misconfigured_destination_is_refused_at_start_by_name(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)
    path = tmp_path / "destinations.yaml"
    path.write_text("destinations:\n  - {name: brand-x, kind: webhook, url: 'ftp://x', secret_env: S, "
                    "events: [inspection.completed]}\n", encoding="utf-8")
    with pytest.raises(StationError, match=r"brand-x.*not an http"):
        outbound_config.load(path)
    path.write_text("destinations:\n  - {name: brand-y, kind: webhook, url: 'https://hooks.example/x', "
                    "secret_env: NOT_SET_ANYWHERE, events: [inspection.completed]}\n", encoding="utf-8")
    with pytest.raises(StationError, match=r"brand-y.*NOT_SET_ANYWHERE"):
        outbound_config.load(path)
    path.write_text("destinations:\n  - {name: brand-z, kind: webhook, url: 'https://hooks.example/x', "
                    "secret_env: S, events: [inspection.graded]}\n", encoding="utf-8")
    with pytest.raises(StationError, match=r"brand-z.*inspection.graded"):
        outbound_config.load(path)
    path.write_text("destinations:\n  - {name: shop, kind: shopify, shop_url: 'https://s.example', "
                    "events: [inspection.completed]}\n", encoding="utf-8")
    with pytest.raises(StationError, match=r"\(shop\)"):
        outbound_config.load(path)


def test_an_unexpected_item_and_a_closed_container_are_events_too(central, make_station, httpserver,
                                                                  monkeypatch) -> None:
    from tests.station.review.scenario import inspect_item

    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    receiver = Receiver()
    httpserver.expect_request("/hook", method="POST").respond_with_handler(receiver)
    relay = open_relay(central.engine, webhook_config(httpserver.url_for("/hook"),
                                                      [*ALL, "container.closed"]))
    ctx = joined(make_station, "DOCK-89", central)
    surprise = inspect_item(ctx, "RMA-100061", unexpected=True)
    expected = inspect(ctx, "RMA-100002")
    assert sync_once(ctx).everything_sent
    # A tote filled with both and closed (written here as the owner would import them: the put-away screens are
    # another area's).
    with central.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO container_placements (id, station_id, container_code, inspection_id, action, at) VALUES "
            "(gen_random_uuid(), 'DOCK-89', 'T-42', :a, 'placed', now() - interval '2 min'), "
            "(gen_random_uuid(), 'DOCK-89', 'T-42', :b, 'placed', now() - interval '1 min')"),
            {"a": surprise, "b": expected})
        connection.execute(text(
            "INSERT INTO container_closes (id, station_id, container_code, reason, items, closed_at) VALUES "
            "(gen_random_uuid(), 'DOCK-89', 'T-42', 'key', 2, now())"))
    with relay:
        relay.run_once()
    kinds = sorted(p["type"] for p in receiver.received)
    assert kinds == ["container.closed", "inspection.completed", "inspection.completed",
                     "item.received_unexpectedly"]
    for payload in receiver.received:
        validate(payload)
    unexpected = next(p for p in receiver.received if p["type"] == "item.received_unexpectedly")
    assert unexpected["inspection_id"] == str(surprise) and unexpected["data"]["label_text"] == "RMA-100061"
    closed = next(p for p in receiver.received if p["type"] == "container.closed")
    assert closed["data"]["container_code"] == "T-42" and closed["rma_number"] is None
    assert [i["inspection_id"] for i in closed["data"]["items"]] == [str(surprise), str(expected)]
