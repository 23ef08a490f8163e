"""Wrong PINs: free tries, then a growing wait, then a lockout a lead or admin lifts; all kept as sign-in facts, so
a restart changes nothing; PINs of 4 to 6 digits."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from db import models
from db.signin_models import SignInFailure, SignInSuccess, SignInUnlock
from station.audit.verify import verify_store
from station.context import StationContext, open_station
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.people import FIRST_WAIT_S, LOCK_AFTER, UserSummary
from station.services import auth
from station.sync import tables
from station.text import StationError


def _demo(ctx: StationContext, role: str, nth: int = 0) -> tuple[UserSummary, str]:
    with (ctx.resources / "demo" / "users.csv").open(encoding="utf-8") as handle:
        row = [r for r in csv.DictReader(handle) if r["role"] == role][nth]
    return auth.find_badge(ctx, row["badge_code"]), row["pin"]


def _wrong(pin: str) -> str:
    return str((int(pin) + 1) % 10_000).zfill(len(pin))


def _count(ctx: StationContext, table: type[models.Base]) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _earlier_failures(ctx: StationContext, user: UserSummary, n: int, minutes_ago: float) -> None:
    """Wrong PINs typed a while ago (the test cannot wait out a real delay): facts like any other."""
    with ctx.transaction() as session:
        for i in range(n):
            add_fact(session, SignInFailure(id=new_id(), station_id=ctx.station_id, user_id=user.id,
                                            failed_at=utc_now() - timedelta(minutes=minutes_ago, seconds=n - i)))


def test_after_three_wrong_pins_the_next_is_not_even_checked_until_the_wait_is_over(ctx: StationContext) -> None:
    user, pin = _demo(ctx, "inspector")
    for _ in range(2):
        with pytest.raises(auth.SignInRefused) as refused:
            auth.sign_in(ctx, user.id, _wrong(pin))
        assert not isinstance(refused.value, auth.SignInDelayed)
    with pytest.raises(auth.SignInDelayed) as delayed:
        auth.sign_in(ctx, user.id, _wrong(pin))
    assert delayed.value.seconds == FIRST_WAIT_S
    assert f"{FIRST_WAIT_S} s" in delayed.value.text.render()
    # Even the right PIN waits: a guess during the wait is neither checked nor counted.
    with pytest.raises(auth.SignInDelayed) as still:
        auth.sign_in(ctx, user.id, pin)
    assert 0 < still.value.seconds <= FIRST_WAIT_S
    assert _count(ctx, SignInFailure) == 3
    with ctx.read() as session:
        outbox = session.scalars(select(models.OutboxEntry.table_name)).all()
        assert outbox.count("signin_failures") == 3  # synced like every fact
        assert verify_store(session, ctx.evidence).ok  # and chained in the audit trail


def test_the_right_pin_after_the_wait_signs_in_and_clears_the_count(ctx: StationContext) -> None:
    user, pin = _demo(ctx, "inspector")
    _earlier_failures(ctx, user, 4, minutes_ago=2)
    assert auth.signin_guard(ctx, user.id).failures == 4
    assert auth.sign_in(ctx, user.id, pin) == user
    assert _count(ctx, SignInSuccess) == 1
    assert auth.signin_guard(ctx, user.id).failures == 0
    auth.sign_in(ctx, user.id, pin)
    assert _count(ctx, SignInSuccess) == 1, "a plain sign-in writes nothing"
    with pytest.raises(auth.SignInRefused) as fresh:
        auth.sign_in(ctx, user.id, _wrong(pin))
    assert not isinstance(fresh.value, auth.SignInDelayed)


def test_ten_wrong_pins_lock_the_user_across_a_restart_until_a_lead_unlocks(ctx: StationContext) -> None:
    user, pin = _demo(ctx, "inspector")
    lead, lead_pin = _demo(ctx, "lead")
    other, other_pin = _demo(ctx, "inspector", 1)
    _earlier_failures(ctx, user, LOCK_AFTER - 1, minutes_ago=60)
    with pytest.raises(auth.SignInLocked) as locked:
        auth.sign_in(ctx, user.id, _wrong(pin))
    assert user.name in locked.value.text.render() and "lead" in locked.value.text.render()
    with pytest.raises(auth.SignInLocked):
        auth.sign_in(ctx, user.id, pin)
    failures = _count(ctx, SignInFailure)

    again = open_station(ctx.data_dir)  # the station restarted
    try:
        with pytest.raises(auth.SignInLocked):
            auth.sign_in(again, user.id, pin)
        with pytest.raises(auth.SignInRefused, match="Only a shift lead or an admin"):
            auth.unlock(again, user.id, other.id, other_pin)
        with pytest.raises(auth.SignInRefused, match="own"):
            auth.unlock(again, user.id, user.id, pin)
        with pytest.raises(auth.SignInRefused):
            auth.unlock(again, user.id, lead.id, _wrong(lead_pin))
        assert _count(again, SignInFailure) == failures + 1, "the lead's wrong PIN counts against the lead"
        assert _count(again, SignInUnlock) == 0
        assert auth.unlock(again, user.id, lead.id, lead_pin) == user
        assert auth.sign_in(again, user.id, pin) == user
        with again.read() as session:
            unlock = session.scalars(select(SignInUnlock)).one()
            assert (unlock.user_id, unlock.unlocked_by) == (user.id, lead.id)
    finally:
        again.sessions.kw["bind"].dispose()


def test_pins_of_four_to_six_digits(ctx: StationContext) -> None:
    user, _pin = _demo(ctx, "inspector")
    with ctx.transaction() as session:
        session.get(models.User, user.id).pin_hash = auth.hash_pin("407193")
    assert auth.sign_in(ctx, user.id, "407193") == user
    with pytest.raises(auth.SignInRefused, match="4 to 6 digits"):
        auth.sign_in(ctx, user.id, "4071934")
    with pytest.raises(auth.SignInRefused, match="4 to 6 digits"):
        auth.sign_in(ctx, user.id, "407")
    assert _count(ctx, SignInFailure) == 0, "something that is not a PIN is not a guess"
    for bad in ("123", "1234567", "12a4", "", "１２３４"):
        with pytest.raises(StationError, match="4 to 6 digits"):
            auth.hash_pin(bad)
    assert auth.hash_pin("0915").startswith("$argon2")


def test_sign_in_facts_are_synced_fact_tables() -> None:
    for name in ("signin_failures", "signin_successes", "signin_unlocks"):
        fact = tables.fact(name)
        assert fact is not None and fact.station_column == "station_id", name


def test_a_lead_unlocks_from_the_command_line_with_the_pin_from_station_pin(ctx: StationContext) -> None:
    import os
    import subprocess
    import sys

    user, pin = _demo(ctx, "inspector")
    lead, lead_pin = _demo(ctx, "lead")
    _earlier_failures(ctx, user, LOCK_AFTER, minutes_ago=5)
    with ctx.read() as session:
        badges = dict(session.execute(select(models.User.id, models.User.badge_code)).all())

    def station(*args: str, pin_env: str | None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "STATION_PIN"}
        if pin_env is not None:
            env["STATION_PIN"] = pin_env
        return subprocess.run([sys.executable, "-m", "station.cli", "--data-dir", str(ctx.data_dir), "users", *args],
                              capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)

    listed = station("locked", pin_env=None)
    assert listed.returncode == 0 and f"{user.name}: locked after {LOCK_AFTER} wrong PINs" in listed.stdout
    no_pin = station("unlock", badges[user.id], "--by", badges[lead.id], pin_env=None)
    assert no_pin.returncode == 2 and "STATION_PIN" in no_pin.stderr
    wrong = station("unlock", badges[user.id], "--by", badges[lead.id], pin_env=_wrong(lead_pin))
    assert wrong.returncode == 2 and "PIN is not right" in wrong.stderr and "Traceback" not in wrong.stderr
    with pytest.raises(auth.SignInLocked):
        auth.sign_in(ctx, user.id, pin)
    done = station("unlock", badges[user.id], "--by", badges[lead.id], pin_env=lead_pin)
    assert done.returncode == 0, done.stderr
    assert f"{user.name} unlocked by {lead.name}" in done.stdout
    assert auth.sign_in(ctx, user.id, pin) == user
    assert "nobody is locked" in station("locked", pin_env=None).stdout


def test_the_dashboard_counts_wrong_pins_of_the_period_and_the_station(ctx: StationContext) -> None:
    from station.reports.dashboard import DashboardRequest, dashboard_data

    user, pin = _demo(ctx, "inspector")
    lead, _lead_pin = _demo(ctx, "lead")
    _earlier_failures(ctx, user, 1, minutes_ago=60 * 24 * 10)  # ten days ago: outside the last 7 days
    for _ in range(2):
        with pytest.raises(auth.SignInRefused):
            auth.sign_in(ctx, user.id, _wrong(pin))
    assert dashboard_data(ctx, lead.id, DashboardRequest(days=7)).failed_signins == 2
    assert dashboard_data(ctx, lead.id, DashboardRequest(days=30)).failed_signins == 3
    assert dashboard_data(ctx, lead.id, DashboardRequest(days=30, station=ctx.station_id)).failed_signins == 3
    assert dashboard_data(ctx, lead.id, DashboardRequest(days=30, station="DOCK-ELSEWHERE")).failed_signins == 0


def test_the_wait_grows_from_the_third_wrong_pin_and_ends_on_time() -> None:
    from station.people import FREE_FAILURES, LONGEST_WAIT_S, SignInGuard

    last = utc_now()
    waits = [SignInGuard(n, last).wait_s for n in range(LOCK_AFTER)]
    assert waits[:FREE_FAILURES] == [0] * FREE_FAILURES
    assert waits[FREE_FAILURES:] == [min(FIRST_WAIT_S * 2 ** i, LONGEST_WAIT_S)
                                     for i in range(LOCK_AFTER - FREE_FAILURES)]
    guard = SignInGuard(FREE_FAILURES, last)
    assert guard.seconds_left(last + timedelta(seconds=0.5)) == FIRST_WAIT_S
    assert guard.seconds_left(last + timedelta(seconds=FIRST_WAIT_S - 0.5)) == 1
    assert guard.seconds_left(last + timedelta(seconds=FIRST_WAIT_S + 0.5)) == 0
    assert guard.seconds_left(last - timedelta(hours=1)) == FIRST_WAIT_S, "a clock set back waits no longer"
    assert not guard.locked and SignInGuard(LOCK_AFTER, last).locked


def test_a_user_file_with_a_pin_that_is_not_4_to_6_digits_names_the_person(tmp_path) -> None:
    import shutil

    from station.config import RESOURCES
    from station.demo.loading import load_demo

    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES, resources)
    users = resources / "demo" / "users.csv"
    users.write_text(users.read_text(encoding="utf-8") + "Six Digits,inspector,BADGE-0601,406172,en\n"
                     "Too Long,inspector,BADGE-0602,4061729,en\n", encoding="utf-8")
    ctx = open_station(tmp_path / "station", resources=resources)
    try:
        with pytest.raises(StationError, match="the PIN of Too Long is not 4 to 6 digits"):
            load_demo(ctx)
        users.write_text(users.read_text(encoding="utf-8").replace("Too Long,inspector,BADGE-0602,4061729,en\n", ""),
                         encoding="utf-8")
        load_demo(ctx)
        six = auth.find_badge(ctx, "BADGE-0601")
        assert auth.sign_in(ctx, six.id, "406172") == six
    finally:
        ctx.sessions.kw["bind"].dispose()
