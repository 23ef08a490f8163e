"""A scripted shift in the real window on a big station, and how long the UI thread could not run meanwhile.

Called by `bench_year.py` (which opens the copy of the year and the QApplication, offscreen). The window is driven
as `tests/ui/dock.py` drives it in the tests: sign in with the PIN, scan a new RMA's label, answer the checklist
like-new with the keys, attach the photos it asks for, Enter on the grade, scan the container the put-away screen
names, and wait after each step as `settle` does until the window's background calls have shown their results.

A 2 ms heartbeat timer on the UI thread measures the stalls: a tick that comes late is a time the event loop
could not run (a slot, a paint, a layout, or Python's lock held by a worker). A watchdog thread takes the UI
thread's Python stack while a tick is overdue, so each long stall is reported with the code it was spent in.
"""

from __future__ import annotations

import cProfile
import gc
import io
import pstats
import statistics
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

REPO = Path(__file__).resolve().parent.parent
HEARTBEAT_MS = 2
STALL_MS = 50  # the goal: no UI-thread stall over this
SAMPLE_AFTER_MS = 20  # the watchdog starts taking stacks once a tick is this late
_HARNESS = {"bench_year_shift.py", "bench_year.py", "dock.py"}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


@dataclass
class Stall:
    start: float
    ms: float
    step: str
    stacks: list[tuple[str, ...]] = field(default_factory=list)
    workers: list[str] = field(default_factory=list)  # what the other threads were running, per sample

    def where(self) -> str:
        """The code the UI thread was in for most of the samples taken during this stall, and the workers'."""
        if not self.stacks:
            return "no sample (over before the watchdog woke)"
        common, seen = Counter(self.stacks).most_common(1)[0]
        text = " < ".join(common) if common else "the event loop (Qt's paint, layout or posted events)"
        busy = Counter(self.workers).most_common(2)
        others = "; ".join(f"{name} ({n})" for name, n in busy if name)
        return f"{text}  ({seen}/{len(self.stacks)} samples)" + (f"\n{'':13}workers: {others}" if others else "")


class Heartbeat(QObject):
    """Ticks every 2 ms on the UI thread; keeps each tick's lateness and every gap over 10 ms with its step."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.step = "start"
        self.last = 0.0
        self.lateness: list[float] = []
        self.stalls: list[Stall] = []
        self.collections: list[tuple[int, float, bool]] = []  # (generation, ms, on the UI thread)
        self._gc_started = 0.0
        self._samples: dict[float, list[tuple[tuple[str, ...], str]]] = {}
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()
        self._watchdog.start()
        gc.callbacks.append(self._collected)

    def stop(self) -> None:
        gc.callbacks.remove(self._collected)
        self.timer.stop()
        self._stop.set()
        self._watchdog.join(2)

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        # Python's collector holds the interpreter lock for its whole pass, in whichever thread set it off: the
        # UI thread waits for it at its next Python call.
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.collections.append((info["generation"], (time.perf_counter() - self._gc_started) * 1000,
                                     threading.current_thread() is threading.main_thread()))

    def _tick(self) -> None:
        now = time.perf_counter()
        gap_ms = (now - self.last) * 1000
        self.lateness.append(max(0.0, gap_ms - HEARTBEAT_MS))
        if gap_ms > 10:
            samples = self._samples.pop(self.last, [])
            self.stalls.append(Stall(self.last, gap_ms, self.step, [main for main, _ in samples],
                                     [workers for _, workers in samples]))
        self.last = now

    def _watch(self) -> None:
        while not self._stop.wait(0.005):
            since = self.last
            if (time.perf_counter() - since) * 1000 < SAMPLE_AFTER_MS:
                continue
            frames = sys._current_frames()
            frame = frames.pop(self._main, None)
            frames.pop(threading.get_ident(), None)
            if frame is not None:
                workers = ", ".join(sorted(_worker(other) for other in frames.values() if not _idle(other)))
                self._samples.setdefault(since, []).append((_ours(frame), workers))

    def longest_in(self, start: float, end: float) -> float:
        return max((s.ms for s in self.stalls if start <= s.start < end), default=0.0)


def _ours(frame: Any, depth: int = 3) -> tuple[str, ...]:
    """The innermost frames in the station's code (ui/, station/, db/), newest first, after the innermost library
    frame they called; empty when only the bench's own loop is on the stack (the thread is in Qt's event loop)."""
    stack = list(reversed(traceback.extract_stack(frame)))
    mine = [f for f in stack if f.filename.startswith(str(REPO)) and "/.venv/" not in f.filename
            and Path(f.filename).name not in _HARNESS]
    if not mine:
        return ()
    named = [f"{Path(f.filename).relative_to(REPO)}:{f.lineno} {f.name}" for f in mine[:depth]]
    if stack[0] is not mine[0]:
        named.insert(0, f"{Path(stack[0].filename).name}:{stack[0].lineno} {stack[0].name}")
    return tuple(named)


def _idle(frame: Any) -> bool:
    """A thread asleep (a queue, a timer, an event), not running anything."""
    return frame.f_code.co_name in ("wait", "sleep", "select", "_wait_for_tstate_lock", "get")


def _worker(frame: Any) -> str:
    code = frame.f_code
    return " < ".join(_ours(frame, 1)) or f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}"


class TracingApplication(QApplication):
    """For `--trace-events`: times each event's delivery, so a stall spent in Qt's own work (a paint, a layout)
    names the widget and the event. A Python call per event slows every event a little: figures taken with it
    are for finding a stall, not for the report."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.depth = 0
        self.profile: cProfile.Profile | None = None
        self.slow: list[tuple[float, float, int, str]] = []  # (start, ms, depth, what)

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        self.depth += 1
        begin = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            spent = (time.perf_counter() - begin) * 1000
            if spent > 15:
                try:
                    kind = event.type().name
                except (AttributeError, ValueError):
                    kind = str(int(event.type()))
                self.slow.append((begin, spent, self.depth,
                                  f"{type(receiver).__name__}({receiver.objectName()}) {kind}"))

    def heaviest(self, count: int = 10) -> list[str]:
        """The outermost deliveries over 15 ms, summed by receiver and event, heaviest first."""
        totals: Counter[str] = Counter()
        runs: Counter[str] = Counter()
        for _begin, spent, depth, what in self.slow:
            if depth == 0:
                totals[what] += spent
                runs[what] += 1
        return [f"{what}: {total:.0f} ms in {runs[what]}" for what, total in totals.most_common(count)]

    def events_in(self, start: float, ms: float) -> list[str]:
        end = start + ms / 1000
        inside = [e for e in self.slow if e[0] < end and e[0] + e[1] / 1000 > start]
        return [f"{what} {spent:.0f} ms (depth {depth})" for _b, spent, depth, what in
                sorted(inside, key=lambda e: (e[2], -e[1]))[:4]]


