"""The Containers mode in the real station window under Xvfb: F7 opens it for an inspector, the hand scanner's
scans reach it, and its screenshot shows the open tote and the item just put in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from station.context import StationContext
from station.people import UserSummary
from station.services import putaway
from station.services.auth import list_users
from station.slips.reference import slip_reference
from tests.station.putaway.items import restock_item
from tests.ui.screens import save_screenshot
from ui.containers.page import ContainersPage
from ui.main_window import MainWindow
from ui.style import apply_style

pytestmark = pytest.mark.xvfb


def test_f7_opens_containers_and_scans_put_an_item_in_its_tote(qtbot: Any, qapp, ctx: StationContext) -> None:
    item = restock_item(ctx)
    tote = putaway.put_away_for(ctx, item).container_code
    apply_style(qapp)
    window = MainWindow(ctx, camera=False, install_wedge=False)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    try:
        user = next(u for u in list_users(ctx) if u.role == "inspector")
        window.on_signed_in(UserSummary(user.id, user.name, user.role, "en"))
        qtbot.waitUntil(lambda: window.user is not None)
        qtbot.keyClick(window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: window.mode_key == "containers", timeout=10000)
        page = window.current_page
        assert isinstance(page, ContainersPage)
        qtbot.waitUntil(lambda: page.running == 0 and page.data is not None)
        window.on_scanned(slip_reference(item))  # as the keyboard-wedge scanner delivers it
        qtbot.waitUntil(lambda: page.running == 0 and page.headline.isVisible())
        save_screenshot(window, "containers-window-put-in")
        window.on_scanned(tote)
        qtbot.waitUntil(lambda: page.running == 0 and page.open_table.rowCount() == 1 and page.shown is not None)
        assert putaway.waiting_items(ctx) == []
        qtbot.wait(200)  # lets Xvfb paint before the grab; no test logic waits on it
        path = save_screenshot(window, "containers-window-placed")
        assert path.stat().st_size > 20_000
    finally:
        window.runner.wait_idle()
        window.shutdown()
