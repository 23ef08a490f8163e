"""The Review and Refurb queues' first paint on a year (made by scripts/make_year.py): the service's read of the
first page and the window's fill of it, against reading and filling every item, in the same run.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_queue_paint.py --data-dir <a copy of the year>
The store is opened as the station opens it (so give it a copy to keep the year as made) and only read. The
fill runs on the UI thread, so it is the stall a lead sees (goal <= 50 ms); the read runs in the background.
The last line is `ratio: X.XX`, the first page's read and fill of both queues over every item's, lower is better.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def timed(run: Callable[[], Any], times: int) -> tuple[float, Any]:
    spent, result = [], None
    for _ in range(times):
        started = time.perf_counter()
        result = run()
        spent.append((time.perf_counter() - started) * 1000)
    return statistics.median(spent), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="a folder made by scripts/make_year.py")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from station.context import open_station
    from station.services.refurb import refurb_page, refurb_queue
    from station.services.review import review_queue
    from ui.refurb.queue_view import PAGE as REFURB_PAGE
    from ui.refurb.queue_view import QueueView
    from ui.review.queue_panel import PAGE as REVIEW_PAGE
    from ui.review.queue_panel import QueuePanel

    ctx = open_station(args.data_dir)
    grades, dispositions = tuple(ctx.rules.grades), tuple(ctx.rules.dispositions)

    def fill(make: Callable[[], Any], show: Callable[[Any], None]) -> float:
        spent = []
        for _ in range(args.runs):
            widget = make()
            widget.resize(900, 900)
            widget.show()
            app.processEvents()
            started = time.perf_counter()
            show(widget)
            app.processEvents()  # the paint that follows the fill is the lead's wait too
            spent.append((time.perf_counter() - started) * 1000)
            widget.deleteLater()
        return statistics.median(spent)

    review_page_ms, page = timed(lambda: review_queue(ctx, limit=REVIEW_PAGE), args.runs)
    review_all_ms, whole = timed(lambda: review_queue(ctx), args.runs)
    refurb_page_ms, rpage = timed(lambda: refurb_page(ctx, limit=REFURB_PAGE), args.runs)
    refurb_all_ms, rwhole = timed(lambda: refurb_queue(ctx), args.runs)
    figures = {
        "Review": (review_page_ms, fill(lambda: QueuePanel(grades, dispositions), lambda w: w.show_queue(page)),
                   review_all_ms, fill(lambda: QueuePanel(grades, dispositions), lambda w: w.show_queue(whole)),
                   len(page.items), page.matching),
        "Refurb": (refurb_page_ms, fill(lambda: QueueView([]), lambda w: w.show_page(rpage)),
                   refurb_all_ms, fill(lambda: QueueView([]), lambda w: w.show_items(rwhole)),
                   len(rpage.items), rpage.total),
    }
    print(f"{'':8}{'page read':>12}{'page fill':>12}{'all read':>12}{'all fill':>12}   (medians of {args.runs}, ms)")
    for name, (read, shown, read_all, shown_all, rows, total) in figures.items():
        print(f"{name:8}{read:12.0f}{shown:12.0f}{read_all:12.0f}{shown_all:12.0f}   first {rows} of {total}")
    page_total = sum(f[0] + f[1] for f in figures.values())
    all_total = sum(f[2] + f[3] for f in figures.values())
    longest_fill = max(f[1] for f in figures.values())
    print(f"longest UI-thread fill of a first page: {longest_fill:.0f} ms (goal <= 50 ms)")
    ctx.sessions.kw["bind"].dispose()
    print(f"ratio: {page_total / all_total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
