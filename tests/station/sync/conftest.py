"""Sync test fixtures: a central schema set up by `central init` on the real PostgreSQL, stations that sync to it
as their own database roles, and the row-by-row comparison every fault test ends with."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from tests.station.sync.compare import assert_central_matches  # noqa: F401  (re-exported for the tests)


@dataclass
class Central:
    """One central database (a schema of its own) with a role prefix of its own, so tests never meet."""

    admin_url: str
    schema: str
    prefix: str
    engine: Engine
    stations: list[str] = field(default_factory=list)

    def url(self, user: str | None = None) -> str:
        from sqlalchemy.engine import make_url

        parsed = make_url(self.admin_url)
        if user is not None:
            parsed = parsed.set(username=user, password=None)
        return parsed.update_query_dict({"options": f"-csearch_path={self.schema}"}).render_as_string(
            hide_password=False)

    def settle(self, timeout_s: float = 90.0) -> None:
        """Waits until every logged change can be pulled: a pull reads only below the oldest transaction still
        running anywhere on the server, and other people's tests share this server."""
        import time

        deadline = time.monotonic() + timeout_s
        with self.engine.connect() as connection:
            newest = connection.execute(text("SELECT coalesce(max(txid), 0) FROM sync_change_log")).scalar()
            connection.rollback()
            while time.monotonic() < deadline:
                horizon = connection.execute(text(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")).scalar()
                connection.rollback()
                if horizon > newest:
                    return
                time.sleep(0.1)
        raise AssertionError(f"a transaction on the server stayed open for {timeout_s} s: changes not pullable")

    def station_url(self, station_id: str) -> str:
        from station.sync.central_setup import role_name

        return self.url(role_name(self.prefix, station_id))

    def add_station(self, station_id: str) -> str:
        from station.sync.central_setup import add_station

        with self.engine.begin() as connection:
            add_station(connection, station_id, prefix=self.prefix)
        self.stations.append(station_id)
        return self.station_url(station_id)


def reference_rows(data_dir: Path) -> dict[str, list[dict]]:
    from sqlalchemy import select

    from db.engine import make_engine, sqlite_url
    from station.sync import tables

    engine = make_engine(sqlite_url(data_dir / "station.db"))
    with engine.connect() as connection:
        rows = {ref.name: [dict(r) for r in connection.execute(select(ref.table)).mappings()]
                for ref in tables.reference_tables()}
    engine.dispose()
    return rows


def init_central(admin_url: str, schema: str, template_dir: Path, prefix: str | None = None) -> Central:
    from station.sync.central_setup import init_central as init

    prefix = prefix or f"t{uuid.uuid4().hex[:10]}"
    central = Central(admin_url, schema, prefix, create_engine(admin_url))
    central.engine.dispose()
    central.engine = create_engine(central.url(), pool_pre_ping=True)
    init(central.engine, prefix=prefix, passwords=False, reference=reference_rows(template_dir))
    return central


def drop_central_roles(central: Central) -> None:
    from station.sync.central_setup import drop_roles

    with central.engine.begin() as connection:
        drop_roles(connection, central.prefix)
    central.engine.dispose()


@pytest.fixture
def central(pg_schema, _demo_database: Path) -> Iterator[Central]:
    """A central database in a fresh schema, set up by `central init` with the demo reference data."""
    from tests.conftest import PG_URL

    _engine, schema = pg_schema
    made = init_central(PG_URL, schema, _demo_database.parent)
    try:
        yield made
    finally:
        drop_central_roles(made)


def make_station_dir(root: Path, template_db: Path, station_id: str, central_url: str | None) -> Path:
    """A station's data folder: a copy of the demo database, its own id, and (optionally) its central URL."""
    data = root / station_id
    data.mkdir(parents=True)
    shutil.copyfile(template_db, data / "station.db")
    settings = {"station_id": station_id, "station_name": f"Dock {station_id}"}
    if central_url:
        settings["central_url"] = central_url
    (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return data


@pytest.fixture
def make_station(tmp_path: Path, _demo_database: Path):
    """``make_station(id, central)`` opens a station (its own folder and role); all are closed afterwards."""
    from station.context import open_station

    opened = []

    def make(station_id: str, central: Central | None = None, *, role: bool = True, joined: bool = False):
        """``joined``: the station has synced once already (as at start-up), so people may inspect at it."""
        from station.services.sync import sync_once

        url = None
        if central is not None:
            url = central.add_station(station_id) if role else central.station_url(station_id)
        ctx = open_station(make_station_dir(tmp_path, _demo_database, station_id, url))
        opened.append(ctx)
        if joined:
            report = sync_once(ctx, pull_too=False)
            assert report.outcome == "done", report.problem
        return ctx

    yield make
    for ctx in opened:
        ctx.sessions.kw["bind"].dispose()


def count_central(central: Central, table: str) -> int:
    with central.engine.connect() as connection:
        return int(connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() or 0)
