"""Gives the keys back to the main window on a kiosk, where no window manager does it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


class KioskFocus(QObject):
    """Without a window manager nobody activates the window when it is first shown, nor when a dialog closes:
    F9, F12 and the typed keys then reach nothing until somebody clicks. This does what a desktop would do, and
    only then: when the window is shown, or a dialog of ours closed, and no shown window of ours holds the keys.
    A person who moved to another program keeps the keys there (our window is not told of it).

    Until the window has painted once it watches the window alone: an application-wide filter written in Python
    makes every object that has an event (each child widget, each item model) get its Python wrapper built, with
    its enums, which doubled the time to the first sign-in screen. No dialog can close before that anyway."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._app: QApplication | None = None
        window.installEventFilter(self)

    def watch_dialogs(self) -> None:
        """From now on dialogs closing are seen too: called once the window has painted."""
        if self._app is not None:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._window.removeEventFilter(self)  # the application's filter sees the window's events as well
        app.installEventFilter(self)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Dialogs only: a tooltip or a menu closing is no reason to take the keys from where they went.
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self._window:
            QTimer.singleShot(0, self._activate_if_nothing_has_the_keys)
        elif kind == QEvent.Type.Hide:
            from PySide6.QtWidgets import QDialog  # here: the first screen has no dialog to build the class for

            if isinstance(watched, QDialog):
                QTimer.singleShot(0, self._activate_if_nothing_has_the_keys)
        return False

    def _activate_if_nothing_has_the_keys(self) -> None:
        # Queued from a Show or Hide: a window closed for good (its last dialog hidden as it went) is gone by now.
        if not shiboken6.isValid(self._window):
            return
        focus = QGuiApplication.focusWindow()
        if (focus is not None and focus.isVisible()) or not self._window.isVisible():
            return
        # A dialog still open (another one under the closed one) gets the keys, else the window itself.
        target = QApplication.activeModalWidget() or self._window
        target.activateWindow()
