"""A station window process that completes one inspection, says where the item goes, and keeps running: the item
is graded and waiting for its container's confirm scan when the test kills it."""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from station.config import RESOURCES
from station.context import open_station
from tests.flows import like_new
from tests.ui.dock import answer_checklist, attach_needed_photos, scan, sign_in
from ui.main_window import MainWindow


class Keys:
    """What the dock helpers ask of pytest-qt's qtbot, for a process that has none: real key presses and clicks
    (QTest), and waits that turn the event loop until the window shows what was asked."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def waitUntil(self, done: Callable[[], Any], timeout: int = 5000) -> None:
        deadline = time.monotonic() + max(timeout, 20000) / 1000
        while not done():
            if time.monotonic() > deadline:
                raise AssertionError("timed out waiting for the window")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def keyClick(self, widget: Any, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)

    def keyClicks(self, widget: Any, text: str) -> None:
        QTest.keyClicks(widget, text)

    def mouseClick(self, widget: Any, button: Any) -> None:
        QTest.mouseClick(widget, button)


def one_line_rma() -> str:
    """A one-line RMA for an electronics item: it goes to a tote of the restock zone when like new."""
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = Counter(r["rma_number"] for r in rows)
    return next(r["rma_number"] for r in rows if r["sku"].startswith("EL-") and lines[r["rma_number"]] == 1)


def main(data_dir: Path) -> None:
    app = QApplication(sys.argv[:1])
    keys = Keys(app)
    ctx = open_station(data_dir)
    window = MainWindow(ctx, camera=False, install_wedge=False)
    window.resize(1440, 900)
    window.show()
    sign_in(keys, window)
    page = window.inspect
    scan(keys, page, one_line_rma())
    keys.waitUntil(lambda: page.draft is not None)
    answer_checklist(keys, window, like_new(ctx.templates.templates[page.draft.category], ctx.rules))
    attach_needed_photos(keys, window)
    if page.stack.currentWidget() is page.photos_view:
        keys.keyClick(page.photos_view, Qt.Key.Key_Return)
    keys.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
    keys.keyClick(page.grade_view, Qt.Key.Key_Return)
    keys.waitUntil(lambda: page.waiting is not None and page.stack.currentWidget() is page.putaway_view
                   and page.putaway_view.headline.text().startswith("Put in "))
    plan = page.waiting
    print(f"WAITING {plan.inspection_id} {plan.container_code}", flush=True)
    QTimer.singleShot(60_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
