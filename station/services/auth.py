"""Signing in at a station: by badge scan or by name, then a PIN checked against its argon2 hash, with a growing
wait and a lockout after wrong PINs, both derived from sign-in facts so they hold after a restart and after sync."""

from __future__ import annotations

import uuid
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from db.signin_models import SignInFailure, SignInSuccess, SignInUnlock
from station.context import StationContext
from station.facts import add_fact
from station.ids import new_id, utc_now
from station.people import UNLOCK_ROLES, SignInGuard, UserSummary, pin_is_well_formed, write_signin_list
from station.text import StationError, Text, _

_hasher = PasswordHasher()


class SignInRefused(StationError):
    """Unknown badge, unknown user, inactive user or a wrong PIN."""


class SignInDelayed(SignInRefused):
    """Too many wrong PINs in a row: the next one is checked only after `seconds`."""

    def __init__(self, text: Text, seconds: int) -> None:
        super().__init__(text)
        self.seconds = seconds


class SignInLocked(SignInRefused):
    """Locked after too many wrong PINs until a lead or admin unlocks the user."""


def hash_pin(pin: str) -> str:
    if not pin_is_well_formed(pin):
        raise StationError(_("A PIN is 4 to 6 digits (0–9); {length} characters given. Choose another PIN.",
                             length=len(pin)))
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


def _guard(session: Session, user_id: uuid.UUID) -> SignInGuard:
    # Station clocks order these facts; a lockout is a matter of minutes, where they agree well enough.
    cleared = max((at for at in (
        session.scalar(select(func.max(SignInSuccess.signed_in_at)).where(SignInSuccess.user_id == user_id)),
        session.scalar(select(func.max(SignInUnlock.unlocked_at)).where(SignInUnlock.user_id == user_id)))
        if at is not None), default=None)
    query = select(func.count(), func.max(SignInFailure.failed_at)).where(SignInFailure.user_id == user_id)
    if cleared is not None:
        query = query.where(SignInFailure.failed_at > cleared)
    count, last = session.execute(query).one()
    return SignInGuard(int(count or 0), last)


def signin_guard(ctx: StationContext, user_id: uuid.UUID) -> SignInGuard:
    """Where a user stands: wrong PINs in a row, and from them the wait or the lockout."""
    with ctx.read() as session:
        return _guard(session, user_id)


def _locked(name: str) -> SignInLocked:
    return SignInLocked(_("{name} is locked out after too many wrong PINs. A shift lead or an admin must unlock "
                          "the sign-in first (Unlock on the sign-in screen, or `station users unlock`).", name=name))


def _delayed(seconds: int) -> SignInDelayed:
    return SignInDelayed(_("That PIN is not right. Wait {seconds} s, then try again.", seconds=seconds), seconds)


def _refuse_while_guarded(guard: SignInGuard, name: str, now: datetime) -> None:
    if guard.locked:
        raise _locked(name)
    left = guard.seconds_left(now)
    if left > 0:
        raise _delayed(left)


def sign_in(ctx: StationContext, user_id: uuid.UUID, pin: str) -> UserSummary:
    """Checks the PIN unless the user must wait or is locked; a wrong one is recorded as a fact (and synced)."""
    with ctx.read() as session:
        user = session.get(models.User, user_id)
        if user is None or not user.active:
            raise SignInRefused(_("This user cannot sign in here. Ask a lead."))
        summary, pin_hash = _summary(user), user.pin_hash
        guard = _guard(session, user_id)
    _refuse_while_guarded(guard, summary.name, utc_now())
    if not pin_is_well_formed(pin):
        # Not a PIN at all, so not a guess: nothing to count.
        raise SignInRefused(_("A PIN is 4 to 6 digits. Type it again."))
    try:
        _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        with ctx.transaction() as session:
            add_fact(session, SignInFailure(id=new_id(), station_id=ctx.station_id, user_id=user_id,
                                            failed_at=utc_now()))
            guard = _guard(session, user_id)
        _refuse_while_guarded(guard, summary.name, utc_now())
        raise SignInRefused(_("That PIN is not right. Try again, or ask a lead to reset it.")) from None
    if guard.failures:
        with ctx.transaction() as session:
            add_fact(session, SignInSuccess(id=new_id(), station_id=ctx.station_id, user_id=user_id,
                                            signed_in_at=utc_now()))
    return summary


def unlock(ctx: StationContext, user_id: uuid.UUID, by_user_id: uuid.UUID, by_pin: str) -> UserSummary:
    """A lead or admin, signing in with their own PIN (counted like any sign-in), lets a locked user try again."""
    if by_user_id == user_id:
        raise SignInRefused(_("Nobody unlocks their own sign-in. Ask another shift lead or an admin."))
    with ctx.read() as session:
        user = session.get(models.User, user_id)
        if user is None:
            raise SignInRefused(_("This user is not known at this station. Ask an admin."))
        summary = _summary(user)
    lead = sign_in(ctx, by_user_id, by_pin)
    if lead.role not in UNLOCK_ROLES:
        raise SignInRefused(_("Only a shift lead or an admin can unlock {name}. Ask one to come.",
                              name=summary.name))
    with ctx.transaction() as session:
        add_fact(session, SignInUnlock(id=new_id(), station_id=ctx.station_id, user_id=user_id,
                                       unlocked_by=by_user_id, unlocked_at=utc_now()))
    return summary


def unlockers(ctx: StationContext) -> list[UserSummary]:
    """The people who may unlock a user: active shift leads and admins."""
    return [u for u in list_users(ctx) if u.role in UNLOCK_ROLES]
