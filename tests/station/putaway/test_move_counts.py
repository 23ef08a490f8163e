"""The open move tasks counted from only the facts added since the last count equal a count from every fact.

A dock's facts come in any order: items graded and placed, lead regrades and approvals, refurb re-grades, moves
into the right container, and what a pull brings from another station (a container opened with a code this
station uses, an item taken out of a container). After every step, and after several steps at once, the kept
answer is compared with the one read from all the facts.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest

from db import models
from db.putaway_models import Container, ContainerPlacement
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.outcome import current_outcome
from station.putaway.moves import MoveTask, _read_move_tasks, move_tasks
from station.refurb.regrade import complete_regrade
from station.refurb.work import WorkRequest, record_work
from station.review.decisions import approve, regrade
from station.services import putaway
from tests.flows import like_new
from tests.station.putaway.items import restock_item, small_totes
from tests.station.refurb.graded import complete, user_id
from tests.station.review.scenario import inspect_item, lead


def _both(ctx: StationContext) -> tuple[list[MoveTask], list[MoveTask]]:
    rules = ctx.putaway.require()
    with ctx.read() as session:
        return move_tasks(session, rules), _read_move_tasks(session, rules)


def _same_answer(ctx: StationContext, step: str) -> list[MoveTask]:
    kept, full = _both(ctx)
    assert kept == full, f"after {step}: kept {len(kept)} tasks, every fact gives {len(full)}"
    return kept


class Dock:
    """The steps a dock (and a pull) takes, each through the services or as the fact a pull writes."""

    def __init__(self, ctx: StationContext, rng: random.Random) -> None:
        self.ctx, self.rng = ctx, rng
        self.items: list[uuid.UUID] = []
        self.refurbish: list[uuid.UUID] = []  # graded refurbish, not yet re-graded
        self.flagged: list[uuid.UUID] = []
        self.small_ids = iter(range(1, 1000))  # container ids below every random one: first for their code

    def grade_and_place(self) -> str:
        kind = self.rng.choice(["restock", "refurbish", "flagged"])
        if kind == "restock":
            item = restock_item(self.ctx)
        elif kind == "refurbish":
            item = complete(self.ctx, "RMA-100002")
            self.refurbish.append(item)
        else:
            item = inspect_item(self.ctx, "RMA-100003", unexpected=True)
            self.flagged.append(item)
        self.items.append(item)
        plan = putaway.put_away_for(self.ctx, item)
        return f"a {kind} item placed in {self._place(item, plan.container_code, plan.kind, plan.zone)}"

    def _place(self, item: uuid.UUID, code: str, kind: str, zone: str) -> str:
        """Scans the item into `code`; when a pulled container took that code for another zone, into a new one."""
        if putaway.confirm_placement(self.ctx, item, code).placed:
            return code
        code = putaway.open_container(self.ctx, kind, zone).code
        assert putaway.confirm_placement(self.ctx, item, code).placed
        return code

    def lead_regrade(self) -> str:
        item = self.rng.choice(self.items)
        with self.ctx.read() as session:
            now = current_outcome(session, session.get(models.Inspection, item))  # type: ignore[arg-type]
        grade, disposition = self.rng.choice([choice for choice in [("F", "dispose"), ("A", "restock"),
                                              ("C", "refurbish")] if choice != (now.grade, now.disposition)])
        regrade(self.ctx, lead(self.ctx), item, grade=grade, disposition=disposition, reason="second look")
        if disposition == "refurbish" and item not in self.refurbish:
            self.refurbish.append(item)
        elif disposition != "refurbish" and item in self.refurbish:
            self.refurbish.remove(item)
        return f"a lead regrade to {disposition}"

    def lead_approve(self) -> str:
        item = self.rng.choice(self.flagged or self.items)
        approve(self.ctx, lead(self.ctx), item)
        return "a lead approval"

    def refurb_regrade(self) -> str:
        if not self.refurbish:
            return self.grade_and_place()
        item = self.refurbish.pop(self.rng.randrange(len(self.refurbish)))
        technician = user_id(self.ctx, "refurb")
        record_work(self.ctx, technician, item, WorkRequest("Cleaned and re-stitched the seam", minutes=20))
        with self.ctx.read() as session:
            category = session.get(models.Inspection, item).category  # type: ignore[union-attr]
        complete_regrade(self.ctx, technician, item, like_new(self.ctx.templates.templates[category], self.ctx.rules))
        return "a refurb re-grade to restock"

    def move(self) -> str:
        tasks = putaway.open_move_tasks(self.ctx)
        if not tasks:
            return self.lead_regrade()
        task = self.rng.choice(tasks)
        code = self._place(task.inspection_id, task.to_code, task.to_kind, task.to_zone)
        return f"a move from {task.from_code} to {code}"

    def pulled_container(self) -> str:
        """Another station opened one of this station's codes first, for another zone."""
        with self.ctx.read() as session:
            codes = sorted(session.scalars(ContainerPlacement.__table__.select()
                                           .with_only_columns(ContainerPlacement.container_code).distinct()))
        code = self.rng.choice(codes)
        zone = self.rng.choice(["restock_toys", "dispose", "restock_apparel"])
        with self.ctx.transaction() as session:
            add_fact(session, Container(id=uuid.UUID(int=next(self.small_ids)), station_id="DOCK-OTHER", code=code,
                                        kind="tote", zone=zone, capacity_items=24, capacity_kg=None,
                                        opened_by=None, opened_at=utc_now()))
        return f"{code} pulled as opened elsewhere for {zone}"

    def pulled_removal(self) -> str:
        """Another station took an item out (its clock ahead of ours), or placed it long ago (its clock behind)."""
        item = self.rng.choice(self.items)
        with self.ctx.read() as session:
            code = session.scalars(ContainerPlacement.__table__.select()
                                   .with_only_columns(ContainerPlacement.container_code)
                                   .where(ContainerPlacement.inspection_id == item)).first()
        ahead = self.rng.random() < 0.5
        with self.ctx.transaction() as session:
            add_fact(session, ContainerPlacement(
                id=new_id(), station_id="DOCK-OTHER", container_code=code, inspection_id=item,
                action="removed" if ahead else "placed", weight_kg=None, user_id=None,
                at=utc_now() + (timedelta(minutes=5) if ahead else -timedelta(days=3))))
        return "an item taken out elsewhere" if ahead else "an old placement pulled late"


