"""A station after a year (made by scripts/make_year.py): how long each dock step and screen takes on it.

Usage: .venv/bin/python scripts/bench_year.py --data-dir /tmp/year [--items 50] [--shift 100] [--no-verify]
Measured on a copy of the folder, so the year stays as made. Goals: every dock step p95 <= 100 ms, no UI-thread
stall over 50 ms, audit verify of the year <= 30 s.

The services are timed first (each dock step's calls, the screens' reads); then a scripted shift of `--shift` new
RMAs runs through Inspect in the real window, offscreen (scripts/bench_year_shift.py), timing each step until it
is painted and the UI thread's stalls with a 2 ms heartbeat. The last two lines are `stall_max_ms: N`, the
longest stall of the UI thread in the shift, and `p95_ms: N`, the slowest dock step's p95 (services and window).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def timed(run: Callable[[], Any], times: int) -> list[float]:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append((time.perf_counter() - started) * 1000)
    return spent


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def row(name: str, values: list[float]) -> None:
    print(f"{name:44}{statistics.median(values):10.1f}{p95(values):10.1f}{len(values):8d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="a folder made by scripts/make_year.py")
    parser.add_argument("--items", type=int, default=50, help="inspections walked through the services")
    parser.add_argument("--shift", type=int, default=100, help="items driven through the window (0: none)")
    parser.add_argument("--no-wedge", action="store_true",
                        help="without the scanner's keyboard filter, which holds each key 2 x wedge_max_gap_ms")
    parser.add_argument("--trace-events", action="store_true",
                        help="name the widget and event of each long stall (slows every event: for finding them)")
    parser.add_argument("--no-verify", action="store_true", help="leave out audit verify (the longest part)")
    args = parser.parse_args()
    app = None
    if args.shift:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication

        from scripts.bench_year_shift import TracingApplication
        from ui.style import apply_style
        from ui.translations import set_language

        app = (TracingApplication if args.trace_events else QApplication)([sys.argv[0], "-style", "Fusion"])
        apply_style(app)
        set_language("en")

    from sqlalchemy import func, select

    from db import models
    from station.audit.verify import verify_store
    from station.context import open_station
    from station.services import inspect as inspection
    from station.services.dashboard import DashboardRequest, dashboard_data
    from station.services.identify import identify
    from station.services.refurb import refurb_page, refurb_queue
    from station.services.review import review_queue
    from station.services.sync import sync_status
    from tests.flows import in_order, like_new

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "station"
        shutil.copytree(args.data_dir, data)
        started = time.perf_counter()
        ctx = open_station(data)
        opened_ms = (time.perf_counter() - started) * 1000
        with ctx.read() as session:
            own = session.scalar(select(func.count()).select_from(models.Inspection)
                                 .where(models.Inspection.station_id == ctx.station_id)) or 0
            everyone = session.scalar(select(func.count()).select_from(models.Inspection)) or 0
            inspector = session.scalar(select(models.User.id).where(models.User.role == "inspector"))
            lead = session.scalar(select(models.User.id).where(models.User.role == "lead"))
            rmas = list(session.scalars(select(models.RmaLine.rma_number).distinct()))
        print(f"store: {own} inspections of this station, {everyone} in all; opened in {opened_ms:.0f} ms")
        print(f"{'':44}{'p50 ms':>10}{'p95 ms':>10}{'runs':>8}")
        shift = None
        scan_to_checklist: list[float] = []
        complete_to_next: list[float] = []
        photo = sorted((REPO / "resources" / "demo" / "camera").glob("*.jpg"))[0]
        for number in range(args.items):
            text = rmas[number % len(rmas)]
            started = time.perf_counter()
            found = identify(ctx, text)
            line = next((candidate for candidate in found.lines if candidate.product is not None), None)
            if line is None or line.product is None:
                continue
            draft = inspection.start_inspection(ctx, inspector, inspection.StartRequest(
                label_text=text, label_kind=found.label.kind, sku=line.product.sku, rma_number=line.rma_number,
                line_no=line.line_no))
            scan_to_checklist.append((time.perf_counter() - started) * 1000)
            template = ctx.templates.templates[draft.category]
            for question_id, value in in_order(template, like_new(template, ctx.rules)):
                draft = inspection.answer(ctx, draft.id, question_id, value)
            while draft.photos_missing:
                draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id,
                                                path=photo)
            started = time.perf_counter()
            inspection.complete_inspection(ctx, draft.id)
            inspection.shift_stats(ctx, inspector)
            complete_to_next.append((time.perf_counter() - started) * 1000)
        steps = {"scan decoded -> checklist (services)": scan_to_checklist,
                 "complete -> next scan ready (services)": complete_to_next,
                 "header refresh (shift figures + sync)": timed(
                     lambda: (inspection.shift_stats(ctx, inspector), sync_status(ctx)), 20)}
        for name, values in steps.items():
            if values:
                row(name, values)
        if app is not None:
            from scripts.bench_year_shift import report, run_shift

            shift = run_shift(app, ctx, args.shift, wedge=not args.no_wedge)
            report(shift)
        # The window reads a page of each queue (its first paint); the whole list is what the web view and the
        # command line still read, timed beside it in the same run.
        screens = {"Review queue, first page of 200": timed(lambda: review_queue(ctx, limit=200), 3),
                   "Review queue, every item": timed(lambda: review_queue(ctx), 3),
                   "Refurb queue, first page of 200": timed(lambda: refurb_page(ctx, limit=200), 3),
                   "Refurb queue, every item": timed(lambda: refurb_queue(ctx), 3),
                   "Dashboard, last 30 days": timed(lambda: dashboard_data(ctx, lead, DashboardRequest(days=30)), 3)}
        for name, values in screens.items():
            row(name, values)
        print(f"(Review queue: {len(review_queue(ctx).items)} open items; "
              f"Refurb queue: {len(refurb_queue(ctx))} items)")
        if not args.no_verify:
            started = time.perf_counter()
            with ctx.read() as session:
                report = verify_store(session, ctx.evidence)
            verify_s = time.perf_counter() - started
            print(f"audit verify: {'OK' if report.ok else 'PROBLEMS'}, {report.facts_checked} facts in "
                  f"{verify_s:.1f} s (goal <= 30 s)")
        ctx.sessions.kw["bind"].dispose()
    worst = max(p95(values) for values in steps.values() if values)
    if shift is not None:
        worst = max([worst, *(p95(values) for values in shift.steps.values() if values)])
        print(f"stall_max_ms: {shift.stall_max:.0f}")
    print(f"p95_ms: {worst:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
