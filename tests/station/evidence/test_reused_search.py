"""The reused-photo search keeps the stored hashes between calls: it still sees every row added since, and never
a row that was rolled back."""

from __future__ import annotations

import uuid

import pytest

from db import evidence_models
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.review.photo_evidence import find_reused


def _check(ctx: StationContext, inspection_id: uuid.UUID, phash: str) -> evidence_models.PhotoCheck:
    return evidence_models.PhotoCheck(
        id=new_id(), photo_id=new_id(), inspection_id=inspection_id, station_id=ctx.station_id,
        photo_sha256="0" * 64, phash=phash, ok=True, problems=[], measures={}, whole_item=True, camera="test",
        similarity=None, catalog_sku=None, reused=[], kept_reason=None, checked_at=utc_now(), limits=None)


def _found(ctx: StationContext, phash: str, inspection_id: uuid.UUID) -> list[str]:
    with ctx.read() as session:
        (found,) = find_reused(session, [phash], inspection_id)
    return [r["inspection_id"] for r in found]


def test_search_sees_rows_added_after_it_ran_and_forgets_rolled_back_ones(ctx: StationContext) -> None:
    mine, first, dropped, later = new_id(), new_id(), new_id(), new_id()
    assert _found(ctx, "00000000000000ff", mine) == []
    with ctx.transaction() as session:
        add_fact(session, _check(ctx, first, "00000000000000ff"))
    assert _found(ctx, "00000000000000fe", mine) == [str(first)]  # one bit apart: the same picture
    assert _found(ctx, "00000000000000ff", first) == []  # an inspection's own photo is no reuse

    class RolledBack(Exception):
        """Raised inside the transaction so that it rolls back."""

    with pytest.raises(RolledBack), ctx.transaction() as session:
        add_fact(session, _check(ctx, dropped, "ffff0000ffff0000"))
        (seen,) = find_reused(session, ["ffff0000ffff0000"], mine)
        assert [r["inspection_id"] for r in seen] == [str(dropped)]
        raise RolledBack
    with ctx.transaction() as session:
        add_fact(session, _check(ctx, later, "0f0f0f0f0f0f0f0f"))
    assert _found(ctx, "ffff0000ffff0000", mine) == []
    assert _found(ctx, "0f0f0f0f0f0f0f0f", mine) == [str(later)]
    assert _found(ctx, "00000000000000ff", mine) == [str(first)]