def _steps(dock: Dock) -> list[Callable[[], str]]:
    return [dock.grade_and_place, dock.grade_and_place, dock.lead_regrade, dock.lead_approve, dock.refurb_regrade,
            dock.move, dock.move, dock.pulled_container, dock.pulled_removal]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_kept_count_equals_a_count_from_every_fact_after_every_step(ctx: StationContext, seed: int) -> None:
    small_totes(ctx, items=3)  # containers fill and the next code opens within the test
    rng = random.Random(seed)
    dock = Dock(ctx, rng)
    assert _same_answer(ctx, "nothing") == []
    for _i in range(3):
        dock.grade_and_place()
    _same_answer(ctx, "the first items")
    seen_tasks = 0
    for number in range(16):
        step = rng.choice(_steps(dock))()
        seen_tasks += len(_same_answer(ctx, f"step {number}: {step}"))
        assert putaway.move_task_count(ctx) == len(_both(ctx)[1])
    assert seen_tasks > 0  # the orders did leave items in the wrong container along the way


@pytest.mark.parametrize("seed", [4, 5])
def test_several_facts_between_two_counts_are_all_taken_in(ctx: StationContext, seed: int) -> None:
    small_totes(ctx, items=3)
    rng = random.Random(seed)
    dock = Dock(ctx, rng)
    for _i in range(3):
        dock.grade_and_place()
    _same_answer(ctx, "the first items")
    for number in range(5):
        done = [rng.choice(_steps(dock))() for _j in range(rng.randint(2, 4))]
        _same_answer(ctx, f"batch {number}: {'; '.join(done)}")


def test_a_database_made_anew_at_the_same_path_is_counted_from_scratch(ctx: StationContext) -> None:
    """Fewer rows than the kept marks: the station's database was replaced (a restore), so nothing kept holds."""
    item = restock_item(ctx)
    code = putaway.put_away_for(ctx, item).container_code
    putaway.confirm_placement(ctx, item, code)
    regrade(ctx, lead(ctx), item, grade="F", disposition="dispose", reason="second look")
    assert len(_same_answer(ctx, "a regrade")) == 1
    with ctx.transaction() as session:  # what a restore to an earlier copy leaves: no placement at all
        session.execute(ContainerPlacement.__table__.delete())
    assert _same_answer(ctx, "the restore") == []
