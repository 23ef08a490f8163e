"""`station sync`: send the outbox and photos to the central database and pull what changed; its status.

Exit codes of `sync --once`: 0 everything was sent; 1 something still waits (offline, or another sync was
running); 2 an error someone must fix (see the message); 3 stand-alone (no central database configured).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from station.commands.common import station_from
from station.text import english_plural

EXIT_SENT, EXIT_WAITING, EXIT_ERROR, EXIT_STAND_ALONE = 0, 1, 2, 3


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="send to and receive from the central database")
    sync.add_argument("--once", action="store_true", help="one pass, then exit (0 when everything was sent)")
    sync.add_argument("--interval", type=float, default=None,
                      help="seconds between passes without --once (default: the sync_interval_s setting)")
    sync.add_argument("--batch-size", type=int, default=None, help="outbox rows per central transaction")
    sync.add_argument("--push-only", action="store_true", help="send, but do not pull")
    sync.add_argument("--json", action="store_true", help="print what moved as one JSON object")
    sync.set_defaults(func=_sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    status = actions.add_parser("status", help="what waits to be sent, and the last sync")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_status)
    retry = actions.add_parser("retry", help="send quarantined records and re-check damaged photos again")
    retry.set_defaults(func=_retry)


def _exit_code(report: Any) -> int:
    if report.outcome == "stand-alone":
        return EXIT_STAND_ALONE
    if report.outcome == "error" or report.status.state == "error":
        return EXIT_ERROR
    return EXIT_SENT if report.everything_sent else EXIT_WAITING


def report_json(report: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"outcome": report.outcome, "seconds": round(report.seconds, 3),
                            "status": report.status.to_json(), "everything_sent": report.everything_sent}
    if report.problem is not None:
        data["problem"] = report.problem.text.render()
    if report.push is not None:
        data["pushed"] = {"inserted": dict(report.push.inserted), "already_there": dict(report.push.already),
                          "refused": [r.__dict__ for r in report.push.refused], "batches": report.push.batches}
    if report.photos is not None:
        data["photos"] = {"uploaded": report.photos.uploaded, "bytes": report.photos.bytes,
                          "already_there": report.photos.already, "damaged": report.photos.damaged,
                          "missing": report.photos.missing}
    if report.restored is not None:
        data["restored"] = {"complete": report.restored.complete, "applied": dict(report.restored.applied)}
    if report.pull is not None:
        data["pulled"] = {"changes": report.pull.changes, "applied": dict(report.pull.applied),
                          "removed": dict(report.pull.removed),
                          "stopped": report.pull.stopped.render() if report.pull.stopped else None}
    return data


def _counts(counter: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counter.items() if count) or "nothing"


def print_report(report: Any) -> None:
    if report.outcome == "stand-alone":
        print(f"stand-alone: no central database configured; {english_plural('%n record(s)', report.status.waiting)} "
              "kept in the outbox "
              "(set central_url or use --central URL to send them)")
        return
    if report.outcome == "busy":
        print("another sync is running at this station; nothing done")
    if report.restored is not None:
        print(f"restored this station's earlier records from the central: {_counts(report.restored.applied)}"
              + ("" if report.restored.complete else " (not finished: it goes on at the next sync)"))
    if report.push is not None:
        already = sum(report.push.already.values())
        print(f"pushed {english_plural('%n record(s)', report.push.sent)}: {_counts(report.push.inserted)}"
              + (f" ({already} already there)" if already else ""))
        for refused in report.push.refused:
            print(f"  refused {refused.table} {refused.row_id}: {refused.problem}")
    if report.photos is not None:
        photos = report.photos
        print(f"photos: {photos.uploaded} uploaded ({photos.bytes / 1e6:.1f} MB), {photos.already} already there"
              + (f", {len(photos.damaged)} damaged on disk (not sent)" if photos.damaged else "")
              + (f", {len(photos.missing)} missing on disk" if photos.missing else ""))
    if report.pull is not None:
        print(f"pulled {english_plural('%n change(s)', report.pull.changes)}: {_counts(report.pull.applied)}")
    if report.problem is not None:
        print(f"{report.problem.kind}: {report.problem.text.render()}")
    status = report.status
    photos = english_plural("%n photo(s)", status.photos_waiting)
    print(f"status: {status.state}; {status.waiting} waiting, {photos} waiting"
          + (f", {status.quarantined} quarantined" if status.quarantined else "")
          + (f" ({report.seconds:.1f} s)" if report.seconds else ""))
    if status.problem is not None and report.problem is None:
        print(f"  {status.problem.render()}")


def _sync(args: argparse.Namespace) -> int:
    from station.services.sync import sync_once
    from station.sync.push import BATCH_SIZE
    from station.sync.retry import SyncSchedule

    ctx = station_from(args)
    options = {"pull_too": not args.push_only, "batch_size": args.batch_size or BATCH_SIZE}
    if args.once:
        report = sync_once(ctx, **options)
        if args.json:
            print(json.dumps(report_json(report), ensure_ascii=False))
        else:
            print_report(report)
        return _exit_code(report)
    schedule = SyncSchedule.from_settings(ctx.settings, interval_s=args.interval)
    try:
        while True:
            report = sync_once(ctx, **options)
            print(json.dumps(report_json(report), ensure_ascii=False) if args.json else
                  f"{time.strftime('%H:%M:%S')} {report.status.state}: {report.status.waiting} waiting"
                  + (f" ({report.problem.text.render()})" if report.problem else ""), flush=True)
            if report.outcome == "stand-alone":
                return EXIT_STAND_ALONE
            schedule.record(failed=report.problem is not None)
            time.sleep(schedule.next_delay_s())
    except KeyboardInterrupt:
        return EXIT_SENT


def _status(args: argparse.Namespace) -> int:
    from station.services.sync import refused, sync_status

    ctx = station_from(args)
    status = sync_status(ctx)
    if args.json:
        data = status.to_json()
        data["central"] = _shown(ctx.settings.central_url)
        data["refused"] = refused(ctx)
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"central: {_shown(ctx.settings.central_url) or 'none (stand-alone)'}")
    print(f"state: {status.state}")
    waiting = english_plural("%n record(s)", status.waiting)
    print(f"waiting: {waiting}" + (f" ({_counts(status.waiting_by_table)})" if status.waiting else ""))
    print(f"photos waiting: {status.photos_waiting}; damaged on disk: {status.photos_damaged}")
    print(f"quarantined: {status.quarantined}")
    print(f"last sync: {status.last_sync_at.astimezone():%Y-%m-%d %H:%M:%S}" if status.last_sync_at
          else "last sync: never")
    if status.offline_since:
        print(f"offline since: {status.offline_since.astimezone():%Y-%m-%d %H:%M}")
    if status.problem:
        print(f"what to do: {status.problem.render()}")
    for row in refused(ctx):
        print(f"  {row['table']} {row['id']}: {row['problem']}")
    return 0


def _shown(url: str | None) -> str | None:
    from station.sync.connection import shown_url

    return shown_url(url) if url else None


def _retry(args: argparse.Namespace) -> int:
    from station.services.sync import retry_refused

    count = retry_refused(station_from(args))
    print(english_plural("%n quarantined record(s) will be sent again at the next sync", count))
    return 0


if __name__ == "__main__":
    sys.exit("run it as `station sync`")
