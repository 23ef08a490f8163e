"""Against the real server: wrong PINs typed at one station lock the user at another after sync, a lead's unlock
travels the same way, and a station's role may record neither for another station nor an unlock by a non-lead."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from db import models
from station.ids import new_id
from station.people import LOCK_AFTER
from station.services import auth
from station.services.sync import sync_once
from tests.station.services.test_signin_lockout import _earlier_failures, _wrong
from tests.station.sync.conftest import count_central

pytestmark = pytest.mark.postgres


def _demo(ctx, role: str) -> tuple[auth.UserSummary, str]:
    with (ctx.resources / "demo" / "users.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["role"] == role)
    return auth.find_badge(ctx, row["badge_code"]), row["pin"]


def test_a_lockout_at_one_station_holds_at_another_after_sync_and_so_does_the_unlock(central, make_station) -> None:
    a = make_station("DOCK-61", central)
    b = make_station("DOCK-62", central)
    user, pin = _demo(a, "inspector")
    lead, lead_pin = _demo(a, "lead")
    _earlier_failures(a, user, LOCK_AFTER - 1, minutes_ago=30)
    with pytest.raises(auth.SignInLocked):
        auth.sign_in(a, user.id, _wrong(pin))
    assert sync_once(a).everything_sent
    assert count_central(central, "signin_failures") == LOCK_AFTER
    central.settle()
    sync_once(b)
    with pytest.raises(auth.SignInLocked):
        auth.sign_in(b, user.id, pin)

    auth.unlock(b, user.id, lead.id, lead_pin)
    assert sync_once(b).everything_sent
    central.settle()
    sync_once(a)
    assert auth.sign_in(a, user.id, pin) == user


def test_a_station_records_sign_in_facts_only_for_itself_and_unlocks_only_by_leads(central, make_station) -> None:
    make_station("DOCK-63", central)
    make_station("DOCK-64", central)
    with central.engine.connect() as connection:
        users = dict(connection.execute(select(models.User.role, models.User.id)).all())
    engine = create_engine(central.station_url("DOCK-63"))
    failure = "INSERT INTO signin_failures (id, station_id, user_id, failed_at) VALUES (:id, :s, :u, now())"
    unlock = ("INSERT INTO signin_unlocks (id, station_id, user_id, unlocked_by, unlocked_at) "
              "VALUES (:id, 'DOCK-63', :u, :by, now())")
    try:
        for statement, params in ((failure, {"s": "DOCK-64", "u": users["inspector"]}),
                                  (unlock, {"u": users["inspector"], "by": users["inspector"]})):
            with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as connection:
                connection.execute(text(statement), {"id": new_id(), **params})
        with engine.begin() as connection:
            connection.execute(text(failure), {"id": new_id(), "s": "DOCK-63", "u": users["inspector"]})
            connection.execute(text(unlock), {"id": new_id(), "u": users["inspector"], "by": users["lead"]})
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
            connection.execute(text("DELETE FROM signin_failures"))
    finally:
        engine.dispose()
