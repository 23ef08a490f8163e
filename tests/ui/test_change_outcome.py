"""Change outcome (O) by keys alone: grade letter, disposition and reason number, Enter; the band shows it pending."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from db import models
from station.config import RESOURCES
from station.scan.images import read_image_file
from tests.ui.dock import Dock, like_new_at_the_grade, settle, station_window
from tests.ui.test_keyboard_only import sign_in_by_badge, users_by_language
from ui.inspect.page import InspectPage
from ui.main_window import MainWindow
from ui.translations import set_language


@pytest.fixture
def window(qtbot, station_dir: Path) -> Iterator[MainWindow]:
    set_language("en")
    with station_window(qtbot, station_dir) as win:
        win.activateWindow()
        frame = read_image_file(sorted((RESOURCES / "demo" / "camera").glob("*.jpg"))[0])
        win.latest_frame = lambda: frame
        win.inspect.frame_provider = win.latest_frame
        yield win
    set_language("en")


def at_the_grade(qtbot, window: MainWindow) -> tuple[Dock, InspectPage]:
    """A like-new toy inspected by keys up to its grade screen: the checklist says A, restock."""
    dock = Dock(qtbot, window)
    sign_in_by_badge(dock, users_by_language()["en"])
    page = window.inspect
    like_new_at_the_grade(dock, "toys")
    assert (page.grade_view.grade.text(), page.draft.grade.disposition) == ("A", "restock")
    return dock, page


def band(page: InspectPage) -> tuple[str, str, bool]:
    view = page.grade_view
    return view.grade.text(), view.band.text(), view.outcome.pending


def saved(window: MainWindow, inspection_id: uuid.UUID) -> models.Inspection:
    with window.ctx.read() as session:
        row = session.get(models.Inspection, inspection_id)
        assert row is not None
        session.expunge(row)
        return row


def in_view(widget: QWidget, window: MainWindow) -> bool:
    """Shown inside the window's 1440×900 without scrolling: drawn, and its whole rectangle within the window."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (widget.isVisible() and not widget.visibleRegion().isEmpty() and top_left.y() >= 0
            and top_left.y() + widget.height() <= window.height())


def test_grade_disposition_and_reason_by_keys_then_enter(qtbot, window: MainWindow) -> None:
    dock, page = at_the_grade(qtbot, window)
    view = page.grade_view
    draft_id = page.draft.id
    dock.inputs.clear()
    dock.press(Qt.Key.Key_O)
    assert view.choosing and band(page) == ("A", "RESTOCK", False), "nothing pending before a key says so"
    hints = window.hints.text()
    assert all(word in hints for word in ("A–F: grade", "1–3: disposition", "4–9: reason", "Enter", "Esc")), hints
    dock.press(Qt.Key.Key_C)
    assert band(page) == ("C", "RESTOCK (pending)", True)
    dock.press(Qt.Key.Key_3)
    assert band(page) == ("C", "DISPOSE (pending)", True)
    assert view.band.property("disposition") == "dispose"
    dock.press(Qt.Key.Key_6)  # the third reason: its number is printed on its button
    assert view.choice.reason_buttons[2].text().startswith("6  ")
    assert view.choice.reason_buttons[2].property("selected")
    with qtbot.waitSignal(page.completed, timeout=10000) as done:
        dock.press(Qt.Key.Key_Return)
        assert band(page) == ("C", "DISPOSE", False), "confirmed: no longer pending while it is saved"
        if page.draft is not None:  # still saving: a key meanwhile changes nothing
            qtbot.keyClick(view, Qt.Key.Key_B)
            assert band(page) == ("C", "DISPOSE", False)
    assert dock.count == 5, dock.inputs  # O, C, 3, 6, Enter
    row = saved(window, done.args[0].id)
    assert row.id == draft_id
    assert (row.proposed_grade, row.proposed_disposition, row.grade, row.disposition) == (
        "A", "restock", "C", "dispose")
    assert row.override_reason == "Parts missing"
    assert any(flag["kind"] == "override" for flag in row.flags), "a changed outcome still goes to a lead"
    done_line = page.scan_view.last.text()
    assert "grade C" in done_line and "Dispose" in done_line and "Parts missing" in done_line, done_line
    assert "Restock:" not in done_line, "the checklist's reason would contradict the changed outcome"


