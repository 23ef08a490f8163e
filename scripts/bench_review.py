"""Opening an inspection with 12 photos of 12 megapixels in the Review viewer: time to the first photo on
screen, to its full-resolution original, against a bare QImage load of the same original files.

    .venv/bin/python scripts/bench_review.py [--runs 15]
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHOTOS = 12
# PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a void method (None is immortal
# only from Python 3.12), so thousands of repaints end in "Fatal Python error: none_dealloc". Until the
# station moves to Python 3.12 or a fixed PySide6, the benchmark gives None a billion spare references (what
# Python 3.12 does for good) so it can repaint as long as it measures.
if sys.version_info < (3, 12):
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1_000_000_000
SIZE = (4000, 3000)  # 12 megapixels


def make_originals(folder: Path) -> list[Path]:
    """12-megapixel JPEGs made now from the demo camera frames (nothing big is kept in the repository)."""
    import cv2

    frames = sorted((REPO / "resources" / "demo" / "camera").glob("*.jpg"))[:PHOTOS]
    paths = []
    for number, frame in enumerate(frames):
        image = cv2.resize(cv2.imread(str(frame)), SIZE, interpolation=cv2.INTER_CUBIC)
        path = folder / f"photo-{number:02d}.jpg"
        cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, 92])
        paths.append(path)
    return paths


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(values) * 1000:8.1f} {p95 * 1000:8.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from station.context import open_station
    from station.demo.loading import load_demo
    from station.services.auth import list_users
    from tests.station.review.scenario import inspect_item
    from ui.review.page import ReviewPage
    from ui.style import apply_style
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        folder = Path(tmp)
        print(f"making {PHOTOS} photos of {SIZE[0]}×{SIZE[1]} px …", flush=True)
        originals = make_originals(folder)
        ctx = open_station(folder / "station")
        load_demo(ctx)
        started = time.perf_counter()
        inspection_id = inspect_item(ctx, "RMA-100070", photos=originals)
        print(f"stored {PHOTOS} photos with review copies and thumbnails in {time.perf_counter() - started:.1f} s")
        lead = next(u for u in list_users(ctx) if u.role == "lead")

        runner = TaskRunner()
        page = ReviewPage(ctx, runner)
        page.resize(1600, 900)
        page.show()
        page.user = lead
        viewer = page.viewer
        first_shown: list[float] = []
        original_shown: list[float] = []
        state: dict[str, float] = {}

        def on_shown(index: int, level: str) -> None:
            if index != 0 or "t0" not in state:
                return
            if level == "review" and "review" not in state:
                state["review"] = time.perf_counter() - state["t0"]
            if level == "original" and "original" not in state:
                state["original"] = time.perf_counter() - state["t0"]

        viewer.photo_shown.connect(on_shown)
        for run in range(args.runs + 1):
            viewer.clear()  # a cold viewer: no cached images of this inspection
            app.processEvents()
            state.clear()
            state["t0"] = time.perf_counter()
            page.open_inspection(inspection_id)
            while "original" not in state:
                # Sleeps until an event comes, as the real event loop does (a busy loop would skew the figures).
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                if time.perf_counter() - state["t0"] > 30:
                    raise SystemExit("the viewer did not show the photo within 30 s")
            runner.wait_idle()
            if run:  # the first run warms imports and the disk cache
                first_shown.append(state["review"])
                original_shown.append(state["original"])

        bare_one: list[float] = []
        bare_all: list[float] = []
        for _ in range(args.runs):
            started = time.perf_counter()
            image = QImage(str(originals[0]))
            bare_one.append(time.perf_counter() - started)
            assert not image.isNull()
            started = time.perf_counter()
            for path in originals:
                QImage(str(path))
            bare_all.append(time.perf_counter() - started)

        runner.shutdown()
        page.close()
        ctx.sessions.kw["bind"].dispose()

    print(f"\n{'measure (' + str(args.runs) + ' runs)':60} {'p50 ms':>8} {'p95 ms':>8}")
    print(f"{'viewer: open → first photo on screen (review copy)':60} {ms(first_shown)}")
    print(f"{'viewer: open → first photo at full 12 MP resolution':60} {ms(original_shown)}")
    print(f"{'baseline: bare QImage load of one 12 MP original':60} {ms(bare_one)}")
    print(f"{'baseline: bare QImage load of all 12 originals':60} {ms(bare_all)}")
    ratio_one = statistics.median(first_shown) / statistics.median(bare_one)
    ratio_all = statistics.median(first_shown) / statistics.median(bare_all)
    print(f"\nfirst photo on screen takes {ratio_one:.2f}× one bare 12 MP QImage load "
          f"and {ratio_all:.3f}× loading all 12; target < 300 ms: "
          f"{'met' if statistics.median(first_shown) < 0.3 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
