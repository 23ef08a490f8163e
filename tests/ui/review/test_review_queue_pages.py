"""The Review queue shows a page at a time: the summary says how many of how many, and ↓ or PgDn on the last row
reads the next page, in the queue's order, without losing the keyboard's place."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station.context import StationContext
from station.services.review import QueueFilter, review_queue
from tests.station.review.scenario import inspect_item
from tests.ui.review.test_review_flow import _user
from ui.review.page import ReviewPage
from ui.tasks import TaskRunner


def test_the_queue_shows_a_page_says_so_and_the_keys_read_the_next(qtbot, ctx: StationContext) -> None:
    ctx.settings.review_sample_rate = 1.0  # every item is drawn for the sample, so all five wait for a lead
    for number in range(5):
        inspect_item(ctx, f"RMA-1000{70 + number}")
    whole = [item.inspection_id for item in review_queue(ctx, QueueFilter()).items]
    assert len(whole) == 5
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    page.queue.page_size = 2
    qtbot.addWidget(page)
    page.show()
    try:
        page.begin(_user(ctx, "lead"))
        table = page.queue.table
        qtbot.waitUntil(lambda: table.rowCount() == 2)
        note = page.queue.tr("First %n of {total} — narrow with the filters, or ↓ at the end for more", "", 2)
        assert note.format(total=5) == page.queue.summary.text()
        assert page.queue.summary.text().startswith("First 2 of 5")
        assert "↓ at the end: more" in page.hints()
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: page.queue.current_id == whole[1])
        qtbot.keyClick(table, Qt.Key.Key_Down)  # at the end: the next page follows and its first row is chosen
        qtbot.waitUntil(lambda: table.rowCount() == 4)
        assert page.queue.current_id == whole[2]
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_PageDown)  # PgDn at the end reads more too
        qtbot.waitUntil(lambda: table.rowCount() == 5)
        assert page.queue.current_id == whole[4]
        assert [page.queue._items[row].inspection_id for row in range(5)] == whole
        assert page.queue.summary.text() == page.queue.tr("%n inspection(s)", "", 5)
        qtbot.keyClick(table, Qt.Key.Key_Down)  # nothing more: the last row stays chosen
        qtbot.wait(100)
        assert table.rowCount() == 5 and page.queue.current_id == whole[4]
        page.queue.status.setCurrentIndex(page.queue.status.findData("all"))  # other filters: the first page again
        qtbot.waitUntil(lambda: table.rowCount() == 2)
    finally:
        runner.wait_idle()
        runner.shutdown()
