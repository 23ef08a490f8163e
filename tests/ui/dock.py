"""Drives the station window as an inspector would: keys and clicks, waiting for what the screen shows."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from station.config import RESOURCES
from station.context import StationContext, open_station
from station.services.identify import identify
from tests.flows import like_new
from ui.main_window import MainWindow

# The dock's screen the station is laid out for.
SCREEN = (1440, 900)

DIGIT_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7,
              Qt.Key.Key_8, Qt.Key.Key_9]


def demo_inspector() -> tuple[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["role"] == "inspector")
    return row["name"], row["pin"]


def settle(qtbot: Any, window: MainWindow, timeout: int = 10000) -> None:
    """Waits until the window's background calls have returned and their results are on screen."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=timeout)


def scan(qtbot: Any, page: Any, text: str, source: str = "scanner") -> None:
    """A scan on a mode's page, then a wait for what it shows: the page checks the label in the background."""
    page.handle_scan(text, source)
    settle(qtbot, page.window())


class Dock:
    """A person at the dock: presses keys on whatever has focus, scans labels with the hand scanner."""

    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.inputs: list[str] = []

    def target(self) -> QWidget:
        # A modal question takes the keys first; otherwise the focused widget, or the window itself.
        popup = QApplication.activeModalWidget()
        active = QApplication.activeWindow()
        if popup is None and (active is None or not active.isVisible()):
            # The offscreen platform can leave no window (or a closed popup) active after a dialog closes; a
            # real desktop gives activation back to the main window, and with it the focus it had.
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        return popup.focusWidget() or popup if popup is not None else (QApplication.focusWidget() or self.window)

    def press(self, key: Qt.Key) -> None:
        self.inputs.append(Qt.Key(key).name)
        self.qtbot.keyClick(self.target(), key)

    def chord(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        """A key with Ctrl, Alt or Shift held."""
        self.inputs.append(f"{modifiers.name}+{Qt.Key(key).name}")
        self.qtbot.keyClick(self.target(), key, modifiers)

    def type(self, text: str) -> None:
        for char in text:
            self.inputs.append(char)
            self.qtbot.keyClick(self.target(), char)

    def scan(self, text: str) -> None:
        """The hand scanner: the wedge filter turns its key burst into one scan."""
        self.inputs.append(f"scan {text}")
        self.window.on_scanned(text)
        settle(self.qtbot, self.window)  # the label is checked in the background

    @property
    def count(self) -> int:
        return len(self.inputs)


def straight_rma(ctx: StationContext, category: str) -> str:
    """A one-line RMA of `category` that goes straight to its checklist (no flags, not inspected yet)."""
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with (RESOURCES / "demo" / "products.csv").open(encoding="utf-8") as handle:
        categories = {r["sku"]: r["category"] for r in csv.DictReader(handle)}
    lines = Counter(r["rma_number"] for r in rows)
    for row in rows:
        if lines[row["rma_number"]] == 1 and categories.get(row["sku"]) == category:
            ident = identify(ctx, row["rma_number"])
            if ident.outcome == "rma" and not ident.flags and not ident.lines[0].fully_inspected:
                return row["rma_number"]
    raise AssertionError(f"no straight one-line RMA of {category} in the demo data")


def press_answer(dock: Dock, question: Any, value: Any) -> None:
    """The keys an inspector presses for one answer: a digit per choice, typing, Enter."""
    if value is None:
        dock.press(Qt.Key.Key_Return)
    elif question.kind == "yes_no":
        dock.press(DIGIT_KEYS[question.choices.index(value)])  # No first on "Any damage?"
    elif question.kind == "single":
        dock.press(DIGIT_KEYS[[o for o, _t in question.options].index(value)])
    elif question.kind == "multi":
        for option in value:
            dock.press(DIGIT_KEYS[[o for o, _t in question.options].index(option)])
        dock.press(Qt.Key.Key_Return)
    else:
        dock.type(f"{value:g}" if isinstance(value, float) else str(value))
        dock.press(Qt.Key.Key_Return)


def answer_by_keys(dock: Dock, answers: dict[str, Any]) -> None:
    """Answers the checklist on screen with digits, typing and Enter, sent to whatever has focus."""
    page = dock.window.inspect
    while page.draft is not None and page.draft.step == "checklist" and page.draft.current_question is not None:
        before = page.draft
        question = before.current_question
        press_answer(dock, question, answers.get(question.id))
        dock.qtbot.waitUntil(lambda b=before: page.draft is None or page.draft.position != b.position
                             or page.draft.step != b.step or page.draft.questions != b.questions, timeout=5000)


def photos_by_keys(dock: Dock) -> None:
    """Space for each photo the open inspection still needs, then Enter past the photos to the grade screen."""
    page = dock.window.inspect
    while page.draft is not None and page.draft.photos_missing:
        missing = len(page.draft.photos_missing)
        dock.qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)
        dock.press(Qt.Key.Key_Space)
        dock.qtbot.waitUntil(lambda m=missing: page.draft is not None and len(page.draft.photos_missing) < m,
                             timeout=10000)
    if page.stack.currentWidget() is page.photos_view:
        dock.press(Qt.Key.Key_Return)
    dock.qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)