class Painted(QObject):
    """When each watched widget was last painted."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.at: dict[int, float] = {}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.at[id(watched)] = time.perf_counter()
        return False


class DialogCloser(QObject):
    """The person at the dock answers a dialog the shift opens (a print dialog when a full container's label is
    printed and no printer is remembered) with Esc; each one is counted by its title."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[str] = Counter()
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            self.seen[f"{type(dialog).__name__} '{dialog.windowTitle()}'"] += 1
            dialog.reject()


class Bot:
    """The few qtbot calls tests/ui/dock.py makes, outside pytest: keys and clicks by QTest, waits on the event
    loop asleep until an event comes (a loop that spins holds Python's lock and starves the workers)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def waitUntil(self, condition: Callable[[], Any], timeout: int = 10000) -> None:
        deadline = time.perf_counter() + timeout / 1000
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"waited {timeout} ms for {getattr(condition, '__qualname__', condition)}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def waitExposed(self, window: QWidget, timeout: int = 5000) -> None:
        QTest.qWaitForWindowExposed(window, timeout)

    def keyClick(self, widget: QWidget, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)

    def keyClicks(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)

    def mouseClick(self, widget: QWidget, button: Any) -> None:
        QTest.mouseClick(widget, button)


@dataclass
class ShiftFigures:
    items: int = 0
    skipped: int = 0
    steps: dict[str, list[float]] = field(default_factory=dict)  # on screen, ms
    step_stalls: list[float] = field(default_factory=list)  # the longest stall of each dock step
    lateness: list[float] = field(default_factory=list)
    dialogs: Counter[str] = field(default_factory=Counter)
    collections: list[tuple[int, float, bool]] = field(default_factory=list)
    stalls: list[Stall] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stall_max(self) -> float:
        return max((s.ms for s in self.stalls), default=max(self.lateness, default=0.0) + HEARTBEAT_MS)


def _quiet_offscreen(previous: Any) -> Callable[..., None]:
    def handler(kind: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return  # the offscreen platform says so for every window it shows
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    return handler


def run_shift(app: QApplication, ctx: Any, items: int, *, wedge: bool = True) -> ShiftFigures:
    """Signs the demo inspector in and drives `items` new RMAs through Inspect in the real window on `ctx`, with
    the scanner's keyboard filter installed as at the dock (`wedge`) though the scans are handed to the window: it
    holds each key pressed for 2 x wedge_max_gap_ms (80 ms) before the page sees it, so an answer's step includes
    that wait."""
    from scripts.bench_flow import fresh_rmas
    from tests.flows import like_new
    from tests.ui.dock import SCREEN, answer_current, settle, sign_in
    from ui.app import keep_start_up_out_of_collections
    from ui.main_window import MainWindow

    bot = Bot(app)
    qInstallMessageHandler(_quiet_offscreen(None))
    answers = {category: like_new(template, ctx.rules) for category, template in ctx.templates.templates.items()}
    rmas = fresh_rmas(ctx, items + items // 2)  # some of the copied lines are flagged: those are left out
    figures = ShiftFigures(steps={name: [] for name in (
        "scan -> checklist shown", "answer -> next question shown", "photo -> attached shown",
        "complete -> next scan ready", "put-away scan -> next label ready")})
    window = MainWindow(ctx, camera=False, install_wedge=wedge)
    window.resize(*SCREEN)
    window.show()
    bot.waitExposed(window)
    keep_start_up_out_of_collections()  # as the app does once the station is open
    page = None
    heartbeat = Heartbeat()
    closer = DialogCloser()
    profile = cProfile.Profile() if isinstance(app, TracingApplication) else None
    started = time.perf_counter()
    heartbeat.start()
    if profile is not None:
        profile.enable()  # the UI thread's Python only: which slots the stalls were spent in
    try:
        heartbeat.step = "sign-in"
        sign_in(bot, window)
        page = window.inspect
        assert page is not None
        views = [page.scan_view, page.checklist_view, page.photos_view, page.grade_view, page.putaway_view]
        painted = Painted(views)
        bot.waitUntil(lambda: page._camera_ready)  # the page looked up what to resume, and what waits to be placed
        if page.waiting is not None:
            # An item graded and never placed comes first at sign-in (a store made in bulk holds many): the
            # inspector puts it away, then scans the first label.
            heartbeat.step = "sign-in put-away"
            window.on_scanned(page.waiting.container_code)
            bot.waitUntil(lambda: page.waiting is None and not page.calls.pending, timeout=30000)
        settle(bot, window)

        def shown(name: str, begin: float, ready: Callable[[], bool], view: Callable[[], QWidget]) -> None:
            """Waits until `ready` and the view on screen painted after it; the time from `begin` and the
            step's longest stall."""
            bot.waitUntil(ready, timeout=30000)
            at = time.perf_counter()
            target = view()
            try:
                bot.waitUntil(lambda: painted.at.get(id(target), 0.0) >= at, timeout=300)
                end = time.perf_counter()  # the loop returned: the paint is done
            except TimeoutError:
                end = at  # nothing left to paint: it was on screen already
            figures.steps[name].append((end - begin) * 1000)
            figures.step_stalls.append(heartbeat.longest_in(begin, time.perf_counter()))

        for rma in rmas:
            if figures.items >= items:
                break
            heartbeat.step = "scan"
            begin = time.perf_counter()
            window.on_scanned(rma)
            bot.waitUntil(lambda: (not page.calls.pending and page.stack.currentWidget() is not page.scan_view)
                          or (not window.runner.busy and page.stack.currentWidget() is page.scan_view),
                          timeout=30000)
            if page.stack.currentWidget() is not page.checklist_view:
                figures.skipped += 1  # a flagged RMA waits for the inspector: not this shift's rhythm
                settle(bot, window)
                page.show_scan()
                continue
            shown("scan -> checklist shown", begin, lambda: page.draft is not None, lambda: page.checklist_view)
            settle(bot, window)
            heartbeat.step = "answer"
            chosen = answers[page.draft.category]
            while page.draft is not None and page.draft.step == "checklist":
                question = page.draft.current_question
                assert question is not None
                begin = time.perf_counter()
                answer_current(bot, window, chosen.get(question.id))
                shown("answer -> next question shown", begin, lambda: not page.calls.pending,
                      lambda: page.stack.currentWidget())
                settle(bot, window)
            heartbeat.step = "photos"
            while page.draft is not None and page.draft.photos_missing:
                begin = time.perf_counter()
                missing = len(page.draft.photos_missing)
                _attach_one(bot, page, missing)
                shown("photo -> attached shown", begin, lambda: not page.calls.pending,
                      lambda: page.stack.currentWidget())
                settle(bot, window)
            if page.stack.currentWidget() is page.photos_view:
                QTest.keyClick(page.photos_view, Qt.Key.Key_Return)
            bot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view and not page.calls.pending)
            settle(bot, window)
            heartbeat.step = "complete"
            begin = time.perf_counter()
            QTest.keyClick(page.grade_view, Qt.Key.Key_Return)
            shown("complete -> next scan ready", begin,
                  lambda: page.draft is None and not page.calls.pending
                  and page.stack.currentWidget() in (page.scan_view, page.putaway_view),
                  lambda: page.stack.currentWidget())
            settle(bot, window)
            if page.waiting is not None:
                heartbeat.step = "put-away scan"
                begin = time.perf_counter()
                window.on_scanned(page.waiting.container_code)
                shown("put-away scan -> next label ready", begin,
                      lambda: page.waiting is None and not page.calls.pending
                      and page.stack.currentWidget() is page.scan_view, lambda: page.scan_view)
                settle(bot, window)
            figures.items += 1
        heartbeat.step = "end"
    finally:
        if profile is not None:
            profile.disable()
            app.profile = profile
        heartbeat.stop()
        figures.seconds = time.perf_counter() - started
        window.close()
        window.shutdown()
        app.processEvents()
    closer.timer.stop()
    figures.dialogs = closer.seen
    figures.lateness = heartbeat.lateness
    figures.collections = heartbeat.collections
    figures.stalls = heartbeat.stalls
    return figures


