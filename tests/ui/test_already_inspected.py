"""An RMA scanned again after its inspection: the keys open what was found, and the popup reads as words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from station.policy.return_reasons import return_reason
from station.services.identify import identify
from tests.station.refurb.graded import complete
from tests.ui.dock import settle, station_window
from tests.ui.screens import save_screenshot
from tests.ui.test_keyboard_only import Dock, sign_in_by_badge, straight_rma, users_by_language
from ui.i18n import render
from ui.main_window import MainWindow
from ui.translations import set_language


@pytest.fixture
def window(qtbot, station_dir: Path) -> Iterator[MainWindow]:
    set_language("en")
    with station_window(qtbot, station_dir) as win:
        win.activateWindow()
        yield win
    set_language("en")


def _summary_box() -> QMessageBox | None:
    popup = QApplication.activeModalWidget()
    return popup if isinstance(popup, QMessageBox) else None


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_1])
def test_enter_or_1_on_an_inspected_rma_opens_its_inspection_in_words(qtbot, window: MainWindow,
                                                                      key: Qt.Key) -> None:
    dock = Dock(qtbot, window)
    sign_in_by_badge(dock, users_by_language()["en"])
    rma = straight_rma(window.ctx, "electronics")
    complete(window.ctx, rma, damaged=True)
    assert identify(window.ctx, rma).all_inspected
    page = window.inspect
    dock.scan(rma)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.identify_view)
    assert "open that inspection" in window.hints.text()
    assert window.flash.state == "seen" and window.flash.word == "Already inspected", "a green Read OK"
    button = page.identify_view.findChild(type(page.identify_view.buttons.itemAt(0).widget()), "line-1")
    assert button is not None and "(Enter)" in button.text()

    dock.press(key)
    qtbot.waitUntil(lambda: _summary_box() is not None, timeout=10000)
    text = _summary_box().text()  # type: ignore[union-attr]
    assert rma in text
    for code in ("rma_item", "sealed", "opened_intact", ": True", ": False", "refurbish"):
        assert code not in text, f"{code!r} shown as a raw code in the summary"
    assert "Refurbish" in text

    dock.press(Qt.Key.Key_Return)  # closes the popup: back to the scan screen for the next label
    qtbot.waitUntil(lambda: _summary_box() is None and page.stack.currentWidget() is page.scan_view)
    settle(qtbot, window)


@pytest.mark.xvfb
@pytest.mark.parametrize("lang", ["en", "he", "ru"])
def test_screen_of_an_rma_with_one_line_inspected_and_its_summary(qtbot, window: MainWindow, lang: str) -> None:
    from ui.style import apply_style

    apply_style(QApplication.instance())  # type: ignore[arg-type]
    dock = Dock(qtbot, window)
    sign_in_by_badge(dock, users_by_language()["en"])
    window.apply_language(lang)
    settle(qtbot, window)
    complete(window.ctx, "RMA-100001", damaged=True)  # line 1 of two
    page = window.inspect
    dock.scan("RMA-100001")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.identify_view)
    # Without the direction marks and isolates Hebrew puts around numbers.
    plain = str.maketrans("", "", "\u200e\u200f\u2066\u2067\u2068\u2069")
    first = page.identify_view.buttons.itemAt(0).widget().text().translate(plain)
    second = page.identify_view.buttons.itemAt(1).widget().text().translate(plain)
    assert first.endswith(" 1") and second.endswith(" 2") and "(1)" not in first + second
    # The RMA's reason, "Changed my mind", is the shop's phrase: it reads in the inspector's language.
    shown = [label.text() for label in page.identify_view.findChildren(QLabel) if label.isVisible()]
    reason = render(return_reason("Changed my mind")).translate(plain)
    assert any(text.translate(plain) == reason for text in shown), shown
    assert lang == "en" or "Changed my mind" not in shown, shown
    save_screenshot(window, f"already-inspected-{lang}")

    dock.press(Qt.Key.Key_1)  # line 1 is done: its key opens what was found
    qtbot.waitUntil(lambda: _summary_box() is not None, timeout=10000)
    box = _summary_box()
    assert box is not None and "RMA-100001" in box.text()
    save_screenshot(box, f"already-inspected-summary-{lang}")
    dock.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _summary_box() is None and page.stack.currentWidget() is page.scan_view)
    settle(qtbot, window)


@pytest.mark.xvfb
@pytest.mark.parametrize("lang", ["en", "he", "ru"])
def test_screen_of_an_rma_with_every_line_inspected(qtbot, window: MainWindow, lang: str) -> None:
    from ui.style import apply_style

    apply_style(QApplication.instance())  # type: ignore[arg-type]
    dock = Dock(qtbot, window)
    sign_in_by_badge(dock, users_by_language()["en"])
    window.apply_language(lang)
    settle(qtbot, window)
    rma = straight_rma(window.ctx, "electronics")
    complete(window.ctx, rma, damaged=True)
    page = window.inspect
    dock.scan(rma)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.identify_view)
    assert window.flash.state == "seen"
    save_screenshot(window, f"already-inspected-all-{lang}")
