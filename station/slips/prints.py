"""Slip prints as facts (every print, file or ZPL is one `SlipPrint`), reprint reasons, remembered printers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from db import models
from db.refurb_models import SlipPrint
from station.config import write_setting
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.text import StationError, _

KIND_GRADING = "grading"


class ReprintNeedsReason(StationError):
    """A slip that was printed before is printed again without saying why."""


@dataclass(frozen=True)
class PrintRecorded:
    ids: list[uuid.UUID]
    reprints: int


def printed_before(ctx: StationContext, inspection_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not inspection_ids:
        return set()
    with ctx.read() as session:
        return set(session.scalars(select(SlipPrint.inspection_id).where(
            SlipPrint.inspection_id.in_(inspection_ids), SlipPrint.kind == KIND_GRADING)))


def record_prints(ctx: StationContext, inspection_ids: list[uuid.UUID], *, size: str, target: str,
                  user_id: uuid.UUID | None = None, reason: str | None = None) -> PrintRecorded:
    """Records one SlipPrint per slip. A slip printed before needs a reason: a second slip on the shelf is how
    items get sold twice, so reprints are visible."""
    reason = (reason or "").strip() or None
    with ctx.transaction() as session:
        known = set(session.scalars(select(models.Inspection.id).where(models.Inspection.id.in_(inspection_ids))))
        missing = [i for i in inspection_ids if i not in known]
        if missing:
            raise StationError(_("Inspection {id} is not at this station; nothing was recorded.", id=str(missing[0])))
        before = set(session.scalars(select(SlipPrint.inspection_id).where(
            SlipPrint.inspection_id.in_(inspection_ids), SlipPrint.kind == KIND_GRADING)))
        if before and (reason is None or len(reason) < 3):
            if len(inspection_ids) == 1:
                raise ReprintNeedsReason(_("This slip was printed before. Say why you print it again (a few "
                                           "words), then print."))
            raise ReprintNeedsReason(_(
                "{count} of these slips were printed before. Say why you print them again (a few words), "
                "then print.", count=len(before)))
        now = utc_now()
        ids = []
        for inspection_id in inspection_ids:
            row = SlipPrint(id=new_id(), station_id=ctx.station_id, inspection_id=inspection_id, printed_by=user_id,
                            kind=KIND_GRADING, size=size, target=target[:300],
                            reprint_reason=reason if inspection_id in before else None, printed_at=now)
            add_fact(session, row)
            ids.append(row.id)
    return PrintRecorded(ids, len(before))


def _save(ctx: StationContext, name: str, value: object, key: str | None = None) -> None:
    if ctx.settings_file is not None:
        write_setting(ctx.settings_file, name, value, key=key)


def remember_printer(ctx: StationContext, kind: str, printer_name: str) -> None:
    """The printer chosen for a kind of slip is offered first next time, and used by silent printing."""
    if ctx.settings.slip_printers.get(kind) == printer_name:
        return
    ctx.settings.slip_printers = {**ctx.settings.slip_printers, kind: printer_name}
    _save(ctx, "slip_printers", printer_name, key=kind)


def set_print_after_inspection(ctx: StationContext, on: bool) -> None:
    ctx.settings.slip_print_after_inspection = on
    _save(ctx, "slip_print_after_inspection", on)
