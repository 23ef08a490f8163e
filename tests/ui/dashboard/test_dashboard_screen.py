"""The Dashboard in a real window on a wall-screen size, with a month of returns: opened with F5 by a lead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station.context import StationContext
from tests.ui.review.test_review_flow import sign_in_as
from tests.ui.screens import save_screenshot
from ui.dashboard.page import DashboardPage
from ui.main_window import MainWindow
from ui.style import apply_style

pytestmark = pytest.mark.xvfb


def test_screen_of_the_dashboard(qtbot, qapp, month_ctx: StationContext) -> None:
    apply_style(qapp)
    window = MainWindow(month_ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    try:
        sign_in_as(qtbot, window, "lead")
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.mode_key == "dashboard", timeout=10000)
        page = window.current_page
        assert isinstance(page, DashboardPage)
        qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
        qtbot.wait(300)  # lets Xvfb paint the charts before the grab; no test logic waits on it
        path = save_screenshot(window, "dashboard-month")
        assert path.stat().st_size > 50_000
    finally:
        window.runner.wait_idle()
        window.shutdown()
