"""The pseudo-locale (accented, ~40% longer, bracketed): every screen shows no English and cuts off no text."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from station.config import RESOURCES
from station.context import StationContext
from tests.flows import damaged_with_photo
from tests.station.evidence.photoset import PHOTOS
from tests.ui.dock import (
    SCREEN,
    answer_checklist,
    attach_needed_photos,
    demo_inspector,
    scan,
    station_window,
    user_button,
)
from tests.ui.i18n.screens import cut_off, settle, untranslated, visible_texts
from tests.ui.test_change_outcome import in_view
from ui.inspect.park_question import ParkQuestion
from ui.main_window import MainWindow
from ui.style import apply_style
from ui.translations import current_language, set_language

UNKNOWN_LABEL = "NO-SUCH-LABEL-42"


def shown_data(ctx: StationContext) -> set[str]:
    """What the screens show that is data, not interface text: names, numbers, codes, the customer's words."""
    data = {ctx.settings.station_name, ctx.station_id, UNKNOWN_LABEL, ctx.settings.camera}
    data.update(ctx.data_dir.parts)  # the Admin page's station box shows the data folder
    for name in ("users", "products", "rmas"):
        with (RESOURCES / "demo" / f"{name}.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                data.update(v for k, v in row.items() if k not in ("role", "category", "language"))
    return data


def checklist_texts(ctx: StationContext) -> set[str]:
    """Question, option and help texts of the checklists: see test_checklist_texts_are_translated."""
    texts: set[str] = set()
    for template in ctx.templates.templates.values():
        texts.add(template.title)
        for question in template.questions:
            texts.update(t for t in (question.text, question.help) if t)
            texts.update(option.text for option in question.options)
    return texts


class Walk:
    """Collects the problems of each screen the walk passes: in the window's frame (header, mode bar, scan
    flash, shortcut hints, language picker, park question) and inside the pages, which other files own."""

    def __init__(self, window: MainWindow, data: set[str]) -> None:
        self.window = window
        self.data = data
        self.problems: dict[str, list[str]] = {}
        self.in_pages: dict[str, list[str]] = {}

    def _in_a_page(self, widget: QWidget) -> bool:
        if widget is self.window.hints and self.window.mode_key not in (None, "inspect"):
            return True  # another mode's page writes its own keys into the hints bar
        pages = {id(p) for p in (*self.window._mode_pages.values(), self.window.signin)}
        while widget is not None:
            if isinstance(widget, ParkQuestion):
                return False
            if id(widget) in pages:
                return True
            widget = widget.parentWidget()
        return False

    def look(self, screen: str, root: QWidget | None = None) -> None:
        # Back to the screen's size: a window grown by an earlier screen does not shrink by itself.
        self.window.resize(*SCREEN)
        settle()
        # Files the station wrote for the printer (an item's own label, a container's) are shown by their path: data.
        for folder in ("item-labels", "containers"):
            self.data.update(str(p) for p in (self.window.ctx.data_dir / folder).glob("*"))
        seen = list(visible_texts(root or self.window))
        assert seen, f"{screen}: nothing visible"
        frame = [s for s in seen if not self._in_a_page(s.widget)]
        pages = [s for s in seen if self._in_a_page(s.widget)]
        frame_found = untranslated(frame, self.data) + cut_off(frame)
        page_found = untranslated(pages, self.data) + cut_off(pages)
        window, stack = self.window, self.window.pages
        if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
            grew = (f"the window grew to {window.width()}×{window.height()} px, past the {SCREEN[0]}×{SCREEN[1]} "
                    f"screen")
            # Whose row is too big: the frame's (header, flash, mode bar, hints) if they take more than a third
            # of the screen's height or push past its width, otherwise the page's.
            frame_h = window.height() - stack.height()
            widest_frame_row = max(window.centralWidget().layout().itemAt(i).minimumSize().width()
                                   for i in range(window.centralWidget().layout().count())
                                   if window.centralWidget().layout().itemAt(i).widget() is not stack)
            if frame_h > SCREEN[1] // 3 or widest_frame_row > SCREEN[0]:
                frame_found.append(f"{grew}: the frame (header, flash, hints) takes {widest_frame_row}×{frame_h}")
            else:
                page_found.append(f"{grew}: the page does not fit the {SCREEN[0] - 24}×{SCREEN[1] - frame_h} "
                                  f"the frame leaves it")
        if frame_found:
            self.problems[screen] = frame_found
        if page_found:
            self.in_pages[screen] = page_found

    def check(self) -> None:
        """Fails on problems in the frame and inside the pages, each listed under its screen."""
        assert not self.problems, "untranslated or cut-off texts in the pseudo-locale:\n" + report(self.problems)
        assert not self.in_pages, "untranslated or cut-off texts inside the pages:\n" + report(self.in_pages)


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"[{screen}]\n  " + "\n  ".join(found) for screen, found in problems.items())


@pytest.fixture
def pseudo(qtbot, qapp, station_dir: Path) -> Iterator[tuple[MainWindow, StationContext]]:
    # The dock's stylesheet: its big type is what the texts must fit in.
    previous_sheet, previous_style = qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    set_language("xx")
    try:
        with station_window(qtbot, station_dir, {"language": "xx"}) as window:
            yield window, window.ctx
    finally:
        set_language("en")
        qapp.setStyleSheet(previous_sheet)
        qapp.setStyle(previous_style)


