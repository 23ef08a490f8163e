"""The sync use cases for the command line and the window: sync once, the status, retry what was refused.

With no central URL the station is stand-alone: nothing is sent, the outbox keeps every fact, and pointing the
station at a central database later sends them all.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from sqlalchemy import Engine, select, update

from db import models
from db.sync_models import PhotoUpload, central_info
from station.context import StationContext
from station.ids import utc_now
from station.services.evidence import flag_reuses_in_pulled
from station.sync import install, state
from station.sync.central_setup import INSTALL_VERSION
from station.sync.connection import SyncProblem, central_engine, problem_from
from station.sync.photos import PhotoResult, PostgresPhotoStore, upload
from station.sync.pull import PulledHandler, PullResult, pull
from station.sync.push import BATCH_SIZE, PushResult, push
from station.sync.retry import SyncSchedule as SyncSchedule  # the window's worker times its passes with it
from station.sync.state import SyncStatus
from station.text import _

log = logging.getLogger(__name__)

# Areas that answer what other stations sent, run by the pull in the transaction that applies the rows.
ON_PULLED: tuple[PulledHandler, ...] = (
    flag_reuses_in_pulled,  # a photo another station used too
)


@dataclass
class SyncReport:
    """What one sync did. ``outcome``: stand-alone, done, offline, error, busy (another sync was running)."""

    outcome: str
    status: SyncStatus
    push: PushResult | None = None
    photos: PhotoResult | None = None
    pull: PullResult | None = None
    # A new install of this station id: its own earlier records, brought back before anything else.
    restored: PullResult | None = None
    problem: SyncProblem | None = None
    seconds: float = 0.0

    @property
    def everything_sent(self) -> bool:
        s = self.status
        return (self.outcome == "done" and s.waiting == 0 and s.quarantined == 0 and s.photos_waiting == 0
                and s.photos_damaged == 0)


def sync_status(ctx: StationContext) -> SyncStatus:
    with ctx.read() as session:
        return state.status(session, ctx.station_id, bool(ctx.settings.central_url))


@contextmanager
def _only_one_sync(ctx: StationContext) -> Iterator[bool]:
    """The window's worker and a `station sync` at the same time would only do the work twice: one waits out."""
    try:
        import fcntl
    except ImportError:  # not POSIX: sending twice is harmless, just wasted
        yield True
        return
    handle: IO[str] = open(ctx.data_dir / "sync.lock", "a")  # noqa: SIM115  (held for the whole sync)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        handle.close()


def _check_central(connection) -> None:
    with connection.begin():
        version = connection.execute(select(central_info.c.value).where(central_info.c.key == "install_version")
                                     ).scalar()
    if version is None or int(version) < INSTALL_VERSION:
        raise SyncProblem("error", _("The central database is not set up for stations yet. Ask IT to run "
                                     "`station central init` on it."))


def _record(ctx: StationContext, *, ok: bool, problem: SyncProblem | None) -> None:
    now = utc_now()
    with ctx.transaction() as session:
        row = state.load(session)
        row.last_attempt_at = now
        if ok and problem is None:
            row.last_sync_at, row.offline_since, row.problem_kind, row.problem = now, None, None, None
            return
        if ok:
            row.last_sync_at = now
        assert problem is not None
        row.problem_kind, row.problem = problem.kind, problem.text.to_json()
        if problem.kind == "offline":
            row.offline_since = row.offline_since or now
        else:
            row.offline_since = None


class _Unfinished(Exception):
    """Not an error: the restore goes on at the next sync."""

    def __init__(self, result: PullResult) -> None:
        super().__init__("restore unfinished")
        self.result = result


def _restore(ctx: StationContext, connection, should_stop: Callable[[], bool]) -> PullResult:
    """A new install brings back what the central holds of its station id: the facts, then the photo files.
    Only when both are here does the install join and may record again, continuing the chain."""
    result = pull(ctx, connection, should_stop=should_stop, include_own=True)
    # The log is read only below the server's oldest running transaction: the chain must have caught up too.
    if result.complete and not result.stopped and not should_stop() and install.caught_up(ctx, connection):
        fetched, lost = install.restore_photos(ctx, PostgresPhotoStore(connection))
        log.info("restored this station's records: %s; photos %d fetched, %d not held centrally",
                 dict(result.applied), fetched, lost)
        install.finish_restore(ctx)
    else:
        result.complete = False
    return result


