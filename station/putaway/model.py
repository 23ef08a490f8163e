"""The put-away rules file as pydantic models, and the match of one item's outcome to a container kind and zone."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from station.checklist.model import ID_PATTERN

KINDS = ("tote", "cart", "pallet", "gaylord", "cage")
Kind = Literal["tote", "cart", "pallet", "gaylord", "cage"]
_FILE = ConfigDict(extra="forbid", frozen=True)


class KindSpec(BaseModel):
    """One container kind: the barcode series the station opens new ones from, and when one is full."""

    model_config = _FILE
    series: str = Field(pattern=r"^[A-Z][A-Z0-9]*-$")  # "T-" opens T-00001, T-00002, ...
    digits: int = Field(default=5, ge=3, le=8)
    items: int = Field(ge=1)
    kg: float | None = Field(default=None, gt=0)


class Zone(BaseModel):
    model_config = _FILE
    title: str = Field(min_length=1)  # what the dock reads in big type: "RESTOCK · Electronics"


class Match(BaseModel):
    """What a rule applies to; a key left out matches everything."""

    model_config = _FILE
    disposition: list[str] | None = None
    category: list[str] | None = None
    grade: list[str] | None = None


class PutawayRule(BaseModel):
    model_config = _FILE
    id: str = Field(pattern=ID_PATTERN)
    when: Match = Field(default_factory=Match)
    kind: Kind
    zone: str = Field(pattern=ID_PATTERN)


class Quarantine(BaseModel):
    """Where an item flagged for a lead waits until a lead decides: a cage, never a restock zone."""

    model_config = _FILE
    kind: Literal["cage"] = "cage"
    zone: str = Field(pattern=ID_PATTERN)


class CategoryWeight(BaseModel):
    model_config = _FILE
    kg: float = Field(gt=0)  # a typical item, for containers closed by weight


class PutawayRules(BaseModel):
    model_config = _FILE
    version: str = Field(min_length=1)
    # The inspector scans the container to confirm each placement; a warehouse may turn it off.
    confirm_scan: bool = True
    location_prefix: str = Field(default="LOC-", min_length=1)
    # The item's own label at Complete: none, a 2x1 in thermal label (ZPL), or a 4x6 in PDF.
    item_label: Literal["none", "zpl", "4x6"] = "none"
    kinds: dict[Kind, KindSpec]
    zones: dict[str, Zone]
    quarantine: Quarantine
    categories: dict[str, CategoryWeight] = Field(default_factory=dict)
    rules: list[PutawayRule] = Field(min_length=1)

    def content_hash(self) -> str:
        return hashlib.sha256(json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()

    def place_for(self, disposition: str, category: str, grade: str, flagged: bool) -> Placement:
        """The first rule that matches, in file order; a flagged item always goes to quarantine."""
        if flagged:
            return Placement(self.quarantine.kind, self.quarantine.zone, "quarantine")
        for rule in self.rules:
            when = rule.when
            if ((when.disposition is None or disposition in when.disposition)
                    and (when.category is None or category in when.category)
                    and (when.grade is None or grade in when.grade)):
                return Placement(rule.kind, rule.zone, rule.id)
        # The loader refuses a file without a rule for everything, so this is never reached with shipped rules.
        return Placement(self.quarantine.kind, self.quarantine.zone, "quarantine")

    def zone_title(self, zone: str) -> str:
        found = self.zones.get(zone)
        return found.title if found else zone

    def weight_of(self, category: str) -> float | None:
        found = self.categories.get(category)
        return found.kg if found else None


@dataclass(frozen=True)
class Placement:
    kind: str
    zone: str
    rule_id: str  # the rule that chose it, or "quarantine"
