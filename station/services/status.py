"""What the header shows about sync: how many facts wait in the outbox."""

from __future__ import annotations

from station.context import StationContext
from station.sync.outbox import waiting


def outbox_waiting(ctx: StationContext) -> int:
    with ctx.read() as session:
        return waiting(session)
