"""Real windows under Xvfb: every mode and Inspect step in Hebrew, Russian and English, saved for a person to look at.

Saved to artifacts/screens/lang-<language>-<nn>-<screen>.png; a few are copied to docs/screens/ for the README.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.config import RESOURCES
from tests.flows import damaged_with_photo
from tests.ui.dock import answer_checklist, attach_needed_photos, scan, station_window
from tests.ui.i18n.screens import settle
from tests.ui.screens import SCREENS, save_screenshot
from ui.main_window import MainWindow
from ui.modes import MODES
from ui.style import apply_style
from ui.translations import set_language

pytestmark = pytest.mark.xvfb

SIZE = (1440, 900)




def admin() -> dict[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if r["role"] == "admin")


def sign_in_admin(qtbot, window: MainWindow, language: str, on_pin_page=None) -> dict[str, str]:
    """The demo admin (who sees every mode) signs in by badge and PIN; the window then shows `language`."""
    person = admin()
    window.signin.handle_scan(person["badge_code"])
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    if on_pin_page is not None:
        on_pin_page()
    qtbot.keyClicks(window.signin.pin_edit, person["pin"])
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    qtbot.waitUntil(lambda: not window.runner.busy)  # the first page reads what it shows in the background
    window.apply_language(language)  # the demo admin reads English; these pictures are in `language`
    window.show_mode("inspect")
    return person


def _paint(qtbot, window: MainWindow) -> None:
    settle()
    qtbot.wait(150)  # lets Xvfb paint before the grab; not used for test logic


@pytest.mark.parametrize("language", ["he", "ru", "en"])
def test_screens_in_each_language(qtbot, styled: QApplication, station_dir: Path, language: str) -> None:
    set_language(language)
    saved: list[str] = []

    def shot(name: str, widget=None) -> None:
        _paint(qtbot, window)
        file = f"lang-{language}-{len(saved) + 1:02d}-{name}"
        save_screenshot(widget or window, file)
        saved.append(file)

    with station_window(qtbot, station_dir, {"language": language}) as window:
        ctx = window.ctx
        shot("sign-in")
        person = sign_in_admin(qtbot, window, language, on_pin_page=lambda: shot("pin"))
        page = window.inspect
        shot("scan")

        with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        multi = next(r["rma_number"] for r in rows if sum(x["rma_number"] == r["rma_number"] for x in rows) == 2)
        scan(qtbot, page, multi, "typed")
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.identify_view)
        shot("identify")
        qtbot.keyClick(page.identify_view, Qt.Key.Key_Escape)
        scan(qtbot, page, "NO-SUCH-LABEL-42", "typed")
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.unexpected_view)
        shot("unexpected")
        qtbot.keyClick(page.unexpected_view, Qt.Key.Key_Escape)

        scan(qtbot, page, "RMA-100040", "typed")
        qtbot.waitUntil(lambda: page.draft is not None)
        answers = damaged_with_photo(ctx.templates.templates[page.draft.category], ctx.rules)
        answer_checklist(qtbot, window, answers, limit=1)
        shot("checklist")
        answer_checklist(qtbot, window, answers)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)
        shot("photos")
        attach_needed_photos(qtbot, window)
        qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
        shot("grade")
        other = next(r["rma_number"] for r in rows if r["rma_number"] not in (multi, "RMA-100040"))
        scan(qtbot, page, other, "scanner")
        qtbot.waitUntil(lambda: page.park_question is not None and page.park_question.isVisible())
        shot("park-question", page.park_question)
        qtbot.keyClick(page.park_question, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.park_question is None)
        qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.draft is None)
        shot("next-scan")

        for mode in MODES:
            if mode.key != "inspect" and person["role"] in mode.roles:
                window.show_mode(mode.key)
                qtbot.waitUntil(lambda m=mode: window.mode_key == m.key)
                shot(f"mode-{mode.key}")
    for name in saved:
        assert (SCREENS / f"{name}.png").stat().st_size > 5000, name


def test_high_contrast_and_larger_text(qtbot, styled: QApplication, station_dir: Path) -> None:
    apply_style(styled, font_scale=1.2, theme="high_contrast")
    set_language("he")
    with station_window(qtbot, station_dir, {"language": "he", "theme": "high_contrast", "font_scale": 1.2}) as window:
        sign_in_admin(qtbot, window, "he")
        page = window.inspect
        scan(qtbot, page, "RMA-100040", "typed")
        qtbot.waitUntil(lambda: page.draft is not None)
        _paint(qtbot, window)
        save_screenshot(window, "lang-he-contrast-checklist")
        answers = damaged_with_photo(window.ctx.templates.templates[page.draft.category], window.ctx.rules)
        answer_checklist(qtbot, window, answers)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)
        _paint(qtbot, window)
        save_screenshot(window, "lang-he-contrast-photos")
    assert (SCREENS / "lang-he-contrast-photos.png").stat().st_size > 5000
