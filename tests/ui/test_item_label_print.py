"""The item's own label printed at Complete in the real window: a 4x6 in PDF through the print dialog (the
machine has no printer), a 2x1 in ZPL job sent raw to a thermal printer on port 9100 (a local TCP server stands
for it), and a printer that does not answer: said on the screen, the inspection completed and placed all the same."""

from __future__ import annotations

import csv
import json
import socket
import socketserver
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from station.config import RESOURCES
from station.services import putaway
from station.slips.reference import slip_reference
from tests.flows import like_new
from tests.station.slips.rendering import pages_as_png, qr_texts
from tests.ui.dock import answer_checklist, attach_needed_photos, scan, settle, sign_in, station_window
from tests.ui.printing import answer_print_dialog, answer_printer_address
from tests.ui.screens import save_screenshot
from ui.main_window import MainWindow

pytestmark = pytest.mark.xvfb


def _one_line_electronics(count: int) -> list[str]:
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = Counter(r["rma_number"] for r in rows)
    return [r["rma_number"] for r in rows if r["sku"].startswith("EL-") and lines[r["rma_number"]] == 1][:count]


def _complete(qtbot, window: MainWindow, rma: str) -> putaway.PutAway:
    """Scans, answers like new, takes the photos asked for, completes; returns the plan shown as "Put in …"."""
    page = window.inspect
    scan(qtbot, page, rma)
    qtbot.waitUntil(lambda: page.draft is not None)
    answer_checklist(qtbot, window, like_new(window.ctx.templates.templates[page.draft.category], window.ctx.rules))
    attach_needed_photos(qtbot, window)
    if page.stack.currentWidget() is page.photos_view:
        qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
    page.last_print = None
    qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.waiting is not None and page.stack.currentWidget() is page.putaway_view,
                    timeout=10000)
    return page.waiting


class _Jobs(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Receive)
        self.jobs: list[bytes] = []


class _Receive(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        self.server.jobs.append(self.rfile.read())  # the job ends when the station closes its side


@pytest.fixture
def thermal_printer() -> Iterator[_Jobs]:
    """A raw printer on a local port, as a Zebra on port 9100 takes ZPL: every connection is one job."""
    server = _Jobs()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_complete_with_pdf_item_labels_prints_a_label_whose_qr_names_the_inspection(
        qtbot, station_dir: Path, tmp_path: Path) -> None:
    printed = tmp_path / "printed-item-label.pdf"
    with station_window(qtbot, station_dir, {"item_label_print": "pdf"}) as window:
        sign_in(qtbot, window)
        page = window.inspect
        answer_print_dialog(printed)  # no printer remembered on this machine: asked once, printed to a file
        plan = _complete(qtbot, window, _one_line_electronics(1)[0])
        qtbot.waitUntil(lambda: page.last_print is not None, timeout=20000)
        assert page.last_print == (True, "Label printed.")
        assert "Label printed." in page.putaway_view.files.text()
        save_screenshot(window, "inspect-item-label-printed")
        written = station_dir / "item-labels" / f"{plan.inspection_id}.pdf"
        assert written.read_bytes().startswith(b"%PDF")
        # What the printer got scans back to the inspection, as any later scan of the item does.
        codes = qr_texts(pages_as_png(printed, tmp_path)[0])
        assert codes == [slip_reference(plan.inspection_id)]
        assert putaway.item_for_scan(window.ctx, codes[0]) == plan.inspection_id
        scan(qtbot, page, plan.container_code)
        assert page.waiting is None and putaway.waiting_items(window.ctx) == []


def test_a_complete_with_zpl_item_labels_sends_the_job_to_the_thermal_printer_without_a_question(
        qtbot, station_dir: Path, thermal_printer: _Jobs) -> None:
    address = f"127.0.0.1:{thermal_printer.server_address[1]}"
    rmas = _one_line_electronics(2)
    with station_window(qtbot, station_dir, {"item_label_print": "zpl"}) as window:
        sign_in(qtbot, window)
        page = window.inspect
        answer_printer_address(address)  # none remembered yet: asked once
        plan = _complete(qtbot, window, rmas[0])
        qtbot.waitUntil(lambda: page.last_print is not None and len(thermal_printer.jobs) == 1, timeout=20000)
        assert page.last_print == (True, "Label printed.")
        written = (station_dir / "item-labels" / f"{plan.inspection_id}.zpl").read_bytes()
        assert thermal_printer.jobs == [written]
        job = written.decode()
        assert job.startswith("^XA") and f"^FDMA,{slip_reference(plan.inspection_id)}^FS" in job and "^PW406" in job
        scan(qtbot, page, plan.container_code)
        assert page.waiting is None

        # Remembered: the next item's label goes straight to the printer; a question now would be a failure.
        asked: list[str] = []

        def no_question() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                asked.append(type(modal).__name__)
                modal.reject()
            if page.last_print is None:
                QTimer.singleShot(50, no_question)

        QTimer.singleShot(0, no_question)
        second = _complete(qtbot, window, rmas[1])
        qtbot.waitUntil(lambda: page.last_print is not None and len(thermal_printer.jobs) == 2, timeout=20000)
        assert asked == [] and page.last_print == (True, "Label printed.")
        assert slip_reference(second.inspection_id) in thermal_printer.jobs[1].decode()
        scan(qtbot, page, second.container_code)
        settle(qtbot, window)
    saved = json.loads((station_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["slip_printers"]["item_label_zpl"] == address


def test_a_printer_that_does_not_answer_is_said_and_the_item_is_completed_and_placed_all_the_same(
        qtbot, station_dir: Path) -> None:
    address = f"127.0.0.1:{_closed_port()}"
    settings = {"item_label_print": "zpl", "slip_printers": {"item_label_zpl": address}}
    with station_window(qtbot, station_dir, settings) as window:
        sign_in(qtbot, window)
        page = window.inspect
        plan = _complete(qtbot, window, _one_line_electronics(1)[0])
        qtbot.waitUntil(lambda: page.last_print is not None, timeout=20000)
        ok, said = page.last_print
        assert not ok and address in said and "did not take the label" in said
        label = station_dir / "item-labels" / f"{plan.inspection_id}.zpl"
        assert str(label) in said and label.stat().st_size > 0  # saved, to print again once the printer is back
        assert page.putaway_view.message.property("state") == "bad" and address in page.putaway_view.message.text()
        save_screenshot(window, "inspect-item-label-failed")
        # Still waiting for its container, as any completed item: the scan places it.
        assert page.waiting is plan and page.draft is None
        scan(qtbot, page, plan.container_code)
        assert page.waiting is None and page.scan_view.message.property("state") == "good"
        assert [i.inspection_id for i in putaway.container_view(window.ctx, plan.container_code).items] == [
            plan.inspection_id]
        settle(qtbot, window)
