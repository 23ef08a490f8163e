"""The Dashboard's put-away row shows what the dock did: items placed per hour, mis-sorts caught, open containers
and move tasks waiting."""

from __future__ import annotations

from typing import Any

from station.context import StationContext
from station.people import UserSummary
from station.review.decisions import regrade
from station.services import putaway
from station.services.auth import list_users
from tests.station.putaway.items import restock_item
from tests.station.review.scenario import lead
from tests.ui.screens import save_screenshot
from ui.dashboard.page import DashboardPage
from ui.tasks import TaskRunner


def test_the_put_away_tiles_show_the_figures(qtbot: Any, ctx: StationContext, styled) -> None:
    items = [restock_item(ctx) for _ in range(2)]
    tote = putaway.put_away_for(ctx, items[0]).container_code
    putaway.confirm_placement(ctx, items[0], "C-00009")  # wrong kind: caught
    for item in items:
        putaway.confirm_placement(ctx, item, tote)
    regrade(ctx, lead(ctx), items[0], grade="F", disposition="dispose", reason="torn seam found later")
    runner = TaskRunner()
    page = DashboardPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1600, 1000)
    page.show()
    user = next(u for u in list_users(ctx) if u.role == "lead")
    page.begin(UserSummary(user.id, user.name, user.role, "en"))
    try:
        qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
        shown = {key: page.tiles[key].value.text() for key in ("missorts", "open_containers", "move_tasks")}
        assert shown == {"missorts": "1", "open_containers": "1", "move_tasks": "1"}
        assert page.tiles["placed_per_hour"].value.text() not in ("—", "0.0")
        assert "per hour (2 items)" in page.tiles["placed_per_hour"].toolTip()
        save_screenshot(page, "dashboard-putaway")
    finally:
        page.end()
        runner.wait_idle()
        runner.shutdown(5000)
