"""The Containers mode in a window: scan an item's label then the wrong and the right container, see the contents,
move the tote to a location, close it (label and manifest written, the label printed through the print dialog and
its printed QR read back), and a lead's regrade that leaves a move task the dock finishes with two scans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from station.context import StationContext
from station.people import UserSummary
from station.review.decisions import regrade
from station.services import putaway
from station.services.auth import list_users
from station.slips.reference import slip_reference
from tests.station.putaway.items import restock_item
from tests.station.review.scenario import lead
from tests.station.slips.rendering import pages_as_png, qr_texts
from tests.ui.printing import answer_print_dialog
from tests.ui.screens import save_screenshot
from ui.containers.page import ContainersPage
from ui.tasks import TaskRunner
from ui.translations import set_language


def _page(qtbot: Any, ctx: StationContext) -> tuple[ContainersPage, TaskRunner]:
    runner = TaskRunner()
    page = ContainersPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    user = next(u for u in list_users(ctx) if u.role == "inspector")
    page.begin(UserSummary(user.id, user.name, user.role, "en"))
    qtbot.waitUntil(lambda: page.running == 0 and page.data is not None)
    return page, runner


def _scan(qtbot: Any, page: ContainersPage, text: str) -> str:
    """Types the scan into the page's field and Enter, as a keyboard-wedge scanner does; waits for the answer."""
    before = page.message.text()
    page.message.setText("")
    qtbot.keyClicks(page.entry, text)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.running == 0 and page.message.text() != "")
    assert before is not None
    return page.message.text()


def _stop(qtbot: Any, page: ContainersPage, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: page.running == 0)
    runner.shutdown(5000)


def test_scan_to_tote_with_a_wrong_and_the_right_container_then_close_and_print(
        qtbot: Any, ctx: StationContext, tmp_path: Path, styled) -> None:
    item = restock_item(ctx)
    right = putaway.put_away_for(ctx, item).container_code
    set_language("en")  # English plural forms come from station_en.qm, as in the station's window
    page, runner = _page(qtbot, ctx)
    try:
        assert "1 item waiting to be placed" in page.summary.text()
        _scan(qtbot, page, slip_reference(item))
        assert page.headline.text().startswith("Put in RESTOCK · Apparel") and f"tote {right}" in page.headline.text()
        assert page.pending_item == item
        save_screenshot(page, "containers-put-in")
        said = _scan(qtbot, page, "G-00001")
        assert page.message.property("state") == "bad" and right in said
        assert putaway.waiting_items(ctx)[0].inspection_id == item  # nothing placed
        save_screenshot(page, "containers-wrong-container")
        said = _scan(qtbot, page, right)
        assert page.message.property("state") == "good" and f"Placed in tote {right}" in said
        qtbot.waitUntil(lambda: page.shown is not None and page.shown.code == right and page.contents.rowCount() == 1)
        qtbot.waitUntil(lambda: page.running == 0 and page.open_table.rowCount() == 1)
        assert page.open_table.item(0, 0).text() == right
        assert putaway.waiting_items(ctx) == []
        said = _scan(qtbot, page, "LOC-DOCK-2")
        assert "LOC-DOCK-2" in said and putaway.container_view(ctx, right).location == "LOC-DOCK-2"
        save_screenshot(page, "containers-placed")
        printed = tmp_path / "printed-label.pdf"
        answer_print_dialog(printed)
        qtbot.keyClick(page.entry, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: page.running == 0 and bool(page.last_files))
        assert putaway.container_view(ctx, right).status == "closed"
        label = next(p for p in page.last_files if p.name.endswith("-label.pdf"))
        assert qr_texts(pages_as_png(label, tmp_path)[0]) == [right]
        assert {p.suffix for p in page.last_files} == {".pdf", ".zpl", ".csv"}
        # The label went through QPrinter like a grading slip, and what the printer got still scans.
        qtbot.waitUntil(lambda: page.last_printed == f"file:{printed}", timeout=20000)
        assert "The label went to the printer." in page.message.text()
        assert qr_texts(pages_as_png(printed, tmp_path)[0]) == [right]
        qtbot.waitUntil(lambda: page.running == 0 and page.open_table.rowCount() == 0)
    finally:
        _stop(qtbot, page, runner)


def test_a_regrade_leaves_a_move_task_that_two_scans_finish(qtbot: Any, ctx: StationContext, styled) -> None:
    item = restock_item(ctx)
    tote = putaway.put_away_for(ctx, item).container_code
    putaway.confirm_placement(ctx, item, tote)
    regrade(ctx, lead(ctx), item, grade="F", disposition="dispose", reason="battery swollen")
    page, runner = _page(qtbot, ctx)
    try:
        assert page.tasks_table.rowCount() == 1 and page.tasks_table.item(0, 1).text() == tote
        target = putaway.open_move_tasks(ctx)[0].to_code
        save_screenshot(page, "containers-move-task")
        _scan(qtbot, page, slip_reference(item))
        assert f"gaylord {target}" in page.headline.text()
        assert "is a tote" in _scan(qtbot, page, tote)  # still refused: the old container is wrong now
        said = _scan(qtbot, page, target)
        assert f"Placed in gaylord {target}" in said
        qtbot.waitUntil(lambda: page.running == 0 and page.tasks_table.rowCount() == 0)
        assert putaway.move_task_count(ctx) == 0
    finally:
        _stop(qtbot, page, runner)


@pytest.mark.parametrize("text", ["NOTHING-HERE", "LOC-A-1"])
def test_scans_that_name_nothing_usable_say_what_to_do(qtbot: Any, ctx: StationContext, text: str) -> None:
    page, runner = _page(qtbot, ctx)
    try:
        said = _scan(qtbot, page, text)
        assert page.message.property("state") == "bad" and ("Scan the container first" in said
                                                             or "Check the barcode" in said)
    finally:
        _stop(qtbot, page, runner)


def test_an_item_label_and_a_container_scanned_at_once_are_read_in_order(qtbot: Any, ctx: StationContext) -> None:
    item = restock_item(ctx)
    tote = putaway.put_away_for(ctx, item).container_code
    page, runner = _page(qtbot, ctx)
    try:
        page.handle_scan(slip_reference(item), "scanner")
        page.handle_scan(tote, "scanner")  # before the first scan was answered
        qtbot.waitUntil(lambda: page.running == 0 and page.shown is not None)
        assert putaway.waiting_items(ctx) == [] and page.message.property("state") == "good"
        assert [i.inspection_id for i in putaway.container_view(ctx, tote).items] == [item]
    finally:
        _stop(qtbot, page, runner)


def test_a_label_print_cancelled_in_the_dialog_says_where_the_label_is_saved(qtbot: Any, ctx: StationContext,
                                                                           tmp_path: Path) -> None:
    item = restock_item(ctx)
    tote = putaway.put_away_for(ctx, item).container_code
    putaway.confirm_placement(ctx, item, tote)
    page, runner = _page(qtbot, ctx)
    try:
        page.handle_scan(tote, "scanner")
        qtbot.waitUntil(lambda: page.running == 0 and page.shown is not None and page.shown.code == tote)
        answer_print_dialog(None)
        qtbot.keyClick(page.entry, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: page.running == 0 and "not printed" in page.message.text(), timeout=20000)
        label = next(p for p in page.last_files if p.name.endswith("-label.pdf"))
        assert page.message.property("state") == "bad" and str(label) in page.message.text()
        assert page.last_printed is None and label.stat().st_size > 0
        assert putaway.container_view(ctx, tote).status == "closed"  # closed all the same; only the paper is left
    finally:
        _stop(qtbot, page, runner)
