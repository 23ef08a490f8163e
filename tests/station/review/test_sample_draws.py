"""The quality sample's stored draws (review_sample_draws): after inspections made here, pulled from another
station, or a change of the rate, the table answers what sampled() answers for every inspection, and the queue
holds what drawing every id in Python gives. The central (PostgreSQL) draws the same sample in its query."""

from __future__ import annotations

import math
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import sessionmaker

from db import models
from db.review_sample_models import ReviewSampleDraw
from station.context import StationContext
from station.demo.generate import generate_inspections
from station.review.queue import (
    _DRAW_SHIFT,
    SAMPLE,
    QueueFilter,
    _draw,
    _threshold,
    keep_draws,
    review_queue,
    sampled,
)
from station.services.sync import sync_once
from tests.station.sync.conftest import central, make_station  # noqa: F401  (fixtures used here)

RATES = (0.0001, 0.05, 0.2, 0.5, 0.95)


def _ids(ctx: StationContext) -> list[uuid.UUID]:
    with ctx.read() as session:
        return list(session.scalars(select(models.Inspection.id)))


def _stored(ctx: StationContext) -> dict[uuid.UUID, int]:
    with ctx.read() as session:
        return dict(session.execute(select(ReviewSampleDraw.inspection_id, ReviewSampleDraw.draw)).all())


def _assert_draws_answer_as_sampled(ctx: StationContext) -> None:
    stored = _stored(ctx)
    ids = _ids(ctx)
    assert sorted(stored) == sorted(ids), "one draw per inspection, none missing"
    for inspection_id in ids:
        assert stored[inspection_id] == _draw(inspection_id.bytes) - _DRAW_SHIFT
    for rate in RATES:
        assert {i for i, draw in stored.items() if draw < _threshold(rate)} == {i for i in ids if sampled(i, rate)}
    with ctx.read() as session:  # kept under their inspection's rowid: the mark the next fill starts from
        pairs = session.execute(select(literal_column("review_sample_draws.rowid"),
                                       ReviewSampleDraw.inspection_id).select_from(ReviewSampleDraw)).all()
        rowids = dict(session.execute(select(models.Inspection.id, literal_column("inspections.rowid"))).all())
    assert all(rowids[inspection_id] == rowid for rowid, inspection_id in pairs)


def _sample_in_python(ctx: StationContext, rate: float) -> list[uuid.UUID]:
    """The sample items of the queue as drawing every id in Python gives them: unflagged, kept, sampled."""
    queue = review_queue(replace(ctx, settings=ctx.settings.model_copy(update={"review_sample_rate": 0.0})),
                         QueueFilter(status="all"))
    marked = {item.inspection_id for item in queue.items}
    return sorted(i for i in _ids(ctx) if i not in marked and sampled(i, rate))


def _sample_in_queue(ctx: StationContext, rate: float, filters: QueueFilter | None = None) -> list[uuid.UUID]:
    ctx = replace(ctx, settings=ctx.settings.model_copy(update={"review_sample_rate": rate}))
    queue = review_queue(ctx, filters or QueueFilter(status="all"))
    return sorted(item.inspection_id for item in queue.items if [r.kind for r in item.reasons] == [SAMPLE])


def test_the_bound_of_the_stored_draws_is_the_float_comparison_exactly() -> None:
    # Tiny rates make rate * 2**64 a fraction: the integer draws below it are those below its ceiling.
    for rate in (3 * 2.0**-70, 1e-17, 1e-9, 0.05, 0.2, 0.5, 1 - 2.0**-53):
        bound = rate * 2**64
        for draw in {0, 1, math.floor(bound) - 1, math.floor(bound), math.ceil(bound), math.ceil(bound) + 1}:
            if 0 <= draw < 2**64:
                assert (draw < bound) == (draw - _DRAW_SHIFT < _threshold(rate)), (rate, draw)


