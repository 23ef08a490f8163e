"""A reused photo found by sync after completion counts as the inspection's flag in the summary and the export,
once per inspection even when its photo was already flagged at capture."""

from __future__ import annotations

import uuid
from collections import Counter

from sqlalchemy import select

from db import evidence_models
from station.context import StationContext
from station.imports.export import inspection_records
from station.reports.summary import ReportFilter, report_summary
from station.services import inspect as inspection
from station.services.evidence import flag_reuses_in_pulled
from tests.station.evidence.photoset import PHOTOS
from tests.station.evidence.test_evidence_in_inspections import _answered, _fill_needs, _start


def _inspect(ctx: StationContext, close_ups: str, item_photo: str) -> uuid.UUID:
    draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "AP-2001")), close_ups)
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / item_photo)
    return inspection.complete_inspection(ctx, draft.id).id


def _arrives_from(ctx: StationContext, station: str, inspection_id: uuid.UUID) -> int:
    """Another station's check of the same picture as this inspection's item photo, as a pull applies it."""
    with ctx.read() as session:
        item = session.scalars(select(evidence_models.PhotoCheck).where(
            evidence_models.PhotoCheck.inspection_id == inspection_id, evidence_models.PhotoCheck.whole_item)).one()
        row = {c.name: getattr(item, c.name) for c in evidence_models.PhotoCheck.__table__.columns}
    row.update(id=uuid.uuid4(), photo_id=uuid.uuid4(), inspection_id=uuid.uuid4(), station_id=station)
    with ctx.transaction() as session:
        return flag_reuses_in_pulled(ctx, session, {"photo_checks": [row]})


def test_a_reuse_found_later_is_counted_once_in_the_summary_and_the_export(ctx: StationContext) -> None:
    first = _inspect(ctx, "unrelated-barcode-83.jpg", "AP-2001-good.jpg")
    second = _inspect(ctx, "unrelated-barcode-85.jpg", "AP-2001-dup-resized.jpg")  # flagged at capture
    clean = _inspect(ctx, "unrelated-barcode-84.jpg", "AP-2001-other.jpg")
    before = dict(report_summary(ctx.sessions, ReportFilter()).flags)
    assert before.get("reused_photo") == 1
    # Both of this station's inspections hold that picture: each is linked to the one that arrived.
    assert _arrives_from(ctx, "DOCK-77", first) == 2
    summary = report_summary(ctx.sessions, ReportFilter())
    assert dict(summary.flags)["reused_photo"] == 2
    records = {r["id"]: r for r in inspection_records(ctx.sessions)}
    assert records[str(first)]["flags"].count("reused_photo") == 1
    assert records[str(second)]["flags"].count("reused_photo") == 1
    assert "reused_photo" not in records[str(clean)]["flags"]
    assert Counter(dict(summary.flags)) == Counter(k for r in records.values() for k in r["flags"])
    # Another station's inspection is outside a station filter, its own finding inside it.
    assert dict(report_summary(ctx.sessions, ReportFilter(station="DOCK-77")).flags).get("reused_photo") is None
