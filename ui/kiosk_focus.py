"""Gives the keys back to the main window on a kiosk, where no window manager does it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class KioskFocus(QObject):
    """Without a window manager nobody activates the window when it is first shown, nor when a dialog closes:
    F9, F12 and the typed keys then reach nothing until somebody clicks. This does what a desktop would do, and
    only then: when the window is shown, or a dialog of ours closed, and no shown window of ours holds the keys.
    A person who moved to another program keeps the keys there (our window is not told of it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Dialogs only: a tooltip or a menu closing is no reason to take the keys from where they went.
        kind = event.type()
        if (kind == QEvent.Type.Show and watched is self._window) or (
                kind == QEvent.Type.Hide and isinstance(watched, QDialog)):
            QTimer.singleShot(0, self._activate_if_nothing_has_the_keys)
        return False

    def _activate_if_nothing_has_the_keys(self) -> None:
        focus = QGuiApplication.focusWindow()
        if (focus is not None and focus.isVisible()) or not self._window.isVisible():
            return
        # A dialog still open (another one under the closed one) gets the keys, else the window itself.
        target = QApplication.activeModalWidget() or self._window
        target.activateWindow()
