"""The kiosk's key check is queued when a dialog hides: a window closed for good in the same turn of the event
loop (its last dialog hidden as it went) must be let go quietly, not raise from a deleted window."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QMainWindow

from ui.kiosk_focus import KioskFocus


def test_a_dialog_hidden_as_its_window_is_deleted_leaves_no_error(qtbot) -> None:
    window = QMainWindow()
    focus = KioskFocus(window)
    focus.watch_dialogs()
    dialog = QDialog(window)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    dialog.hide()  # queues the check for the next turn of the event loop
    window.deleteLater()
    # The deletion comes first; the queued check then finds the window gone (pytest-qt fails on its error).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)
    qtbot.wait(20)
