"""The Admin page in a real window under Xvfb, after a suggestion, in English and Hebrew: saved for a person to
look at, and checked for cut-off texts and for fitting the dock's screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.admin.dock import ADMIN, BLURRED, camera_window, press, sign_in
from tests.ui.dock import SCREEN
from tests.ui.i18n.screens import cut_off, settle, visible_texts
from tests.ui.screens import save_screenshot
from ui.admin.page import AdminPage
from ui.main_window import MainWindow
from ui.translations import set_language

pytestmark = pytest.mark.xvfb




def calibrate(qtbot, window: MainWindow) -> AdminPage:
    """The sharp photo from the camera, the blurred one from a file, until the page suggests a limit."""
    page = window.current_page
    assert isinstance(page, AdminPage)
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(),
                    timeout=10000)
    press(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: "sharp" in page.photos, timeout=10000)
    page.measure("blurred", BLURRED)
    qtbot.waitUntil(lambda: page.suggestion is not None, timeout=10000)
    return page


def look(qtbot, window: MainWindow, page: AdminPage, name: str) -> Path:
    window.resize(*SCREEN)
    settle()
    qtbot.wait(200)  # lets Xvfb paint before the grab; no test logic waits on it
    problems = cut_off(visible_texts(page))
    area = page.findChild(QScrollArea)
    if area.widget().width() > area.viewport().width():
        problems.append(f"the page is {area.widget().width()} px wide, its view {area.viewport().width()} px: "
                        "the right edge is cut off")
    path = save_screenshot(window, name)  # saved first: the picture shows what a failure means
    assert not problems, "\n".join(problems)
    assert (window.width(), window.height()) <= SCREEN, f"the window grew to {window.width()}×{window.height()}"
    return path


@pytest.mark.parametrize("language", ["en", "he", "xx"])
def test_screens_of_the_calibration(qtbot, styled: QApplication, station_dir: Path, language: str) -> None:
    """Saved as admin-calibration.png (English), admin-calibration-he.png and admin-calibration-xx.png (the
    pseudo-locale: ~40% longer texts)."""
    set_language("en")
    with camera_window(qtbot, station_dir) as window:
        sign_in(qtbot, window, ADMIN)
        # The pages are built again in the new language; Hebrew runs right to left.
        window.apply_language(language)
        press(qtbot, window, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: window.mode_key == "admin")
        page = calibrate(qtbot, window)
        rtl = page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert rtl == (language == "he")
        name = "admin-calibration" if language == "en" else f"admin-calibration-{language}"
        assert look(qtbot, window, page, name).stat().st_size > 50_000
