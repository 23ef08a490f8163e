"""The photos waiting for the central store, as the header asks every few seconds: the station keeps what it read
and reads only the photo rows added since; a row rolled back is forgotten, a file uploaded stops waiting."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import models
from db.sync_models import PhotoUpload
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.services import inspect as inspection
from station.services.auth import list_users
from station.sync.state import photos_pending
from tests.flows import damaged_with_photo
from tests.station.evidence.photoset import PHOTOS


def _completed_with_photos(ctx: StationContext) -> models.Inspection:
    with ctx.read() as session:
        line = session.scalars(select(models.RmaLine).where(models.RmaLine.sku == "EL-1003")
                               .order_by(models.RmaLine.rma_number, models.RmaLine.line_no)).first()
        assert line is not None
        rma, line_no = line.rma_number, line.line_no
    inspector = next(u.id for u in list_users(ctx) if u.role == "inspector")
    draft = inspection.start_inspection(ctx, inspector, inspection.StartRequest(
        label_text=rma, label_kind="rma", sku="EL-1003", rma_number=rma, line_no=line_no))
    answers = damaged_with_photo(ctx.templates.templates[draft.category], ctx.rules)
    while draft.step == "checklist":
        assert draft.current_question is not None
        draft = inspection.answer(ctx, draft.id, draft.current_question.id, answers.get(draft.current_question.id))
    while draft.photos_missing:
        draft = inspection.attach_photo(ctx, draft.id, question_id=draft.photos_missing[0].question_id,
                                        path=PHOTOS / "EL-1003-other.jpg")
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "EL-1003-good.jpg")
    done = inspection.complete_inspection(ctx, draft.id)
    with ctx.read() as session:
        found = session.get(models.Inspection, done.id)
        assert found is not None
        return found


def _pending(ctx: StationContext) -> tuple[list[str], int]:
    with ctx.read() as session:
        return photos_pending(session, ctx.station_id)


def test_photos_added_uploaded_damaged_and_rolled_back_after_the_first_look(ctx: StationContext) -> None:
    assert _pending(ctx) == ([], 0)
    done = _completed_with_photos(ctx)
    with ctx.read() as session:
        files = sorted(set(session.scalars(select(models.Photo.sha256)
                                           .where(models.Photo.inspection_id == done.id))))
    assert len(files) == 2
    assert _pending(ctx) == (files, 0)

    with ctx.transaction() as session:
        session.add(PhotoUpload(sha256=files[0], state="uploaded", checked_at=utc_now(), problem=None))
        session.add(PhotoUpload(sha256=files[1], state="damaged", checked_at=utc_now(), problem="bad"))
    assert _pending(ctx) == ([files[1]], 1)

    class RolledBack(Exception):
        """Raised inside the transaction so that it rolls back."""

    with pytest.raises(RolledBack), ctx.transaction() as session:
        add_fact(session, models.Photo(id=new_id(), inspection_id=done.id, station_id=ctx.station_id,
                                       sha256="a" * 64, question_id=None, width=1, height=1, size_bytes=1,
                                       taken_at=utc_now()))
        assert photos_pending(session, ctx.station_id) == (sorted([files[1], "a" * 64]), 1)
        raise RolledBack
    assert _pending(ctx) == ([files[1]], 1)
