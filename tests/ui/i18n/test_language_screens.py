"""Real windows under Xvfb: every mode and Inspect step in Hebrew, Russian and English, saved for a person to look at.

Saved to artifacts/screens/lang-<language>-<nn>-<screen>.png; a few are copied to docs/screens/ for the README.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.config import RESOURCES
from station.services.context import open_station
from tests.flows import damaged_with_photo
from tests.ui.dock import answer_checklist
from tests.ui.i18n.screens import settle
from tests.ui.screens import SCREENS, save_screenshot
from ui.main_window import MainWindow
from ui.modes import MODES
from ui.style import apply_style
from ui.translations import set_language

pytestmark = pytest.mark.xvfb

SIZE = (1440, 900)


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    sheet, style = qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    set_language("en")
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def admin() -> dict[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if r["role"] == "admin")


def _paint(qtbot, window: MainWindow) -> None:
    settle()
    qtbot.wait(150)  # lets Xvfb paint before the grab; not used for test logic


@pytest.mark.parametrize("language", ["he", "ru", "en"])
def test_screens_in_each_language(qtbot, styled: QApplication, station_dir: Path, language: str) -> None:
    set_language(language)
    (station_dir / "settings.json").write_text(f'{{"language": "{language}"}}', encoding="utf-8")
    ctx = open_station(station_dir)
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    saved: list[str] = []

    def shot(name: str, widget=None) -> None:
        _paint(qtbot, window)
        file = f"lang-{language}-{len(saved) + 1:02d}-{name}"
        save_screenshot(widget or window, file)
        saved.append(file)

    try:
        shot("sign-in")
        person = admin()
        window.signin.handle_scan(person["badge_code"])
        qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
        shot("pin")
        qtbot.keyClicks(window.signin.pin_edit, person["pin"])
        qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.user is not None)
        window.apply_language(language)  # the demo admin reads English; these pictures are in `language`
        window.show_mode("inspect")
        page = window.inspect
        shot("scan")

        with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        multi = next(r["rma_number"] for r in rows if sum(x["rma_number"] == r["rma_number"] for x in rows) == 2)
        page.handle_scan(multi, "typed")
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.identify_view)
        shot("identify")
        qtbot.keyClick(page.identify_view, Qt.Key.Key_Escape)
        page.handle_scan("NO-SUCH-LABEL-42", "typed")
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.unexpected_view)
        shot("unexpected")
        qtbot.keyClick(page.unexpected_view, Qt.Key.Key_Escape)

        page.handle_scan("RMA-100040", "typed")
        qtbot.waitUntil(lambda: page.draft is not None)
        answers = damaged_with_photo(ctx.templates.templates[page.draft.category], ctx.rules)
        answer_checklist(qtbot, window, answers, limit=1)
        shot("checklist")
        answer_checklist(qtbot, window, answers)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)
        shot("photos")
        sample = sorted((RESOURCES / "demo" / "camera").glob("*.jpg"))[0]
        while page.draft.photos_missing:
            missing = len(page.draft.photos_missing)
            page._attach(page.draft.photos_missing[0].question_id, path=sample)
            qtbot.waitUntil(lambda m=missing: len(page.draft.photos_missing) < m, timeout=10000)
        qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
        shot("grade")
        other = next(r["rma_number"] for r in rows if r["rma_number"] not in (multi, "RMA-100040"))
        page.handle_scan(other, "scanner")
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
    finally:
        window.close()
        window.shutdown()
        ctx.sessions.kw["bind"].dispose()
    for name in saved:
        assert (SCREENS / f"{name}.png").stat().st_size > 5000, name


def test_high_contrast_and_larger_text(qtbot, styled: QApplication, station_dir: Path) -> None:
    apply_style(styled, font_scale=1.2, theme="high_contrast")
    set_language("he")
    (station_dir / "settings.json").write_text('{"language": "he", "theme": "high_contrast", "font_scale": 1.2}',
                                               encoding="utf-8")
    ctx = open_station(station_dir)
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    try:
        person = admin()
        window.signin.handle_scan(person["badge_code"])
        qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
        qtbot.keyClicks(window.signin.pin_edit, person["pin"])
        qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.user is not None)
        window.apply_language("he")
        window.show_mode("inspect")
        page = window.inspect
        page.handle_scan("RMA-100040", "typed")
        qtbot.waitUntil(lambda: page.draft is not None)
        _paint(qtbot, window)
        save_screenshot(window, "lang-he-contrast-checklist")
        answers = damaged_with_photo(ctx.templates.templates[page.draft.category], ctx.rules)
        answer_checklist(qtbot, window, answers)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)
        _paint(qtbot, window)
        save_screenshot(window, "lang-he-contrast-photos")
    finally:
        window.close()
        window.shutdown()
        ctx.sessions.kw["bind"].dispose()
    assert (SCREENS / "lang-he-contrast-photos.png").stat().st_size > 5000
