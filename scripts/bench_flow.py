"""Scan-decoded to checklist-shown latency in the real window (offscreen unless DISPLAY is set), then grade to
"put in" shown and the confirm scan, all on one station holding 50,000 inspections put away by the rules.

Usage: .venv/bin/python scripts/bench_flow.py [--scans 200] [--inspections 50000] [--skip-scan]
Goal: p95 <= 100 ms each. The first timer starts when the decoded text reaches the Inspect page and stops when the
first question is on screen and painted. The put-away timer starts when the inspection is graded (completed) and
stops when "Put in … — tote T-…" is painted in big type; the confirm timer covers the scan of that container
until the answer is painted. The baseline is the same label painted with a fixed text, in the same run.

The station is filled in bulk (scripts/make_year.py for the inspections, then every item placed by the rules with
the same fact rows, audit chain and outbox the services write): through the services one by one, 50,000
inspections took a quarter of an hour on a loaded machine; in bulk about three minutes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--inspections", type=int, default=50_000, help="station size for every timing")
    parser.add_argument("--skip-scan", action="store_true", help="only the put-away timing")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from ui.style import apply_style

    app = QApplication(sys.argv[:1])
    apply_style(app)
    worst: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "station"
        started = time.perf_counter()
        made, placed = build_station(data_dir, args.inspections)
        print(f"station: {made:,} inspections, {placed:,} placed by the rules (made in "
              f"{time.perf_counter() - started:.0f} s)", flush=True)
        from station.context import open_station

        ctx = open_station(data_dir)
        try:
            if not args.skip_scan:
                worst.append(scan_latencies(app, ctx, args.scans))
            worst.extend(putaway_latencies(app, ctx))
        finally:
            ctx.sessions.kw["bind"].dispose()
    print(f"p95_ms: {max(worst):.1f}")
    return 0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(len(ordered) * 0.95) - 1)]


def build_station(data_dir: Path, inspections: int) -> tuple[int, int]:
    """A station of `inspections` inspected at this dock (answers, photos, reviews, refurb outcomes), each item
    placed where the rules put it, written in bulk. Returns (inspections, placements)."""
    import math

    from scripts.make_year import make_year

    days = max(1, round(inspections / 274))
    counts = make_year(data_dir, days=days, per_day=math.ceil(inspections / days), docks=1, seed=50,
                       progress=lambda _line: None)
    return counts["inspections"], place_all(data_dir)


def place_all(data_dir: Path) -> int:
    """Places every inspected item by the rules for its current outcome, at the time it was inspected, as a dock
    that put each item away (and moved the regraded ones) would hold it: containers opened from the series,
    closed at capacity. The rows are the facts `confirm_placement` writes, with their audit events and outbox."""
    import random
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import insert, select

    from db import models
    from db.putaway_models import Container, ContainerClose, ContainerPlacement
    from db.refurb_models import RefurbOutcome
    from db.review_models import AuditEvent, Review
    from scripts.make_year import OUTBOX_DAYS, Chain, YearWriter, _columns
    from station.context import open_station
    from station.putaway.bulk import BulkPlacer

    class PlacementWriter(YearWriter):
        def flush(self, session) -> int:
            written = 0
            for model in (Container, ContainerPlacement, ContainerClose):
                rows = self.batch.rows.pop(model, [])
                if rows:
                    session.execute(insert(model), rows)
                    written += len(rows)
            return written + super().flush(session)

    ctx = open_station(data_dir)
    rules = ctx.putaway.require()
    own = ctx.station_id
    now = datetime.now(UTC)
    writer = PlacementWriter(own, now - timedelta(days=OUTBOX_DAYS), now, random.Random(50))
    placed = 0
    try:
        with ctx.read() as session:
            last = session.execute(select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.station_id == own)
                                   .order_by(AuditEvent.seq.desc()).limit(1)).first()
            if last is not None:
                writer.chains[own] = Chain(own, last.seq, last.hash)  # the chain goes on from the last event
            # The current outcome: the refurb team's re-grade, else the lead's decision, else the inspection's.
            decided = {i: (g, d) for i, g, d in session.execute(
                select(Review.inspection_id, Review.grade, Review.disposition).order_by(Review.decided_at))}
            decided.update({i: (g, d) for i, g, d in session.execute(
                select(RefurbOutcome.inspection_id, RefurbOutcome.grade, RefurbOutcome.disposition)
                .order_by(RefurbOutcome.decided_at))})
            items = session.execute(
                select(models.Inspection.id, models.Inspection.category, models.Inspection.grade,
                       models.Inspection.disposition, models.Inspection.flags, models.Inspection.inspector_id,
                       models.Inspection.completed_at)
                .where(models.Inspection.station_id == own)
                .order_by(models.Inspection.completed_at, models.Inspection.id)).all()
            placer = BulkPlacer(session, rules, own)
        for item in items:
            grade, disposition = decided.get(item.id, (item.grade, item.disposition))
            flagged = bool(item.flags) and item.id not in decided
            for row in placer.place(item.id, item.category, grade, disposition, flagged, item.completed_at):
                model = type(row)
                actor = item.inspector_id if model is ContainerPlacement else None
                writer.fact(model, {key: getattr(row, key) for key in _columns(model)}, own, actor,
                            item.completed_at)
            placed += 1
            if placed % 5000 == 0:
                with ctx.transaction() as session:
                    writer.flush(session)
        with ctx.transaction() as session:
            writer.flush(session)
    finally:
        ctx.sessions.kw["bind"].dispose()
    return placed


def _label_baseline(app, label) -> float:
    app.processEvents()
    begin = time.perf_counter()
    label.setText("Put in RESTOCK · Electronics — tote T-00042")
    label.repaint()
    return (time.perf_counter() - begin) * 1000


def fresh_rmas(ctx, count: int) -> list[str]:
    """New one-line RMAs from the shop (copies of the demo's), so each scan opens a checklist: after 50,000
    inspections every demo RMA is inspected already."""
    from sqlalchemy import func, select

    from db import models

    with ctx.transaction() as session:
        lines = session.execute(
            select(models.RmaLine.rma_number, models.RmaLine.sku).join(models.Product,
                                                                        models.Product.sku == models.RmaLine.sku)
            .where(models.Product.category.in_(list(ctx.templates.templates)),
                   models.RmaLine.rma_number.in_(select(models.RmaLine.rma_number).group_by(
                       models.RmaLine.rma_number).having(func.count() == 1)))
            .order_by(models.RmaLine.rma_number)).all()
        numbers = []
        for number in range(count):
            source = lines[number % len(lines)]
            rma = f"RMA-{900001 + number}"
            session.add(models.ReturnAuthorization(rma_number=rma, order_number=f"BENCH-{number}",
                                                   customer="Bench", reason="Changed mind"))
            session.add(models.RmaLine(rma_number=rma, line_no=1, sku=source.sku, quantity=1))
            numbers.append(rma)
    return numbers


def scan_latencies(app, ctx, scans: int) -> float:
    """Scan decoded -> first question painted, in the real window on the big station; returns the p95."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QLabel
    from sqlalchemy import delete

    from db import models
    from station.services.auth import list_users
    from ui.main_window import MainWindow

    # Wait as the window's own event loop does, asleep until an event comes (a worker's result is one): a loop
    # that spins processEvents holds the GIL and starves the worker threads it is waiting for.
    wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents

    def settle(window) -> None:
        while window.runner.busy:
            app.processEvents(wait)
        app.processEvents()

    window = MainWindow(ctx, camera=False, install_wedge=False)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    inspector = next(u for u in list_users(ctx) if u.role == "inspector")
    window.on_signed_in(inspector)
    settle(window)
    page = window.inspect
    label = QLabel()
    label.setStyleSheet("font-size: 40px; font-weight: bold")
    label.resize(1400, 120)
    label.show()
    latencies: list[float] = []
    baseline: list[float] = []
    skipped = 0
    for rma in fresh_rmas(ctx, scans):
        baseline.append(_label_baseline(app, label))
        started = time.perf_counter()
        page.handle_scan(rma, "scanner")
        while page.stack.currentWidget() is not page.checklist_view and window.runner.busy:
            app.processEvents(wait)
        page.repaint()
        elapsed = time.perf_counter() - started
        settle(window)
        if page.stack.currentWidget() is not page.checklist_view:
            skipped += 1  # a multi-line or fully inspected RMA waits for the inspector: not this measurement
            page.show_scan()
            continue
        latencies.append(elapsed * 1000)
        page.show_scan()
        # Drop the draft again so each scan starts a fresh inspection, as at the dock.
        with ctx.transaction() as session:
            session.execute(delete(models.Draft))
        settle(window)
    label.close()
    window.close()
    window.shutdown()
    p95, base = _p95(latencies), _p95(baseline)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM') or 'xcb'}; scans measured: {len(latencies)} "
          f"(skipped {skipped})")
    print(f"scan-decoded -> checklist-shown: p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms, "
          f"max {max(latencies):.1f} ms  (goal p95 <= 100 ms; ratio {p95 / base:.2f} to the bare label paint, "
          f"p95 {base:.2f} ms)")
    return p95


