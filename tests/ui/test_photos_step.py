"""The photo step says what is wrong before it says all is well, names photos by what they were taken for, and
asks once before going on to the grade with a failed photo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from station.context import open_station
from tests.ui.test_photo_checks import _attach, _to_photos
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, station_dir: Path):
    (station_dir / "settings.json").write_text(json.dumps({"camera_fps": 10}), encoding="utf-8")
    window = MainWindow(open_station(station_dir))
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    yield window
    window.close()
    window.shutdown()


def _fill_the_other_needs(qtbot, window: MainWindow) -> None:
    page = window.inspect
    while page.draft.photos_missing:
        _attach(qtbot, window, "TY-5003-good.jpg", page.draft.photos_missing[0].question_id)


def test_a_failed_photo_is_not_all_well_and_enter_asks_once(qtbot, window: MainWindow) -> None:
    _to_photos(qtbot, window, "TY-5003")
    page, view = window.inspect, window.inspect.photos_view
    need = page.draft.photos_missing[0]
    _attach(qtbot, window, "TY-5003-dark.jpg", need.question_id)
    _fill_the_other_needs(qtbot, window)
    qtbot.waitUntil(lambda: view.check_panel.isVisible() and "Too dark" in view.check_text.text())

    assert "All required photos are taken" not in view.needs.text()
    assert view.needs.property("state") != "good", "a green 'all is well' beside a red failed photo"
    assert "retake" in view.needs.text() and "failed" in view.needs.text()

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is view, "Enter went to the grade with no word about the failed photo"
    assert "Enter again" in view.needs.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)


def test_a_photo_is_named_by_what_it_was_taken_for(qtbot, window: MainWindow) -> None:
    from ui.i18n import render

    _to_photos(qtbot, window, "TY-5003")
    page, view = window.inspect, window.inspect.photos_view
    need = page.draft.photos_missing[0]
    _attach(qtbot, window, "TY-5003-dark.jpg", need.question_id)  # failed: the step stays on screen
    qtbot.waitUntil(lambda: view.thumbs.count() == 1 and view.check_panel.isVisible())
    assert view.thumbs.item(0).text() == f"{render(need.prompt)} (retake?)"
    assert view.check_text.text().startswith(f"The photo for “{render(need.prompt)}” is not good enough")
    assert "Photo 1" not in view.thumbs.item(0).text() + view.check_text.text()


@pytest.mark.xvfb
@pytest.mark.parametrize("lang", ["en", "he", "ru"])
def test_screen_of_the_photo_step_with_a_failed_photo(qtbot, styled, window: MainWindow, lang: str,
                                                      monkeypatch) -> None:
    from tests.ui.screens import save_screenshot
    from ui.translations import set_language

    qtbot.waitExposed(window)
    try:
        from tests.ui import dock

        signed_in = dock.sign_in

        def sign_in_then_language(qtbot, window: MainWindow) -> None:
            signed_in(qtbot, window)
            window.apply_language(lang)  # after sign-in: the person's own language would replace it

        monkeypatch.setattr("tests.ui.test_photo_checks.sign_in", sign_in_then_language)
        _to_photos(qtbot, window, "TY-5003")
        page, view = window.inspect, window.inspect.photos_view
        _attach(qtbot, window, "TY-5003-dark.jpg", page.draft.photos_missing[0].question_id)
        _fill_the_other_needs(qtbot, window)
        qtbot.waitUntil(view.check_panel.isVisible)
        qtbot.keyClick(view, Qt.Key.Key_Return)  # asked once: the warning is on screen
        assert page.stack.currentWidget() is view and view.needs.property("state") == "bad"
        assert save_screenshot(window, f"photos-failed-{lang}").stat().st_size > 5000
    finally:
        set_language("en")