def test_a_note_is_added_to_a_preset_reason(qtbot, window: MainWindow) -> None:
    dock, page = at_the_grade(qtbot, window)
    for key in (Qt.Key.Key_O, Qt.Key.Key_B, Qt.Key.Key_4, Qt.Key.Key_Tab):
        dock.press(key)
    assert page.grade_view.choice.note.hasFocus()
    dock.type("Scuff 3 cm")  # letters and digits go into the note while it has focus
    assert band(page) == ("B", "RESTOCK (pending)", True)
    with qtbot.waitSignal(page.completed, timeout=10000) as done:
        dock.press(Qt.Key.Key_Return)
    row = saved(window, done.args[0].id)
    assert (row.grade, row.disposition, row.override_reason) == (
        "B", "restock", "Damage the checklist missed: Scuff 3 cm")


def test_esc_reverts_the_band_and_complete_keeps_the_checklists_outcome(qtbot, window: MainWindow) -> None:
    dock, page = at_the_grade(qtbot, window)
    for key in (Qt.Key.Key_O, Qt.Key.Key_D, Qt.Key.Key_2, Qt.Key.Key_5):
        dock.press(key)
    assert band(page) == ("D", "REFURBISH (pending)", True)
    dock.press(Qt.Key.Key_Escape)
    assert not page.grade_view.choosing
    assert band(page) == ("A", "RESTOCK", False)
    assert "O: change outcome" in window.hints.text()
    dock.press(Qt.Key.Key_O)  # opened again: starts from the checklist's outcome, no reason chosen
    assert band(page) == ("A", "RESTOCK", False) and page.grade_view.choice.reason is None
    dock.press(Qt.Key.Key_F)
    dock.press(Qt.Key.Key_Backspace)  # cancels the change too, and stays on the grade
    assert band(page) == ("A", "RESTOCK", False) and not page.grade_view.choosing
    assert page.stack.currentWidget() is page.grade_view
    with qtbot.waitSignal(page.completed, timeout=10000) as done:
        dock.press(Qt.Key.Key_Return)
    row = saved(window, done.args[0].id)
    assert (row.grade, row.disposition, row.override_reason) == ("A", "restock", None)


def test_other_without_text_and_no_reason_are_refused_in_view(qtbot, window: MainWindow) -> None:
    dock, page = at_the_grade(qtbot, window)
    view = page.grade_view
    message = view.choice.message
    dock.press(Qt.Key.Key_O)
    dock.press(Qt.Key.Key_F)
    dock.press(Qt.Key.Key_Return)  # a change without a reason
    assert "Choose a reason (4–9)" in message.text() and message.property("state") == "bad"
    assert in_view(message, window), "the refusal is visible at 1440×900 without scrolling"
    assert page.draft is not None and view.choosing
    dock.press(Qt.Key.Key_9)  # Other: the keys go to the note at once
    assert view.choice.note.hasFocus()
    dock.press(Qt.Key.Key_Return)
    assert "Other" in message.text() and message.property("state") == "bad"
    assert in_view(message, window)
    assert page.draft is not None and band(page) == ("F", "RESTOCK (pending)", True)
    dock.type("ab")  # the station wants a few words: its own refusal shows in the same place
    dock.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "a few words" in message.text(), timeout=10000)
    assert in_view(message, window) and band(page)[2], "still pending after the station refused it"
    dock.type("c, seal torn")
    with qtbot.waitSignal(page.completed, timeout=10000) as done:
        dock.press(Qt.Key.Key_Return)
    row = saved(window, done.args[0].id)
    assert (row.grade, row.disposition, row.override_reason) == ("F", "restock", "abc, seal torn")


def test_the_mouse_wheel_changes_nothing(qtbot, window: MainWindow) -> None:
    dock, page = at_the_grade(qtbot, window)
    view = page.grade_view
    dock.press(Qt.Key.Key_O)
    dock.press(Qt.Key.Key_B)
    dock.press(Qt.Key.Key_2)
    dock.press(Qt.Key.Key_5)
    before = (view.choice.pending, view.choice.reason, band(page))
    assert not view.findChildren(QComboBox), "no dropdown on the grade screen for a wheel to turn"
    targets = [view.choice, view.choice.note, *view.choice.grade_buttons.values(),
               *view.choice.disposition_buttons.values(), *view.choice.reason_buttons, view.band, view]
    for target in targets:
        for delta in (120, -120, 360, -360):
            centre = QPointF(target.rect().center())
            event = QWheelEvent(centre, QPointF(target.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                                QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                Qt.ScrollPhase.NoScrollPhase, False)
            QApplication.sendEvent(target, event)
    settle(qtbot, window)
    assert (view.choice.pending, view.choice.reason, band(page)) == before