def _attach_one(bot: Bot, page: Any, missing: int) -> None:
    """One photo of several, as tests/ui/dock.py's attach_needed_photos attaches each."""
    from station.config import RESOURCES

    page._attach(page.draft.photos_missing[0].question_id,
                 path=sorted((RESOURCES / "demo" / "camera").glob("*.jpg"))[0])
    bot.waitUntil(lambda: len(page.draft.photos_missing) < missing, timeout=10000)


def report(figures: ShiftFigures, top: int = 12) -> None:
    """Prints the shift's on-screen step times and the UI thread's stalls, the longest with where they were."""
    print(f"window shift: {figures.items} items through Inspect in {figures.seconds:.0f} s "
          f"(skipped {figures.skipped} flagged RMAs); heartbeat every {HEARTBEAT_MS} ms, "
          f"{len(figures.lateness)} ticks")
    if figures.dialogs:
        print("dialogs closed with Esc: " + ", ".join(f"{name} x{n}" for name, n in figures.dialogs.items()))
    print(f"{'':44}{'p50 ms':>10}{'p95 ms':>10}{'runs':>8}")
    for name, values in figures.steps.items():
        if values:
            print(f"{name + ' (window)':44}{statistics.median(values):10.1f}{p95(values):10.1f}{len(values):8d}")
    late = figures.lateness or [0.0]
    print(f"{'UI-thread tick lateness':44}{statistics.median(late):10.1f}{p95(late):10.1f}{len(late):8d}"
          f"   max {max(late):.1f}")
    if figures.step_stalls:
        print(f"{'longest UI-thread stall in each dock step':44}{statistics.median(figures.step_stalls):10.1f}"
              f"{p95(figures.step_stalls):10.1f}{len(figures.step_stalls):8d}   max {max(figures.step_stalls):.1f}")
    over = [s for s in figures.stalls if s.ms > STALL_MS]
    by_step = Counter(s.step for s in over)
    print(f"UI-thread stalls over {STALL_MS} ms: {len(over)}"
          + (" (" + ", ".join(f"{step} {n}" for step, n in by_step.most_common()) + ")" if over else "")
          + f"; longest {figures.stall_max:.0f} ms (goal <= {STALL_MS} ms)")
    for generation in (0, 1, 2):
        spent = [ms for gen, ms, _ui in figures.collections if gen == generation]
        if spent:
            print(f"{f'Python collections of generation {generation}':44}{statistics.median(spent):10.1f}"
                  f"{p95(spent):10.1f}{len(spent):8d}   max {max(spent):.1f}")
    app = QApplication.instance()
    for stall in sorted(figures.stalls, key=lambda s: -s.ms)[:top]:
        if stall.ms <= STALL_MS:
            break
        print(f"  {stall.ms:7.0f} ms during {stall.step}: {stall.where()}")
        if isinstance(app, TracingApplication):
            for line in app.events_in(stall.start, stall.ms):
                print(f"{'':13}event: {line}")
    if isinstance(app, TracingApplication):
        print("heaviest events (outermost, over 15 ms):")
        for line in app.heaviest():
            print(f"  {line}")
        if app.profile is not None:
            print("the UI thread's own code, by cumulative time (profiled, so slower than in the figures):")
            stream = io.StringIO()
            pstats.Stats(app.profile, stream=stream).sort_stats("cumulative").print_stats(r"/work/main/ui/", 30)
            print("\n".join(line for line in stream.getvalue().splitlines() if "/ui/" in line or "ncalls" in line))