def sync_once(ctx: StationContext, *, pull_too: bool = True, batch_size: int = BATCH_SIZE,
              should_stop: Callable[[], bool] = lambda: False, engine: Engine | None = None) -> SyncReport:
    """Push the outbox, upload the photos, pull what changed: one pass, as far as the link allows."""
    started = time.perf_counter()
    url = ctx.settings.central_url
    if not url and engine is None:
        return SyncReport("stand-alone", sync_status(ctx))
    with _only_one_sync(ctx) as mine:
        if not mine:
            return SyncReport("busy", sync_status(ctx))
        report = SyncReport("done", sync_status(ctx))
        own_engine = engine is None
        try:
            engine = engine or central_engine(str(url), ctx.station_id)
            with engine.connect() as connection:
                _check_central(connection)
                install.claim(ctx, connection)
                if install.check_chain(ctx, connection):
                    report.restored = _restore(ctx, connection, should_stop)
                    if not report.restored.complete:
                        raise _Unfinished(report.restored)
                install.ensure_chain_key(ctx, connection)
                report.push = push(ctx, connection, batch_size=batch_size, should_stop=should_stop)
                report.photos = upload(ctx, PostgresPhotoStore(connection), should_stop=should_stop)
                if pull_too:
                    report.pull = pull(ctx, connection, should_stop=should_stop, on_pulled=ON_PULLED)
                    if report.pull.facts_made and not should_stop():
                        # What the pull made this station find (a reused photo) reaches the others in this pass.
                        report.push.add(push(ctx, connection, batch_size=batch_size, should_stop=should_stop))
            stopped = report.pull.stopped if report.pull else None
            _record(ctx, ok=True, problem=SyncProblem("error", stopped) if stopped else None)
        except _Unfinished as unfinished:
            # Stopped on purpose (the window closing), by the server's horizon, or by data this version does not
            # know: nothing is sent until the restore is done, so this pass did not sync.
            stopped = unfinished.result.stopped
            report.outcome = "error" if stopped else "offline"
            report.problem = SyncProblem("error", stopped) if stopped else SyncProblem("offline", _(
                "This station is still fetching its earlier records as {station} from the central database; it "
                "goes on by itself at the next sync.", station=ctx.station_id))
            _record(ctx, ok=False, problem=report.problem)
        except Exception as exc:
            problem = problem_from(exc)
            if problem.kind == "error":
                log.error("sync failed: %s", problem.text.render(), exc_info=exc)
            else:
                log.warning("sync failed: %s", problem.text.render())
            report.outcome, report.problem = problem.kind, problem
            try:
                _record(ctx, ok=False, problem=problem)
            except Exception:
                log.exception("sync state not saved")
        finally:
            if own_engine and engine is not None:
                engine.dispose()
        report.status = sync_status(ctx)
        report.seconds = time.perf_counter() - started
        return report


def retry_refused(ctx: StationContext) -> int:
    """Quarantined records and damaged photos get another try at the next sync (after someone fixed the cause)."""
    outbox = models.OutboxEntry.__table__
    with ctx.transaction() as session:
        count = session.execute(update(outbox).where(outbox.c.quarantined.is_(True), outbox.c.sent_at.is_(None))
                                .values(quarantined=False, last_error=None)).rowcount or 0
        session.execute(update(PhotoUpload).where(PhotoUpload.state != "uploaded").values(problem=None))
        row = state.load(session)
        if row.problem_kind == "error":
            row.problem_kind, row.problem = None, None
    return int(count)


def refused(ctx: StationContext) -> list[dict[str, str]]:
    """The quarantined records, for `station sync status` and a lead."""
    outbox = models.OutboxEntry
    with ctx.read() as session:
        rows = session.execute(select(outbox.seq, outbox.table_name, outbox.row_id, outbox.last_error)
                               .where(outbox.quarantined.is_(True), outbox.sent_at.is_(None))
                               .order_by(outbox.seq)).all()
        photos = session.execute(select(PhotoUpload.sha256, PhotoUpload.state, PhotoUpload.problem)
                                 .where(PhotoUpload.state != "uploaded")).all()
    return ([{"table": t, "id": r, "problem": e or ""} for _s, t, r, e in rows]
            + [{"table": "photo file", "id": sha, "problem": p or what} for sha, what, p in photos])
