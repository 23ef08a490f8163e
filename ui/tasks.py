"""The one background helper: runs plain functions off the UI thread, reports back by signal on it."""

from __future__ import annotations

import inspect
import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from station.text import StationError

log = logging.getLogger(__name__)

_live_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def busy_runners() -> list[TaskRunner]:
    """Runners that still have work in flight; the UI tests fail on any left at teardown."""
    return [runner for runner in list(_live_runners) if runner.busy]


class TaskState:
    """Handed to a task that declares a ``state`` keyword: report progress, ask whether to stop."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle

    @property
    def cancelled(self) -> bool:
        return self._handle.cancelled

    def progress(self, value: Any) -> None:
        runner = self._handle._runner
        if runner is not None and not self._handle.cancelled:
            runner._progressed.emit(self._handle, value)


class TaskHandle:
    """One submitted task. Cancelling is a request: a running function stops only if it checks ``state``."""

    def __init__(self, runner: TaskRunner, task_id: int, key: str | None) -> None:
        self._runner: TaskRunner | None = runner
        self.id = task_id
        self.key = key
        self._cancel = threading.Event()
        self._done = False
        self._job: _Job | None = None
        self.on_result: Callable[[Any], Any] | None = None
        self.on_error: Callable[[BaseException], Any] | None = None
        self.on_progress: Callable[[Any], Any] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        """True once the task's outcome was delivered or dropped on the UI thread."""
        return self._done

    def cancel(self) -> None:
        self._cancel.set()
        runner = self._runner
        # A task still waiting in the pool never has to start at all.
        if runner is not None and self._job is not None and runner._pool.tryTake(self._job):
            runner._finish(self)

    def __repr__(self) -> str:
        return f"<TaskHandle {self.id} key={self.key!r} cancelled={self.cancelled} done={self.done}>"


class _Job(QRunnable):
    def __init__(self, handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any]) -> None:
        super().__init__()
        # Python keeps the job alive through the handle; Qt deleting it too would free it twice.
        self.setAutoDelete(False)
        self._handle = handle
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        handle = self._handle
        outcome: tuple[bool, Any]
        if handle.cancelled:
            outcome = (True, None)
        else:
            try:
                outcome = (True, self._fn(*self._args, **self._kwargs))
            except Exception as exc:
                # Every failure must reach the UI thread; none may end a pool thread silently.
                if not isinstance(exc, StationError):
                    # Logged here, in full, because a cancelled task's error is dropped before the UI sees it.
                    log.error("Background task %s failed", getattr(self._fn, "__qualname__", self._fn),
                              exc_info=exc)
                outcome = (False, exc)
        runner = handle._runner
        if runner is not None:
            runner._finished.emit(handle, outcome)


