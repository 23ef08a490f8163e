"""Real windows under Xvfb: Change outcome (O) with its pending band and a refusal, in English, Hebrew and Russian.

Saved to artifacts/screens/change-outcome-<language>-<n>-<state>.png for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.config import RESOURCES
from station.scan.images import read_image_file
from tests.ui.dock import Dock, like_new_at_the_grade, station_window
from tests.ui.i18n.screens import settle
from tests.ui.screens import SCREENS, save_screenshot
from tests.ui.test_change_outcome import in_view
from tests.ui.test_keyboard_only import sign_in_by_badge, users_by_language
from ui.translations import set_language

pytestmark = pytest.mark.xvfb


@pytest.mark.parametrize("language", ["en", "he", "ru"])
def test_change_outcome_in_each_language(qtbot, styled: QApplication, station_dir: Path, language: str) -> None:
    set_language(language)
    with station_window(qtbot, station_dir, {"language": language}) as window:
        frame = read_image_file(sorted((RESOURCES / "demo" / "camera").glob("*.jpg"))[0])
        window.latest_frame = lambda: frame
        window.inspect.frame_provider = window.latest_frame
        window.activateWindow()
        dock = Dock(qtbot, window)
        sign_in_by_badge(dock, users_by_language()["en"])
        window.apply_language(language)  # she reads English; these pictures are in `language`
        like_new_at_the_grade(dock, "toys")
        view = window.inspect.grade_view
        right_to_left = language == "he"
        assert (window.layoutDirection() == Qt.LayoutDirection.RightToLeft) == right_to_left

        saved: list[str] = []

        def shot(state: str) -> None:
            settle()
            qtbot.wait(150)  # lets Xvfb paint before the grab; not used for test logic
            name = f"change-outcome-{language}-{len(saved) + 1}-{state}"
            save_screenshot(window, name)
            saved.append(name)

        for key in (Qt.Key.Key_O, Qt.Key.Key_C, Qt.Key.Key_3, Qt.Key.Key_Return):
            dock.press(key)
        assert view.outcome.pending and view.choice.message.property("state") == "bad"
        assert in_view(view.choice.message, window)
        shot("no-reason-refused")
        dock.press(Qt.Key.Key_6)
        assert view.choice.reason == 2 and view.outcome.pending
        shot("pending")
        for name in saved:
            assert (SCREENS / f"{name}.png").stat().st_size > 5000, name
        dock.press(Qt.Key.Key_Escape)
        assert not view.outcome.pending and not view.choosing
