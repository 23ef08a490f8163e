"""TaskRunner: functions run off the UI thread; result, error and progress arrive on it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from station.text import StationError, _
from ui.tasks import TaskRunner, TaskState


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(5000)


def test_result_arrives_on_the_ui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    ran_in: list[threading.Thread] = []
    results: list[tuple[int, threading.Thread]] = []

    def add(a: int, b: int, *, scale: int = 1) -> int:
        ran_in.append(threading.current_thread())
        return (a + b) * scale

    handle = runner.run(add, 2, 3, scale=10, on_result=lambda r: results.append((r, threading.current_thread())))
    assert runner.busy
    # The result comes back by a queued signal, so nothing has arrived before the wait starts.
    idle = qtbot.waitSignal(runner.busyChanged, timeout=5000)
    idle.wait()
    assert idle.args == [False]
    assert results == [(50, threading.main_thread())]
    assert ran_in and ran_in[0] is not threading.main_thread()
    assert handle.done and not runner.busy


def test_station_error_reaches_on_error_with_its_text(qtbot: QtBot, runner: TaskRunner,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise StationError(_("Printer {name} is offline. Switch it on and try again.", name="ZD421"))

    runner.run(fail, on_result=lambda r: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], StationError)
    assert errors[0].text.render() == "Printer ZD421 is offline. Switch it on and try again."
    # A dock error is expected: it is not logged as a crash.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_unexpected_error_is_logged_with_traceback_and_reported(qtbot: QtBot, runner: TaskRunner,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    errors: list[BaseException] = []

    def broken() -> None:
        {}["missing"]

    with caplog.at_level(logging.ERROR, logger="ui.tasks"):
        runner.run(broken, on_error=errors.append)
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], KeyError)
    logged = [r for r in caplog.records if r.name == "ui.tasks" and r.levelno == logging.ERROR]
    assert len(logged) == 1
    assert logged[0].exc_info is not None and logged[0].exc_info[1] is errors[0]
    assert "broken" in logged[0].getMessage()


def test_progress_is_delivered_in_order_before_the_result(qtbot: QtBot, runner: TaskRunner) -> None:
    events: list[tuple[str, object, threading.Thread]] = []

    def count(n: int, state: TaskState) -> str:
        for i in range(n):
            state.progress(i)
        return "done"

    runner.run(count, 5,
               on_progress=lambda v: events.append(("progress", v, threading.current_thread())),
               on_result=lambda r: events.append(("result", r, threading.current_thread())))
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert [(kind, value) for kind, value, _t in events] == [
        ("progress", 0), ("progress", 1), ("progress", 2), ("progress", 3), ("progress", 4), ("result", "done")]
    assert all(t is threading.main_thread() for _k, _v, t in events)


def test_state_is_only_passed_to_functions_that_declare_it(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[object] = []

    def takes_kwargs(**kwargs: object) -> list[str]:
        return sorted(kwargs)

    runner.run(takes_kwargs, on_result=results.append, colour="red")
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert results == [["colour"]]


def test_same_key_cancels_the_previous_task_and_drops_its_result(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    release = threading.Event()
    results: list[str] = []
    saw_cancel: list[bool] = []

    def slow(name: str, state: TaskState) -> str:
        started.set()
        # Waits on an event, not the clock: the test decides when this "long" task may end.
        release.wait(5)
        saw_cancel.append(state.cancelled)
        return name

    first = runner.run(slow, "first", on_result=results.append, key="lookup")
    assert started.wait(5)
    second = runner.run(lambda: "second", on_result=results.append, key="lookup")
    assert first.cancelled and not second.cancelled
    qtbot.waitUntil(lambda: second.done, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert results == ["second"]
    assert saw_cancel == [True]


def test_cancel_before_start_never_runs_and_shutdown_waits(qtbot: QtBot) -> None:
    runner = TaskRunner(max_threads=1)
    gate = threading.Event()
    ran: list[str] = []
    try:
        blocker = runner.run(lambda: gate.wait(5) and ran.append("blocker"))
        queued = runner.run(lambda: ran.append("queued"), on_result=lambda r: ran.append("result"))
        queued.cancel()
        assert queued.done  # taken out of the pool's queue at once
        gate.set()
        qtbot.waitUntil(lambda: blocker.done, timeout=5000)
        assert ran == ["blocker"]
        assert not runner.busy
    finally:
        assert runner.shutdown(5000)
    with pytest.raises(RuntimeError):
        runner.run(lambda: None)


def test_wait_idle_delivers_outstanding_results(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[int] = []
    for i in range(20):
        runner.run(lambda i=i: i * i, on_result=results.append)
    assert runner.wait_idle(5000)
    assert sorted(results) == [i * i for i in range(20)]
    assert not runner.busy


def test_shutdown_drops_the_outcome_of_a_running_task(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    results: list[str] = []

    def until_cancelled(state: TaskState) -> str:
        started.set()
        while not state.cancelled:
            state.progress("working")
            threading.Event().wait(0.005)
        return "late"

    handle = runner.run(until_cancelled, on_result=results.append)
    assert started.wait(5)
    assert runner.shutdown(5000)
    assert handle.done and handle.cancelled and not runner.busy
    # Deliver whatever the task had queued before it stopped: none of it may reach the callbacks.
    QCoreApplication.sendPostedEvents(runner)
    assert results == []
