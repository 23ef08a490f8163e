"""A container's state derived from its facts: who opened it, what is in it, whether (and by whom) it was closed.

Order between facts comes from their ids (UUIDv7, the same order on every station and on the central), with the
fact's time first where the dock's own sequence matters (an item placed, then moved): two stations never
disagree about a derived state once they hold the same facts.

Two stations closing one container at once: both closes are facts and both sync (neither is refused). The close
with the smallest id is the close; a later one is a second close, and the station that made it is told
"already closed by <station> at <time>" as soon as it holds the first (after a pull).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.putaway_models import Container, ContainerClose, ContainerMove, ContainerPlacement
from station.putaway.model import PutawayRules


@dataclass(frozen=True)
class ContainerState:
    code: str
    kind: str
    zone: str
    capacity_items: int
    capacity_kg: float | None
    opened_station: str
    opened_at: datetime
    items: list[uuid.UUID]
    weight_kg: float
    close: ContainerClose | None = None
    # Closes after the first one (another station closed it too, before it knew).
    later_closes: list[ContainerClose] = field(default_factory=list)
    location: str | None = None
    # Stations that opened this barcode for another kind or zone than the first did (two offline stations took
    # the same next number of a series): the dock must relabel one of the two physical containers.
    clashes: list[str] = field(default_factory=list)

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def status(self) -> str:
        return "closed" if self.closed else "open"

    def room_for(self, weight_kg: float | None) -> bool:
        if len(self.items) >= self.capacity_items:
            return False
        return self.capacity_kg is None or weight_kg is None or self.weight_kg + weight_kg <= self.capacity_kg + 1e-9

    def full_after(self, count: int, weight_kg: float) -> str | None:
        """Why the container is full with `count` items weighing `weight_kg`: "items", "kg" or None."""
        if count >= self.capacity_items:
            return "items"
        if self.capacity_kg is not None and weight_kg >= self.capacity_kg - 1e-9:
            return "kg"
        return None


def _latest(rows: Iterable[ContainerPlacement]) -> dict[uuid.UUID, ContainerPlacement]:
    latest: dict[uuid.UUID, ContainerPlacement] = {}
    for row in sorted(rows, key=lambda r: (r.at, r.id.bytes)):
        latest[row.inspection_id] = row
    return latest


def latest_placements(session: Session, inspection_ids: Iterable[uuid.UUID] | None = None
                      ) -> dict[uuid.UUID, ContainerPlacement]:
    """Each item's latest placement fact (placed in, or removed from, a container)."""
    query = select(ContainerPlacement)
    if inspection_ids is not None:
        ids = list(inspection_ids)
        if not ids:
            return {}
        query = query.where(ContainerPlacement.inspection_id.in_(ids))
    return _latest(session.scalars(query))


def where_is(session: Session, inspection_id: uuid.UUID) -> str | None:
    """The container the item is in now, or None (never placed, or taken out)."""
    latest = latest_placements(session, [inspection_id]).get(inspection_id)
    return latest.container_code if latest is not None and latest.action == "placed" else None


def contents(session: Session, code: str) -> list[ContainerPlacement]:
    """The placements that put the container's current items in it, oldest first."""
    ids = select(ContainerPlacement.inspection_id).where(ContainerPlacement.container_code == code).distinct()
    latest = latest_placements(session, session.scalars(ids))
    found = [p for p in latest.values() if p.action == "placed" and p.container_code == code]
    return sorted(found, key=lambda p: (p.at, p.id.bytes))


def container_state(session: Session, code: str) -> ContainerState | None:
    opened = session.scalars(select(Container).where(Container.code == code)).all()
    if not opened:
        return None
    first = min(opened, key=lambda c: c.id.bytes)
    closes = sorted(session.scalars(select(ContainerClose).where(ContainerClose.container_code == code)),
                    key=lambda c: c.id.bytes)
    move = max(session.scalars(select(ContainerMove).where(ContainerMove.container_code == code)),
               key=lambda m: (m.moved_at, m.id.bytes), default=None)
    placed = contents(session, code)
    return ContainerState(
        code=first.code, kind=first.kind, zone=first.zone, capacity_items=first.capacity_items,
        capacity_kg=first.capacity_kg, opened_station=first.station_id, opened_at=first.opened_at,
        items=[p.inspection_id for p in placed], weight_kg=sum(p.weight_kg or 0.0 for p in placed),
        close=closes[0] if closes else None, later_closes=closes[1:], location=move.location if move else None,
        clashes=sorted({c.station_id for c in opened if (c.kind, c.zone) != (first.kind, first.zone)}))


def all_codes(session: Session, *, open_only: bool = False) -> list[str]:
    codes = list(session.scalars(select(Container.code).distinct().order_by(Container.code)))
    if open_only:
        closed = set(session.scalars(select(ContainerClose.container_code).distinct()))
        codes = [c for c in codes if c not in closed]
    return codes


