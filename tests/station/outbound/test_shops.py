"""Shopify, WooCommerce and the customer's e-mail, each against a real local server answering in the shop's own
documented shapes: the requests that arrive, throttling and 5xx retried, userErrors and 4xx as dead letters."""

from __future__ import annotations

import time
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import text

from station.outbound import config as outbound_config
from station.outbound.admin import replay
from station.outbound.relay import Relay, open_relay
from station.services import review
from station.services.sync import sync_once
from tests.station.outbound.returns import inspect, item_photo, joined, lead
from tests.station.outbound.shops import TOKEN, Mailbox, Shopify, WooCommerce, free_port

pytestmark = pytest.mark.postgres


def drain(relay: Relay, timeout_s: float = 60.0) -> None:
    """Runs the relay until nothing waits, waiting out a Retry-After when one is due later."""
    deadline = time.monotonic() + timeout_s
    while True:
        relay.run_once()
        due = relay.seconds_to_next()
        if due is None:
            return
        assert time.monotonic() < deadline, "deliveries still waiting"
        time.sleep(min(due, 0.2))


def deliveries(central) -> list:
    with central.engine.connect() as connection:
        return connection.execute(text("SELECT d.destination, d.state, d.attempts, d.last_status, d.last_answer, "
                                       "e.rma_number FROM outbound_deliveries d JOIN outbound_events e "
                                       "ON e.id = d.event_id ORDER BY d.id")).all()


def test_shopify_processes_each_line_with_its_disposition_and_refund_then_closes_the_return(
        central, make_station, httpserver, monkeypatch) -> None:
    monkeypatch.setenv("TEST_SHOPIFY_TOKEN", TOKEN)
    shop = Shopify(faults=["429", "throttled", "500"])
    shop.add("SO-4972707", 1, ["FW-3008", "FW-3009"])  # RMA-100001: two lines on one return
    shop.add("SO-4274291", 2, ["AP-2007"], status="DECLINED")  # RMA-100002: the shop declined it meanwhile
    httpserver.expect_request("/admin/api/2025-10/graphql.json", method="POST").respond_with_handler(shop)
    config = outbound_config.Destinations.model_validate({
        "retry": {"first_delay_s": 0.05, "max_delay_s": 0.2},
        "destinations": [{"name": "shop", "kind": "shopify", "shop_url": httpserver.url_for("/").rstrip("/"),
                          "token_env": "TEST_SHOPIFY_TOKEN", "location_id": "gid://shopify/Location/5",
                          "auto_refund": True, "events": ["inspection.completed"]}]})
    relay = open_relay(central.engine, config)
    ctx = joined(make_station, "DOCK-84", central)
    # No photo of the whole item: a flagged inspection would wait for a lead before the shop is told.
    inspect(ctx, "RMA-100001", 0, photo=False)
    inspect(ctx, "RMA-100001", 1, photo=False)
    inspect(ctx, "RMA-100002", photo=False)
    assert sync_once(ctx).everything_sent
    with relay:
        drain(relay)
    rows = deliveries(central)
    assert [(r.rma_number, r.state) for r in rows] == [("RMA-100001", "delivered"), ("RMA-100001", "delivered"),
                                                       ("RMA-100002", "dead")]
    # 429 with Retry-After, THROTTLED with the cost extension and a 500 each cost one attempt, then through.
    assert sum(r.attempts for r in rows) == 3 + 3 and not shop.faults
    assert "Return is not in a processable state" in rows[2].last_answer
    assert len(shop.processed) == 2 and shop.closed == ["gid://shopify/Return/1"]
    first = shop.processed[0]
    assert first["returnId"] == "gid://shopify/Return/1"
    disposition = first["returnLineItems"][0]["dispositions"][0]
    assert disposition["dispositionType"] == "RESTOCKED" and disposition["locationId"] == "gid://shopify/Location/5"
    refund = first["financialTransfer"]["issueRefund"]["orderTransactions"][0]
    assert refund["parentId"] == "gid://shopify/OrderTransaction/77"
    assert refund["transactionAmount"] == {"amount": "89.90", "currencyCode": "EUR"}

    # The answer of a delivery was lost and it is sent again: the return is closed, so nothing happens twice.
    from datetime import UTC, datetime, timedelta

    assert replay(central.engine, datetime.now(UTC) - timedelta(hours=1)) == 3
    with open_relay(central.engine, config) as again:
        drain(again)
    assert len(shop.processed) == 2 and shop.closed == ["gid://shopify/Return/1"]


