"""Fixtures every test may use: paths to the shared real data, a fresh station per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = (REPO.parent / "shared" / "data").resolve()
RESOURCES = REPO / "resources"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared test data missing at {SHARED_DATA}")
        pytest.skip(f"SKIPPED LOUDLY: shared test data missing at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def _demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated station database with the demo data, copied for each test (PIN hashing is slow on purpose)."""
    from station.context import open_station
    from station.demo.loading import load_demo

    folder = tmp_path_factory.mktemp("demo-template")
    ctx = open_station(folder)
    load_demo(ctx)
    ctx.sessions.kw["bind"].dispose()
    return folder / "station.db"


@pytest.fixture
def station_dir(tmp_path: Path, _demo_database: Path) -> Path:
    """A fresh station data folder holding its own copy of the demo database."""
    import shutil

    data = tmp_path / "station"
    data.mkdir()
    shutil.copyfile(_demo_database, data / "station.db")
    return data


@pytest.fixture
def ctx(station_dir: Path):
    from station.context import open_station

    context = open_station(station_dir)
    yield context
    context.sessions.kw["bind"].dispose()


PG_URL = os.environ.get("STATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The real PostgreSQL server; missing it fails under CI and is a loud skip elsewhere."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(PG_URL)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        message = f"PostgreSQL at {PG_URL} is not reachable ({exc.__class__.__name__}: {exc})"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip("SKIPPED LOUDLY: " + message)
    return PG_URL


@pytest.fixture
def pg_schema(pg_server: str):
    """A schema of its own for one test on the real server, dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text

    schema = f"station_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(pg_server, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine, schema
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def _month_database(tmp_path_factory: pytest.TempPathFactory, _demo_database: Path) -> Path:
    """A station store holding a realistic month of returns, built once (reports and the dashboard read it)."""
    from tests.station.reports.month import month_database

    return month_database(tmp_path_factory, _demo_database)


@pytest.fixture
def month_ctx(tmp_path: Path, _month_database: Path):
    """A copy of the month's store for one test."""
    import shutil

    from station.context import open_station

    data = tmp_path / "station"
    data.mkdir()
    shutil.copyfile(_month_database, data / "station.db")
    context = open_station(data)
    yield context
    context.sessions.kw["bind"].dispose()
