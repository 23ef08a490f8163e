"""Where an item belongs now, and the move tasks: items sitting in a container their current outcome no longer fits.

Nothing writes a move task: when a lead regrades or refurb re-grades an item, its outcome changes (a new fact),
and the task follows from that outcome, the put-away rules and the container the item is in. Scanning the item
into the right container (a placement fact) ends it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from db import models
from db.putaway_models import Container, ContainerPlacement
from db.refurb_models import RefurbOutcome
from db.review_models import Review
from station.outcome import current_outcome
from station.putaway.containers import latest_placements
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


def move_tasks(session: Session, rules: PutawayRules) -> list[MoveTask]:
    """Placed items whose outcome changed after the grade and whose container does not fit it any more."""
    # Only an item with a later decision (or a flag a decision settles) can have moved out of place.
    decided = union(select(Review.inspection_id), select(RefurbOutcome.inspection_id)).subquery()
    candidates = set(session.scalars(select(ContainerPlacement.inspection_id).where(
        ContainerPlacement.inspection_id.in_(select(decided.c[0])))))
    latest = {k: v for k, v in latest_placements(session, candidates).items() if v.action == "placed"}
    if not latest:
        return []
    where = _kinds_and_zones(session, {p.container_code for p in latest.values()})
    tasks: list[MoveTask] = []
    for inspection in session.scalars(select(models.Inspection).where(models.Inspection.id.in_(list(latest)))):
        placement = latest[inspection.id]
        kind, zone = where.get(placement.container_code, ("?", "?"))
        target = target_for(session, rules, inspection)
        if (kind, zone) != (target.kind, target.zone):
            tasks.append(MoveTask(inspection.id, inspection.sku, inspection.serial, placement.container_code, zone,
                                  target.kind, target.zone))
    return sorted(tasks, key=lambda t: (t.from_code, t.inspection_id.bytes))
