"""The Review mode in the window: a lead opens a flagged inspection, zooms a photo and regrades with a reason;
an inspector is refused by the service and the panel says why; the packet button writes the PDF."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select, text

from db.review_models import Review
from station.config import RESOURCES
from station.context import StationContext
from station.outcome import current_outcome
from station.people import UserSummary
from station.services.auth import list_users
from tests.station.review.scenario import demo_photos, inspect_item, overridden
from tests.ui.dock import user_button
from ui.main_window import MainWindow
from ui.review.page import ReviewPage
from ui.tasks import TaskRunner


def _demo_user(role: str) -> tuple[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["role"] == role)
    return row["name"], row["pin"]


def sign_in_as(qtbot, window: MainWindow, role: str) -> None:
    name, pin = _demo_user(role)
    button = user_button(qtbot, window, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signin.pin_edit.isVisible() or window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, pin)
    qtbot.waitUntil(lambda: window.signin.pin_edit.text() == pin)
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)


def _wheel(view, steps: int) -> None:
    center = QPointF(view.viewport().rect().center())
    event = QWheelEvent(center, QPointF(view.viewport().mapToGlobal(center.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def _user(ctx: StationContext, role: str) -> UserSummary:
    return next(u for u in list_users(ctx) if u.role == role)


def test_a_lead_zooms_a_flagged_photo_and_regrades_with_a_reason(qtbot, ctx: StationContext) -> None:
    ctx.settings.review_sample_rate = 0.0
    inspect_item(ctx, "RMA-100050")  # like new, not flagged: stays out of the queue
    flagged = overridden(ctx, "RMA-100051", photos=demo_photos(3))
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    try:
        sign_in_as(qtbot, window, "lead")
        assert window.mode_key == "review", "a lead starts in Review"
        page = window.current_page
        assert isinstance(page, ReviewPage)
        qtbot.waitUntil(lambda: page.queue.table.rowCount() == 1)
        assert page.queue.reason_counts().get("override") == 1
        assert "reason-override" in {b.objectName() for b in page.queue.findChildren(QPushButton)}

        with qtbot.waitSignal(page.viewer.photo_shown, timeout=10000,
                              check_params_cb=lambda index, level: level == "original"):
            page.queue.table.selectRow(0)
        viewer = page.viewer
        assert viewer.view is not None and viewer.view.inspection_id == flagged
        assert viewer.strip.count() == 3 and viewer.catalog.item is not None
        assert "customer says new" in viewer.flags.text()
        assert viewer.photo.item is not None and viewer.photo.item.sharpest == viewer.view.photos[0].width

        fitted = viewer.photo.zoom
        _wheel(viewer.photo, 3)
        wheeled = viewer.photo.zoom
        assert wheeled == pytest.approx(fitted * 1.25 ** 3)
        viewer.photo.setFocus()
        qtbot.keyClick(viewer.photo, Qt.Key.Key_Plus)
        assert viewer.photo.zoom == pytest.approx(wheeled * 1.25)
        viewer.photo.pinch(1.5)
        assert viewer.photo.zoom == pytest.approx(wheeled * 1.25 * 1.5)
        qtbot.keyClick(viewer.photo, Qt.Key.Key_0)
        assert viewer.photo.zoom == pytest.approx(fitted)
        assert "Zoom" in viewer.zoom_label.text()

        panel = page.decide
        assert panel.regrade_button.isEnabled() and not panel.why_not.isVisible()
        panel.grade_choice.setCurrentText("D")
        qtbot.mouseClick(panel.regrade_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Say why" in panel.message.text())
        qtbot.keyClicks(panel.reason, "Deep scratch on the lid, visible in photo 2")
        with qtbot.waitSignal(page.decided, timeout=10000):
            qtbot.mouseClick(panel.regrade_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.queue.table.rowCount() == 0)
        qtbot.waitUntil(lambda: viewer.view is not None and viewer.view.grade == "D")
        assert "Regraded to D" in panel.message.text()
        with ctx.read() as session:
            review = session.scalar(select(Review).where(Review.inspection_id == flagged))
            assert review is not None and review.reason == "Deep scratch on the lid, visible in photo 2"
            assert review.reviewer_id == window.user.id
            from db import models

            assert current_outcome(session, session.get(models.Inspection, flagged)).grade == "D"
    finally:
        window.runner.wait_idle()
        window.shutdown()


def test_an_inspector_cannot_regrade_the_service_refuses_and_the_panel_says_why(qtbot, ctx: StationContext) -> None:
    flagged = overridden(ctx, "RMA-100052")
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    try:
        page.begin(_user(ctx, "inspector"))
        qtbot.waitUntil(lambda: page.viewer.view is not None)  # the first queued item opens by itself
        panel = page.decide
        assert panel.why_not.isVisibleTo(page) and "Only a shift lead" in panel.why_not.text()
        assert not panel.regrade_button.isEnabled() and not panel.approve_button.isEnabled()
        assert panel.packet_button.isEnabled(), "looking and sending the packet is fine"
        # Past the disabled button, straight to the page's action: the service itself refuses.
        page.regrade("D", "refurbish", "I think it is worse")
        qtbot.waitUntil(lambda: "Only a shift lead" in panel.message.text())
        with ctx.read() as session:
            assert session.scalar(select(Review).where(Review.inspection_id == flagged)) is None
    finally:
        runner.wait_idle()
        runner.shutdown()


def test_a_lead_demoted_after_signing_in_is_refused_by_the_service(qtbot, ctx: StationContext) -> None:
    overridden(ctx, "RMA-100053")
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    lead = _user(ctx, "lead")
    try:
        page.begin(lead)
        qtbot.waitUntil(lambda: page.viewer.view is not None)
        assert page.decide.approve_button.isEnabled()
        with ctx.transaction() as session:
            session.execute(text("UPDATE users SET role = 'inspector' WHERE id = :id"), {"id": lead.id.hex})
        qtbot.mouseClick(page.decide.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Only a shift lead" in page.decide.message.text())
        with ctx.read() as session:
            assert session.scalar(select(Review)) is None
    finally:
        runner.wait_idle()
        runner.shutdown()


def test_the_packet_button_writes_the_pdf(qtbot, ctx: StationContext, tmp_path: Path) -> None:
    overridden(ctx, "RMA-100054", photos=demo_photos(2))
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    target = tmp_path / "dispute" / "packet.pdf"
    page.choose_packet_path = lambda suggested: target
    try:
        page.begin(_user(ctx, "lead"))
        qtbot.waitUntil(lambda: page.viewer.view is not None)
        with qtbot.waitSignal(page.packet_written, timeout=20000):
            qtbot.mouseClick(page.decide.packet_button, Qt.MouseButton.LeftButton)
        assert "Evidence packet saved" in page.decide.message.text()
        words = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert all(p.sha256 in " ".join(words.split()) for p in page.viewer.view.photos)
    finally:
        runner.wait_idle()
        runner.shutdown()


def test_scanning_a_label_in_review_opens_its_inspection(qtbot, ctx: StationContext) -> None:
    ctx.settings.review_sample_rate = 0.0
    plain = inspect_item(ctx, "RMA-100055")  # not queued, but a lead may still look it up by its label
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    try:
        page.begin(_user(ctx, "lead"))
        page.handle_scan("RMA-100055", "scanner")
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == plain)
        page.handle_scan("RMA-999999", "typed")
        qtbot.waitUntil(lambda: "No inspection here for RMA-999999" in page.decide.message.text())
    finally:
        runner.wait_idle()
        runner.shutdown()


def test_the_viewer_shows_each_photo_check_and_the_packet_is_in_the_leads_language(qtbot, ctx: StationContext,
                                                                                   tmp_path: Path) -> None:
    from tests.station.review.test_packet_checks import KEPT, _with_a_dark_photo_kept
    from ui.translations import set_language

    done, (_good, dark) = _with_a_dark_photo_kept(ctx, "RMA-100054")
    runner = TaskRunner()
    set_language("ru")
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    target = tmp_path / "packet.pdf"
    page.choose_packet_path = lambda suggested: target
    try:
        page.begin(_user(ctx, "lead"))
        page.open_inspection(done)
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == done)
        index = next(i for i, p in enumerate(page.viewer.view.photos) if str(p.id) == str(dark.id))
        page.viewer.select_photo(index)
        shown = page.viewer.photo_checks.text()
        assert "✗ НЕ ПРОЙДЕНО" in shown and KEPT in shown and "✓ в норме" in shown, shown
        with qtbot.waitSignal(page.packet_written, timeout=20000):
            qtbot.mouseClick(page.decide.packet_button, Qt.MouseButton.LeftButton)
        words = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                        check=True).stdout.split())
        assert "НЕ ПРОЙДЕНО" in words and "Checklist answers" not in words
    finally:
        runner.wait_idle()
        runner.shutdown()
        set_language("en")


def test_a_reused_photo_opens_the_other_inspection_beside_it(qtbot, ctx: StationContext) -> None:
    from station.services import inspect as inspection
    from tests.station.evidence.photoset import PHOTOS
    from tests.station.evidence.test_evidence_in_inspections import _answered, _fill_needs, _start

    def inspect_with(close_ups: str, item_photo: str):
        draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "AP-2001")), close_ups)
        draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / item_photo)
        return inspection.complete_inspection(ctx, draft.id).id

    first = inspect_with("unrelated-barcode-83.jpg", "AP-2001-good.jpg")
    second = inspect_with("unrelated-barcode-85.jpg", "AP-2001-dup-brightened.jpg")
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    try:
        page.begin(_user(ctx, "lead"))
        # The queue opens its first item by itself; the reused photo's inspection is opened after that.
        qtbot.waitUntil(lambda: page.viewer.view is not None)
        page.open_inspection(second)
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == second)
        view = page.viewer.view
        reused = next(i for i, p in enumerate(view.photos) if p.id in view.photo_links)
        plain = next(i for i, p in enumerate(view.photos) if p.id not in view.photo_links)
        page.viewer.select_photo(plain)
        assert not page.viewer.open_linked.isVisibleTo(page)
        page.viewer.select_photo(reused)
        assert page.viewer.open_linked.isVisibleTo(page) and str(first)[:8] in page.viewer.open_linked.text()
        qtbot.mouseClick(page.viewer.open_linked, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.viewer.view is not None and page.viewer.view.inspection_id == first)
    finally:
        runner.wait_idle()
        runner.shutdown()
