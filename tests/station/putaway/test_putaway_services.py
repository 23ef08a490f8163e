"""Put-away through the services: the confirm scan with the right and wrong containers, full and closed ones,
regrades that leave an item in the wrong container (move tasks), quarantine, and the item's own label."""

from __future__ import annotations

from sqlalchemy import func, select

from db.putaway_models import ContainerClose, ContainerPlacement, PutawayMissort
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.putaway.loading import load_putaway_text
from station.review.decisions import approve, regrade
from station.services import putaway
from station.services.identify import identify
from station.slips.reference import slip_reference
from tests.station.putaway.items import restock_item, small_totes
from tests.station.review.scenario import inspect_item, lead


def _count(ctx: StationContext, model) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_grade_says_where_the_item_goes_and_the_right_scan_places_it_once(ctx: StationContext) -> None:
    item = restock_item(ctx)
    plan = putaway.put_away_for(ctx, item)
    assert plan.kind == "tote" and plan.new_container and plan.container_code == "T-00001"
    assert plan.confirm_scan and plan.item_label == "zpl" and not plan.quarantine
    assert plan.headline.render().startswith("Put in RESTOCK · ") and plan.headline.render().endswith(
        "— tote T-00001")
    assert [w.inspection_id for w in putaway.waiting_items(ctx)] == [item]

    done = putaway.confirm_placement(ctx, item, "t-00001")
    assert done.placed and done.container_code == "T-00001" and not done.already
    assert putaway.waiting_items(ctx) == []
    again = putaway.confirm_placement(ctx, item, "T-00001")
    assert again.placed and again.already
    assert _count(ctx, ContainerPlacement) == 1
    view = putaway.container_view(ctx, "T-00001")
    assert [i.inspection_id for i in view.items] == [item] and view.status == "open"
    # The next like-new item of the same zone goes into the same open tote.
    assert putaway.put_away_for(ctx, restock_item(ctx)).container_code == "T-00001"


def test_every_wrong_scan_is_refused_with_the_right_container_and_counted(ctx: StationContext) -> None:
    item = restock_item(ctx)
    other = inspect_item(ctx, "RMA-100005", answers="damaged")
    other_plan = putaway.put_away_for(ctx, other)
    assert other_plan.zone != putaway.put_away_for(ctx, item).zone
    putaway.confirm_placement(ctx, other, other_plan.container_code)
    putaway.close_container(ctx, other_plan.container_code)
    putaway.open_container(ctx, "tote", "restock_toys", code="T-00077")
    right = putaway.put_away_for(ctx, item).container_code
    cases = {
        "NOT-A-CONTAINER!": "unknown",
        "LOC-A-01": "location",
        slip_reference(other): "item_label",
        other_plan.container_code: "closed",
        "G-00003": "wrong_kind",
        "T-00077": "wrong_zone",
    }
    for scanned, problem in cases.items():
        refused = putaway.confirm_placement(ctx, item, scanned)
        assert not refused.placed, scanned
        assert refused.problem == problem, (scanned, refused.problem, refused.message.render())
        assert refused.container_code == right
        assert right in refused.message.render(), refused.message.render()
    assert putaway.waiting_items(ctx)[0].inspection_id == item  # nothing placed
    assert _count(ctx, PutawayMissort) == len(cases)
    assert putaway.confirm_placement(ctx, item, right).placed


def test_a_tote_closes_at_capacity_and_a_full_one_is_refused(ctx: StationContext) -> None:
    small_totes(ctx, items=2)
    first, second, third = (restock_item(ctx) for _ in range(3))
    code = putaway.put_away_for(ctx, first).container_code
    assert putaway.confirm_placement(ctx, first, code).placed
    filled = putaway.confirm_placement(ctx, second, code)
    assert filled.placed and filled.closed
    assert putaway.container_view(ctx, code).close_reason == "items"
    next_plan = putaway.put_away_for(ctx, third)
    assert next_plan.container_code != code and next_plan.new_container
    assert putaway.confirm_placement(ctx, third, code).problem == "closed"

    # Full but not closed: another station's placement arrived by sync and filled it.
    small_totes(ctx, items=1)
    fresh = putaway.open_container(ctx, "tote", next_plan.zone).code
    with ctx.transaction() as session:
        add_fact(session, ContainerPlacement(id=new_id(), station_id="DOCK-OTHER", container_code=fresh,
                                             inspection_id=first, action="placed", weight_kg=None, user_id=None,
                                             at=utc_now()))
    refused = putaway.confirm_placement(ctx, third, fresh)
    assert refused.problem == "full" and not refused.placed


