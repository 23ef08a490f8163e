"""The header's count of open move tasks, the first time it is asked after a dock step added a fact, on a station
holding 50,000 inspections put away by the rules; and a dock step's own call while that count runs beside it.

Usage: .venv/bin/python scripts/bench_move_count.py [--inspections 50000] [--changes 6] [--data-dir DIR]
Each change is a lead's regrade of a placed item, then the move that scan-confirms it into its new container
(two facts, two counts). The baseline, in the same run after each same change, is the count read from every fact
(what the header did before it kept its answer up to date from the new facts only). Then a dock step
(the scan's RMA look-up and the grade's "put in" plan) is timed alone, beside the count from every fact and beside
the kept count, each in a second thread as the window's task runner would run them.
With --data-dir an existing station is used (and changed); without it one is built as scripts/bench_flow.py does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inspections", type=int, default=50_000)
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir
        if data_dir is None or not (data_dir / "station.db").exists():
            from scripts.bench_flow import build_station

            data_dir = data_dir or Path(tmp) / "station"
            started = time.perf_counter()
            made, placed = build_station(data_dir, args.inspections)
            print(f"station: {made:,} inspections, {placed:,} placed (made in "
                  f"{time.perf_counter() - started:.0f} s)", flush=True)
        return measure(data_dir, args.changes)


def measure(data_dir: Path, changes: int) -> int:
    from station.context import open_station
    from station.putaway.moves import _fact_counts, _read_move_tasks
    from station.services import putaway

    ctx = open_station(data_dir)
    rules = ctx.putaway.require()

    def every_fact() -> int:
        with ctx.read() as session:
            _fact_counts(session)  # the old answer's key, read on every ask
            return len(_read_move_tasks(session, rules))

    def kept() -> int:
        return putaway.move_task_count(ctx)

    try:
        started = time.perf_counter()
        first = kept()
        print(f"first count at start (every fact, as before): {time.perf_counter() - started:.2f} s, "
              f"{first:,} open", flush=True)
        old_ms: list[float] = []
        new_ms: list[float] = []
        for item, step in _changes(ctx, changes):
            step()
            # Both read the same facts; the order alternates so neither always finds the pages warm.
            pair = [(new_ms, kept), (old_ms, every_fact)]
            if len(old_ms) % 2:
                pair.reverse()
            answers = []
            for into, count in pair:
                begin = time.perf_counter()
                answers.append(count())
                into.append((time.perf_counter() - begin) * 1000)
            assert answers[0] == answers[1], f"kept {answers} differ after a change on {item}"
        old, new = statistics.median(old_ms), statistics.median(new_ms)
        print(f"first count after a change, median of {len(old_ms)}: every fact {old:.0f} ms "
              f"(max {max(old_ms):.0f}), kept {new:.1f} ms (max {max(new_ms):.1f})")
        dock_step(ctx, every_fact, kept)
        window_runner(ctx, every_fact, kept)
        print(f"ratio: {new / old:.4f}")
    finally:
        ctx.sessions.kw["bind"].dispose()
    return 0


def _changes(ctx, count: int):
    """(item, step) pairs: a lead regrade of a restocked, placed item to dispose, then its move to a gaylord."""
    from sqlalchemy import select

    from db import models
    from db.putaway_models import ContainerPlacement
    from db.review_models import Review
    from station.review.decisions import DECIDING_ROLES, regrade
    from station.services import putaway
    from station.services.auth import list_users

    with ctx.read() as session:
        items = list(session.scalars(
            select(models.Inspection.id).where(models.Inspection.disposition == "restock",
                                               models.Inspection.id.in_(select(ContainerPlacement.inspection_id)),
                                               models.Inspection.id.not_in(select(Review.inspection_id)))
            .order_by(models.Inspection.completed_at.desc()).limit(count)))
    who = next(u.id for u in list_users(ctx) if u.role in DECIDING_ROLES)
    for item in items:
        yield item, lambda item=item: regrade(ctx, who, item, grade="F", disposition="dispose",
                                             reason="liquid damage found on a second look")

        def move(item=item) -> None:
            task = next(t for t in putaway.open_move_tasks(ctx) if t.inspection_id == item)
            code = task.to_code
            if not putaway.confirm_placement(ctx, item, code).placed:
                code = putaway.open_container(ctx, task.to_kind, task.to_zone).code
                assert putaway.confirm_placement(ctx, item, code).placed
        yield item, move


def dock_step(ctx, every_fact, kept, samples: int = 40) -> None:
    """A dock step's calls (scan -> RMA look-up; grade -> the "put in" plan) alone and beside each count."""
    from sqlalchemy import select

    from db.putaway_models import ContainerPlacement
    from station.services import putaway
    from station.services.identify import identify

    rma = _fresh_rma(ctx)
    with ctx.read() as session:
        placed = session.scalars(select(ContainerPlacement.inspection_id).limit(1)).one()

    def step() -> float:
        begin = time.perf_counter()
        identify(ctx, rma)
        putaway.put_away_for(ctx, placed)
        return (time.perf_counter() - begin) * 1000

    def beside(count) -> list[float]:
        stop = threading.Event()

        def header() -> None:
            while not stop.is_set():
                count()

        worker = threading.Thread(target=header, daemon=True)
        worker.start()
        time.sleep(0.2)
        try:
            return [step() for _i in range(samples)]
        finally:
            stop.set()
            worker.join()

    alone = [step() for _i in range(samples)]
    old = beside(every_fact)
    new = beside(kept)
    alone.extend(step() for _i in range(samples))
    print(f"dock step (RMA look-up + put-in plan), median / max of {samples}: alone {statistics.median(alone):.1f} / "
          f"{max(alone):.1f} ms, beside the count from every fact {statistics.median(old):.1f} / {max(old):.1f} ms, "
          f"beside the kept count {statistics.median(new):.1f} / {max(new):.1f} ms")


