"""The admin at the dock: signs in by badge and PIN, opens Admin with F6, presses keys on whatever has focus."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from tests.ui.dock import settle, station_window
from ui.main_window import MainWindow

PHOTOS = Path(__file__).resolve().parents[2] / "data" / "photos"
SHARP = PHOTOS / "AP-2003-good.jpg"
BLURRED = PHOTOS / "AP-2003-blur.jpg"
ADMIN = ("BADGE-0008", "1008")
INSPECTOR = ("BADGE-0001", "9055")


@contextmanager
def camera_window(qtbot: Any, station_dir: Path) -> Iterator[MainWindow]:
    """The station's window with its camera: the folder frame source a test uses in place of a camera."""
    with station_window(qtbot, station_dir, camera=True) as window:
        yield window


def target(qtbot: Any, window: MainWindow) -> QWidget:
    # The offscreen platform can leave no window, or a closed popup's frame, active; a real desktop gives
    # activation back to the station's window, and with it the focus it had.
    if QApplication.activePopupWidget() is None and QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return QApplication.activePopupWidget() or QApplication.focusWidget() or window


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(target(qtbot, window), key, modifier)


def sign_in(qtbot: Any, window: MainWindow, person: tuple[str, str]) -> None:
    badge, pin = person
    window.signin.handle_scan(badge)
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    for digit in pin:
        press(qtbot, window, getattr(Qt.Key, f"Key_{digit}"))
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    settle(qtbot, window)  # the first mode's page reads what it shows in the background


class FilePicker:
    """Stands in for the file dialog: answers with the next file the test put in front of it."""

    def __init__(self, monkeypatch: Any) -> None:
        self.next: Path | None = None
        self.asked = 0
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._answer)

    def _answer(self, *_args: Any, **_kwargs: Any) -> tuple[str, str]:
        self.asked += 1
        chosen, self.next = self.next, None
        return (str(chosen) if chosen is not None else "", "")