def test_a_lead_regrade_leaves_a_move_task_that_the_confirm_scan_ends(ctx: StationContext) -> None:
    item = restock_item(ctx)
    tote = putaway.put_away_for(ctx, item).container_code
    putaway.confirm_placement(ctx, item, tote)
    assert putaway.move_task_count(ctx) == 0
    regrade(ctx, lead(ctx), item, grade="F", disposition="dispose", reason="liquid damage found on a second look")
    tasks = putaway.open_move_tasks(ctx)
    assert [t.inspection_id for t in tasks] == [item] and putaway.move_task_count(ctx) == 1
    task = tasks[0]
    assert task.from_code == tote and task.to_kind == "gaylord"
    assert task.headline.render().startswith(f"Move from {tote} to DISPOSE")
    # The wrong container is still refused, the right one moves it.
    assert putaway.confirm_placement(ctx, item, tote).problem == "wrong_kind"
    moved = putaway.confirm_placement(ctx, item, task.to_code)
    assert moved.placed and moved.moved_from == tote
    assert putaway.move_task_count(ctx) == 0
    assert putaway.container_view(ctx, tote).items == []
    assert [i.inspection_id for i in putaway.container_view(ctx, task.to_code).items] == [item]


def test_an_item_flagged_for_a_lead_waits_in_the_cage_until_the_lead_decides(ctx: StationContext) -> None:
    item = inspect_item(ctx, "RMA-100003", unexpected=True)
    plan = putaway.put_away_for(ctx, item)
    assert plan.quarantine and plan.kind == "cage" and plan.zone == "quarantine"
    assert putaway.confirm_placement(ctx, item, "T-00001").problem == "wrong_kind"
    assert putaway.confirm_placement(ctx, item, plan.container_code).placed
    approve(ctx, lead(ctx), item)
    tasks = putaway.open_move_tasks(ctx)
    assert [(t.from_code, t.to_kind) for t in tasks] == [(plan.container_code, "cart")]
    assert "RESTOCK" in tasks[0].to_zone_title


def test_the_item_label_resolves_to_the_inspection_everywhere(ctx: StationContext, tmp_path) -> None:
    item = restock_item(ctx)
    zpl = putaway.item_label(ctx, item, tmp_path / "item.zpl", "zpl").read_text()
    assert f"^FDMA,{slip_reference(item)}^FS" in zpl and "^PW406" in zpl
    assert putaway.item_label(ctx, item, tmp_path / "item.pdf", "4x6").read_bytes().startswith(b"%PDF")
    assert putaway.item_for_scan(ctx, slip_reference(item)) == item
    assert putaway.read_scan(ctx, slip_reference(item)) == putaway.ScanMeaning("item", slip_reference(item).upper(),
                                                                                item)
    ident = identify(ctx, slip_reference(item))
    assert ident.inspection_id == item and ident.outcome == "not_a_return_label"
    from station.review.queue import find_by_label

    assert find_by_label(ctx, slip_reference(item)) == item