def _accepts_state(fn: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    param = params.get("state")
    return param is not None and param.kind in (param.POSITIONAL_OR_KEYWORD, param.KEYWORD_ONLY)


class TaskRunner(QObject):
    """Runs functions in a private thread pool; result, error and progress arrive on the UI thread.

    A function must never touch a widget: it gets plain values and returns a plain value. A new task
    with the same ``key`` cancels the previous one, whose outcome is then dropped (Orange3 style).
    """

    busyChanged = Signal(bool)
    # Emitted from pool threads; queued to this object's (the UI) thread.
    _finished = Signal(object, object)
    _progressed = Signal(object, object)

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads is not None:
            self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, TaskHandle] = {}
        self._by_key: dict[str, TaskHandle] = {}
        self._closed = False
        # Both are emitted from pool threads only, so Qt's automatic connection queues them to this thread; naming
        # Qt.ConnectionType.QueuedConnection would build the Qt namespace's enums before the first screen.
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)
        _live_runners.add(self)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def closed(self) -> bool:
        """True after shutdown(): nothing more may be run."""
        return self._closed

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
        on_progress: Callable[[Any], Any] | None = None,
        key: str | None = None,
        **kwargs: Any,
    ) -> TaskHandle:
        if self._closed:
            raise RuntimeError("TaskRunner was shut down")
        handle = TaskHandle(self, next(self._ids), key)
        handle.on_result, handle.on_error, handle.on_progress = on_result, on_error, on_progress
        if key is not None:
            previous = self._by_key.get(key)
            if previous is not None:
                previous.cancel()
            self._by_key[key] = handle
        if _accepts_state(fn):
            kwargs["state"] = TaskState(handle)
        job = _Job(handle, fn, args, kwargs)
        handle._job = job
        was_busy = self.busy
        self._pending[handle.id] = handle
        self._pool.start(job)
        if not was_busy:
            self.busyChanged.emit(True)
        return handle

    def cancel_all(self) -> None:
        for handle in list(self._pending.values()):
            handle.cancel()

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Blocks until every task ran and its outcome was delivered; for app close and test teardown."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        if not self._pool.waitForDone(max(0, deadline.remainingTime())):
            return False
        # Outcomes are queued signals; deliver them now rather than on the next event loop turn.
        while self._pending and not deadline.hasExpired():
            QCoreApplication.sendPostedEvents(self)
            if self._pending:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        return not self._pending

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancels everything, waits for running functions to return and drops their outcomes."""
        self._closed = True
        self.cancel_all()
        finished = self._pool.waitForDone(max(0, timeout_ms))
        for handle in list(self._pending.values()):
            self._finish(handle)
        if not finished:
            log.warning("TaskRunner shut down with tasks still running after %d ms", timeout_ms)
        return finished

    def _finish(self, handle: TaskHandle) -> None:
        if handle._done:
            return
        handle._done = True
        handle._runner = None
        handle._job = None
        self._pending.pop(handle.id, None)
        if handle.key is not None and self._by_key.get(handle.key) is handle:
            del self._by_key[handle.key]
        if not self._pending:
            self.busyChanged.emit(False)

    def _deliver(self, handle: TaskHandle, outcome: tuple[bool, Any]) -> None:
        if handle._done:
            return
        cancelled = handle.cancelled
        on_result, on_error = handle.on_result, handle.on_error
        self._finish(handle)
        if cancelled:
            return
        ok, value = outcome
        if ok:
            if on_result is not None:
                on_result(value)
        elif on_error is not None:
            on_error(value)
        elif isinstance(value, StationError):
            log.warning("Background task failed with no one to tell: %s", value.text.render())

    def _deliver_progress(self, handle: TaskHandle, value: Any) -> None:
        if not handle._done and not handle.cancelled and handle.on_progress is not None:
            handle.on_progress(value)


class PageCalls(QObject):
    """A page's service calls, one at a time, through the window's runner.

    While a call is pending, ``call`` refuses another (a key press aimed at the screen being replaced must
    not act on stale state; the caller drops it), and ``after`` holds an action (a scan) until the call
    returned. ``slow`` turns True only when a call has been running for ``slow_ms``, so a page shows a busy
    state for the rare long call and never flickers for the usual quick one. A failed call goes to the page's
    one error handler unless the call names its own.
    """

    slow = Signal(bool)

    def __init__(self, runner: TaskRunner, on_error: Callable[[BaseException], Any], parent: QObject | None = None,
                 slow_ms: int = 400) -> None:
        super().__init__(parent)
        self._runner = runner
        self._on_error = on_error
        self._handle: TaskHandle | None = None
        self._waiting: list[Callable[[], Any]] = []
        self._slow = False
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.setInterval(slow_ms)
        self._slow_timer.timeout.connect(self._became_slow)

    @property
    def pending(self) -> bool:
        return self._handle is not None

    def call(self, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], Any],
             on_error: Callable[[BaseException], Any] | None = None, **kwargs: Any) -> bool:
        """Runs ``fn(*args, **kwargs)`` in the background; False (and nothing run) while another call is pending."""
        if self._handle is not None:
            return False
        error = on_error or self._on_error
        self._handle = self._runner.run(fn, *args, on_result=lambda value: self._done(on_result, value),
                                        on_error=lambda exc: self._done(error, exc), **kwargs)
        self._slow_timer.start()
        return True

    def after(self, action: Callable[[], Any]) -> None:
        """Runs ``action`` now when no call is pending, else once the pending call's outcome was shown."""
        if self._handle is None:
            action()
        else:
            self._waiting.append(action)

    def forget(self) -> None:
        """Drops the pending call's outcome and anything waiting (sign-out, the page rebuilt)."""
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self._waiting.clear()
        self._not_slow()

    def _done(self, deliver: Callable[[Any], Any], value: Any) -> None:
        self._handle = None
        self._not_slow()
        deliver(value)
        # Each waiting action may start a call of its own; the rest wait for that one in turn.
        while self._waiting and self._handle is None:
            self._waiting.pop(0)()

    def _became_slow(self) -> None:
        if self._handle is not None and not self._slow:
            self._slow = True
            self.slow.emit(True)

    def _not_slow(self) -> None:
        self._slow_timer.stop()
        if self._slow:
            self._slow = False
            self.slow.emit(False)
