"""Containers across stations on the real PostgreSQL: two stations fill one tote and close it at the same moment
(one close counts, the other station is told, nothing is refused), and the central holds every placement and
close exactly as the stations do, also after the station was killed with SIGKILL in the middle of a sync."""

from __future__ import annotations

import signal

import pytest

from station.demo.generate import generate_inspections
from station.services import putaway
from station.services.sync import refused, sync_once, sync_status
from tests.station.putaway.items import restock_item
from tests.station.sync.compare import assert_central_matches, assert_pulled
from tests.station.sync.test_faults import _child, _sync_until_sent

pytestmark = [pytest.mark.postgres]


def _items(view: putaway.ContainerView) -> set:
    return {item.inspection_id for item in view.items}


def test_two_stations_fill_one_tote_and_close_it_at_once(central, make_station) -> None:
    dock_a, dock_b = make_station("DOCK-31", central), make_station("DOCK-32", central)
    for dock in (dock_a, dock_b):
        sync_once(dock)  # a station joins the central before it inspects
    first = restock_item(dock_a)
    tote = putaway.put_away_for(dock_a, first).container_code
    assert putaway.confirm_placement(dock_a, first, tote).placed
    _sync_until_sent(dock_a)
    central.settle()
    _sync_until_sent(dock_b)
    from_b = restock_item(dock_b)
    assert putaway.put_away_for(dock_b, from_b).container_code == tote  # the tote DOCK-31 opened, pulled
    assert putaway.confirm_placement(dock_b, from_b, tote).placed
    second = restock_item(dock_a)
    assert putaway.confirm_placement(dock_a, second, tote).placed
    # Both close it before either has heard of the other's close.
    assert putaway.close_container(dock_a, tote).closed
    assert putaway.close_container(dock_b, tote).closed
    for _ in range(2):
        for dock in (dock_a, dock_b):
            _sync_until_sent(dock)
            central.settle()
    for dock in (dock_a, dock_b):
        assert refused(dock) == [] and sync_status(dock).quarantined == 0  # neither close was refused
    seen_a, seen_b = putaway.container_view(dock_a, tote), putaway.container_view(dock_b, tote)
    assert _items(seen_a) == _items(seen_b) == {first, second, from_b}
    assert seen_a.closed_station == seen_b.closed_station and seen_a.closed_at == seen_b.closed_at
    winner, loser = (dock_a, dock_b) if seen_a.closed_station == "DOCK-31" else (dock_b, dock_a)
    assert putaway.container_view(winner, tote).notice is None
    told = putaway.container_view(loser, tote).notice
    assert told is not None and f"already closed by {winner.station_id}" in told.render()
    assert putaway.lost_closes(winner) == [] and len(putaway.lost_closes(loser)) == 1
    assert f"{tote} was already closed by {winner.station_id}" in putaway.lost_closes(loser)[0].render()
    again = putaway.close_container(loser, tote)
    assert not again.closed and f"already closed by {winner.station_id}" in again.message.render()
    for dock, other in ((dock_a, "DOCK-32"), (dock_b, "DOCK-31")):
        assert_central_matches(central.engine, dock)
        assert_pulled(central.engine, dock, other)


def test_container_facts_survive_kill_9_mid_sync(central, make_station) -> None:
    ctx = make_station("DOCK-33", central)
    sync_once(ctx)
    generate_inspections(ctx, 60, photos=False, seed=33)
    moved = restock_item(ctx)
    putaway.confirm_placement(ctx, moved, putaway.put_away_for(ctx, moved).container_code)
    kills = 0
    for point in ("push.before_commit:1", "push.committed:2", "push.marked:1", "push.before_commit:3"):
        child = _child(ctx.data_dir, batch_size=25, kill_at=point)
        assert child.stdout is not None and child.stdout.readline().strip() == "READY"
        code = child.wait(timeout=120)
        kills += code == -signal.SIGKILL
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
        putaway.close_container(ctx, putaway.list_containers(ctx, open_only=True)[0].code)  # work goes on
    assert kills >= 3
    central.settle()
    _sync_until_sent(ctx)
    assert sync_once(ctx).everything_sent
    assert_central_matches(central.engine, ctx)
    reader = make_station("DOCK-34", central)
    _sync_until_sent(reader)
    assert [c.to_json() for c in putaway.list_containers(reader)] == [c.to_json() for c in putaway.list_containers(ctx)]


def test_a_station_may_close_only_as_itself_and_never_undo_a_close(central, make_station) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    from station.ids import new_id

    dock = make_station("DOCK-35", central)
    make_station("DOCK-36", central)
    sync_once(dock)
    item = restock_item(dock)
    tote = putaway.put_away_for(dock, item).container_code
    putaway.confirm_placement(dock, item, tote)
    putaway.close_container(dock, tote)
    _sync_until_sent(dock)
    engine = create_engine(central.station_url("DOCK-36"))
    close = ("INSERT INTO container_closes (id, station_id, container_code, reason, items, closed_at) "
             "VALUES (:id, :station, :code, 'key', 0, now())")
    try:
        with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as connection:
            connection.execute(text(close), {"id": new_id(), "station": "DOCK-35", "code": tote})
        for sql in ("DELETE FROM container_closes", "UPDATE container_placements SET action = 'removed'"):
            with pytest.raises(DBAPIError), engine.begin() as connection:
                connection.execute(text(sql))
        with engine.begin() as connection:  # its own close of the same container is a fact like any other
            connection.execute(text(close), {"id": new_id(), "station": "DOCK-36", "code": tote})
    finally:
        engine.dispose()
