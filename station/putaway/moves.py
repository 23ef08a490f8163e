"""Where an item belongs now, and the move tasks: items sitting in a container their current outcome no longer fits.

Nothing writes a move task: when a lead regrades or refurb re-grades an item, its outcome changes (a new fact),
and the task follows from that outcome, the put-away rules and the container the item is in. Scanning the item
into the right container (a placement fact) ends it.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, literal_column, select, union
from sqlalchemy.orm import Session

from db import models
from db.putaway_models import Container, ContainerPlacement
from db.refurb_models import RefurbOutcome
from db.review_models import Review
from station.outcome import IDS_PER_READ, current_outcome, current_outcomes
from station.putaway.model import Placement, PutawayRules


def target_for(session: Session, rules: PutawayRules, inspection: models.Inspection) -> Placement:
    """The container kind and zone for the item's current outcome; flagged and not yet decided: quarantine."""
    decision = current_outcome(session, inspection)
    flagged = bool(inspection.flags) and decision.source == "inspection"
    return rules.place_for(decision.disposition, inspection.category, decision.grade, flagged)


@dataclass(frozen=True)
class MoveTask:
    inspection_id: uuid.UUID
    sku: str | None
    serial: str | None
    from_code: str
    from_zone: str
    to_kind: str
    to_zone: str


def _kinds_and_zones(session: Session, codes: set[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str, bytes]] = {}
    for code, kind, zone, row_id in session.execute(select(Container.code, Container.kind, Container.zone,
                                                           Container.id).where(Container.code.in_(codes))):
        if code not in found or row_id.bytes < found[code][2]:
            found[code] = (kind, zone, row_id.bytes)
    return {code: (kind, zone) for code, (kind, zone, _b) in found.items()}


# Facts are only ever added, and SQLite gives each new row a higher rowid than every row before it (one writer at
# a time, facts never deleted). So a station's answer is kept with the highest rowid read from each fact table, and
# the next count reads only the rows above those marks: the items they name (a placement, a decision) or whose
# container they name (a container opened with that code) are worked out again, every other item keeps its answer.
# A dock that places an item a minute reads a handful of rows instead of every decided placement.
_FACTS = (ContainerPlacement, Container, Review, RefurbOutcome)


@dataclass
class _Known:
    marks: tuple[int, ...]  # the highest rowid read from each table of _FACTS
    placed: dict[uuid.UUID, str]  # decided item -> the container its latest placement put it in
    by_code: dict[str, set[uuid.UUID]]  # the other way round, so a new container with a code finds its items
    tasks: dict[uuid.UUID, MoveTask]


_KNOWN: dict[tuple[str, str], _Known] = {}
# The header, the Containers page and the dashboard count from pool threads at once: one brings the answer up to
# date while the others wait for it (instead of each reading the same rows, or one changing what another lists).
_KNOWN_LOCK = threading.Lock()
# Another database (the central's PostgreSQL) has no rowid: there the answer is kept with the fact counts.
_ANSWERS: dict[tuple[str, str], tuple[tuple[int, ...], list[MoveTask]]] = {}


def _fact_counts(session: Session) -> tuple[int, ...]:
    return tuple(int(session.scalar(select(func.count()).select_from(table)) or 0) for table in _FACTS)


# Every query that names it reads one table only, so the bare name is that table's rowid.
def _rowid() -> ColumnElement[int]:
    return literal_column("rowid")


def _marks(session: Session) -> tuple[int, ...]:
    # max(rowid) is read from the table's b-tree end: no scan, whatever the station's size.
    return tuple(int(session.scalar(select(func.max(_rowid())).select_from(table)) or 0) for table in _FACTS)


def move_tasks(session: Session, rules: PutawayRules) -> list[MoveTask]:
    """Placed items whose outcome changed after the grade and whose container does not fit it any more."""
    key = (str(session.get_bind().url), rules.content_hash())
    if session.get_bind().dialect.name != "sqlite":
        counts = _fact_counts(session)
        answer = _ANSWERS.get(key)
        if answer is None or answer[0] != counts:
            answer = (counts, _read_move_tasks(session, rules))
            _ANSWERS[key] = answer
        return list(answer[1])
    with _KNOWN_LOCK:
        return _counted(session, rules, key)


def _counted(session: Session, rules: PutawayRules, key: tuple[str, str]) -> list[MoveTask]:
    marks = _marks(session)
    known = _KNOWN.get(key)
    if known is None or any(now < then for now, then in zip(marks, known.marks, strict=True)):
        # The first count, or a database made anew under the same path: everything is read once.
        known = _Known((0,) * len(_FACTS), {}, {}, {})
        _evaluate(session, rules, known, None)
        known.marks = marks
        _KNOWN[key] = known
    elif marks != known.marks:
        _catch_up(session, rules, known, marks)
    return sorted(known.tasks.values(), key=lambda t: (t.from_code, t.inspection_id.bytes))


