"""Signing in at a station: by badge scan or by name, then a PIN checked against its argon2 hash."""

from __future__ import annotations

import uuid

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from db import models
from station.context import StationContext
from station.people import UserSummary, write_signin_list
from station.text import StationError, _

_hasher = PasswordHasher()


class SignInRefused(StationError):
    """Unknown badge, unknown user, inactive user or a wrong PIN."""


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)


def _summary(user: models.User) -> UserSummary:
    return UserSummary(user.id, user.name, user.role, user.language)


def list_users(ctx: StationContext) -> list[UserSummary]:
    """Active users by name; also refreshes the sign-in list the next start shows at once."""
    with ctx.read() as session:
        users = [_summary(u) for u in session.scalars(
            select(models.User).where(models.User.active).order_by(models.User.name))]
    write_signin_list(ctx.data_dir, users)
    return users


def find_badge(ctx: StationContext, badge_code: str) -> UserSummary:
    code = badge_code.strip()
    with ctx.read() as session:
        user = session.scalar(select(models.User).where(models.User.badge_code == code))
    if user is None or not user.active:
        raise SignInRefused(_("Badge {code} is not known at this station. Pick your name instead, or ask a lead.",
                              code=code))
    return _summary(user)


def sign_in(ctx: StationContext, user_id: uuid.UUID, pin: str) -> UserSummary:
    with ctx.read() as session:
        user = session.get(models.User, user_id)
    if user is None or not user.active:
        raise SignInRefused(_("This user cannot sign in here. Ask a lead."))
    try:
        _hasher.verify(user.pin_hash, pin)
    except (VerificationError, InvalidHashError) as exc:
        raise SignInRefused(_("That PIN is not right. Try again, or ask a lead to reset it.")) from exc
    return _summary(user)
