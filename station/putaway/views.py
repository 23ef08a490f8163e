"""What the container screens, labels and manifests show: a container and the items in it, as plain values."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from station.text import Text


@dataclass(frozen=True)
class ItemLine:
    inspection_id: uuid.UUID
    reference: str
    sku: str
    name: str
    serial: str | None
    grade: str
    disposition: str
    placed_at: datetime
    placed_station: str


@dataclass(frozen=True)
class ContainerView:
    code: str
    kind: str
    zone: str
    zone_title: str
    status: str  # open | closed
    location: str | None
    capacity_items: int
    capacity_kg: float | None
    weight_kg: float
    opened_station: str
    opened_at: datetime
    items: list[ItemLine]
    closed_station: str | None = None
    closed_at: datetime | None = None
    close_reason: str | None = None
    # Set when this station closed it too, after another station's close had already counted.
    notice: Text | None = None

    @property
    def counts(self) -> list[tuple[str, str, int]]:
        """(SKU, grade, items), most first: what the container label lists."""
        tally = Counter((item.sku, item.grade) for item in self.items)
        return sorted(((sku, grade, n) for (sku, grade), n in tally.items()), key=lambda r: (-r[2], r[0], r[1]))

    @property
    def fill(self) -> float:
        by_items = len(self.items) / self.capacity_items if self.capacity_items else 0.0
        by_kg = self.weight_kg / self.capacity_kg if self.capacity_kg else 0.0
        return min(1.0, max(by_items, by_kg))

    def to_json(self) -> dict[str, object]:
        return {"id": self.code, "kind": self.kind, "zone": self.zone, "status": self.status,
                "location": self.location, "items": [str(i.inspection_id) for i in self.items],
                "zone_title": self.zone_title, "capacity_items": self.capacity_items,
                "capacity_kg": self.capacity_kg, "weight_kg": round(self.weight_kg, 3),
                "opened_station": self.opened_station, "opened_at": self.opened_at.isoformat(),
                "closed_station": self.closed_station,
                "closed_at": self.closed_at.isoformat() if self.closed_at else None,
                "lines": [{"inspection_id": str(i.inspection_id), "sku": i.sku, "name": i.name, "serial": i.serial,
                           "grade": i.grade, "disposition": i.disposition} for i in self.items]}
