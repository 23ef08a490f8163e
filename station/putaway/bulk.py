"""Places many inspected items at once by the rules, as the dock would have (demo data and benchmarks)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.models import Base
from db.putaway_models import Container, ContainerClose, ContainerPlacement
from station.ids import new_id
from station.putaway import containers as found
from station.putaway.model import PutawayRules


@dataclass
class _Open:
    code: str
    items: int
    weight: float
    capacity_items: int
    capacity_kg: float | None


class BulkPlacer:
    """Keeps the open container of each kind and zone in memory; returns the fact rows to write, in order."""

    def __init__(self, session: Session, rules: PutawayRules, station_id: str) -> None:
        self.rules, self.station_id = rules, station_id
        self.open: dict[tuple[str, str], _Open] = {}
        self.numbers: dict[str, int] = {}
        for state in found.all_states(session):
            kind = found.series_kind(rules, state.code)
            if kind is not None:
                number = int(state.code[len(rules.kinds[kind].series):])  # type: ignore[index]
                self.numbers[kind] = max(self.numbers.get(kind, 0), number)
            if not state.closed and len(state.items) < state.capacity_items:
                self.open.setdefault((state.kind, state.zone), _Open(
                    state.code, len(state.items), state.weight_kg, state.capacity_items, state.capacity_kg))

    def place(self, inspection_id: uuid.UUID, category: str, grade: str, disposition: str, flagged: bool,
              at: datetime) -> list[Base]:
        target = self.rules.place_for(disposition, category, grade, flagged)
        spec = self.rules.kinds[target.kind]  # type: ignore[index]
        weight = self.rules.weight_of(category)
        rows: list[Base] = []
        current = self.open.get((target.kind, target.zone))
        if current is None:
            number = self.numbers.get(target.kind, 0) + 1
            self.numbers[target.kind] = number
            code = f"{spec.series}{number:0{spec.digits}d}"
            rows.append(Container(id=new_id(), station_id=self.station_id, code=code, kind=target.kind,
                                  zone=target.zone, capacity_items=spec.items, capacity_kg=spec.kg, opened_by=None,
                                  opened_at=at))
            current = self.open[(target.kind, target.zone)] = _Open(code, 0, 0.0, spec.items, spec.kg)
        rows.append(ContainerPlacement(id=new_id(), station_id=self.station_id, container_code=current.code,
                                       inspection_id=inspection_id, action="placed", weight_kg=weight, user_id=None,
                                       at=at))
        current.items += 1
        current.weight += weight or 0.0
        full = "items" if current.items >= current.capacity_items else (
            "kg" if current.capacity_kg is not None and current.weight >= current.capacity_kg - 1e-9 else None)
        if full is not None:
            rows.append(ContainerClose(id=new_id(), station_id=self.station_id, container_code=current.code,
                                       reason=full, items=current.items, closed_by=None, closed_at=at))
            del self.open[(target.kind, target.zone)]
        return rows
