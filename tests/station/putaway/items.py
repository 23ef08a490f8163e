"""Items inspected through the real services and put-away rules narrowed for tests (tiny containers)."""

from __future__ import annotations

import uuid

from station.context import StationContext
from station.putaway.loading import PutawaySet
from tests.station.review.scenario import inspect_item


def restock_item(ctx: StationContext, rma: str = "RMA-100002") -> uuid.UUID:
    """A like-new item (apparel for the default RMA): restocked in a tote."""
    return inspect_item(ctx, rma)


def small_totes(ctx: StationContext, items: int = 2, kg: float | None = None) -> None:
    """The shipped rules with totes that hold `items` (and `kg`): a container fills within a test."""
    rules = ctx.putaway.require()
    kinds = dict(rules.kinds)
    kinds["tote"] = kinds["tote"].model_copy(update={"items": items, "kg": kg})
    ctx.putaway = PutawaySet(rules.model_copy(update={"kinds": kinds}))