def _catch_up(session: Session, rules: PutawayRules, known: _Known, marks: tuple[int, ...]) -> None:
    """Works out again only the items the facts above the marks can have changed."""
    placements, containers, reviews, refurbs = known.marks
    items: set[uuid.UUID] = set()
    for table, column, mark in ((ContainerPlacement, ContainerPlacement.inspection_id, placements),
                                (Review, Review.inspection_id, reviews),
                                (RefurbOutcome, RefurbOutcome.inspection_id, refurbs)):
        items.update(session.scalars(select(column).select_from(table).where(_rowid() > mark)))
    for code in session.scalars(select(Container.code).where(_rowid() > containers)):
        items.update(known.by_code.get(code, ()))  # the code's first container may be another kind or zone now
    # Rows added after `marks` was read are seen here too, and again next time: working an item out is the same
    # answer however often it is done, so nothing is missed and nothing counted twice.
    _evaluate(session, rules, known, items)
    known.marks = marks


def _forget(known: _Known, item: uuid.UUID) -> None:
    code = known.placed.pop(item, None)
    if code is not None:
        holding = known.by_code.get(code)
        if holding is not None:
            holding.discard(item)
            if not holding:
                del known.by_code[code]
    known.tasks.pop(item, None)


def _evaluate(session: Session, rules: PutawayRules, known: _Known, items: set[uuid.UUID] | None) -> None:
    """Sets the placement and the task of `items` (None: every item) from all their facts."""
    if items is None:
        _evaluate_chunk(session, rules, known, None)
        return
    for item in items:
        _forget(known, item)
    ordered = sorted(items, key=lambda i: i.bytes)
    for start in range(0, len(ordered), IDS_PER_READ):
        _evaluate_chunk(session, rules, known, ordered[start:start + IDS_PER_READ])


def _evaluate_chunk(session: Session, rules: PutawayRules, known: _Known, ids: list[uuid.UUID] | None) -> None:
    for task, item, code in _placed_and_tasks(session, rules, ids):
        known.placed[item] = code
        known.by_code.setdefault(code, set()).add(item)
        if task is not None:
            known.tasks[item] = task


def _read_move_tasks(session: Session, rules: PutawayRules) -> list[MoveTask]:
    """Every move task, read from all the facts (the first count, and the central's)."""
    tasks = [task for task, _item, _code in _placed_and_tasks(session, rules, None) if task is not None]
    return sorted(tasks, key=lambda t: (t.from_code, t.inspection_id.bytes))


def _placed_and_tasks(session: Session, rules: PutawayRules, ids: list[uuid.UUID] | None
                      ) -> list[tuple[MoveTask | None, uuid.UUID, str]]:
    """(task or None, item, container) for each decided item of `ids` (None: all) whose latest placement placed it.

    Read in bulk, a few columns at a time: on a station of 50,000 inspections tens of thousands of items have a
    later decision (a lead's approval counts as one)."""
    # Only an item with a later decision (or a flag a decision settles) can have moved out of place.
    decided_ids = [select(Review.inspection_id), select(RefurbOutcome.inspection_id)]
    if ids is not None:
        decided_ids = [decided_ids[0].where(Review.inspection_id.in_(ids)),
                       decided_ids[1].where(RefurbOutcome.inspection_id.in_(ids))]
    decided = union(*decided_ids).subquery()
    latest: dict[uuid.UUID, tuple[str, str]] = {}  # inspection -> (action, container) of its latest placement
    for row in sorted(session.execute(
            select(ContainerPlacement.inspection_id, ContainerPlacement.action, ContainerPlacement.container_code,
                   ContainerPlacement.at, ContainerPlacement.id)
            .where(ContainerPlacement.inspection_id.in_(select(decided.c[0])))), key=lambda r: (r.at, r.id.bytes)):
        latest[row.inspection_id] = (row.action, row.container_code)
    placed = {item: code for item, (action, code) in latest.items() if action == "placed"}
    if not placed:
        return []
    where = _kinds_and_zones(session, set(placed.values()))
    items = session.execute(
        select(models.Inspection.id, models.Inspection.grade, models.Inspection.disposition,
               models.Inspection.completed_at, models.Inspection.inspector_id, models.Inspection.category,
               models.Inspection.flags, models.Inspection.sku, models.Inspection.serial)
        .where(models.Inspection.id.in_(select(decided.c[0])))).all()
    items = [item for item in items if item.id in placed]
    outcomes = current_outcomes(session, items)  # type: ignore[arg-type]  # rows carry the columns it reads
    found: list[tuple[MoveTask | None, uuid.UUID, str]] = []
    for item in items:
        code = placed[item.id]
        kind, zone = where.get(code, ("?", "?"))
        decision = outcomes[item.id]
        flagged = bool(item.flags) and decision.source == "inspection"
        target = rules.place_for(decision.disposition, item.category, decision.grade, flagged)
        task = None
        if (kind, zone) != (target.kind, target.zone):
            task = MoveTask(item.id, item.sku, item.serial, code, zone, target.kind, target.zone)
        found.append((task, item.id, code))
    return found
