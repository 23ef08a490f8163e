"""Signing in with badge and PIN, and loading the demo data twice."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db import models
from station.context import StationContext
from station.demo.loading import load_demo
from station.services import auth

DEMO_PIN = {}


def _demo_user(ctx: StationContext) -> tuple[auth.UserSummary, str, str]:
    import csv

    with (ctx.resources / "demo" / "users.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["role"] == "inspector")
    user = auth.find_badge(ctx, row["badge_code"])
    return user, row["pin"], row["badge_code"]


def test_badge_then_pin_signs_in_and_a_wrong_pin_is_refused(ctx: StationContext) -> None:
    user, pin, _badge = _demo_user(ctx)
    assert user.role == "inspector"
    assert auth.sign_in(ctx, user.id, pin) == user
    with pytest.raises(auth.SignInRefused) as refused:
        auth.sign_in(ctx, user.id, pin + "0")
    assert "PIN" in refused.value.text.render()
    with pytest.raises(auth.SignInRefused) as unknown:
        auth.find_badge(ctx, "BADGE-NOPE")
    assert "not known" in unknown.value.text.render()
    with ctx.read() as session:
        stored = session.get(models.User, user.id)
        assert stored is not None and pin not in stored.pin_hash and stored.pin_hash.startswith("$argon2")


def test_demo_load_is_idempotent(ctx: StationContext) -> None:
    def counts() -> tuple[int, int, int, int]:
        with ctx.read() as session:
            return tuple(session.scalar(select(func.count()).select_from(table)) or 0 for table in (
                models.Product, models.ReturnAuthorization, models.RmaLine, models.User))  # type: ignore[return-value]

    before = counts()
    assert before[0] >= 40 and before[1] == 200 and before[3] >= 8
    added = load_demo(ctx)
    assert (added.products, added.rmas, added.users) == (0, 0, 0)
    assert counts() == before
    with ctx.read() as session:
        categories = set(session.scalars(select(models.Product.category)))
    assert len(categories) >= 5
    assert categories <= set(ctx.templates.templates), "every demo category has a checklist"
