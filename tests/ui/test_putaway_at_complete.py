"""Complete in the real window: "Put in …" in big type, the confirm scan, a wrong container refused, restarts."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from station.config import RESOURCES
from station.context import open_station
from station.services import putaway
from tests.flows import like_new
from tests.ui.dock import (
    answer_checklist,
    attach_needed_photos,
    scan,
    settle,
    sign_in,
    station_window,
    user_button,
)
from tests.ui.screens import save_screenshot
from ui.i18n import render


def _one_line_rma() -> str:
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = Counter(r["rma_number"] for r in rows)
    return next(r["rma_number"] for r in rows if r["sku"].startswith("EL-") and lines[r["rma_number"]] == 1)


def _complete_one(qtbot, window) -> None:
    page = window.inspect
    scan(qtbot, page, _one_line_rma())
    qtbot.waitUntil(lambda: page.draft is not None)
    answer_checklist(qtbot, window, like_new(window.ctx.templates.templates[page.draft.category], window.ctx.rules))
    attach_needed_photos(qtbot, window)
    if page.stack.currentWidget() is page.photos_view:
        qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
    qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.waiting is not None and page.stack.currentWidget() is page.putaway_view,
                    timeout=10000)


def _wrong_code(plan: putaway.PutAway) -> str:
    # A cage is never where a like-new electronics item goes: the kind is wrong.
    return "Q-00099" if plan.kind != "cage" else "T-00099"


def test_the_right_container_places_the_item_and_the_wrong_one_is_refused(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        _complete_one(qtbot, window)
        page = window.inspect
        plan = page.waiting
        assert page.putaway_view.headline.text() == render(plan.headline)
        assert plan.container_code in page.putaway_view.headline.text()
        assert page.putaway_view.headline.text().startswith("Put in ")
        settle(qtbot, window)
        assert not page.aside_label.isVisible(), "the item in hand is not counted as put aside"
        if plan.item_label != "none":  # the item's own label, written where the printer takes it
            assert any(f.stat().st_size for f in (station_dir / "item-labels").glob(f"{plan.inspection_id}.*"))

        scan(qtbot, page, _wrong_code(plan))
        # Refused: red words naming the right container, the screen still waiting, nothing placed.
        assert page.stack.currentWidget() is page.putaway_view and page.waiting is plan
        assert page.putaway_view.message.property("state") == "bad"
        assert plan.container_code in page.putaway_view.message.text()
        assert window.flash.state == "bad"
        assert [w.inspection_id for w in putaway.waiting_items(window.ctx)] == [plan.inspection_id]

        scan(qtbot, page, plan.container_code)
        assert page.waiting is None and page.stack.currentWidget() is page.scan_view
        assert plan.container_code in page.scan_view.message.text()
        assert page.scan_view.message.property("state") == "good"
        assert putaway.waiting_items(window.ctx) == []
        assert [i.inspection_id for i in putaway.container_view(window.ctx, plan.container_code).items] == [
            plan.inspection_id]


def test_an_item_graded_but_not_placed_comes_back_after_a_restart(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        _complete_one(qtbot, window)
        waiting = window.inspect.waiting
    # The window closed between the grade and the confirm scan (as after kill -9: nothing else was written).
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        page = window.inspect
        qtbot.waitUntil(lambda: page.waiting is not None, timeout=10000)
        assert page.waiting.inspection_id == waiting.inspection_id
        assert page.stack.currentWidget() is page.putaway_view
        scan(qtbot, page, waiting.container_code)
        assert page.waiting is None
    ctx = open_station(station_dir)
    try:
        view = putaway.container_view(ctx, waiting.container_code)
        assert [i.inspection_id for i in view.items] == [waiting.inspection_id]  # placed once
    finally:
        ctx.sessions.kw["bind"].dispose()


def test_a_badge_scanned_while_signed_in_switches_user_and_the_pin_lands_in_no_field(qtbot,
                                                                                      station_dir: Path) -> None:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        users = list(csv.DictReader(handle))
    inspector = next(r for r in users if r["role"] == "inspector")
    other = next(r for r in users if r["role"] in ("inspector", "lead") and r["name"] != inspector["name"]
                 and r.get("badge_code"))
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        page = window.inspect
        scan(qtbot, page, _one_line_rma())
        qtbot.waitUntil(lambda: page.draft is not None)
        draft_id = page.draft.id
        window.on_scanned(other["badge_code"])
        qtbot.waitUntil(lambda: window.user is None and window.signin.pin_edit.isVisible(), timeout=10000)
        settle(qtbot, window)
        assert "BADGE" not in page.scan_view.last.text().upper()
        for digit in other["pin"]:
            qtbot.keyClick(QApplication.focusWidget(), digit)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.user is not None, timeout=10000)
        settle(qtbot, window)
        assert window.user.name == other["name"]
        fields = [e for e in window.findChildren(QLineEdit) if e.text()]
        assert not [e.objectName() for e in fields if other["pin"] in e.text()]
    ctx = open_station(station_dir)
    try:
        from station.services import inspect as inspection

        assert inspection.load_draft(ctx, draft_id) is not None  # put aside, nothing lost
    finally:
        ctx.sessions.kw["bind"].dispose()


def _sign_in_as(qtbot, window, user: dict[str, str]) -> None:
    qtbot.mouseClick(user_button(qtbot, window, user["name"]), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, user["pin"])
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    settle(qtbot, window)


@pytest.mark.xvfb
@pytest.mark.parametrize("language", ["en", "he", "ru"])
def test_screens_of_put_in_and_of_a_wrong_container(qtbot, styled, station_dir: Path, language: str) -> None:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        user = next(r for r in csv.DictReader(handle) if r["role"] != "admin" and r["language"] == language)
    with station_window(qtbot, station_dir) as window:
        _sign_in_as(qtbot, window, user)
        window.show_mode("inspect")
        settle(qtbot, window)
        _complete_one(qtbot, window)
        page = window.inspect
        plan = page.waiting
        assert page.putaway_view.headline.text() == render(plan.headline)
        assert page.putaway_view.headline.width() <= window.width()
        save_screenshot(window, f"putaway-{language}-put-in")
        scan(qtbot, page, _wrong_code(plan))
        assert plan.container_code in page.putaway_view.message.text()
        save_screenshot(window, f"putaway-{language}-wrong-container")


def test_the_header_counts_open_move_tasks(qtbot, station_dir: Path) -> None:
    from station.review.decisions import regrade
    from tests.station.putaway.items import restock_item
    from tests.station.review.scenario import lead

    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        ctx = window.ctx
        assert not window.moves_label.isVisible()
        item = restock_item(ctx)
        putaway.confirm_placement(ctx, item, putaway.put_away_for(ctx, item).container_code)
        regrade(ctx, lead(ctx), item, grade="F", disposition="dispose", reason="battery swollen")
        window.refresh_status()  # what the header's timer does every few seconds
        qtbot.waitUntil(lambda: window.moves_label.isVisible(), timeout=10000)
        assert window.moves_label.text() == "Move tasks open: 1"


def test_after_one_line_of_a_two_line_rma_the_screen_names_the_line_left(qtbot, station_dir: Path) -> None:
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = Counter(r["rma_number"] for r in rows)
    rma = next(r["rma_number"] for r in rows if lines[r["rma_number"]] == 2)
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        page = window.inspect
        scan(qtbot, page, rma)
        assert page.stack.currentWidget() is page.identify_view
        first, second = page._ident.lines
        page.start_line(first)
        qtbot.waitUntil(lambda: page.draft is not None)
        answer_checklist(qtbot, window, like_new(window.ctx.templates.templates[page.draft.category],
                                                 window.ctx.rules))
        attach_needed_photos(qtbot, window)
        if page.stack.currentWidget() is page.photos_view:
            qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
        qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.waiting is not None, timeout=10000)
        said = page.putaway_view.done.text()
        assert "This RMA has 1 line left" in said
        assert f"line {second.line_no}: {second.product.name if second.product else second.sku}" in said
        scan(qtbot, page, page.waiting.container_code)
        assert "This RMA has 1 line left" in page.scan_view.last.text()


def test_work_put_aside_is_counted_and_resumed_from_the_tray_by_keys(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        page = window.inspect
        scan(qtbot, page, _one_line_rma())
        qtbot.waitUntil(lambda: page.draft is not None)
        parked = page.draft.id
        qtbot.keyClick(page.checklist_view, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: page.draft is None)
        assert "put aside" in page.scan_view.message.text()
        qtbot.waitUntil(lambda: page.aside_label.isVisible(), timeout=10000)
        assert page.aside_label.text().startswith("Aside (1)")
        qtbot.keyClick(page.scan_view.entry, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: page.aside_tray is not None and page.aside_tray.isVisible(), timeout=10000)
        tray = page.aside_tray
        assert tray.list.count() == 1 and "open inspection" in tray.list.item(0).text()
        qtbot.keyClick(tray, Qt.Key.Key_1)
        qtbot.keyClick(tray, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.draft is not None and page.draft.id == parked, timeout=10000)
        assert not page.aside_label.isVisible()


def test_a_badge_scanned_in_another_mode_switches_user_too(qtbot, station_dir: Path) -> None:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        other = next(r for r in csv.DictReader(handle) if r["role"] == "lead")
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        window.show_mode("containers")
        settle(qtbot, window)
        window.on_scanned(other["badge_code"])
        qtbot.waitUntil(lambda: window.user is None and window.signin.stack.currentIndex() == 1, timeout=10000)
        settle(qtbot, window)
        qtbot.keyClicks(QApplication.focusWidget(), other["pin"])
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.user is not None, timeout=10000)
        assert window.user.name == other["name"]