def _fresh_rma(ctx) -> str:
    """An RMA not inspected yet (bench_flow's copy of a demo one), made once per station."""
    from db import models
    from scripts.bench_flow import fresh_rmas

    with ctx.read() as session:
        if session.get(models.ReturnAuthorization, "RMA-900001") is not None:
            return "RMA-900001"
    return fresh_rmas(ctx, 1)[0]


def window_runner(ctx, every_fact, kept, rounds: int = 3) -> None:
    """The window's own task runner (a pool of QThread.idealThreadCount() threads, shared by the header and every
    page): the header's refresh asked twice within one count (the 5 s timer and Complete, or a sync, both call
    it; a newer refresh drops the older one's answer but cannot stop it running), then the page's call."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    from station.services.identify import identify
    from ui.tasks import PageCalls, TaskRunner

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    runner = TaskRunner()
    calls = PageCalls(runner, on_error=lambda exc: print("page call failed:", exc))
    rma = _fresh_rma(ctx)
    figures: dict[str, list[float]] = {"no header refresh": [], "every fact": [], "kept": []}
    try:
        for _round in range(rounds):
            for name, count in (("no header refresh", None), ("every fact", every_fact), ("kept", kept)):
                if count is not None:
                    for _i in range(2):
                        runner.run(count, key="header-status")
                        time.sleep(0.3)  # the first one has started: the second drops its answer, not its work
                time.sleep(0.05)  # the dock's scan comes while the header counts
                arrived: list[float] = []
                begin = time.perf_counter()
                calls.call(identify, ctx, rma, on_result=lambda _r, into=arrived: into.append(time.perf_counter()))
                while not arrived:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                figures[name].append((arrived[0] - begin) * 1000)
                runner.wait_idle(60_000)
    finally:
        runner.shutdown(60_000)
    print(f"window runner ({QThread.idealThreadCount()} pool threads), the scan's RMA look-up through PageCalls, "
          "worst of " + str(rounds) + ": " + ", ".join(f"{name} {max(v):.0f} ms" for name, v in figures.items()))


if __name__ == "__main__":
    raise SystemExit(main())