def like_new_at_the_grade(dock: Dock, category: str = "toys") -> None:
    """By keys alone, a like-new item of `category` from the scan of its label up to its grade screen."""
    window = dock.window
    page = window.inspect
    dock.scan(straight_rma(window.ctx, category))
    dock.qtbot.waitUntil(lambda: page.draft is not None)
    answer_by_keys(dock, like_new(window.ctx.templates.templates[page.draft.category], window.ctx.rules))
    photos_by_keys(dock)


def user_button(qtbot: Any, window: MainWindow, name: str) -> QPushButton:
    """The sign-in screen's button for `name`, once the names are read (in the background)."""
    found: list[QPushButton] = []

    def listed() -> bool:
        found[:] = [b for b in window.signin.findChildren(QPushButton) if b.text().startswith(name) and b.isVisible()]
        return bool(found)

    qtbot.waitUntil(listed, timeout=10000)
    return found[0]


def sign_in(qtbot: Any, window: MainWindow) -> None:
    name, pin = demo_inspector()
    button = user_button(qtbot, window, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signin.pin_edit.isVisible() or window.signin.stack.currentIndex() == 1)
    for digit in pin:
        qtbot.keyClick(window.signin.pin_edit, digit)
    qtbot.waitUntil(lambda: window.signin.pin_edit.text() == pin)
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    settle(qtbot, window)  # the Inspect page looks up an open draft to resume


def answer_current(qtbot: Any, window: MainWindow, value: Any) -> None:
    """Answers the question on screen with the keyboard only: 1–9 for choices, typing and Enter otherwise."""
    page = window.inspect
    draft = page.draft
    assert draft is not None
    question = draft.current_question
    assert question is not None
    before = (draft.position, draft.step, len([q for q in draft.questions if q.answered]))
    view = page.checklist_view
    if value is None:
        target = view._edit if view._edit is not None else view
        qtbot.keyClick(target, Qt.Key.Key_Return)
    elif question.kind == "yes_no":
        qtbot.keyClick(view, DIGIT_KEYS[question.choices.index(value)])  # No first on "Any damage?"
    elif question.kind == "single":
        index = [option_id for option_id, _text in question.options].index(value)
        qtbot.keyClick(view, DIGIT_KEYS[index])
    elif question.kind == "multi":
        for option_id in value:
            index = [o for o, _t in question.options].index(option_id)
            qtbot.keyClick(view, DIGIT_KEYS[index])
        qtbot.keyClick(view, Qt.Key.Key_Return)
    else:
        edit = view._edit
        assert edit is not None
        edit.clear()
        text = f"{value:g}" if isinstance(value, float) else str(value)
        qtbot.keyClicks(edit, text)
        qtbot.waitUntil(lambda: edit.text() == text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    def moved() -> bool:
        now = page.draft
        return now is not None and (now.position, now.step,
                                    len([q for q in now.questions if q.answered])) != before

    qtbot.waitUntil(moved, timeout=5000)


def answer_checklist(qtbot: Any, window: MainWindow, answers: dict[str, Any], limit: int | None = None) -> int:
    """Answers what the checklist asks until it is done (or `limit` answers); blank Enter on optional questions."""
    page = window.inspect
    given = 0
    while page.draft is not None and page.draft.step == "checklist" and (limit is None or given < limit):
        question = page.draft.current_question
        assert question is not None
        assert question.id in answers or not question.required, f"{question.id} needs an answer"
        answer_current(qtbot, window, answers.get(question.id))
        given += 1
    return given


@contextmanager
def station_window(qtbot: Any, station_dir: Path, settings: dict[str, Any] | None = None, *,
                   camera: bool = False) -> Iterator[MainWindow]:
    """The station's window on `station_dir` (with `settings` written to its settings.json), shown at the dock's
    screen size without scanner hook, and without camera unless asked (the settings' "demo" camera is the folder
    frame source replaying resources/demo/camera); closed and its database let go afterwards."""
    if settings is not None:
        (station_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    ctx = open_station(station_dir)
    window = MainWindow(ctx, camera=camera, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        window.shutdown()
        ctx.sessions.kw["bind"].dispose()


def attach_needed_photos(qtbot: Any, window: MainWindow) -> None:
    """Attaches a real parcel photo from the demo camera folder for each photo the open inspection still needs."""
    page = window.inspect
    sample = sorted((RESOURCES / "demo" / "camera").glob("*.jpg"))[0]
    while page.draft.photos_missing:
        missing = len(page.draft.photos_missing)
        page._attach(page.draft.photos_missing[0].question_id, path=sample)
        qtbot.waitUntil(lambda m=missing: len(page.draft.photos_missing) < m, timeout=10000)
