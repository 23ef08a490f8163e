"""Moving a container to a location, through the services: a barcode that is not a location, a container the
station does not know, and a bare prefix are refused with what to do, and nothing moves."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.putaway_models import ContainerMove
from station.context import StationContext
from station.services import putaway
from station.slips.reference import slip_reference
from tests.station.putaway.items import restock_item


def _moves(ctx: StationContext) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(ContainerMove)) or 0)


def test_a_location_scan_that_is_not_a_location_or_names_no_container_moves_nothing(ctx: StationContext) -> None:
    item = restock_item(ctx)
    tote = putaway.put_away_for(ctx, item).container_code
    assert putaway.confirm_placement(ctx, item, tote).placed
    for text in ("SHELF-12", "LOC-", "", slip_reference(item), "T-00099"):
        with pytest.raises(putaway.PutawayRefused) as refused:
            putaway.move_container(ctx, tote, text)
        said = refused.value.text.render()
        assert "is not a location barcode (they start with LOC-)" in said and "Scan the label on the shelf" in said
    with pytest.raises(putaway.PutawayRefused) as unknown:
        putaway.move_container(ctx, "T-09999", "LOC-DOCK-1")
    assert "T-09999 is not known at this station" in unknown.value.text.render()
    assert _moves(ctx) == 0 and putaway.container_view(ctx, tote).location is None
    assert putaway.move_container(ctx, tote, "LOC-DOCK-1").location == "LOC-DOCK-1"
    assert _moves(ctx) == 1
