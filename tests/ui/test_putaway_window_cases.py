"""Put-away at Complete in the real window, for the cases a warehouse sets up or a busy dock runs into: the confirm
scan turned off for the warehouse, and a tote that fills (to its capacity in items) while the dock works."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.putaway_models import ContainerPlacement
from station.config import RESOURCES
from station.ids import new_id, utc_now
from station.putaway.loading import load_putaway
from station.services import putaway
from tests.flows import like_new
from tests.station.putaway.items import restock_item, small_totes
from tests.station.slips.rendering import pages_as_png, qr_texts
from tests.ui.dock import answer_checklist, attach_needed_photos, scan, settle, sign_in, station_window
from tests.ui.printing import answer_print_dialog
from ui.main_window import MainWindow


def _one_line_electronics(count: int) -> list[str]:
    """One-line RMAs of electronics items: like new, each goes to the restock tote of electronics."""
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = Counter(r["rma_number"] for r in rows)
    found = [r["rma_number"] for r in rows if r["sku"].startswith("EL-") and lines[r["rma_number"]] == 1]
    assert len(found) >= count
    return found[:count]


def _grade(qtbot, window: MainWindow, rma: str) -> None:
    """Scans the RMA, answers like new, takes the photos asked for and completes with Enter on the grade."""
    page = window.inspect
    scan(qtbot, page, rma)
    qtbot.waitUntil(lambda: page.draft is not None)
    answer_checklist(qtbot, window, like_new(window.ctx.templates.templates[page.draft.category], window.ctx.rules))
    attach_needed_photos(qtbot, window)
    if page.stack.currentWidget() is page.photos_view:
        qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
    qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.draft is None, timeout=10000)
    settle(qtbot, window)


def _await_put_in(qtbot, window: MainWindow) -> putaway.PutAway:
    page = window.inspect
    qtbot.waitUntil(lambda: page.waiting is not None and page.stack.currentWidget() is page.putaway_view,
                    timeout=10000)
    assert page.putaway_view.headline.text().startswith("Put in ")
    return page.waiting


def _placements(window: MainWindow, item) -> list[tuple[str, str]]:
    with window.ctx.read() as session:
        rows = session.scalars(select(ContainerPlacement).where(ContainerPlacement.inspection_id == item)).all()
        return [(r.action, r.container_code) for r in rows]


def test_without_the_confirm_scan_the_item_is_placed_at_complete_and_the_next_scan_is_ready(
        qtbot, station_dir: Path, tmp_path: Path) -> None:
    # The warehouse's put-away file, with the confirm scan turned off, read by the station's own loader.
    folder = tmp_path / "putaway"
    folder.mkdir()
    shipped = (RESOURCES / "putaway" / "rules.yaml").read_text(encoding="utf-8")
    assert "confirm_scan: true" in shipped
    (folder / "rules.yaml").write_text(shipped.replace("confirm_scan: true", "confirm_scan: false"),
                                       encoding="utf-8")
    first, second = _one_line_electronics(2)
    with station_window(qtbot, station_dir) as window:
        ctx = window.ctx
        ctx.putaway = load_putaway(folder, list(ctx.templates.templates), ctx.rules)
        assert ctx.putaway.rules is not None and not ctx.putaway.rules.confirm_scan
        sign_in(qtbot, window)
        page = window.inspect
        _grade(qtbot, window, first)
        qtbot.waitUntil(lambda: "Placed in tote" in page.scan_view.message.text(), timeout=10000)
        # No "Put in …" screen to confirm: the scan screen says where it went, and the next label may come.
        assert page.waiting is None and page.stack.currentWidget() is page.scan_view
        assert page.scan_view.message.property("state") == "good"
        assert "Ready: scan the next label." in page.scan_view.message.text()
        assert "Put in RESTOCK · Electronics — tote T-00001" in page.scan_view.last.text()
        assert putaway.waiting_items(ctx) == []
        inside = putaway.container_view(ctx, "T-00001").items
        assert len(inside) == 1 and _placements(window, inside[0].inspection_id) == [("placed", "T-00001")]
        scan(qtbot, page, second)
        qtbot.waitUntil(lambda: page.draft is not None)  # the next label opened its checklist at once
        assert page.stack.currentWidget() is page.checklist_view


def test_a_tote_full_to_its_capacity_is_refused_from_inspect_and_the_next_one_of_the_series_is_named(
        qtbot, station_dir: Path, tmp_path: Path) -> None:
    rmas = _one_line_electronics(4)
    with station_window(qtbot, station_dir) as window:
        ctx = window.ctx
        small_totes(ctx, items=2)  # totes of two items, so one fills within the test
        sign_in(qtbot, window)
        page = window.inspect

        _grade(qtbot, window, rmas[0])
        plan = _await_put_in(qtbot, window)
        assert plan.container_code == "T-00001" and plan.zone == "restock_electronics"
        scan(qtbot, page, "T-00001")
        assert page.waiting is None

        # The second item fills the tote: placed, closed at its capacity, its label and manifest printed.
        _grade(qtbot, window, rmas[1])
        assert _await_put_in(qtbot, window).container_code == "T-00001"
        # No printer is remembered on this machine: the close asks once, and the dock prints to a file.
        printed = tmp_path / "printed-T-00001.pdf"
        answer_print_dialog(printed)
        scan(qtbot, page, "T-00001")
        qtbot.waitUntil(lambda: page.last_print is not None, timeout=20000)
        assert page.last_print == (True, "The container label went to the printer.")
        assert qr_texts(pages_as_png(printed, tmp_path)[0]) == ["T-00001"]
        assert page.waiting is None and page.scan_view.message.property("state") == "good"
        assert "it is now full and closed: print its label" in page.scan_view.message.text()
        assert "T-00001-label.pdf" in page.scan_view.last.text()
        assert (station_dir / "containers" / "T-00001-manifest.csv").read_text(encoding="utf-8").count("\n") >= 3
        assert putaway.container_view(ctx, "T-00001").close_reason == "items"

        # The third: the full tote is not offered; the next of the series is, and the full one is refused.
        _grade(qtbot, window, rmas[2])
        plan = _await_put_in(qtbot, window)
        assert plan.container_code == "T-00002" and plan.new_container
        assert "tote T-00002" in page.putaway_view.headline.text()
        scan(qtbot, page, "T-00001")
        assert page.waiting is plan and page.stack.currentWidget() is page.putaway_view
        said = page.putaway_view.message.text()
        assert page.putaway_view.message.property("state") == "bad" and window.flash.state == "bad"
        assert "T-00001 is closed" in said and "Put it in tote T-00002" in said
        assert _placements(window, plan.inspection_id) == []  # nothing placed
        scan(qtbot, page, "T-00002")  # a fresh tote of the series: opened by its first scan
        assert page.waiting is None and _placements(window, plan.inspection_id) == [("placed", "T-00002")]

        # Another dock filled T-00002 offline with its own item; once synced, the tote is full but not closed.
        other_item = restock_item(ctx)  # stands for the other dock's item
        with ctx.transaction() as session:
            session.add(ContainerPlacement(id=new_id(), station_id="DOCK-OTHER", container_code="T-00002",
                                           inspection_id=other_item, action="placed", weight_kg=1.2, user_id=None,
                                           at=utc_now()))
        _grade(qtbot, window, rmas[3])
        plan = _await_put_in(qtbot, window)
        assert plan.container_code == "T-00003" and plan.new_container  # the full one is passed over
        scan(qtbot, page, "T-00002")  # the tote in front of the inspector
        said = page.putaway_view.message.text()
        assert page.waiting is plan and page.putaway_view.message.property("state") == "bad"
        assert "T-00002 is full (2 of 2 items). Close it and start the next tote." in said
        assert "Put it in tote T-00003" in said
        assert _placements(window, plan.inspection_id) == []
        assert [w.inspection_id for w in putaway.waiting_items(ctx)] == [plan.inspection_id]
        scan(qtbot, page, "T-00003")
        assert page.waiting is None and _placements(window, plan.inspection_id) == [("placed", "T-00003")]


def test_every_barcode_that_is_not_the_right_container_is_refused_at_put_in_and_nothing_is_placed(
        qtbot, station_dir: Path) -> None:
    from station.slips.reference import slip_reference

    first, second = _one_line_electronics(2)
    with station_window(qtbot, station_dir) as window:
        ctx = window.ctx
        sign_in(qtbot, window)
        page = window.inspect
        _grade(qtbot, window, first)
        placed = _await_put_in(qtbot, window)
        scan(qtbot, page, placed.container_code)
        other = placed.inspection_id  # an item in its tote already, whose own label the next scan may catch
        putaway.open_container(ctx, "tote", "restock_toys", code="T-00077")
        putaway.open_container(ctx, "tote", "exceptions", code="T-00078")
        putaway.close_container(ctx, "T-00078")
        _grade(qtbot, window, second)
        plan = _await_put_in(qtbot, window)
        cases = {
            "NOT-A-CONTAINER": "is not a container this station knows",
            "LOC-A-01": "That is a location barcode (LOC-A-01), not a container.",
            slip_reference(other): "That is an item's own label",
            "T-00078": "T-00078 is closed",
            "G-00003": "G-00003 is a gaylord; this item goes in a tote.",
            "T-00077": "T-00077 is for RESTOCK · Toys & games; this item goes to RESTOCK · Electronics.",
        }
        for scanned, said in cases.items():
            scan(qtbot, page, scanned)
            text = page.putaway_view.message.text()
            assert said in text, (scanned, text)
            # Red words, the bad-read tone's flash, the right container named, the screen still waiting.
            assert f"Put it in tote {plan.container_code}" in text
            assert page.putaway_view.message.property("state") == "bad" and window.flash.state == "bad"
            assert page.waiting is plan and page.stack.currentWidget() is page.putaway_view
            assert _placements(window, plan.inspection_id) == []
        assert _placements(window, other) == [("placed", placed.container_code)]  # its label moved nothing
        scan(qtbot, page, plan.container_code)
        assert page.waiting is None and _placements(window, plan.inspection_id) == [("placed", plan.container_code)]
