"""Where an item belongs now, and the move tasks: items sitting in a container their current outcome no longer fits.

Nothing writes a move task: when a lead regrades or refurb re-grades an item, its outcome changes (a new fact),
and the task follows from that outcome, the put-away rules and the container the item is in. Scanning the item
into the right container (a placement fact) ends it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from db import models
from db.putaway_models import Container, ContainerPlacement
from db.refurb_models import RefurbOutcome
from db.review_models import Review
from station.outcome import current_outcome, current_outcomes
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


# The last answer per database and rules, with the fact counts it was read at. Facts are only ever added, so
# equal counts mean the same facts: the header asks every few seconds, and the answer changes only when an item
# is placed, a container opened or a decision made (here or pulled).
_ANSWERS: dict[tuple[str, str], tuple[tuple[int, ...], list[MoveTask]]] = {}


def _fact_counts(session: Session) -> tuple[int, ...]:
    return tuple(int(session.scalar(select(func.count()).select_from(table)) or 0)
                 for table in (ContainerPlacement, Container, Review, RefurbOutcome))


def move_tasks(session: Session, rules: PutawayRules) -> list[MoveTask]:
    """Placed items whose outcome changed after the grade and whose container does not fit it any more."""
    key = (str(session.get_bind().url), rules.content_hash())
    counts = _fact_counts(session)
    known = _ANSWERS.get(key)
    if known is not None and known[0] == counts:
        return list(known[1])
    tasks = _read_move_tasks(session, rules)
    _ANSWERS[key] = (counts, tasks)
    return list(tasks)


def _read_move_tasks(session: Session, rules: PutawayRules) -> list[MoveTask]:
    """Read in bulk, a few columns at a time: on a station of 50,000 inspections tens of thousands of items have a
    later decision (a lead's approval counts as one)."""
    # Only an item with a later decision (or a flag a decision settles) can have moved out of place.
    decided = union(select(Review.inspection_id), select(RefurbOutcome.inspection_id)).subquery()
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
    tasks: list[MoveTask] = []
    for item in items:
        code = placed[item.id]
        kind, zone = where.get(code, ("?", "?"))
        decision = outcomes[item.id]
        flagged = bool(item.flags) and decision.source == "inspection"
        target = rules.place_for(decision.disposition, item.category, decision.grade, flagged)
        if (kind, zone) != (target.kind, target.zone):
            tasks.append(MoveTask(item.id, item.sku, item.serial, code, zone, target.kind, target.zone))
    return sorted(tasks, key=lambda t: (t.from_code, t.inspection_id.bytes))
