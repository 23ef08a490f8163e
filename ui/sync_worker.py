"""The sync worker: a sync job off the UI thread on a timer and on demand, backing off while the link is down.

Each job opens its own database sessions and its own central connection (station.services.sync). Working offline
is normal: a failed sync only schedules the next try (station.sync.retry, numbers in the settings); it never
blocks an inspection, and finishing an inspection does not hurry a retry while the link is down.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from station.services.sync import SyncReport, SyncSchedule, sync_once
from ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from station.context import StationContext
    from ui.tasks import TaskState

log = logging.getLogger(__name__)


def _sync_job(ctx: StationContext, state: TaskState) -> SyncReport:
    return sync_once(ctx, should_stop=lambda: state.cancelled)


class SyncWorker(QObject):
    """Emits ``synced(report)`` on the UI thread after each pass. Stand-alone stations run no job at all."""

    synced = Signal(object)

    # After an inspection is completed, send it this soon (unless the link is down).
    SOON_S = 2.0

    def __init__(self, ctx: StationContext, parent: QObject | None = None, *, interval_s: float | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schedule = SyncSchedule.from_settings(ctx.settings, interval_s=interval_s)
        self.last_report: SyncReport | None = None
        self._runner = TaskRunner(self, max_threads=1)
        self._handle: TaskHandle | None = None
        self._again = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    @property
    def enabled(self) -> bool:
        return bool(self.ctx.settings.central_url) and not self._stopped

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.done

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def start(self) -> None:
        if self.enabled:
            self._schedule(0)

    def sync_now(self) -> None:
        """On demand (and from the timer): a pass now, or right after the one running."""
        if not self.enabled:
            return
        if self.running:
            self._again = True
            return
        self._timer.stop()
        self._handle = self._runner.run(_sync_job, self.ctx, on_result=self._done, on_error=self._failed,
                                        key="sync")

    def poke(self) -> None:
        """Something new to send: soon, unless the link is down (then the backoff timer decides)."""
        if self.enabled and self.schedule.failures == 0 and not self.running:
            remaining = self._timer.remainingTime() / 1000 if self._timer.isActive() else None
            if remaining is None or remaining > self.SOON_S:
                self._schedule(self.SOON_S)

    def _schedule(self, seconds: float) -> None:
        if not self._stopped:
            self._timer.start(max(0, int(seconds * 1000)))

    def _next(self) -> None:
        if self._again:
            self._again = False
            self._schedule(0)
        else:
            self._schedule(self.schedule.next_delay_s())

    def _done(self, report: SyncReport) -> None:
        self._handle = None
        self.last_report = report
        self.schedule.record(failed=report.problem is not None)
        self.synced.emit(report)
        self._next()

    def _failed(self, error: BaseException) -> Any:
        # sync_once turns every failure into a report; this is a bug's way out, logged by the task runner.
        self._handle = None
        self.schedule.record(failed=True)
        self._next()

    def stop(self, timeout_ms: int = 5000) -> None:
        """Stops the timer and waits for a running pass (it stops between batches)."""
        self._stopped = True
        self._timer.stop()
        self._runner.shutdown(timeout_ms)