def test_close_twice_says_who_closed_it_and_the_manifest_lists_every_item(ctx: StationContext, tmp_path) -> None:
    items = [restock_item(ctx) for _ in range(2)]
    code = putaway.put_away_for(ctx, items[0]).container_code
    for item in items:
        putaway.confirm_placement(ctx, item, code)
    assert putaway.close_container(ctx, code).closed
    again = putaway.close_container(ctx, code)
    assert not again.closed and f"already closed by {ctx.station_id}" in again.message.render()
    assert _count(ctx, ContainerClose) == 1
    rows = putaway.container_manifest(ctx, code, tmp_path / "m.csv").read_text().splitlines()
    assert rows[0].startswith("container,inspection_id,sku")
    assert sorted(r.split(",")[1] for r in rows[1:]) == sorted(str(i) for i in items)
    assert putaway.container_manifest(ctx, code, tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    moved = putaway.move_container(ctx, code, "loc-dock-3")
    assert moved.location == "LOC-DOCK-3"
    summaries = putaway.list_containers(ctx)
    assert [s.to_json() for s in summaries] == [{"id": code, "kind": "tote", "zone": moved.zone, "status": "closed",
                                                 "location": "LOC-DOCK-3", "items": [str(i) for i in items]}]


def test_a_bad_rules_file_names_the_file_rule_and_problem(ctx: StationContext) -> None:
    import pytest

    from station.putaway.loading import PutawayInvalid

    text = (ctx.resources / "putaway" / "rules.yaml").read_text(encoding="utf-8")
    broken = text.replace("    zone: e_waste\n", "    zone: ewaste\n", 1)
    with pytest.raises(PutawayInvalid) as caught:
        load_putaway_text(broken, "rules.yaml", list(ctx.templates.templates), ctx.rules)
    problem = caught.value.problems[0]
    assert problem.rule_id == "dispose_electronics" and problem.line is not None
    assert "zone 'ewaste' is not listed" in str(problem)
    uncovered = text.replace("  - id: everything_else\n    kind: pallet\n    zone: exceptions\n", "")
    uncovered = uncovered.replace("  - id: dispose_general\n    when: {disposition: [dispose]}\n"
                                  "    kind: gaylord\n    zone: dispose_general\n", "")
    with pytest.raises(PutawayInvalid) as caught:
        load_putaway_text(uncovered, "rules.yaml", list(ctx.templates.templates), ctx.rules)
    assert "no rule places a dispose item" in str(caught.value.problems[0])


def test_a_warehouse_without_the_confirm_scan_places_in_the_suggested_container(ctx: StationContext) -> None:
    import pytest

    from station.putaway.loading import PutawaySet

    item = restock_item(ctx)
    with pytest.raises(putaway.PutawayRefused, match="scan the container"):
        putaway.confirm_placement(ctx, item, None)
    ctx.putaway = PutawaySet(ctx.putaway.require().model_copy(update={"confirm_scan": False}))
    plan = putaway.put_away_for(ctx, item)
    assert not plan.confirm_scan
    done = putaway.confirm_placement(ctx, item, None)
    assert done.placed and done.container_code == plan.container_code


def test_two_stations_that_opened_one_barcode_for_different_zones_are_told_to_relabel(ctx: StationContext) -> None:
    from db.putaway_models import Container

    item = restock_item(ctx)
    code = putaway.put_away_for(ctx, item).container_code
    putaway.confirm_placement(ctx, item, code)
    assert putaway.container_view(ctx, code).notice is None
    with ctx.transaction() as session:  # what a pull brings from a station that was offline
        add_fact(session, Container(id=new_id(), station_id="DOCK-OTHER", code=code, kind="tote",
                                    zone="restock_toys", capacity_items=24, capacity_kg=None, opened_by=None,
                                    opened_at=utc_now()))
    notice = putaway.container_view(ctx, code).notice
    assert notice is not None and "DOCK-OTHER opened" in notice.render() and "Relabel" in notice.render()


def test_a_refurb_regrade_to_restock_leaves_a_move_task_out_of_the_refurb_cart(ctx: StationContext) -> None:
    from station.refurb.regrade import complete_regrade
    from station.refurb.work import WorkRequest, record_work
    from tests.flows import like_new
    from tests.station.refurb.graded import complete, user_id

    item = complete(ctx, "RMA-100002")  # damaged: refurbish
    plan = putaway.put_away_for(ctx, item)
    assert plan.zone.startswith("refurb") and putaway.confirm_placement(ctx, item, plan.container_code).placed
    technician = user_id(ctx, "refurb")
    record_work(ctx, technician, item, WorkRequest("Cleaned and re-stitched the seam", minutes=20))
    assert putaway.move_task_count(ctx) == 0  # work alone changes no outcome
    template = ctx.templates.templates["apparel"]
    complete_regrade(ctx, technician, item, like_new(template, ctx.rules))
    [task] = putaway.open_move_tasks(ctx)
    assert task.from_code == plan.container_code and task.to_zone == "restock_apparel" and task.to_kind == "tote"
