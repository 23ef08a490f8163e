"""Right to left in Hebrew, and the few things that stay left to right inside it: the PIN keypad, question
numbers, dates; and the category's name, not its id, in the refund line."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from station.refurb.queue import QueueItem
from tests.flows import like_new
from tests.ui.dock import answer_checklist, demo_inspector, scan, station_window, user_button
from tests.ui.test_keyboard_only import straight_rma
from ui.main_window import MainWindow
from ui.refurb.queue_view import QueueView
from ui.translations import set_language

LRI, PDI, RLM = "\u2066", "\u2069", "\u200f"


@pytest.fixture
def hebrew_window(qtbot, station_dir: Path) -> Iterator[MainWindow]:
    set_language("he")
    try:
        with station_window(qtbot, station_dir, {"language": "he"}) as window:
            yield window
    finally:
        set_language("en")


def _sign_in_in_hebrew(qtbot, window: MainWindow) -> None:
    name, pin = demo_inspector()
    button = user_button(qtbot, window, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    keypad = window.signin.keypad
    keys = {b.text(): b for b in keypad.findChildren(QPushButton)}

    def x(key: str) -> int:
        return keys[key].mapTo(window, QPoint(0, 0)).x()

    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Phone order in every language: 1 on the left of 3, 7 on the left of 9, the rows top to bottom.
    assert x("1") < x("2") < x("3") and x("7") < x("9")
    assert keys["1"].mapTo(window, QPoint(0, 0)).y() < keys["7"].mapTo(window, QPoint(0, 0)).y()
    for digit in pin:
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    qtbot.waitUntil(lambda: not window.runner.busy)  # the first page reads what it shows in the background
    window.apply_language("he")


def test_keypad_question_numbers_and_the_refund_line_in_hebrew(qtbot, hebrew_window: MainWindow) -> None:
    window = hebrew_window
    _sign_in_in_hebrew(qtbot, window)
    page, ctx = window.inspect, window.ctx
    scan(qtbot, page, straight_rma(ctx, "footwear"), "typed")
    qtbot.waitUntil(lambda: page.draft is not None)
    # The question's number is kept whole at the start of a right-to-left line, the text after it.
    question = page.checklist_view.question_label.text()
    assert question.startswith(f"{RLM}{LRI}Q1{PDI}. "), repr(question)
    assert any("\u0590" <= ch <= "\u05ff" for ch in question)
    answer_checklist(qtbot, window, like_new(ctx.templates.templates[page.draft.category], ctx.rules))
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
    refund = page.grade_view.refund.text()
    assert "הנעלה" in refund and "footwear" not in refund, refund


def test_refurb_queue_dates_stay_left_to_right(qtbot) -> None:
    set_language("he")
    try:
        view = QueueView([])
        qtbot.addWidget(view)
        waiting = datetime(2026, 11, 24, 9, 5, tzinfo=UTC)
        view.show_items([QueueItem(uuid.uuid4(), "ABC123", "Kettle", "HK-4001", "home_kitchen", None, "RMA-100001",
                                   "C", [], waiting, 0)])
        cell = view.table.item(0, 0).text()
        assert cell.startswith(LRI) and cell.endswith(PDI), repr(cell)
        assert waiting.astimezone().strftime("%Y-%m-%d %H:%M") in cell
    finally:
        set_language("en")
