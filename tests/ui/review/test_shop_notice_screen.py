"""Real window under Xvfb: the evidence viewer says whether the shop was told (delivered, waiting, refused and
why), from the notices the station pulled from the central relay."""

from __future__ import annotations

import pytest

from db.shop_notice_models import ShopNotice
from station.context import StationContext
from station.ids import utc_now
from tests.station.review.scenario import demo_photos, inspect_item
from tests.ui.review.test_review_flow import sign_in_as
from tests.ui.screens import save_screenshot
from ui.main_window import MainWindow

pytestmark = pytest.mark.xvfb


def _pulled(ctx: StationContext, inspection_id, state: str, reason: str | None) -> None:
    """A notice as the pull writes it: the central relay's reference row, copied as it is."""
    with ctx.transaction() as session:
        session.add(ShopNotice(inspection_id=inspection_id, rma_number=None, state=state, reason=reason,
                               destinations=[{"destination": "shopify", "state": "dead" if reason else state},
                                             {"destination": "loop-webhook", "state": "delivered"}],
                               updated_at=utc_now()))


def test_the_evidence_viewer_shows_whether_the_shop_was_told(qtbot, styled, ctx: StationContext) -> None:
    ctx.settings.review_sample_rate = 1.0
    refused = inspect_item(ctx, "RMA-100060", photos=demo_photos(2))
    told = inspect_item(ctx, "RMA-100061", photos=demo_photos(1))
    silent = inspect_item(ctx, "RMA-100062", photos=demo_photos(1))
    _pulled(ctx, refused, "refused", "shopify: Shopify: returnLineItems.0: Return is not in a processable state")
    _pulled(ctx, told, "delivered", None)
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        sign_in_as(qtbot, window, "lead")
        page = window.current_page
        viewer = page.viewer
        qtbot.waitUntil(lambda: viewer.view is not None, timeout=10000)
        for inspection_id in (told, refused):
            page.open_inspection(inspection_id)
            qtbot.waitUntil(lambda i=inspection_id: viewer.view is not None and viewer.view.inspection_id == i
                            and viewer.shop_notice.isVisible(), timeout=10000)
            if inspection_id == told:
                assert viewer.shop_notice.text() == "✓ Shop told: shopify, loop-webhook"
        assert viewer.shop_notice.text().startswith("✗ Shop refused: shopify: ")
        assert "not in a processable state" in viewer.shop_notice.text()
        assert viewer.shop_notice.property("role") == "flag"
        qtbot.wait(250)  # lets Xvfb paint before the grab; not used for test logic
        save_screenshot(window, "review-05-shop-refused")
        page.open_inspection(silent)
        qtbot.waitUntil(lambda: viewer.view is not None and viewer.view.inspection_id == silent, timeout=10000)
        window.runner.wait_idle()
        assert not viewer.shop_notice.isVisible(), "no destination has heard of it: nothing to say"
    finally:
        window.runner.wait_idle()
        window.shutdown()
