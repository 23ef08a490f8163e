"""The Dashboard counts the inspections a shop refused and those it has not heard of yet, from pulled notices."""

from __future__ import annotations

from db.shop_notice_models import ShopNotice
from station.context import StationContext
from station.ids import new_id, utc_now
from station.services.auth import list_users
from ui.dashboard.page import DashboardPage
from ui.tasks import TaskRunner


def test_the_dashboard_counts_what_the_shops_refused_and_have_not_heard_of(qtbot, ctx: StationContext) -> None:
    with ctx.transaction() as session:
        for state, n in (("refused", 2), ("waiting", 3), ("delivered", 5)):
            for _i in range(n):
                session.add(ShopNotice(inspection_id=new_id(), state=state, destinations=[], updated_at=utc_now(),
                                       reason="shop: HTTP 422" if state == "refused" else None))
    runner = TaskRunner()
    page = DashboardPage(ctx, runner)
    qtbot.addWidget(page)
    try:
        page.begin(next(u for u in list_users(ctx) if u.role == "lead"))
        qtbot.waitUntil(lambda: page.tiles["shop_waiting"].value.text() == "3", timeout=20000)
        assert page.tiles["shop_refused"].value.text() == "2"
        assert page.tiles["shop_refused"].toolTip() == "5 inspections the shop was told of"
    finally:
        runner.wait_idle()
        runner.shutdown()
