"""The Refurb queue shows a page at a time: a note says only the first are shown, and ↓ or PgDn on the last row
(from the scan field too) reads the next page, oldest first as the whole queue."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station.context import StationContext
from station.services.refurb import refurb_queue
from tests.station.refurb.graded import complete
from tests.ui.review.test_review_flow import _user
from ui.refurb.page import RefurbPage
from ui.tasks import TaskRunner


def test_the_refurb_queue_shows_a_page_says_so_and_the_keys_read_the_next(qtbot, ctx: StationContext) -> None:
    for rma in ("RMA-100002", "RMA-100003", "RMA-100004", "RMA-100006"):
        complete(ctx, rma)
    whole = [item.inspection_id for item in refurb_queue(ctx)]
    assert len(whole) == 4
    runner = TaskRunner()
    page = RefurbPage(ctx, runner)
    view = page.queue_view
    view.page_size = 2
    qtbot.addWidget(page)
    page.show()
    try:
        page.begin(_user(ctx, "refurb"))
        qtbot.waitUntil(lambda: view.table.rowCount() == 2)
        assert view.selected_ids() == [whole[0]]
        assert view.title.text() == view.tr("Refurb queue: %n item(s)", "", 4)
        assert view.note.isVisibleTo(view) and view.note.text() == view.tr(
            "First %n shown — narrow with the category, or ↓ at the end for more", "", 2)
        assert "↓ at the end: more" in page.hints()
        view.entry.setFocus()
        qtbot.keyClick(view.entry, Qt.Key.Key_Down)
        assert view.selected_ids() == [whole[1]]
        qtbot.keyClick(view.entry, Qt.Key.Key_Down)  # at the end: the next page follows, its first row chosen
        qtbot.waitUntil(lambda: view.table.rowCount() == 4)
        assert view.selected_ids() == [whole[2]]
        assert [view._items[row].inspection_id for row in range(4)] == whole
        assert not view.note.isVisibleTo(view)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_PageDown)  # all shown: PgDn only moves in the list
        qtbot.wait(100)
        assert view.table.rowCount() == 4
        page.refresh()  # read again (after an item is done): the rows paged to stay
        qtbot.wait(100)
        runner.wait_idle()
        qtbot.waitUntil(lambda: view.table.rowCount() == 4)
    finally:
        runner.wait_idle()
        runner.shutdown()
