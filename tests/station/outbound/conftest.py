"""Relay test fixtures: the sync tests' central database and stations, and destinations registered on it."""

from __future__ import annotations

from tests.station.sync.conftest import central, make_station  # noqa: F401  (the same fixtures as sync)
