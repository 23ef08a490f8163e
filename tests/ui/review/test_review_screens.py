"""Real windows under Xvfb: the review queue and the evidence viewer with demo photos, for a person to look at."""

from __future__ import annotations

import pytest

from station.context import StationContext
from station.services import inspect as inspection
from tests.station.review.scenario import demo_photos, inspect_item, overridden
from tests.ui.review.test_review_flow import sign_in_as
from tests.ui.screens import save_screenshot
from ui.main_window import MainWindow
from ui.style import apply_style

pytestmark = pytest.mark.xvfb


def _settle(qtbot) -> None:
    qtbot.wait(250)  # lets Xvfb paint before the grab; not used for test logic


def test_screens_of_the_review_mode(qtbot, qapp, ctx: StationContext) -> None:
    apply_style(qapp)
    ctx.settings.review_high_value = 100.0
    overridden(ctx, "RMA-100060", photos=demo_photos(6))
    inspect_item(ctx, "RMA-100061", unexpected=True, photos=demo_photos(2))
    inspect_item(ctx, "RMA-100062", override=inspection.Override("F", "dispose", "Water damage inside"),
                 photos=demo_photos(3))
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    try:
        sign_in_as(qtbot, window, "lead")
        page = window.current_page
        viewer = page.viewer
        qtbot.waitUntil(lambda: page.queue.table.rowCount() >= 3)
        qtbot.waitUntil(lambda: viewer.view is not None and viewer.photo.item is not None
                        and viewer.photo.item.sharpest == viewer.view.photos[0].width, timeout=10000)
        _settle(qtbot)
        save_screenshot(window, "review-01-queue-and-viewer")

        viewer.select_photo(2)
        qtbot.waitUntil(lambda: viewer.photo.item is not None
                        and viewer.photo.item.sharpest == viewer.view.photos[2].width, timeout=10000)
        viewer.photo.set_zoom(1.0)
        viewer.tabs.setCurrentIndex(2)
        _settle(qtbot)
        save_screenshot(window, "review-02-zoomed-photo-and-history")

        page.decide.grade_choice.setCurrentText("D")
        page.decide.reason.setText("Deep scratch on the lid")
        with qtbot.waitSignal(page.decided, timeout=10000):
            page.decide.regrade_button.click()
        qtbot.waitUntil(lambda: viewer.view is not None and bool(viewer.view.reviews))
        viewer.tabs.setCurrentIndex(4)
        _settle(qtbot)
        save_screenshot(window, "review-03-after-regrade-audit")
    finally:
        window.runner.wait_idle()
        window.shutdown()


def test_screen_of_a_reused_photo_in_the_evidence_viewer(qtbot, styled, ctx: StationContext) -> None:
    from tests.station.evidence.photoset import PHOTOS
    from tests.station.evidence.test_evidence_in_inspections import _answered, _fill_needs, _start

    def inspect_with(close_ups: str, item_photo: str):
        draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "AP-2001")), close_ups)
        draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / item_photo)
        return inspection.complete_inspection(ctx, draft.id).id

    ctx.settings.review_sample_rate = 0.0
    inspect_with("unrelated-barcode-83.jpg", "AP-2001-good.jpg")
    second = inspect_with("unrelated-barcode-85.jpg", "AP-2001-dup-cropped.jpg")
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        sign_in_as(qtbot, window, "lead")
        viewer = window.current_page.viewer
        qtbot.waitUntil(lambda: viewer.view is not None, timeout=10000)  # the queue opens its oldest first
        window.current_page.open_inspection(second)
        qtbot.waitUntil(lambda: viewer.view is not None and viewer.view.inspection_id == second, timeout=10000)
        reused = next(i for i, p in enumerate(viewer.view.photos) if p.id in viewer.view.photo_links)
        viewer.select_photo(reused)
        qtbot.waitUntil(viewer.open_linked.isVisible)
        _settle(qtbot)
        save_screenshot(window, "review-04-reused-photo")
        assert window.width() <= 1440, "a long photo caption widened the window past the dock's screen"
    finally:
        window.runner.wait_idle()
        window.shutdown()


@pytest.mark.parametrize("lang", ["en", "he", "ru"])
def test_screen_of_review_with_a_photo_at_the_docks_size(qtbot, styled, ctx: StationContext, lang: str) -> None:
    # The photo beside its decide column, the record's tabs under both, at the dock's 1440x900.
    ctx.settings.review_sample_rate = 0.0
    item = overridden(ctx, "RMA-100051", photos=demo_photos(3))
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        sign_in_as(qtbot, window, "lead")
        window.apply_language(lang)
        page = window.current_page
        viewer = page.viewer
        page.open_inspection(item)
        qtbot.waitUntil(lambda: viewer.view is not None and viewer.view.inspection_id == item
                        and viewer.photo.item is not None, timeout=10000)
        _settle(qtbot)
        assert viewer.photo.height() >= 360, (lang, viewer.photo.size())
        save_screenshot(window, f"review-photo-room-{lang}")
    finally:
        window.runner.wait_idle()
        window.shutdown()
