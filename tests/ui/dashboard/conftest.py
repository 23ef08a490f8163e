"""A station store holding a realistic month of returns, built once and copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def _month_database(tmp_path_factory: pytest.TempPathFactory, _demo_database: Path) -> Path:
    from tests.station.reports.month import month_database

    return month_database(tmp_path_factory, _demo_database)


@pytest.fixture
def month_ctx(tmp_path: Path, _month_database: Path):
    from station.context import open_station

    data = tmp_path / "station"
    data.mkdir()
    shutil.copyfile(_month_database, data / "station.db")
    context = open_station(data)
    yield context
    context.sessions.kw["bind"].dispose()
