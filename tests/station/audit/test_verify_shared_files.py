"""Audit verify checks each photo file once, and still names every photo record that holds a changed file."""

from __future__ import annotations

from sqlalchemy import func, select

from db import models
from station.audit.verify import verify_store
from station.context import StationContext
from tests.station.review.scenario import demo_photos, overridden


def test_every_record_of_a_changed_shared_file_is_named(ctx: StationContext) -> None:
    photo = demo_photos(1)
    overridden(ctx, "RMA-100030", photos=photo)
    overridden(ctx, "RMA-100031", photos=photo)
    with ctx.read() as session:
        sha = session.scalar(select(models.Photo.sha256).group_by(models.Photo.sha256)
                             .having(func.count() > 1).limit(1))
        rows = {str(i) for i, s in session.execute(select(models.Photo.id, models.Photo.sha256)) if s == sha}
    assert len(rows) >= 2
    path = ctx.evidence.original_path(sha)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with ctx.read() as session:
        report = verify_store(session, ctx.evidence)
    named = {p.where.split()[-1] for p in report.problems if p.kind == "photo_changed"}
    assert named == rows
