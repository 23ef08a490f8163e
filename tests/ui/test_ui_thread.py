"""The UI thread only paints: on a deliberately slow database the window keeps answering, keys are neither lost
nor applied twice, the header counts in the background, and an error nothing caught reaches the dock in words."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from sqlalchemy import event

from station.config import RESOURCES
from station.scan.images import read_image_file
from station.services import inspect as inspection
from station.services import putaway
from station.services import sync as sync_services
from station.services.identify import identify
from tests.flows import like_new
from tests.ui.dock import station_window
from tests.ui.test_keyboard_only import (
    DIGITS,
    Dock,
    answer_by_keys,
    finish_by_keys,
    sign_in_by_badge,
    straight_rma,
    users_by_language,
)
from ui.main_window import MainWindow
from ui.uncaught import install_excepthooks

SLOW_S = 0.3  # every transaction and read waits this long before its first statement
# Half of SLOW_S: one database call on the UI thread stops its event loop for 300 ms or more. Not 50 ms: on the
# shared test machines painting a new screen alone (the first page after sign-in, a checklist's buttons) takes
# 50-60 ms, with a fast database as with this slow one, and up to ~120 ms while other suites run.
MAX_GAP_MS = 150
# While a worker waits on the database, nothing the database does reaches the UI thread: its loop keeps ticking
# within this (the goal), measured only over the stretches that lie wholly inside a database wait.
MAX_GAP_WHILE_DB_WAITS_MS = 50


class EventLoopGaps:
    """Ticks every 10 ms on the UI thread and keeps the longest time between two ticks, with what was going on."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.last_at = 0.0
        self.gaps: list[tuple[float, float]] = []  # (start, end) in time.perf_counter seconds, gaps over 20 ms
        self.longest = 0
        self.during = ""
        self.step = "start"

    def __enter__(self) -> EventLoopGaps:
        self.clock.start()
        self.last = self.clock.elapsed()
        self.last_at = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        if now - self.last > self.longest:
            self.longest, self.during = now - self.last, self.step
        self.last = now
        at = time.perf_counter()
        if at - self.last_at > 0.02:
            self.gaps.append((self.last_at, at))
        self.last_at = at

    def longest_inside(self, windows: list[tuple[float, float]]) -> float:
        """The longest gap in ms that lies wholly inside one of the (start, end) windows."""
        inside = [end - start for start, end in self.gaps
                  if any(w_start <= start and end <= w_end for w_start, w_end in windows)]
        return max(inside, default=0.0) * 1000


# When each slow wait ran, in time.perf_counter seconds (written by the worker threads that waited).
waits: list[tuple[float, float]] = []


@contextmanager
def slow_database(window: MainWindow) -> Iterator[list[str]]:
    """Makes the station's real SQLite database slow: each transaction (and read) sleeps before it begins, in
    whichever thread opened it. Yields the names of the threads that waited."""
    engine = window.ctx.sessions.kw["bind"]
    waited: list[str] = []
    waits.clear()

    def begin(_connection: Any) -> None:
        waited.append(threading.current_thread().name)
        started = time.perf_counter()
        time.sleep(SLOW_S)
        waits.append((started, time.perf_counter()))

    event.listen(engine, "begin", begin)
    try:
        yield waited
    finally:
        event.remove(engine, "begin", begin)


@pytest.fixture
def window(qtbot, station_dir: Path) -> Iterator[MainWindow]:
    with station_window(qtbot, station_dir) as win:
        win.activateWindow()
        # The "camera" for Space: a real photo of a returned parcel from the demo folder.
        frame = read_image_file(sorted((RESOURCES / "demo" / "camera").glob("*.jpg"))[0])
        win.latest_frame = lambda: frame
        win.inspect.frame_provider = win.latest_frame
        yield win