def open_candidates(session: Session, kind: str, zone: str) -> list[str]:
    """Open containers of this kind and zone, the longest open first (fill one before starting the next)."""
    closed = select(ContainerClose.container_code)
    rows = session.execute(select(Container.code, func.min(Container.opened_at)).where(
        Container.kind == kind, Container.zone == zone, Container.code.not_in(closed))
        .group_by(Container.code).order_by(func.min(Container.opened_at), Container.code)).all()
    return [code for code, _at in rows]


def series_kind(rules: PutawayRules, code: str) -> str | None:
    """The container kind whose barcode series `code` belongs to ("T-00042" → "tote"), or None."""
    for kind, spec in rules.kinds.items():
        if re.fullmatch(re.escape(spec.series) + rf"\d{{{spec.digits},}}", code):
            return kind
    return None


def next_code(session: Session, rules: PutawayRules, kind: str) -> str:
    """The next barcode of the kind's series after every one this station knows of (its own and pulled)."""
    spec = rules.kinds[kind]  # type: ignore[index]
    numbers = [int(code[len(spec.series):]) for code in session.scalars(
        select(Container.code).where(Container.code.like(spec.series + "%"))) if code[len(spec.series):].isdigit()]
    return f"{spec.series}{(max(numbers, default=0) + 1):0{spec.digits}d}"


def all_states(session: Session, *, open_only: bool = False) -> list[ContainerState]:
    """Every container's state (or every open one's) from one read of each fact table: the list screens and the
    command line. Only the items that were ever in the listed containers are read."""
    closed = set(session.scalars(select(ContainerClose.container_code).distinct())) if open_only else set()
    opened: dict[str, Container] = {}
    for row in session.scalars(select(Container)):
        if row.code in closed:
            continue
        if row.code not in opened or row.id.bytes < opened[row.code].id.bytes:
            opened[row.code] = row
    closes: dict[str, list[ContainerClose]] = {}
    for close in session.scalars(select(ContainerClose)):
        closes.setdefault(close.container_code, []).append(close)
    moves: dict[str, ContainerMove] = {}
    for move in session.scalars(select(ContainerMove)):
        known = moves.get(move.container_code)
        if known is None or (move.moved_at, move.id.bytes) > (known.moved_at, known.id.bytes):
            moves[move.container_code] = move
    placements = select(ContainerPlacement)
    if open_only:
        placements = placements.where(ContainerPlacement.inspection_id.in_(
            select(ContainerPlacement.inspection_id).where(ContainerPlacement.container_code.in_(list(opened)))))
    inside: dict[str, list[ContainerPlacement]] = {}
    for placement in _latest(session.scalars(placements)).values():
        if placement.action == "placed":
            inside.setdefault(placement.container_code, []).append(placement)
    states = []
    for code in sorted(opened):
        first = opened[code]
        ordered = sorted(closes.get(code, []), key=lambda c: c.id.bytes)
        placed = sorted(inside.get(code, []), key=lambda p: (p.at, p.id.bytes))
        move = moves.get(code)
        states.append(ContainerState(
            code=code, kind=first.kind, zone=first.zone, capacity_items=first.capacity_items,
            capacity_kg=first.capacity_kg, opened_station=first.station_id, opened_at=first.opened_at,
            items=[p.inspection_id for p in placed], weight_kg=sum(p.weight_kg or 0.0 for p in placed),
            close=ordered[0] if ordered else None, later_closes=ordered[1:],
            location=move.location if move else None))
    return states


def fill_levels(session: Session, codes: list[str]) -> dict[str, tuple[int, float]]:
    """Items and kg in each container, counted in the database: a move writes "removed" in the container it
    leaves, so placed minus removed is what is inside (the suggestion needs no item-by-item derivation)."""
    if not codes:
        return {}
    sign = case((ContainerPlacement.action == "placed", 1), else_=-1)
    rows = session.execute(select(ContainerPlacement.container_code, func.sum(sign),
                                  func.sum(sign * func.coalesce(ContainerPlacement.weight_kg, 0.0)))
                           .where(ContainerPlacement.container_code.in_(codes))
                           .group_by(ContainerPlacement.container_code)).all()
    found = {code: (int(items or 0), float(kg or 0.0)) for code, items, kg in rows}
    return {code: found.get(code, (0, 0.0)) for code in codes}


def capacities(session: Session, codes: list[str]) -> dict[str, tuple[int, float | None]]:
    """Each container's capacity, from the fact that opened it first."""
    found: dict[str, tuple[int, float | None, bytes]] = {}
    for code, items, kg, row_id in session.execute(select(Container.code, Container.capacity_items,
                                                          Container.capacity_kg, Container.id)
                                                   .where(Container.code.in_(codes))):
        if code not in found or row_id.bytes < found[code][2]:
            found[code] = (items, kg, row_id.bytes)
    return {code: (items, kg) for code, (items, kg, _b) in found.items()}