def test_the_disposition_mapping_is_data(central, make_station, httpserver, monkeypatch) -> None:
    monkeypatch.setenv("TEST_SHOPIFY_TOKEN", TOKEN)
    shop = Shopify()
    shop.add("SO-4972707", 1, ["FW-3008", "FW-3009"])
    httpserver.expect_request("/admin/api/2025-10/graphql.json", method="POST").respond_with_handler(shop)
    config = outbound_config.Destinations.model_validate({"destinations": [{
        "name": "shop", "kind": "shopify", "shop_url": httpserver.url_for("/").rstrip("/"),
        "token_env": "TEST_SHOPIFY_TOKEN", "location_id": "gid://shopify/Location/5",
        "dispositions": {"restock": "PROCESSING_REQUIRED"}, "events": ["inspection.completed"]}]})
    relay = open_relay(central.engine, config)
    ctx = joined(make_station, "DOCK-85", central)
    inspect(ctx, "RMA-100001", 0)
    assert sync_once(ctx).everything_sent
    with relay:
        drain(relay)
    given = shop.processed[0]
    assert given["returnLineItems"][0]["dispositions"][0] == {
        "dispositionType": "PROCESSING_REQUIRED", "quantity": 1,
        "reverseFulfillmentOrderLineItemId": "gid://shopify/ReverseFulfillmentOrderLineItem/10"}
    assert "financialTransfer" not in given, "this warehouse does not allow automatic refunds"


def _woocommerce(httpserver, monkeypatch, woo: WooCommerce):  # type: ignore[no-untyped-def]
    """The shop's order 4972707 (RMA-100001's, shoes at 89.90 on line 31) answered by `woo`, and the relay's
    settings for it: automatic refunds on, every completed inspection sent."""
    monkeypatch.setenv("TEST_WC_KEY", "ck_test")
    monkeypatch.setenv("TEST_WC_SECRET", "cs_test")
    woo.orders[4972707] = [{"id": 31, "sku": "FW-3008", "quantity": 1, "total": "89.90"},
                           {"id": 32, "sku": "FW-3009", "quantity": 1, "total": "24.90"}]
    httpserver.expect_request("/wp-json/wc/v3/orders/4972707").respond_with_handler(woo)
    httpserver.expect_request("/wp-json/wc/v3/orders/4972707/refunds").respond_with_handler(woo)
    return outbound_config.Destinations.model_validate({
        "retry": {"first_delay_s": 0.05, "max_delay_s": 0.2},
        "destinations": [{"name": "woo", "kind": "woocommerce", "url": httpserver.url_for("/").rstrip("/"),
                          "key_env": "TEST_WC_KEY", "secret_env": "TEST_WC_SECRET", "auto_refund": True,
                          "events": ["inspection.completed"]}]})


def test_woocommerce_gets_a_refund_with_api_refund_and_api_restock_once(
        central, make_station, httpserver, monkeypatch) -> None:
    woo = WooCommerce(fail_posts=1)
    config = _woocommerce(httpserver, monkeypatch, woo)
    httpserver.expect_request("/wp-json/wc/v3/orders/4274291").respond_with_handler(woo)  # not in this shop
    relay = open_relay(central.engine, config)
    ctx = joined(make_station, "DOCK-86", central)
    inspect(ctx, "RMA-100001", 0, photo=False)
    inspect(ctx, "RMA-100002", photo=False)
    assert sync_once(ctx).everything_sent
    with relay:
        drain(relay)
    rows = deliveries(central)
    assert [(r.rma_number, r.state) for r in rows] == [("RMA-100001", "delivered"), ("RMA-100002", "dead")]
    assert rows[0].attempts == 2 and rows[1].last_status == 404 and "Invalid ID." in rows[1].last_answer
    [made] = woo.refunds[4972707]
    assert made["body"]["amount"] == "89.90" and made["body"]["api_refund"] is True
    assert made["body"]["api_restock"] is True
    assert made["body"]["line_items"] == [{"id": 31, "quantity": 1, "refund_total": "89.90"}]

    from datetime import UTC, datetime, timedelta

    replay(central.engine, datetime.now(UTC) - timedelta(hours=1), destination="woo")
    with open_relay(central.engine, config) as again:
        drain(again)
    assert len(woo.refunds[4972707]) == 1, "the second delivery found its refund by the idempotency key"


@pytest.fixture
def mailbox():
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield box, controller.port
    finally:
        controller.stop()