def _sign_in(qtbot, window: MainWindow, name: str, pin: str) -> None:
    button = user_button(qtbot, window, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, pin)
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    qtbot.waitUntil(lambda: not window.runner.busy)  # the first page reads what it shows in the background
    # People have their own language; this walk stays in the pseudo-locale.
    window.apply_language("xx")


def test_every_inspect_screen_is_translated_and_nothing_is_cut_off(qtbot, pseudo) -> None:
    window, ctx = pseudo
    assert current_language() == "xx"
    walk = Walk(window, shown_data(ctx) | checklist_texts(ctx))
    walk.look("sign-in")
    name, pin = demo_inspector()
    button = next(b for b in window.signin.findChildren(QWidget) if b.objectName().startswith("user-")
                  and b.text().startswith(name))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    walk.look("PIN")
    qtbot.keyClicks(window.signin.pin_edit, pin)
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    qtbot.waitUntil(lambda: not window.runner.busy)  # the first page reads what it shows in the background
    window.apply_language("xx")  # she speaks English; this walk stays in the pseudo-locale
    page = window.inspect
    walk.look("scan")

    scan(qtbot, page, UNKNOWN_LABEL, "typed")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.unexpected_view)
    walk.look("unexpected return")
    qtbot.keyClick(page.unexpected_view, Qt.Key.Key_Escape)

    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    multi = next(r["rma_number"] for r in rows if sum(x["rma_number"] == r["rma_number"] for x in rows) == 2)
    scan(qtbot, page, multi, "typed")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.identify_view)
    walk.look("identify (two lines)")
    qtbot.keyClick(page.identify_view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: page.draft is not None)
    walk.look("checklist")

    answers = damaged_with_photo(ctx.templates.templates[page.draft.category], ctx.rules)
    answer_checklist(qtbot, window, answers)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)
    walk.look("photos")
    # A photo that fails the quality gate: the message, the reason field, Retake and Keep must all fit.
    view = page.photos_view
    page._attach(page.draft.photos_missing[0].question_id, path=PHOTOS / "TY-5003-blur.jpg")
    qtbot.waitUntil(view.check_panel.isVisible, timeout=10000)
    walk.look("photos, a failed check")
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: not view.check_panel.isVisible(), timeout=10000)
    attach_needed_photos(qtbot, window)
    qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
    walk.look("grade")
    qtbot.keyClick(page.grade_view, Qt.Key.Key_O)
    walk.look("grade, changing the outcome")
    # What the panel refuses is said in view at 1440x900 with the longer texts: no reason, then "Other" unsaid.
    choice = page.grade_view.choice
    for key in (Qt.Key.Key_C, Qt.Key.Key_3, Qt.Key.Key_Return):
        qtbot.keyClick(page.grade_view, key)
    assert page.grade_view.outcome.pending and choice.message.property("state") == "bad"
    walk.look("grade, a change without a reason refused")
    assert in_view(choice.message, window)
    qtbot.keyClick(page.grade_view, Qt.Key.Key_9)
    qtbot.keyClick(choice.note, Qt.Key.Key_Return)
    assert choice.message.property("state") == "bad" and page.draft is not None
    walk.look("grade, 'Other' without words refused")
    assert in_view(choice.message, window)
    qtbot.keyClick(page.grade_view, Qt.Key.Key_Escape)
    assert not page.grade_view.outcome.pending

    other = next(r["rma_number"] for r in rows if r["rma_number"] not in (multi,))
    scan(qtbot, page, other, "scanner")
    qtbot.waitUntil(lambda: page.park_question is not None and page.park_question.isVisible())
    walk.look("park question", page.park_question)
    qtbot.keyClick(page.park_question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.park_question is None)
    qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.draft is None)
    walk.look("next scan")

    walk.check()


def test_every_other_mode_is_translated_and_nothing_is_cut_off(qtbot, pseudo) -> None:
    from ui.modes import MODES

    window, ctx = pseudo
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        admin = next(r for r in csv.DictReader(handle) if r["role"] == "admin")
    _sign_in(qtbot, window, admin["name"], admin["pin"])
    walk = Walk(window, shown_data(ctx) | checklist_texts(ctx))
    for mode in MODES:
        if mode.key == "inspect" or "admin" not in mode.roles:
            continue
        window.show_mode(mode.key)
        qtbot.waitUntil(lambda m=mode: window.mode_key == m.key)
        walk.look(f"mode {mode.key}")
    walk.check()


def test_checklist_texts_are_translated(qtbot, pseudo) -> None:
    window, ctx = pseudo
    name, pin = demo_inspector()
    _sign_in(qtbot, window, name, pin)
    page = window.inspect
    scan(qtbot, page, "RMA-100040", "typed")
    qtbot.waitUntil(lambda: page.draft is not None)
    walk = Walk(window, shown_data(ctx))
    walk.look("checklist")
    assert not walk.in_pages.get("checklist"), report(walk.in_pages)
