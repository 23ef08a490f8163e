"""Slip documents for inspections named by id: the PDF (one or a batch) and the ZPL labels."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from station.context import StationContext
from station.slips.content import slip_contents
from station.slips.pdf import render_slips
from station.slips.zpl import render_zpl


def _identity(source: str) -> str:
    return source


def slip_pdf(ctx: StationContext, inspection_ids: list[uuid.UUID], size: str | None = None,
             translate: Callable[[str], str] = _identity) -> bytes:
    return render_slips(slip_contents(ctx, inspection_ids), size or ctx.settings.slip_size, translate)


def slip_zpl(ctx: StationContext, inspection_ids: list[uuid.UUID],
             translate: Callable[[str], str] = _identity) -> str:
    return render_zpl(slip_contents(ctx, inspection_ids), translate)
