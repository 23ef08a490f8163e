"""The Dashboard's put-away figures from real placements: per-hour rate per person, mis-sorts caught, open
containers and move tasks waiting."""

from __future__ import annotations

from station.context import StationContext
from station.reports.dashboard import DashboardRequest, dashboard_data
from station.review.decisions import regrade
from station.services import putaway
from tests.station.putaway.items import restock_item
from tests.station.review.scenario import lead, user_of


def test_dashboard_counts_placements_missorts_open_containers_and_move_tasks(ctx: StationContext) -> None:
    inspector = user_of(ctx, "inspector")
    items = [restock_item(ctx) for _ in range(3)]
    tote = putaway.put_away_for(ctx, items[0]).container_code
    assert not putaway.confirm_placement(ctx, items[0], "G-00001", inspector).placed  # a mis-sort caught
    assert not putaway.confirm_placement(ctx, items[0], "LOC-A-1", inspector).placed  # and another
    for item in items:
        assert putaway.confirm_placement(ctx, item, tote, inspector).placed
    regrade(ctx, lead(ctx), items[1], grade="F", disposition="dispose", reason="cracked on a second look")
    figures = dashboard_data(ctx, lead(ctx), DashboardRequest(days=1)).putaway
    assert figures.placed == 3 and figures.missorts == 2
    assert figures.open_containers == 1 and figures.move_tasks == 1
    [rate] = figures.rates
    assert rate.placed == 3 and rate.active_hours in (1, 2) and figures.per_hour == rate.per_hour > 0
    putaway.close_container(ctx, tote)
    assert dashboard_data(ctx, lead(ctx), DashboardRequest(days=1)).putaway.open_containers == 0
