"""Bad answers at the dock: each gets a visible message and the question stays; a stray digit is no note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.dock import answer_current, settle, sign_in, station_window
from ui.main_window import MainWindow

DAMAGED = {"contents": "rma_item", "serial_matches": "matches", "packaging": "opened_intact", "accessories": True,
           "signs_of_use": "light", "damage": True, "damage_kinds": ["body"], "function_test": "all_ok",
           "account_lock": True}


def _open_electronics(qtbot: Any, window: MainWindow) -> None:
    from tests.ui.test_keyboard_only import straight_rma

    # Keys reach a field only in the active window; on a busy machine an earlier test's window may still hold it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    sign_in(qtbot, window)
    window.on_scanned(straight_rma(window.ctx, "electronics"))
    qtbot.waitUntil(lambda: window.inspect.draft is not None and window.inspect.stack.currentWidget()
                    is window.inspect.checklist_view)


def _answer_until(qtbot: Any, window: MainWindow, answers: dict[str, Any], stop: str) -> None:
    page = window.inspect
    while page.draft.current_question.id != stop:
        answer_current(qtbot, window, answers[page.draft.current_question.id])


def _refused(qtbot: Any, window: MainWindow, question_id: str, words: str) -> None:
    view = window.inspect.checklist_view
    qtbot.waitUntil(lambda: words in view.error.text())
    assert view.error.isVisible() and view.error.visibleRegion().boundingRect().height() > 0
    assert window.inspect.draft.current_question.id == question_id


def test_an_empty_tick_list_for_damage_is_refused(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        _open_electronics(qtbot, window)
        _answer_until(qtbot, window, DAMAGED, "damage_kinds")
        qtbot.keyClick(window.inspect.checklist_view, Qt.Key.Key_Return)  # nothing ticked
        _refused(qtbot, window, "damage_kinds", "at least one answer")


def test_battery_health_of_150_percent_is_refused_and_stays(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        _open_electronics(qtbot, window)
        _answer_until(qtbot, window, {**DAMAGED, "damage": False}, "battery_health")
        edit = window.inspect.checklist_view._edit
        assert edit is not None
        # Typed as at the dock: to whatever has the keys, which must be the field of a number question.
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClicks(QApplication.focusWidget(), "150")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        _refused(qtbot, window, "battery_health", "0 to 100")
        assert edit.text() == "150"  # kept, to be corrected


def test_a_digit_pressed_on_a_text_question_does_not_become_the_note(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        _open_electronics(qtbot, window)
        _answer_until(qtbot, window, {**DAMAGED, "damage": False, "battery_health": 90.0}, "notes")
        settle(qtbot, window)  # the answer before is saved and on screen: the keys go where the dock sends them
        view = window.inspect.checklist_view
        edit = view._edit
        assert edit is not None and window.focusWidget() is not edit
        # A "2" meant for the question before lands here: it goes nowhere, and the view says how to type digits.
        qtbot.keyClick(view, Qt.Key.Key_2)
        assert edit.text() == "" and "Tab" in view.error.text()
        # A letter starts the note; once in the field digits are text like any other.
        qtbot.keyClick(view, "B")
        assert edit.text() == "B"
        # In the field, digits are text like any other. (Keys go to the field itself: whether a busy test machine
        # lets the window hold the keyboard focus is not what this checks.)
        qtbot.keyClicks(edit, "ox 2")
        assert edit.text() == "Box 2"
        edit.clear()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # an empty optional note: skipped
        qtbot.waitUntil(lambda: window.inspect.draft.step != "checklist")
        assert next(q for q in window.inspect.draft.questions if q.id == "notes").answer is None


def test_the_counter_names_the_question_of_the_title_and_the_bar_never_goes_back(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        _open_electronics(qtbot, window)
        page, view = window.inspect, window.inspect.checklist_view
        bars: list[int] = []
        while page.draft is not None and page.draft.step == "checklist":
            number = page.draft.current_question.number
            # "Q8. What damage do you see?" is "question 8 of up to 12": follow-ups are counted from the start.
            assert view.question_label.text().startswith(f"Q{number}. ")
            assert view.progress_label.text() == f"Electronics · question {number} of up to 12"
            assert view.progress.maximum() == 12
            bars.append(view.progress.value())
            answer_current(qtbot, window, {**DAMAGED, "battery_health": 90.0}.get(page.draft.current_question.id))
        # Every question but Q5 ("What is missing?": nothing is) was asked, and Q5's place was passed over.
        assert bars == sorted(bars) and len(bars) == 11 and 4 not in bars, bars


def test_any_damage_offers_no_as_answer_one_like_every_other_all_is_well(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        _open_electronics(qtbot, window)
        _answer_until(qtbot, window, DAMAGED, "damage")
        view = window.inspect.checklist_view
        assert [b.text() for b in view._option_buttons] == ["1  No", "2  Yes"]
        qtbot.keyClick(view, Qt.Key.Key_1)
        page = window.inspect
        qtbot.waitUntil(lambda: page.draft.current_question.id != "damage")
        assert page.draft.current_question.id == "function_test"  # no "What damage do you see?"
        assert next(q for q in page.draft.questions if q.id == "damage").answer is False
