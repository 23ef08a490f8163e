"""Screenshots at the dock's 1440×900 in English, Hebrew and Russian: Review with an item open, the refurb desk's
work form, and a refused checklist answer. Real windows under Xvfb; look at them in artifacts/screens/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.context import StationContext
from tests.station.refurb.graded import complete
from tests.station.review.scenario import demo_photos, overridden
from tests.ui.dock import answer_current, station_window
from tests.ui.refurb.test_changed_outcome_slip import _sign_in
from tests.ui.screens import save_screenshot
from ui.refurb.page import RefurbPage
from ui.review.page import ReviewPage
from ui.translations import set_language

pytestmark = pytest.mark.xvfb
LANGUAGES = ["en", "he", "ru"]


@pytest.fixture(autouse=True)
def styled_and_english_after(qapp):
    from ui.style import apply_style

    apply_style(qapp)
    yield
    set_language("en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screen_of_review_with_an_item(qtbot, ctx: StationContext, station_dir: Path, lang: str) -> None:
    ctx.settings.review_sample_rate = 0.0
    item = overridden(ctx, "RMA-100051", photos=demo_photos(3))
    with station_window(qtbot, station_dir) as window:
        _sign_in(qtbot, window, "lead")
        window.apply_language(lang)
        page = window.current_page
        assert isinstance(page, ReviewPage)
        page.open_inspection(item)
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == item,
                        timeout=10000)
        qtbot.waitUntil(lambda: page.decide.grade_choice.isEnabled())
        window.activateWindow()  # no window manager under Xvfb: shortcuts need the window active
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(page.queue.table, Qt.Key.Key_D)  # a new grade by its letter: the reason field is next
        assert page.decide.reason.hasFocus()
        assert save_screenshot(window, f"keys-{lang}-review").stat().st_size > 30_000


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screen_of_the_refurb_work_form(qtbot, ctx: StationContext, station_dir: Path, lang: str) -> None:
    complete(ctx, "RMA-100002")
    with station_window(qtbot, station_dir) as window:
        _sign_in(qtbot, window, "refurb")
        window.apply_language(lang)
        # The pages are built again in the new language: wait for the one on screen to show its queue.
        qtbot.waitUntil(lambda: isinstance(window.current_page, RefurbPage)
                        and bool(window.current_page.queue_view.selected_ids()), timeout=10000)
        page = window.current_page
        page.open_item(page.queue_view.selected_ids()[0])  # Enter on the queue, without the keys' focus dance
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.work_view)
        assert page.work_view.minutes.value() >= 1
        assert save_screenshot(window, f"keys-{lang}-refurb-work").stat().st_size > 30_000


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screen_of_a_refused_answer(qtbot, station_dir: Path, lang: str) -> None:
    from tests.ui.dock import sign_in
    from tests.ui.test_checklist_answers import DAMAGED
    from tests.ui.test_keyboard_only import straight_rma

    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window)
        window.apply_language(lang)
        page = window.inspect
        window.on_scanned(straight_rma(window.ctx, "electronics"))
        qtbot.waitUntil(lambda: page.draft is not None and page.stack.currentWidget() is page.checklist_view)
        while page.draft.current_question.id != "damage_kinds":
            answer_current(qtbot, window, DAMAGED[page.draft.current_question.id])
        qtbot.keyClick(page.checklist_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(page.checklist_view.error.text()))
        assert save_screenshot(window, f"keys-{lang}-refused-answer").stat().st_size > 30_000