def test_draws_follow_new_inspections_and_a_rate_change_moves_only_the_bound(
        ctx: StationContext, monkeypatch: pytest.MonkeyPatch) -> None:
    import station.review.queue as queue_module

    generate_inspections(ctx, 60, photos=False, seed=21)
    review_queue(ctx)  # the first read draws every inspection
    _assert_draws_answer_as_sampled(ctx)
    first = _stored(ctx)

    generate_inspections(ctx, 25, photos=False, seed=22)
    # A store too busy to take the new draws: the queue draws those above the mark itself.
    with monkeypatch.context() as busy:
        busy.setattr(queue_module, "keep_draws", lambda _ctx: None)
        for rate in (0.2, 0.5):
            assert _sample_in_queue(ctx, rate) == _sample_in_python(ctx, rate)
        assert len(_stored(ctx)) == len(first)
    for rate in (0.2, 0.5):
        assert _sample_in_queue(ctx, rate) == _sample_in_python(ctx, rate)
    _assert_draws_answer_as_sampled(ctx)
    assert {i: d for i, d in _stored(ctx).items() if i in first} == first, "a draw is never rewritten"

    generate_inspections(ctx, 10, photos=False, seed=23)
    keep_draws(ctx)
    _assert_draws_answer_as_sampled(ctx)
    for rate in RATES:
        got = _sample_in_queue(ctx, rate)
        assert got == _sample_in_python(ctx, rate)
    assert _sample_in_queue(ctx, 0.5), "this many inspections give a sample at 0.5"
    everything = _sample_in_queue(ctx, 1.0)
    assert everything == _sample_in_python(ctx, 1.0) and len(everything) > len(_sample_in_queue(ctx, 0.5))
    assert _sample_in_queue(ctx, 0.0) == []
    category = _category(ctx, _sample_in_queue(ctx, 0.5)[0])
    assert _sample_in_queue(ctx, 0.5, QueueFilter(status="all", category=category)) == sorted(
        i for i in _sample_in_queue(ctx, 0.5) if _category(ctx, i) == category)


def _category(ctx: StationContext, inspection_id: uuid.UUID) -> str:
    with ctx.read() as session:
        return str(session.scalar(select(models.Inspection.category).where(models.Inspection.id == inspection_id)))


def test_a_store_whose_draws_were_never_stored_draws_them_all_in_python(ctx: StationContext,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import station.review.queue as queue_module

    monkeypatch.setattr(queue_module, "keep_draws", lambda _ctx: None)
    generate_inspections(ctx, 40, photos=False, seed=25)
    for rate in (0.05, 0.5):
        assert _sample_in_queue(ctx, rate) == _sample_in_python(ctx, rate)
    assert _stored(ctx) == {}


def test_a_large_first_fill_is_stored_in_several_transactions(ctx: StationContext,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import station.review.queue as queue_module

    monkeypatch.setattr(queue_module, "DRAWS_PER_TRANSACTION", 7)
    generate_inspections(ctx, 30, photos=False, seed=24)
    keep_draws(ctx)
    _assert_draws_answer_as_sampled(ctx)


@pytest.mark.postgres
def test_pulled_inspections_are_drawn_and_the_central_draws_the_same_in_its_query(
        central, make_station) -> None:  # noqa: F811
    dock = make_station("DOCK-31", central, joined=True)
    other = make_station("DOCK-32", central, joined=True)
    generate_inspections(other, 40, photos=False, seed=31)
    generate_inspections(dock, 20, photos=False, seed=32)
    review_queue(dock)  # its own inspections drawn before the others' arrive
    assert sync_once(other).everything_sent
    central.settle()
    report = sync_once(dock)
    assert report.outcome == "done", report.problem
    with dock.read() as session:
        pulled = session.scalar(select(func.count()).select_from(models.Inspection)
                                .where(models.Inspection.station_id == "DOCK-32"))
    assert pulled == 40
    for rate in (0.2, 0.5):
        assert _sample_in_queue(dock, rate) == _sample_in_python(dock, rate)
    _assert_draws_answer_as_sampled(dock)

    # The central keeps no draws: it hashes in the query, and draws the same sample of what it holds.
    assert sync_once(dock).everything_sent
    on_central = replace(dock, sessions=sessionmaker(central.engine, expire_on_commit=False))
    with on_central.read() as session:
        held = set(session.scalars(select(models.Inspection.id)))
    assert len(held) == 60
    for rate in (0.05, 0.5):
        expected = [i for i in _sample_in_python(dock, rate) if i in held]
        assert _sample_in_queue(on_central, rate) == expected
    assert _sample_in_queue(on_central, 0.5)