def _html(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def test_the_customer_gets_a_mail_in_their_language_with_one_photo_when_allowed(
        central, make_station, mailbox) -> None:
    box, port = mailbox
    with central.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO outbound_customer_contacts (rma_number, email, language, name, photo_allowed) VALUES "
            "('RMA-100003', 'yossi@example.co.il', 'he', 'יוסי כהן', true), "
            "('RMA-100002', 'fatima@example.com', 'ru', 'Фатима', false)"))
    config = outbound_config.Destinations.model_validate({"destinations": [{
        "name": "customers", "kind": "email", "smtp_host": "127.0.0.1", "smtp_port": port, "starttls": False,
        "sender": "returns@shop.example", "photo": True, "events": ["inspection.completed"]}]})
    relay = open_relay(central.engine, config)
    ctx = joined(make_station, "DOCK-87", central)
    inspect(ctx, "RMA-100003")  # the one photo of a whole item at this station: a second would count as recycled
    inspect(ctx, "RMA-100002", photo=False)
    inspect(ctx, "RMA-100001", photo=False)  # no address known: a dead letter, not a mail to nobody
    assert sync_once(ctx).everything_sent
    with relay:
        drain(relay)
    rows = deliveries(central)
    assert [(r.rma_number, r.state) for r in rows] == [("RMA-100003", "delivered"), ("RMA-100002", "delivered"),
                                                       ("RMA-100001", "dead")]
    assert "no customer e-mail address" in rows[2].last_answer
    # Sent side by side: matched by address, not by arrival.
    by_address = {to[0]: message for to, message in zip(box.recipients, box.messages, strict=True)}
    assert sorted(by_address) == ["fatima@example.com", "yossi@example.co.il"] and len(box.messages) == 2
    hebrew, russian = by_address["yossi@example.co.il"], by_address["fatima@example.com"]
    assert hebrew["Subject"] == "קיבלנו את ההחזרה שלך RMA-100003"
    assert 'dir="rtl"' in _html(hebrew) and "שלום יוסי כהן" in _html(hebrew)
    assert "לאמצעי התשלום המקורי" in hebrew.get_body(preferencelist=("plain",)).get_content()
    [photo] = [p for p in hebrew.iter_attachments()]
    assert photo.get_content_type() == "image/jpeg"
    assert photo.get_content() == item_photo(ctx, "FW-3006").read_bytes()
    assert russian["Subject"] == "Мы получили ваш возврат RMA-100002"
    assert 'dir="ltr"' in _html(russian) and "Здравствуйте, Фатима!" in _html(russian)
    assert not list(russian.iter_attachments()), "this customer did not allow photos"


def test_after_a_leads_regrade_the_shop_refunds_and_the_mail_says_the_new_grades_amount(
        central, make_station, httpserver, monkeypatch, mailbox) -> None:
    box, port = mailbox
    monkeypatch.setenv("TEST_SHOPIFY_TOKEN", TOKEN)
    shop = Shopify()
    shop.add("SO-4972707", 1, ["FW-3008", "FW-3009"])  # RMA-100001: shoes at 89.90
    httpserver.expect_request("/admin/api/2025-10/graphql.json", method="POST").respond_with_handler(shop)
    with central.engine.begin() as connection:
        connection.execute(text("INSERT INTO outbound_customer_contacts (rma_number, email, language, name, "
                                "photo_allowed) VALUES ('RMA-100001', 'ana@example.com', 'en', 'Ana', false)"))
    config = outbound_config.Destinations.model_validate({
        "retry": {"first_delay_s": 0.05, "max_delay_s": 0.2},
        "destinations": [
            {"name": "shop", "kind": "shopify", "shop_url": httpserver.url_for("/").rstrip("/"),
             "token_env": "TEST_SHOPIFY_TOKEN", "location_id": "gid://shopify/Location/5", "auto_refund": True,
             "events": ["inspection.completed"]},
            {"name": "customers", "kind": "email", "smtp_host": "127.0.0.1", "smtp_port": port, "starttls": False,
             "sender": "returns@shop.example", "photo": False, "events": ["inspection.completed"]}]})
    relay = open_relay(central.engine, config)
    ctx = joined(make_station, "DOCK-88", central)
    done = inspect(ctx, "RMA-100001", 0, photo=False)  # grade A: a full refund of 89.90 recommended
    # A lead finds wear the inspector missed: grade B, which the footwear policy refunds less a 10 % fee.
    review.regrade(ctx, lead(ctx), done, grade="B", disposition="restock", reason="scuffed soles, worn once")
    assert sync_once(ctx).everything_sent
    with relay:
        drain(relay)
    assert [r.state for r in deliveries(central)] == ["delivered", "delivered"]
    [given] = shop.processed
    refund = given["financialTransfer"]["issueRefund"]["orderTransactions"][0]
    assert refund["transactionAmount"] == {"amount": "80.91", "currencyCode": "EUR"}, "refunded the first grade"
    [mail] = box.messages
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "80.91" in body and "89.90" not in body, body


def test_after_a_leads_regrade_woocommerce_refunds_the_new_grades_amount_and_restocks_by_its_disposition(
        central, make_station, httpserver, monkeypatch) -> None:
    woo = WooCommerce()
    config = _woocommerce(httpserver, monkeypatch, woo)
    relay = open_relay(central.engine, config)
    ctx = joined(make_station, "DOCK-89", central)
    done = inspect(ctx, "RMA-100001", 0, photo=False)  # grade A, restock: 89.90 recommended at completion
    # The lead sends the shoes to refurbishing at grade B: the shop refunds B's amount and must not restock.
    review.regrade(ctx, lead(ctx), done, grade="B", disposition="refurbish", reason="scuffed soles, worn once")
    assert sync_once(ctx).everything_sent
    with relay:
        drain(relay)
    assert [r.state for r in deliveries(central)] == ["delivered"]
    [made] = woo.refunds[4972707]
    assert made["body"]["amount"] == "80.91", "refunded the inspector's grade, not the lead's"
    assert made["body"]["line_items"] == [{"id": 31, "quantity": 1, "refund_total": "80.91"}]
    assert made["body"]["api_restock"] is False, "a refurbish disposition must not go back on the shelf"
    assert "grade B, refurbish" in made["body"]["reason"]