def test_an_inspection_on_a_slow_database_never_blocks_the_ui_thread(qtbot, window: MainWindow) -> None:
    dock = Dock(qtbot, window)
    ctx, page = window.ctx, window.inspect
    rma = straight_rma(ctx, "electronics")
    with slow_database(window) as waited, EventLoopGaps() as gaps:
        gaps.step = "sign-in"
        sign_in_by_badge(dock, users_by_language()["en"])
        gaps.step = "scan"
        dock.scan(rma)
        qtbot.waitUntil(lambda: page.draft is not None, timeout=20000)
        gaps.step = "checklist"
        answer_by_keys(dock, like_new(ctx.templates.templates[page.draft.category], ctx.rules))
        gaps.step = "complete"
        finish_by_keys(dock)
        gaps.step = "header"
        qtbot.waitUntil(lambda: "1 item" in window.shift_label.text(), timeout=20000)
    assert "A" in page.scan_view.last.text(), "the inspection was completed"
    assert waited, "the database was slow"
    main = threading.main_thread().name
    assert main not in waited, "a database call ran on the UI thread"
    assert gaps.longest < MAX_GAP_MS, (f"the UI thread's event loop stood still for {gaps.longest} ms during the "
                                       f"{gaps.during}")
    assert len(waits) >= 5
    inside = gaps.longest_inside(waits)
    assert inside < MAX_GAP_WHILE_DB_WAITS_MS, f"the UI thread stood still {inside:.0f} ms while the database worked"


def test_keys_pressed_while_an_answer_is_saved_change_nothing(qtbot, window: MainWindow) -> None:
    """The inspector presses one answer and, before it is saved, another key: the second was aimed at the question
    still on screen, so it is ignored, neither overwriting the first answer nor answering the next question."""
    dock = Dock(qtbot, window)
    ctx, page = window.ctx, window.inspect
    sign_in_by_badge(dock, users_by_language()["en"])
    dock.scan(straight_rma(ctx, "electronics"))
    qtbot.waitUntil(lambda: page.draft is not None)
    first = page.draft
    question = first.current_question
    assert question is not None and question.kind == "single" and len(question.options) > 1
    options = [option for option, _text in question.options]
    chosen = like_new(ctx.templates.templates[first.category], ctx.rules)[question.id]
    other = next(option for option in options if option != chosen)
    with slow_database(window):
        dock.press(DIGITS[options.index(chosen)])  # saved in the background, 300 ms
        assert page.calls.pending
        dock.press(DIGITS[options.index(other)])
        dock.press(Qt.Key.Key_Backspace)
        qtbot.waitUntil(lambda: page.draft.position != first.position and not page.calls.pending, timeout=10000)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    answers = {q.id: q.answer for q in page.draft.questions if q.answered}
    assert answers == {question.id: chosen}, f"one key press answers one question once, not {answers}"
    assert page.draft.position == first.position + 1


def test_scans_during_a_slow_call_wait_their_turn(qtbot, window: MainWindow) -> None:
    dock = Dock(qtbot, window)
    ctx, page = window.ctx, window.inspect
    sign_in_by_badge(dock, users_by_language()["en"])
    rma = straight_rma(ctx, "electronics")
    gtin = identify(ctx, rma).lines[0].product.gtin
    with slow_database(window):
        # The scanner reads the parcel's label, then the item's own barcode, before the label is looked up.
        window.on_scanned(rma)
        window.on_scanned(gtin)
        assert page.draft is None and page.calls.pending
        qtbot.waitUntil(lambda: page.draft is not None and not page.calls.pending, timeout=10000)
        qtbot.waitUntil(lambda: "matches" in page.checklist_view.error.text(), timeout=10000)
    assert page.draft.line is not None and page.draft.line.rma_number == rma
    assert [f.kind for f in page.draft.flags] == [], "the item's own barcode, checked after the start, raises no flag"


