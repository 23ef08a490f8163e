"""What the inspector sees for bad input: unknown labels, wrong items, no camera, unreadable label photos."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from station.config import RESOURCES
from station.context import open_station
from tests.ui.dock import scan, sign_in
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, station_dir: Path):
    ctx = open_station(station_dir)
    win = MainWindow(ctx, camera=False)
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    sign_in(qtbot, win)
    yield win
    win.close()
    win.shutdown()


def _rma_with_lines(count: int) -> str:
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        lines = Counter(r["rma_number"] for r in csv.DictReader(handle))
    return next(rma for rma, n in sorted(lines.items()) if n == count)


def test_unknown_label_opens_the_unexpected_return_search(qtbot, window: MainWindow) -> None:
    page = window.inspect
    scan(qtbot, page, "RMA-999999")
    assert page.stack.currentWidget() is page.unexpected_view
    assert "not in the system" in page.unexpected_view.message.text()
    assert window.flash.state == "bad"
    qtbot.keyClicks(page.unexpected_view.query, "headphones")
    qtbot.waitUntil(lambda: page.unexpected_view.results.count() > 0)
    qtbot.keyClick(page.unexpected_view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.draft is not None)
    assert page.draft.unexpected and page.draft.line is None
    assert "unexpected" in [f.kind for f in page.draft.flags]
    assert "Unexpected return" in page.item_panel.details.text()


def test_multi_line_rma_asks_which_line(qtbot, window: MainWindow) -> None:
    page = window.inspect
    rma = _rma_with_lines(2)
    scan(qtbot, page, rma)
    assert page.stack.currentWidget() is page.identify_view
    qtbot.keyClick(page.identify_view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: page.draft is not None)
    assert page.draft.line is not None and (page.draft.line.rma_number, page.draft.line.line_no) == (rma, 2)


def test_a_new_label_during_an_inspection_is_refused_and_nothing_is_lost(qtbot, window: MainWindow) -> None:
    page = window.inspect
    scan(qtbot, page, _rma_with_lines(1))
    draft = page.draft
    assert draft is not None
    scan(qtbot, page, "RMA-100150")
    # The station asks whether to put the open item aside; Esc stays with it (issue 9).
    qtbot.waitUntil(lambda: page.park_question is not None and page.park_question.isVisible())
    qtbot.keyClick(page.park_question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.park_question is None)
    assert page.draft is not None and page.draft.id == draft.id
    page.park()
    assert page.draft is None and page.stack.currentWidget() is page.scan_view
    scan(qtbot, page, draft.line.rma_number)
    assert page.draft is not None and page.draft.id == draft.id, "scanning the label again resumes it"


def test_scanning_another_products_barcode_flags_a_wrong_item(qtbot, window: MainWindow) -> None:
    page = window.inspect
    scan(qtbot, page, _rma_with_lines(1))
    draft = page.draft
    assert draft is not None
    with (RESOURCES / "demo" / "products.csv").open(encoding="utf-8") as handle:
        other = next(r for r in csv.DictReader(handle) if r["sku"] != draft.product.sku)
    scan(qtbot, page, other["gtin"])
    assert page.draft is not None
    assert "wrong_item" in [f.kind for f in page.draft.flags]
    assert "not the item on the RMA" in page.checklist_view.error.text()
    assert "Wrong item" in page.item_panel.flags.text()
    scan(qtbot, page, draft.product.gtin)
    assert "matches" in page.checklist_view.error.text()


def test_unreadable_label_photo_says_so(qtbot, window: MainWindow, tmp_path: Path) -> None:
    page = window.inspect
    junk = tmp_path / "label.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n this is not a picture")
    page.decode_label_file(junk)
    qtbot.waitUntil(lambda: window.flash.state == "bad")
    message = page.scan_view.message.text()
    assert message and "Traceback" not in message
    blank = tmp_path / "blank.png"
    import cv2
    import numpy as np

    cv2.imwrite(str(blank), np.full((200, 300, 3), 255, np.uint8))
    page.decode_label_file(blank)
    qtbot.waitUntil(lambda: "No barcode found" in page.scan_view.message.text())


def test_no_camera_falls_back_to_typed_input(qtbot, station_dir: Path) -> None:
    (station_dir / "settings.json").write_text(json.dumps({"camera": "7"}), encoding="utf-8")
    ctx = open_station(station_dir)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        sign_in(qtbot, win)
        page = win.inspect
        qtbot.waitUntil(lambda: "camera" in page.scan_view.message.text().lower(), timeout=10000)
        assert "Type the label" in page.scan_view.message.text()
        qtbot.keyClicks(page.scan_view.entry, _rma_with_lines(1))
        qtbot.keyClick(page.scan_view.entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.draft is not None)
    finally:
        win.close()
        win.shutdown()


def test_another_products_barcode_on_a_return_without_rma_names_the_chosen_item(qtbot, window: MainWindow) -> None:
    # An unexpected return has no RMA: "the item on the RMA" would send the inspector looking for one.
    page = window.inspect
    scan(qtbot, page, "RMA-999999")
    qtbot.keyClicks(page.unexpected_view.query, "headphones")
    qtbot.waitUntil(lambda: page.unexpected_view.results.count() > 0)
    qtbot.keyClick(page.unexpected_view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.draft is not None)
    draft = page.draft
    with (RESOURCES / "demo" / "products.csv").open(encoding="utf-8") as handle:
        other = next(r for r in csv.DictReader(handle) if r["sku"] != draft.product.sku)
    scan(qtbot, page, other["gtin"])
    assert "wrong_item" in [f.kind for f in page.draft.flags]
    said = page.checklist_view.error.text() + " " + page.item_panel.flags.text()
    assert "on the RMA" not in said and "the RMA expects" not in said, said
    assert draft.product.name in said, "the inspector is told which item was chosen"