def putaway_latencies(app, ctx, samples: int = 200) -> list[float]:
    """Grade -> "put in" shown, and the confirm scan, for items graded on the big station; returns both p95s."""
    from PySide6.QtWidgets import QLabel

    from station.demo.generate import generate_inspections
    from station.putaway.loading import PutawaySet
    from station.services import putaway
    from ui.i18n import render

    rules = ctx.putaway
    ctx.putaway = PutawaySet()  # the timed items are graded but not yet placed, as at the grade screen
    generate_inspections(ctx, samples, photos=False, seed=51)
    ctx.putaway = rules
    waiting = [w.inspection_id for w in putaway.waiting_items(ctx, limit=samples)]
    label = QLabel()
    label.setStyleSheet("font-size: 40px; font-weight: bold")
    label.resize(1400, 120)
    label.show()
    shown: list[float] = []
    confirmed: list[float] = []
    baseline: list[float] = []
    for inspection_id in waiting:
        baseline.append(_label_baseline(app, label))
        begin = time.perf_counter()
        plan = putaway.put_away_for(ctx, inspection_id)
        label.setText(render(plan.headline))
        label.repaint()
        shown.append((time.perf_counter() - begin) * 1000)
        begin = time.perf_counter()
        done = putaway.confirm_placement(ctx, inspection_id, plan.container_code)
        label.setText(render(done.message))
        label.repaint()
        confirmed.append((time.perf_counter() - begin) * 1000)
        assert done.placed, render(done.message)
    label.close()
    containers = len(putaway.list_containers(ctx))
    print(f"put-away: {containers:,} containers on the station; timed items: {len(shown)}")
    base = _p95(baseline)
    found = []
    for name, values in (("grade -> put-in shown", shown), ("confirm scan -> placed shown", confirmed)):
        p95 = _p95(values)
        found.append(p95)
        print(f"{name}: p50 {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, max {max(values):.1f} ms "
              f"(goal p95 <= 100 ms; ratio {p95 / base:.2f} to the bare label paint, p95 {base:.2f} ms)")
    return found


if __name__ == "__main__":
    sys.exit(main())