def test_the_header_counts_run_off_the_ui_thread(qtbot, window: MainWindow, monkeypatch) -> None:
    """All three of the header's counts: the shift's figures, the sync state and the open move tasks (the one that
    took seconds on a year's station)."""
    threads: dict[str, str] = {}
    real_shift, real_sync, real_moves = inspection.shift_stats, sync_services.sync_status, putaway.move_task_count

    def shift_stats(*args: Any, **kwargs: Any) -> Any:
        threads["shift_stats"] = threading.current_thread().name
        return real_shift(*args, **kwargs)

    def sync_status(*args: Any, **kwargs: Any) -> Any:
        threads["sync_status"] = threading.current_thread().name
        return real_sync(*args, **kwargs)

    def move_task_count(*args: Any, **kwargs: Any) -> Any:
        threads["move_task_count"] = threading.current_thread().name
        return real_moves(*args, **kwargs)

    monkeypatch.setattr(inspection, "shift_stats", shift_stats)
    monkeypatch.setattr(sync_services, "sync_status", sync_status)
    monkeypatch.setattr(putaway, "move_task_count", move_task_count)
    dock = Dock(qtbot, window)
    sign_in_by_badge(dock, users_by_language()["en"])
    threads.clear()
    window.shift_label.clear()
    window.refresh_status()
    assert window.shift_label.text() == "", "the counts are shown when they arrive, not while asked"
    qtbot.waitUntil(lambda: set(threads) == {"shift_stats", "sync_status", "move_task_count"}
                    and window.shift_label.text() != "")
    main = threading.main_thread().name
    assert main not in threads.values(), f"counted on the UI thread: {threads}"
    assert "This shift" in window.shift_label.text() and window.sync_label.text()


def test_a_slow_header_count_never_holds_a_page_call(qtbot, window: MainWindow, monkeypatch) -> None:
    """On a station of a year, a count of the header took seconds; in the pages' pool of two threads, two such
    counts left a scan waiting behind them. The header has a thread of its own."""
    release = threading.Event()
    real_shift = inspection.shift_stats

    def shift_stats(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)  # a count as slow as one on a big station, until the test lets it finish
        return real_shift(*args, **kwargs)

    monkeypatch.setattr(inspection, "shift_stats", shift_stats)
    dock = Dock(qtbot, window)
    sign_in_by_badge(dock, users_by_language()["en"])
    try:
        for _ in range(3):  # the timer, a Complete and a sync pass each ask for the counts
            window.refresh_status()
        qtbot.waitUntil(lambda: window.header_runner.busy)
        answers: list[Any] = []
        window.runner.run(lambda: threading.current_thread().name, on_result=answers.append)
        window.runner.run(lambda: threading.current_thread().name, on_result=answers.append)
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=2000)
        assert window.header_runner.busy, "the page calls were answered while the count still ran"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.header_runner.busy, timeout=10000)


def test_an_error_nothing_caught_is_logged_and_the_dock_says_it_in_words(qtbot, window: MainWindow,
                                                                          caplog) -> None:
    shown: list[tuple[str, str]] = []

    def show(text: str) -> None:
        shown.append((text, threading.current_thread().name))
        window.show_problem(text)

    uninstall = install_excepthooks(show)
    try:
        with caplog.at_level(logging.ERROR, logger="ui.uncaught"):
            try:
                raise ZeroDivisionError("a slot divided by zero")
            except ZeroDivisionError:
                sys.excepthook(*sys.exc_info())  # what Qt does with an exception that leaves a slot
            worker = threading.Thread(target=lambda: 1 / 0, name="plain-worker")
            worker.start()
            worker.join()
            qtbot.waitUntil(lambda: len(shown) == 2)
    finally:
        uninstall()
    assert sys.excepthook is not None and threading.excepthook is not None
    main = threading.main_thread().name
    for text, thread in shown:
        assert thread == main, "the message is shown on the UI thread"
        assert "Traceback" not in text and "ZeroDivisionError" not in text
        assert "call a lead" in text
    assert window.flash.state == "bad" and "call a lead" in window.flash.detail
    logged = [r for r in caplog.records if r.exc_info]
    assert len(logged) == 2 and "plain-worker" in logged[1].getMessage()
    assert all(r.exc_info[0] is ZeroDivisionError for r in logged), "the log keeps the technical detail"
