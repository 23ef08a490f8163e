"""Real windows under Xvfb at the dock's 1440x900: the checklist's longest answers wrap onto more lines instead of
being cut, and the answer summary shows every answer, in English, Hebrew, Russian and the pseudo-locale.

Saved to artifacts/screens/checklist-<language>-<category>-damage.png: a question with long answers in two
columns beside the summary of the answers given so far."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.dock import answer_current, sign_in, station_window
from tests.ui.i18n.screens import settle
from tests.ui.screens import save_screenshot
from tests.ui.test_keyboard_only import straight_rma
from ui.main_window import MainWindow
from ui.translations import set_language

pytestmark = pytest.mark.xvfb

# Opened and damaged, up to the tick list of damage, whose answers are the longest of their checklists
# ("Chipped or cracked (ceramic, enamel, plastic)", "... a small part coming loose (choking hazard)").
TO_DAMAGE = {
    "home_kitchen": {"contents": "rma_item", "serial_matches": "matches", "packaging": "opened_intact",
                     "parts_complete": True, "signs_of_use": "light", "damage": True},
    "toys": {"contents": "rma_item", "packaging": "opened_intact", "pieces_complete": True, "signs_of_play": "light",
             "damage": True},
}
ISOLATES = {"\u2066", "\u2067", "\u2068", "\u2069"}


def _walk_to_damage(qtbot: Any, window: MainWindow, language: str, category: str) -> None:
    sign_in(qtbot, window)
    window.apply_language(language)  # the demo inspector reads English; these pictures are in `language`
    window.on_scanned(straight_rma(window.ctx, category))
    page = window.inspect
    qtbot.waitUntil(lambda: page.draft is not None and page.stack.currentWidget() is page.checklist_view)
    while page.draft.current_question.id != "damage_kinds":
        answer_current(qtbot, window, TO_DAMAGE[category][page.draft.current_question.id])
    settle()
    qtbot.wait(150)  # lets Xvfb paint before the grab; not used for test logic


@pytest.mark.parametrize("language", ["en", "he", "ru", "xx"])
@pytest.mark.parametrize("category", ["home_kitchen", "toys"])
def test_long_answers_wrap_and_the_summary_shows_every_answer(qtbot, styled: QApplication, station_dir: Path,
                                                              language: str, category: str) -> None:
    set_language(language)
    with station_window(qtbot, station_dir, {"language": language}) as window:
        _walk_to_damage(qtbot, window, language, category)
        view = window.inspect.checklist_view
        save_screenshot(window, f"checklist-{language}-{category}-damage")
        assert window.width() <= 1440
        for button in view._option_buttons:
            shown = QPushButton.text(button)  # the words as laid out on the button, one line each
            metrics = button.fontMetrics()
            assert shown.split() == button.text().split(), "a word was cut or dropped"
            for line in shown.split("\n"):
                assert metrics.horizontalAdvance(line) <= button.width(), (line, button.width())
            # As tall as its lines: a squeezed button showed "(ceramic, enamel," and cut "plastic)" off.
            assert button.height() >= button.sizeHint().height(), (shown, button.height(), button.sizeHint())
            assert button.height() >= (shown.count("\n") + 1) * metrics.lineSpacing()

        summary = view.summary
        line_height = QFontMetrics(summary.font()).lineSpacing()
        for row in range(summary.count()):
            item = summary.item(row)
            text = item.text()
            # Isolate marks made the list measure a row in one font and draw it in another: a question with a
            # one-line answer was drawn as its first line cut short with "…" and no answer.
            assert not ISOLATES & set(text), repr(text)
            question, answer = text.split("\n")
            assert f"Q{window.inspect.draft.questions[row].number}" in question and answer.strip()
            assert summary.visualItemRect(item).height() >= 2 * line_height
        answered = [q for q in window.inspect.draft.questions if q.answered]
        assert len(answered) == len(TO_DAMAGE[category])


@pytest.mark.parametrize("language", ["en", "he", "ru"])
def test_a_three_answer_question_shows_every_answer_without_scrolling(qtbot, styled: QApplication,
                                                                      station_dir: Path, language: str) -> None:
    """The empty line kept for a refused answer's message took the room of the last answer: "3 Missing,
    scratched off or unreadable" was cut in half at 1440x900, with empty space above Back."""
    set_language(language)
    with station_window(qtbot, station_dir, {"language": language}) as window:
        sign_in(qtbot, window)
        window.apply_language(language)
        window.on_scanned(straight_rma(window.ctx, "electronics"))
        page = window.inspect
        qtbot.waitUntil(lambda: page.draft is not None and page.stack.currentWidget() is page.checklist_view)
        while page.draft.current_question.id != "serial_matches":
            answer_current(qtbot, window, {"contents": "rma_item"}[page.draft.current_question.id])
        settle()
        qtbot.wait(150)  # lets Xvfb paint before the grab; not used for test logic
        save_screenshot(window, f"checklist-{language}-three-answers")
        view = page.checklist_view
        viewport = view.body.viewport()
        assert len(view._option_buttons) == 3 and not view.error.isVisible()
        for button in view._option_buttons:
            # The words on the button, inside its 8 px padding, must be in view: Russian's two-line item panel
            # and help leave its bottom border a few pixels under the fold.
            words = button.rect().adjusted(0, 8, 0, -8)
            top_left = button.mapTo(viewport, words.topLeft())
            bottom_right = button.mapTo(viewport, words.bottomRight())
            assert viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right), (
                button.text(), top_left, bottom_right, viewport.rect())
        view.show_error("Choose at least one.")
        assert view.error.isVisible()
