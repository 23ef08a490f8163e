"""A kiosk runs the station with no window manager (as xvfb-run does): the keys must still reach the window
when it is first shown and after a dialog closes, sent where the X server sends them, never to a named widget."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.dock import settle, station_window
from tests.ui.test_checklist_answers import DAMAGED, _answer_until, _open_electronics
from tests.ui.test_keyboard_only import straight_rma
from ui.inspect.park_question import ParkQuestion

pytestmark = pytest.mark.xvfb


def _key_to_the_x_focus(qtbot, key: Qt.Key | str) -> None:
    """A key as the X server delivers it: to the window that has the input focus; nothing if none has."""
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=3000)
    QTest.keyClick(QGuiApplication.focusWindow(), key)  # type: ignore[call-overload]


def _open_and_close_a_dialog(qtbot, window) -> None:
    """A new label scanned mid-inspection asks whether to put the item aside; Esc stays on the item."""
    window.on_scanned(straight_rma(window.ctx, "toys"))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ParkQuestion), timeout=10000)
    box = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle(), timeout=3000)
    _key_to_the_x_focus(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.inspect.park_question is None)
    settle(qtbot, window)


def test_the_window_has_the_keys_when_first_shown(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=3000)


def test_f12_signs_out_after_a_dialog_closed(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        _open_electronics(qtbot, window)
        _open_and_close_a_dialog(qtbot, window)
        _key_to_the_x_focus(qtbot, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: window.user is None)
        settle(qtbot, window)


def test_a_note_takes_the_keys_after_a_dialog_closed_without_a_click(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        _open_electronics(qtbot, window)
        _answer_until(qtbot, window, {**DAMAGED, "damage": False, "battery_health": 90.0}, "notes")
        _open_and_close_a_dialog(qtbot, window)
        view = window.inspect.checklist_view
        for char in "Box":
            _key_to_the_x_focus(qtbot, char)
        assert view._edit is not None and view._edit.text() == "Box"
        settle(qtbot, window)
