"""Whole user journeys across areas, each in one test, through the public services only: the dock inspects and puts
away, leads and the refurb team decide, the station syncs to the real central PostgreSQL, the relay tells a local
Shopify server and a local mail server, and the web view shows what happened. Each step checks what the person
doing it would read, so a slip between two areas (a regrade that a later step does not know of) fails here."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import text

from station.context import StationContext
from station.outbound import config as outbound_config
from station.outbound.relay import Relay, open_relay
from station.services import inspect as inspection
from station.services import putaway, refurb, review, slips
from station.services.auth import list_users
from station.services.identify import Flag, identify
from station.services.shop_notices import shop_notice
from station.services.sync import sync_once
from station.slips.reference import slip_reference
from tests.flows import damaged_with_photo, find_answers, like_new
from tests.station.outbound.returns import item_photo
from tests.station.outbound.shops import TOKEN, Mailbox, Shopify, free_port
from tests.station.slips.rendering import pages_as_png, pdf_text, qr_texts
from tests.station.sync.compare import assert_central_matches
from tests.station.sync.conftest import central, make_station  # noqa: F401  (fixtures used here)

pytestmark = pytest.mark.postgres

PHOTO = sorted((Path(__file__).resolve().parents[2] / "resources" / "demo" / "camera").glob("*.jpg"))[0]
GRAPHQL = "/admin/api/2025-10/graphql.json"


# --- the people and their steps, as the screens drive the services ---

def _user(ctx: StationContext, role: str) -> uuid.UUID:
    return next(u.id for u in list_users(ctx) if u.role == role)


def _scan_label(ctx: StationContext, label: str, flags: tuple[Flag, ...] = ()) -> inspection.DraftView:
    """The inspector scans the return label; the screen shows the RMA line and starts its checklist."""
    ident = identify(ctx, label)
    assert ident.outcome == "rma", ident.message.render()
    line = ident.lines[0]
    assert line.product is not None and not line.inspected
    draft = inspection.start_inspection(ctx, _user(ctx, "inspector"), inspection.StartRequest(
        label_text=label, label_kind=ident.label.kind, sku=line.product.sku, rma_number=line.rma_number,
        line_no=line.line_no, flags=tuple(ident.flags) + flags))
    assert draft.step == "checklist" and draft.position == 0 and draft.line is not None
    assert draft.line.rma_number == line.rma_number
    return draft


def _inspect(ctx: StationContext, draft: inspection.DraftView, answers: dict[str, Any],
             overall: Path | None = None) -> inspection.InspectionCompleted:
    """Answers the checklist in its order, takes each photo it asks for (and `overall`), completes."""
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        draft = inspection.answer(ctx, draft.id, question.id, answers.get(question.id))
    while draft.photos_missing:
        missing = len(draft.photos_missing)
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id, path=PHOTO)
        assert len(draft.photos_missing) == missing - 1
    if overall is not None:
        draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=overall)
    assert draft.step == "grade" and draft.ready_to_complete and draft.grade is not None
    return inspection.complete_inspection(ctx, draft.id)


def _synced(ctx: StationContext, central) -> None:  # noqa: F811
    """One sync, after every change already committed centrally (another station's push, the relay's notices) can
    be pulled: a pull reads only below the oldest transaction still running on the shared server."""
    central.settle()
    report = sync_once(ctx)
    assert report.everything_sent, report.problem
    assert report.status.state == "synced" and report.status.waiting == 0


def _drain(relay: Relay, timeout_s: float = 60.0) -> None:
    """The relay until nothing is due now (a delivery held for later is left waiting)."""
    deadline = time.monotonic() + timeout_s
    while True:
        relay.run_once()
        due = relay.seconds_to_next()
        if due is None or due > 5.0:
            return
        assert time.monotonic() < deadline, "deliveries still due"
        time.sleep(min(due, 0.2))


def _shop_config(url: str, *, email_port: int | None = None) -> outbound_config.Destinations:
    destinations: list[dict[str, Any]] = [{
        "name": "shop", "kind": "shopify", "shop_url": url.rstrip("/"), "token_env": "TEST_SHOPIFY_TOKEN",
        "location_id": "gid://shopify/Location/5", "auto_refund": True, "events": ["inspection.completed"]}]
    if email_port is not None:
        destinations.append({"name": "customers", "kind": "email", "smtp_host": "127.0.0.1", "smtp_port": email_port,
                             "starttls": False, "sender": "returns@shop.example", "photo": True,
                             "events": ["inspection.completed"]})
    return outbound_config.Destinations.model_validate({"retry": {"first_delay_s": 0.05, "max_delay_s": 0.2},
                                                        "destinations": destinations})


def _shop(httpserver, monkeypatch, order: str, number: int, sku: str) -> Shopify:
    monkeypatch.setenv("TEST_SHOPIFY_TOKEN", TOKEN)
    shop = Shopify()
    shop.add(order, number, [sku])
    httpserver.expect_request(GRAPHQL, method="POST").respond_with_handler(shop)
    return shop


def _dispositions(shop: Shopify) -> list[str]:
    return [d["dispositionType"] for given in shop.processed for item in given["returnLineItems"]
            for d in item["dispositions"]]


def _central_rows(central, sql: str, **params: Any) -> list:  # noqa: F811
    with central.engine.connect() as connection:
        return connection.execute(text(sql), params).all()


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield box, controller.port
    finally:
        controller.stop()


# --- 1. Restock ---

def test_restock_from_the_label_scan_to_the_shop_the_customer_and_the_web_view(
        central, make_station, httpserver, monkeypatch, mailbox, tmp_path: Path) -> None:  # noqa: F811
    from starlette.testclient import TestClient

    from station.sync.central_web import login_role
    from station.web.accounts import set_password
    from station.web.app import make_app
    from station.web.central import open_web_central
    from tests.web.conftest import LEAD_BADGE, LEAD_PASSWORD
    from tests.web.test_web_pages import _csrf

    box, port = mailbox
    shop = _shop(httpserver, monkeypatch, "SO-4358908", 27, "AP-2006")  # RMA-100027: a jacket
    with central.engine.begin() as connection:
        connection.execute(text("INSERT INTO outbound_customer_contacts (rma_number, email, language, name, "
                                "photo_allowed) VALUES ('RMA-100027', 'piotr@example.com', 'en', 'Piotr', true)"))
    relay = open_relay(central.engine, _shop_config(httpserver.url_for("/"), email_port=port))
    dock = make_station("DOCK-91", central, joined=True)

    # The inspector: scan, a like-new checklist, photos, the grade.
    draft = _scan_label(dock, "RMA-100027")
    assert draft.product.sku == "AP-2006" and draft.line is not None and draft.line.reason == "Changed my mind"
    photo = item_photo(dock, "AP-2006")  # the jacket as the dock camera sees it
    done = _inspect(dock, draft, like_new(dock.templates.templates[draft.category], dock.rules), photo)
    assert (done.grade, done.disposition, done.overridden, done.flags) == ("A", "restock", False, [])
    assert "Restock" in done.reasons[0].render()
    assert done.recommendation is not None and done.recommendation.settlement == "refund"
    amount = f"{done.recommendation.amount:.2f}"

    # Put-away: the big type names the tote; a wrong scan is refused with the right one, the right scan places it.
    plan = putaway.put_away_for(dock, done.id)
    assert (plan.kind, plan.zone, plan.container_code, plan.quarantine) == ("tote", "restock_apparel", "T-00001",
                                                                            False)
    assert plan.headline.render() == "Put in RESTOCK · Apparel — tote T-00001"
    wrong = putaway.confirm_placement(dock, done.id, "C-00001")
    assert not wrong.placed and wrong.problem == "wrong_kind" and "Put it in tote T-00001" in wrong.message.render()
    placed = putaway.confirm_placement(dock, done.id, "T-00001")
    assert placed.placed and placed.message.render() == "Placed in tote T-00001."
    assert [i.inspection_id for i in putaway.container_view(dock, "T-00001").items] == [done.id]

    # Sync: the central holds every row exactly as the station does; the relay tells the shop and the customer.
    _synced(dock, central)
    assert_central_matches(central.engine, dock)
    before = shop_notice(dock, done.id)
    assert before is None or before.state == "waiting"  # nobody told yet
    with relay:
        _drain(relay)
    [given] = shop.processed
    assert given["returnId"] == "gid://shopify/Return/27" and shop.closed == ["gid://shopify/Return/27"]
    assert _dispositions(shop) == ["RESTOCKED"]
    assert given["returnLineItems"][0]["dispositions"][0]["locationId"] == "gid://shopify/Location/5"
    assert given["financialTransfer"]["issueRefund"]["orderTransactions"][0]["transactionAmount"] == {
        "amount": amount, "currencyCode": "EUR"}
    [mail] = box.messages
    assert box.recipients == [["piotr@example.com"]] and mail["Subject"] == "We received your return RMA-100027"
    plain = mail.get_body(preferencelist=("plain",)).get_content()
    assert "Hello Piotr," in plain and "grade A" in plain and f"We will refund {amount}" in plain
    assert [p.get_content() for p in mail.iter_attachments()] == [photo.read_bytes()]

    # The dock learns by its next pull that both were told.
    _synced(dock, central)
    notice = shop_notice(dock, done.id)
    assert notice is not None and notice.state == "delivered" and sorted(notice.destinations) == ["customers", "shop"]

    # A lead off the dock opens the inspection in the web view: its grade, its tote and the shop notice.
    with central.engine.begin() as connection:
        set_password(connection, LEAD_BADGE, LEAD_PASSWORD)
    web = open_web_central(central.url(login_role(central.prefix)), tmp_path / "web-cache", central.prefix)
    try:
        with TestClient(make_app(web, "journey-secret")) as client:
            token = _csrf(client.get("/signin").text)
            signed = client.post("/signin", data={"csrf": token, "badge": LEAD_BADGE, "password": LEAD_PASSWORD},
                                 follow_redirects=False)
            assert signed.status_code == 303
            page = client.get(f"/inspections/{done.id}")
            assert page.status_code == 200
            html = page.text
            assert '<span id="rma">RMA-100027</span>' in html and "(AP-2006)" in html
            assert '<strong id="grade">A</strong>' in html
            assert f'<dd id="refund">Refund {amount}' in html
            assert '<dd id="container">T-00001 (Put in)' in html
            assert '<dd id="notice">Told</dd>' in html
    finally:
        web.engine.dispose()


# --- 2. Changed outcome ---

def test_a_changed_outcome_moves_the_item_prints_its_slip_and_the_shop_gets_the_final_outcome(
        central, make_station, httpserver, monkeypatch, tmp_path: Path) -> None:  # noqa: F811
    shop = _shop(httpserver, monkeypatch, "SO-4274291", 2, "AP-2007")
    relay = open_relay(central.engine, _shop_config(httpserver.url_for("/")))
    dock = make_station("DOCK-92", central, joined=True)
    template = dock.templates.templates["apparel"]

    done = _inspect(dock, _scan_label(dock, "RMA-100002"), like_new(template, dock.rules))
    assert (done.grade, done.disposition) == ("A", "restock")
    tote = putaway.put_away_for(dock, done.id).container_code
    assert putaway.confirm_placement(dock, done.id, tote).placed

    # The lead regrades with a reason, as `station review regrade` does.
    decided = review.regrade(dock, _user(dock, "lead"), done.id, grade="C", disposition="refurbish",
                             reason="seam torn under the label")
    assert (decided.action, decided.previous_grade, decided.previous_disposition, decided.grade,
            decided.disposition) == ("regrade", "A", "restock", "C", "refurbish")

    # The dock sees a move task out of the restock tote, and the scan of the right container ends it.
    [task] = putaway.open_move_tasks(dock)
    assert (task.inspection_id, task.from_code, task.to_zone) == (done.id, tote, "refurb_soft_goods")
    assert task.headline.render() == (f"Move from {tote} to REFURBISH · Clean and repair — "
                                      f"{putaway.kind_word(task.to_kind).render()} {task.to_code}")
    assert putaway.confirm_placement(dock, done.id, tote).problem == "wrong_kind"
    moved = putaway.confirm_placement(dock, done.id, task.to_code)
    assert moved.placed and moved.moved_from == tote and putaway.open_move_tasks(dock) == []
    assert putaway.container_view(dock, tote).items == []
    bench = task.to_code

    # The refurb team finds it in its queue, records the work, re-grades: beyond repair, disposed of.
    technician = _user(dock, "refurb")
    assert [item.inspection_id for item in refurb.refurb_queue(dock)] == [done.id]
    refurb.record_work(dock, technician, done.id, refurb.WorkRequest("Tried to re-stitch the seam", minutes=15))
    view = refurb.regrade_view(dock, done.id)
    answers = damaged_with_photo(template, dock.rules)
    while view.step == "checklist":
        question = view.current_question
        assert question is not None
        view = refurb.regrade_answer(dock, done.id, view.answers, question.id, answers.get(question.id))
    final = refurb.complete_regrade(dock, technician, done.id, view.answers, "dispose", "fabric torn through")
    assert final.disposition == "dispose" and refurb.refurb_queue(dock) == []
    [task] = putaway.open_move_tasks(dock)
    assert task.from_code == bench and task.to_zone == "textile_recycling"
    assert putaway.confirm_placement(dock, done.id, task.to_code).placed

    # The grading slip, printed: its page says the outcome and who changed it, and its QR names the inspection.
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(slips.slip_pdf(dock, [done.id]))
    printed = slips.record_prints(dock, [done.id], size=dock.settings.slip_size, target="file",
                                  user_id=technician)
    assert printed is not None
    assert [qr_texts(png) for png in pages_as_png(pdf, tmp_path)] == [[slip_reference(done.id)]]
    words = " ".join(pdf_text(pdf)[0].split())
    assert f"GRADE {final.grade}" in words and "DISPOSE" in words and "Re-graded after refurbishment" in words

    # Sync: the central holds the same rows; the shop hears the final outcome, never the first one.
    _synced(dock, central)
    assert_central_matches(central.engine, dock)
    with relay:
        _drain(relay)
    assert _dispositions(shop) == ["NOT_RESTOCKED"], "the shop was told an outcome the item no longer has"
    assert shop.closed == ["gid://shopify/Return/2"]
    # Each decision carries the refund for its own grade, on the central, where the relay reads it: the lead's
    # grade C is store credit less the 5.00 fee, not the inspector's full refund.
    rows = _central_rows(central, "SELECT settlement, price - amount AS fee FROM decision_refunds "
                                  "WHERE inspection_id = :i ORDER BY created_at", i=done.id)
    assert len(rows) == 2 and (rows[0].settlement, f"{rows[0].fee:.2f}") == ("store_credit", "5.00")
    _synced(dock, central)
    notice = shop_notice(dock, done.id)
    assert notice is not None and notice.state == "delivered"


# --- 3. Flagged for a lead ---

def test_an_item_flagged_for_a_lead_waits_in_the_cage_and_the_shop_hears_only_the_leads_decision(
        central, make_station, httpserver, monkeypatch) -> None:  # noqa: F811
    shop = _shop(httpserver, monkeypatch, "SO-4453452", 3, "FW-3006")  # RMA-100003: a pair of shoes
    config = _shop_config(httpserver.url_for("/"))
    open_relay(central.engine, config).close()  # the destination is known before any fact arrives
    dock = make_station("DOCK-93", central, joined=True)
    draft = _scan_label(dock, "RMA-100003")
    template = dock.templates.templates[draft.category]
    # The two shoes in the box are not a pair: the checklist flags it for a lead.
    mismatched = find_answers(template, dock.rules, lambda result, answers: answers.get("pair") == "mismatched"
                              and [f.kind for f in result.flags] == ["wrong_item"])
    done = _inspect(dock, draft, mismatched)
    assert [f.kind for f in done.flags] == ["wrong_item"] and "lead decides" in done.flags[0].reason.render()
    assert (done.grade, done.disposition) == ("F", "dispose")

    # Flagged: the cage, never a restock or dispose container, until a lead decides.
    plan = putaway.put_away_for(dock, done.id)
    assert plan.quarantine and (plan.kind, plan.zone) == ("cage", "quarantine")
    assert plan.headline.render() == f"Put in QUARANTINE · Lead's cage — cage {plan.container_code}"
    refused = putaway.confirm_placement(dock, done.id, "C-00001")
    assert not refused.placed and refused.problem == "wrong_kind"
    assert f"Put it in cage {plan.container_code}" in refused.message.render()
    assert putaway.confirm_placement(dock, done.id, plan.container_code).placed
    assert putaway.open_move_tasks(dock) == []

    # Synced before any lead looked: the shop is not told anything yet, and the dock reads "waiting".
    _synced(dock, central)
    assert_central_matches(central.engine, dock)
    with open_relay(central.engine, config) as relay:
        _drain(relay)
    assert shop.processed == [] and shop.requests == 0, "the shop was told before a lead decided"
    _synced(dock, central)
    waiting = shop_notice(dock, done.id)
    assert waiting is not None and waiting.state == "waiting"

    # The lead finds it in the review queue, for its flag, and approves the disposal.
    [queued] = [item for item in review.review_queue(dock, review.QueueFilter()).items
                if item.inspection_id == done.id]
    assert "wrong_item" in [reason.kind for reason in queued.reasons]
    decided = review.approve(dock, _user(dock, "lead"), done.id, "two different shoes, not resellable")
    assert (decided.action, decided.grade, decided.disposition) == ("approve", "F", "dispose")
    [task] = putaway.open_move_tasks(dock)
    assert task.from_code == plan.container_code and task.to_zone_title.startswith("DISPOSE")
    assert task.headline.render().startswith(f"Move from {plan.container_code} to DISPOSE")
    assert putaway.confirm_placement(dock, done.id, task.to_code).placed and putaway.open_move_tasks(dock) == []

    # Now the shop is told, once, with the lead's outcome.
    _synced(dock, central)
    assert_central_matches(central.engine, dock)
    with open_relay(central.engine, config) as relay:
        _drain(relay)
    assert _dispositions(shop) == ["NOT_RESTOCKED"] and shop.closed == ["gid://shopify/Return/3"]
    _synced(dock, central)
    told = shop_notice(dock, done.id)
    assert told is not None and told.state == "delivered" and told.destinations == ["shop"]


# --- 4. Two stations, one container ---

def test_two_stations_fill_one_tote_the_central_holds_both_and_one_close_is_told_to_the_other(
        central, make_station) -> None:  # noqa: F811
    dock_a = make_station("DOCK-94", central, joined=True)
    dock_b = make_station("DOCK-95", central, joined=True)
    template = dock_a.templates.templates["apparel"]

    first = _inspect(dock_a, _scan_label(dock_a, "RMA-100002"), like_new(template, dock_a.rules)).id
    tote = putaway.put_away_for(dock_a, first).container_code
    assert putaway.confirm_placement(dock_a, first, tote).placed
    _synced(dock_a, central)
    _synced(dock_b, central)

    # DOCK-95 pulled the tote DOCK-94 opened: its next apparel item is sent to the same tote.
    second = _inspect(dock_b, _scan_label(dock_b, "RMA-100004"), like_new(template, dock_b.rules)).id
    plan = putaway.put_away_for(dock_b, second)
    assert plan.container_code == tote and not plan.new_container
    assert putaway.confirm_placement(dock_b, second, tote).placed
    third = _inspect(dock_a, _scan_label(dock_a, "RMA-100006"), like_new(template, dock_a.rules)).id
    assert putaway.confirm_placement(dock_a, third, tote).placed
    for dock in (dock_a, dock_b, dock_a):
        _synced(dock, central)
    for dock in (dock_a, dock_b):
        assert_central_matches(central.engine, dock)

    # The central's contents are the union of what both stations put in; each station sees the same.
    rows = _central_rows(central, "SELECT inspection_id, station_id FROM container_placements "
                                  "WHERE container_code = :c AND action = 'placed'", c=tote)
    assert sorted((str(i), s) for i, s in rows) == sorted(
        [(str(first), "DOCK-94"), (str(second), "DOCK-95"), (str(third), "DOCK-94")])
    for dock in (dock_a, dock_b):
        view = putaway.container_view(dock, tote)
        assert {i.inspection_id for i in view.items} == {first, second, third} and view.status == "open"

    # DOCK-94 closes it; after the sync DOCK-95 is told it is closed and can put nothing more in.
    closed = putaway.close_container(dock_a, tote)
    assert closed.closed and closed.message.render() == f"{tote} closed with 3 items: print its label and manifest."
    _synced(dock_a, central)
    _synced(dock_b, central)
    seen = putaway.container_view(dock_b, tote)
    assert seen.status == "closed" and seen.closed_station == "DOCK-94"
    again = putaway.close_container(dock_b, tote)
    assert not again.closed and again.message.render().startswith(f"{tote} was already closed by DOCK-94 at ")
    fourth = _inspect(dock_b, _scan_label(dock_b, "RMA-100013"), like_new(template, dock_b.rules)).id
    refused = putaway.confirm_placement(dock_b, fourth, tote)
    assert not refused.placed and refused.problem == "closed"
    assert refused.message.render().startswith(f"{tote} is closed (by DOCK-94 at ")
    assert refused.container_code != tote and putaway.put_away_for(dock_b, fourth).container_code != tote
