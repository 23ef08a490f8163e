"""The end of every sync test: the central database compared row by row with a station, nothing lost, nothing
duplicated, every photo there with the right hash."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Engine, func, select, text

from db import models
from station.context import StationContext
from station.sync import tables


def _own(fact: tables.FactTable, station_id: str):
    query = select(fact.table)
    if fact.station_column:
        return query.where(fact.table.c[fact.station_column] == station_id)
    if fact.parent:
        column, parent_name, key = fact.parent
        parent = fact.table.metadata.tables[parent_name]
        return query.where(fact.table.c[column].in_(select(parent.c[key]).where(parent.c.station_id == station_id)))
    return query


def _rows(connection: Any, fact: tables.FactTable, station_id: str) -> dict[Any, dict[str, Any]]:
    return {row["id"]: dict(row) for row in connection.execute(_own(fact, station_id)).mappings()}


def assert_central_matches(central_engine: Engine, ctx: StationContext, *, expect_rows: bool = True) -> int:
    """Every fact of this station is in the central, equal column by column, once; the outbox is empty; every
    photo file is in the central store and hashes to its name. Returns the number of rows compared."""
    station_id = ctx.station_id
    compared = 0
    with ctx.read() as session, central_engine.connect() as central:
        for fact in tables.fact_tables():
            local = _rows(session.connection(), fact, station_id)
            remote = _rows(central, fact, station_id)
            missing = set(local) - set(remote)
            extra = set(remote) - set(local)
            assert not missing, f"{fact.name}: {len(missing)} row(s) of {station_id} missing centrally"
            assert not extra, f"{fact.name}: {len(extra)} central row(s) of {station_id} unknown to the station"
            for key, row in local.items():
                assert remote[key] == row, f"{fact.name} {key} differs:\n station {row}\n central {remote[key]}"
            compared += len(local)
            # Nothing duplicated: the change log names each row once (a replayed insert logs nothing).
            logged = central.execute(text(
                "SELECT count(*), count(DISTINCT k) FROM sync_change_log, unnest(row_keys) k "
                "WHERE table_name = :t AND station_id = :s"), {"t": fact.name, "s": station_id}).one()
            assert logged[0] == logged[1] == len(local), f"{fact.name}: change log {logged} for {len(local)} rows"
        waiting = session.scalar(select(func.count()).select_from(models.OutboxEntry)
                                 .where(models.OutboxEntry.sent_at.is_(None)))
        assert waiting == 0, f"{waiting} outbox row(s) not sent"
        shas = {sha for fact in tables.fact_tables() if fact.photo_column and fact.station_column
                for sha in session.scalars(select(fact.table.c[fact.photo_column]).where(
                    fact.table.c[fact.station_column] == station_id))}
        held = dict(central.execute(text("SELECT sha256, data FROM sync_photo_blobs WHERE sha256 = ANY(:s)"),
                                    {"s": sorted(shas)}).all()) if shas else {}
        for sha in shas:
            assert sha in held, f"photo {sha[:12]} missing centrally"
            assert hashlib.sha256(held[sha]).hexdigest() == sha, f"photo {sha[:12]} damaged centrally"
    if expect_rows:
        assert compared > 0, "nothing to compare: the test made no facts"
    return compared


def assert_pulled(central_engine: Engine, ctx: StationContext, other_station: str) -> int:
    """Another station's facts arrived here exactly as the central holds them."""
    compared = 0
    with ctx.read() as session, central_engine.connect() as central:
        for fact in tables.fact_tables():
            local = _rows(session.connection(), fact, other_station)
            remote = _rows(central, fact, other_station)
            assert local == remote, f"{fact.name} of {other_station} at {ctx.station_id} differs from the central"
            compared += len(local)
    assert compared > 0
    return compared
