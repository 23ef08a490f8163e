"""The Refurb mode in the window: a refurb user scans a slip, records work, re-grades; slips print to a file."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import select

from db.refurb_models import RefurbPhoto, RefurbWork, SlipPrint
from station.config import RESOURCES
from station.context import StationContext
from station.refurb.queue import refurb_queue
from station.slips.documents import slip_pdf
from station.slips.reference import slip_reference
from tests.flows import like_new
from tests.station.refurb.graded import PHOTOS, complete
from tests.station.slips.rendering import pages_as_png, qr_texts
from tests.ui.dock import DIGIT_KEYS, settle
from tests.ui.screens import save_screenshot
from ui.main_window import MainWindow
from ui.printing import SlipPrinting, print_after_inspection
from ui.refurb.page import RefurbPage
from ui.tasks import TaskRunner


def _badge(role: str) -> tuple[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["role"] == role)
    return row["badge_code"], row["pin"]


def _sign_in_by_badge(qtbot: Any, window: MainWindow, role: str) -> None:
    badge, pin = _badge(role)
    window.on_scanned(badge)
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, pin)
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    settle(qtbot, window)  # the queue is read in the background


def _answer_regrade(qtbot: Any, page: RefurbPage, answers: dict[str, Any]) -> None:
    """Answers the re-grade checklist with the keyboard, as the Inspect mode is answered."""
    view = page.checklist_view
    while page.stack.currentWidget() is view:
        regrade = page.regrade
        assert regrade is not None
        question = regrade.current_question
        assert question is not None
        value = answers.get(question.id)
        before = (regrade.position, len(regrade.answers), regrade.step)
        if value is None:
            qtbot.keyClick(view._edit if view._edit is not None else view, Qt.Key.Key_Return)
        elif question.kind == "yes_no":
            qtbot.keyClick(view, DIGIT_KEYS[question.choices.index(value)])  # No first on "Any damage?"
        elif question.kind == "single":
            qtbot.keyClick(view, DIGIT_KEYS[[o for o, _t in question.options].index(value)])
        elif question.kind == "multi":
            for option in value:
                qtbot.keyClick(view, DIGIT_KEYS[[o for o, _t in question.options].index(option)])
            qtbot.keyClick(view, Qt.Key.Key_Return)
        else:
            assert view._edit is not None
            qtbot.keyClicks(view._edit, f"{value:g}" if isinstance(value, float) else str(value))
            qtbot.keyClick(view._edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda b=before: page.regrade is not None and (
            page.regrade.position, len(page.regrade.answers), page.regrade.step) != b)


def _walk_the_desk(qtbot: Any, ctx: StationContext, tmp_path: Path, screens: str | None = None) -> None:
    """Signs in a refurb user, scans a printed slip, records work, re-grades; screenshots when `screens` names them."""
    oldest = complete(ctx, "RMA-100002")
    item = complete(ctx, "RMA-100004")
    # The slip as printed: its QR code, read from the rendered page, is what the scanner types.
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(slip_pdf(ctx, [item]))
    scanned = qr_texts(pages_as_png(pdf, tmp_path)[0])
    assert scanned == [slip_reference(item)]

    def shot(name: str) -> None:
        if screens is not None:
            save_screenshot(window, f"{screens}-{name}")

    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    try:
        _sign_in_by_badge(qtbot, window, "refurb")
        qtbot.waitUntil(lambda: isinstance(window.current_page, RefurbPage))
        page = window.current_page
        assert isinstance(page, RefurbPage)
        assert page.queue_view.selected_ids() == [oldest]  # oldest first, and selected for Enter
        assert page.queue_view.table.rowCount() == 2
        shot("1-queue")

        window.on_scanned(scanned[0])
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.work_view)
        assert page.item is not None and page.item.item.inspection_id == item
        assert not page.work_view.regrade_button.isEnabled()  # work first, then the re-grade

        qtbot.keyClicks(page.work_view.work_done, "Cleaned the fabric, re-stitched the seam")
        qtbot.keyClicks(page.work_view.parts, "thread, label")
        page.work_view.minutes.setValue(20)
        page.work_view.add_photo_file(sorted(PHOTOS.glob("*.jpg"))[2])
        qtbot.mouseClick(page.work_view.findChild(QPushButton, "refurbSaveWork"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.item is not None and bool(page.item.work), timeout=10000)
        assert page.work_view.regrade_button.isEnabled()
        assert "re-stitched" in page.work_view.history.item(0).text()
        shot("2-work")

        qtbot.mouseClick(page.work_view.regrade_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.checklist_view)
        shot("3-regrade")
        template = ctx.templates.templates[page.item.item.category]
        _answer_regrade(qtbot, page, like_new(template, ctx.rules))
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.outcome_view)
        assert page.outcome_view.grade.text() == ctx.rules.grades[0]
        assert page.outcome_view.band.text() == "RESTOCK"
        shot("4-outcome")

        qtbot.keyClick(page.outcome_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.queue_view)
        settle(qtbot, window)  # the queue is read again in the background
        assert page.queue_view.table.rowCount() == 1 and page.queue_view.selected_ids() == [oldest]
        assert "restock" in page.queue_view.message.text().lower()
        shot("5-queue-after")
    finally:
        window.close()
        window.shutdown()

    assert [i.inspection_id for i in refurb_queue(ctx)] == [oldest]
    with ctx.read() as session:
        work = session.scalars(select(RefurbWork)).one()
        assert (work.inspection_id, work.parts, work.minutes) == (item, ["thread", "label"], 20)
        assert session.scalar(select(RefurbPhoto.work_id)) == work.id


def test_refurb_user_scans_a_slip_records_work_and_regrades(qtbot, ctx: StationContext, tmp_path: Path) -> None:
    _walk_the_desk(qtbot, ctx, tmp_path)


@pytest.mark.xvfb
def test_screens_of_the_refurb_desk(qtbot, qapp, ctx: StationContext, tmp_path: Path) -> None:
    from ui.style import apply_style

    apply_style(qapp)
    _walk_the_desk(qtbot, ctx, tmp_path, screens="refurb")


def test_printing_through_qprinter_to_a_pdf_file_records_the_print(qtbot, ctx: StationContext,
                                                                   tmp_path: Path) -> None:
    ids = [complete(ctx, "RMA-100002"), complete(ctx, "RMA-100004")]
    runner = TaskRunner()
    printing = SlipPrinting(ctx, runner)
    failures: list[str] = []
    printing.failed.connect(failures.append)
    target = tmp_path / "printed.pdf"
    try:
        with qtbot.waitSignal(printing.printed, timeout=20000) as printed:
            assert printing.print_to_file(ids, None, target)
        assert len(printed.args[0].ids) == 2 and not failures
        assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 10_000
        # What went to the "printer" still scans: the QR survives rasterising and printing.
        pages = pages_as_png(target, tmp_path, dpi=200)
        assert [qr_texts(p) for p in pages] == [[slip_reference(i)] for i in ids]

        with qtbot.waitSignal(printing.failed, timeout=20000):  # read off the UI thread, then refused
            printing.print_to_file(ids[:1], None, tmp_path / "again.pdf")
        assert failures and "printed before" in failures[-1] and not (tmp_path / "again.pdf").exists()
        with qtbot.waitSignal(printing.printed, timeout=20000):
            printing.print_to_file(ids[:1], None, tmp_path / "again.pdf", reason="label fell off")
    finally:
        runner.shutdown()
    with ctx.read() as session:
        rows = session.scalars(select(SlipPrint).order_by(SlipPrint.printed_at)).all()
    assert [r.target for r in rows] == [f"file:{target}"] * 2 + [f"file:{tmp_path / 'again.pdf'}"]
    assert rows[-1].reprint_reason == "label fell off" and rows[-1].size == ctx.settings.slip_size


def test_silent_print_without_a_printer_says_what_to_do(qtbot, ctx: StationContext) -> None:
    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this machine has printers; a silent print would really print")
    inspection_id = complete(ctx, "RMA-100002")
    runner = TaskRunner()
    holder = QWidget()  # stands for the Inspect page, which calls this after each completed inspection
    qtbot.addWidget(holder)
    messages: list[str] = []
    try:
        print_after_inspection(holder, ctx, runner, inspection_id, None, on_error=messages.append)
        qtbot.waitUntil(lambda: bool(messages))
        assert "No printer is set up" in messages[0]
    finally:
        runner.shutdown()
