"""Whether the shop and the customer were told of an inspection, as the central relay last reported it.

Read from the station's own copy (pulled like other reference data), so it works offline and shows the state
as of the last sync.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from db.shop_notice_models import ShopNotice
from station.context import StationContext


@dataclass(frozen=True)
class ShopNoticeView:
    state: str  # delivered | waiting | refused
    destinations: list[str]
    reason: str | None  # the first refusal, in the destination's own words
    updated_at: datetime


def shop_notice(ctx: StationContext, inspection_id: uuid.UUID) -> ShopNoticeView | None:
    """None: no destination has been told of this inspection yet, or the station has not synced since."""
    with ctx.read() as session:
        row = session.get(ShopNotice, inspection_id)
        if row is None:
            return None
        names = list(dict.fromkeys(str(d.get("destination")) for d in row.destinations or []))
        return ShopNoticeView(row.state, names, row.reason, row.updated_at)


def shop_notice_counts(ctx: StationContext) -> Counter[str]:
    """Inspections by notice state, for the dashboard."""
    with ctx.read() as session:
        rows = session.execute(select(ShopNotice.state, func.count()).group_by(ShopNotice.state)).all()
    return Counter({str(state): int(n) for state, n in rows})
