"""Browser sign-in: passwords an admin sets (argon2), and the wait and lockout after wrong ones, counted as at a
station (station.people.SignInGuard) from the central's own record of failures."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from psycopg.rows import namedtuple_row
from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from db import models
from db.web_models import web_account_brands, web_accounts, web_product_brands, web_signin_clears, web_signin_failures
from station.config import RESOURCES
from station.ids import utc_now
from station.people import SignInGuard
from station.text import StationError, Text, _
from station.web.central import Account

_hasher = PasswordHasher()
# Checked against when the badge is unknown, so a wrong badge takes as long as a wrong password.
_DUMMY = _hasher.hash("not a password of anyone")
MIN_PASSWORD = 10


class SignInRefused(StationError):
    def __init__(self, text: Text, wait_s: int = 0) -> None:
        super().__init__(text)
        self.wait_s = wait_s


@dataclass(frozen=True)
class PasswordSet:
    badge: str
    name: str
    role: str


def set_password(connection: Connection, badge: str, password: str, *, client: str | None = None,
                 brands: Sequence[str] = (), language: str = "en") -> PasswordSet:
    """An admin's command on the central (as its owner): a station user's badge, or a brand's client account."""
    if len(password) < MIN_PASSWORD:
        raise StationError(_("A web password needs at least {n} characters. Choose a longer one.", n=MIN_PASSWORD))
    user = connection.execute(select(models.User).where(models.User.badge_code == badge)).first()
    if client is None and user is None:
        raise StationError(_("No user has badge {badge} on the central database. Add them at a station and sync, or "
                             "give --client NAME for a brand's account.", badge=badge))
    if client is not None and user is not None:
        raise StationError(_("Badge {badge} is a station user's; give the client another sign-in name.",
                             badge=badge))
    name = client if client is not None else user.name  # type: ignore[union-attr]
    values = {"badge": badge, "user_id": None if user is None else user.id, "name": name,
              "language": language if user is None else user.language,
              "password_hash": _hasher.hash(password), "set_at": utc_now()}
    statement = pg_insert(web_accounts).values(**values)
    connection.execute(statement.on_conflict_do_update(
        index_elements=["badge"], set_={k: statement.excluded[k] for k in values if k != "badge"}))
    if client is not None:
        connection.execute(delete(web_account_brands).where(web_account_brands.c.badge == badge))
        if brands:
            connection.execute(web_account_brands.insert(), [{"badge": badge, "brand": b} for b in brands])
    unlock(connection, badge)
    return PasswordSet(badge, name, "client" if user is None else user.role)


def set_brand(connection: Connection, brand: str, skus: Sequence[str]) -> int:
    statement = pg_insert(web_product_brands).values([{"sku": s, "brand": brand} for s in skus])
    connection.execute(statement.on_conflict_do_update(index_elements=["sku"], set_={"brand": brand}))
    return len(skus)


def set_demo_brands(connection: Connection) -> int:
    """The demo catalog's brands, so a demo central has clients to show (resources/demo/brands.csv)."""
    with (RESOURCES / "demo" / "brands.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_brand: dict[str, list[str]] = {}
    for row in rows:
        by_brand.setdefault(row["brand"], []).append(row["sku"])
    return sum(set_brand(connection, brand, skus) for brand, skus in by_brand.items())


def unlock(connection: Connection, badge: str) -> None:
    connection.execute(web_signin_clears.insert().values(badge=badge, cleared_at=utc_now()))


def guard(connection: Connection, badge: str) -> SignInGuard:
    cleared = connection.execute(select(func.max(web_signin_clears.c.cleared_at))
                                 .where(web_signin_clears.c.badge == badge)).scalar()
    query = select(func.count(), func.max(web_signin_failures.c.failed_at)).where(
        web_signin_failures.c.badge == badge)
    if cleared is not None:
        query = query.where(web_signin_failures.c.failed_at > cleared)
    count, last = connection.execute(query).one()
    return SignInGuard(int(count or 0), last)


# Every page asks this first: one statement, its text written once (no query built per request).
ACCOUNT_QUERY = """
SELECT a.badge, a.user_id, a.name, a.language, u.name AS user_name, u.role, u.active, u.language AS user_language
FROM web_accounts a LEFT JOIN users u ON u.id = a.user_id
WHERE a.badge = %(badge)s
"""
ACCOUNT_SQL = text(ACCOUNT_QUERY.replace("%(badge)s", ":badge"))


def account(connection: Connection, badge: str) -> Account | None:
    """The account as it is now (a station user's role and active flag are read every time, in the same
    statement as the account)."""
    return account_of(connection.execute(ACCOUNT_SQL, {"badge": badge}).first())


async def account_async(connection: psycopg.AsyncConnection[Any], badge: str) -> Account | None:
    """account() on the async pages' connection."""
    async with connection.cursor(row_factory=namedtuple_row) as cursor:
        await cursor.execute(ACCOUNT_QUERY, {"badge": badge})
        return account_of(await cursor.fetchone())


def account_of(row: Any) -> Account | None:
    """An ACCOUNT_QUERY row as the account, or None when it signs in no one now."""
    if row is None:
        return None
    if row.user_id is None:
        return Account(row.badge, None, row.name, "client", row.language)
    if row.role is None or not row.active:  # the user is gone from the central, or no longer active
        return None
    return Account(row.badge, uuid.UUID(str(row.user_id)), row.user_name, row.role, row.user_language)


def check_password(connection: Connection, badge: str, password: str) -> Account:
    """In the sign-in role's transaction: the account, or why not (with the seconds to wait)."""
    badge = badge.strip()
    state = guard(connection, badge)
    if state.locked:
        raise SignInRefused(_("Too many wrong passwords: {badge} is locked. Ask an admin to unlock it "
                              "(station central web-user unlock {badge}).", badge=badge))
    left = state.seconds_left(utc_now())
    if left:
        raise SignInRefused(_("Wrong password again: wait {seconds} s, then try again.", seconds=left), left)
    row = connection.execute(select(web_accounts.c.password_hash).where(web_accounts.c.badge == badge)).first()
    try:
        _hasher.verify(row[0] if row else _DUMMY, password)
        found = account(connection, badge) if row else None
    except (VerificationError, InvalidHashError):
        found = None
    if found is None:
        connection.execute(web_signin_failures.insert().values(badge=badge, failed_at=utc_now()))
        after = guard(connection, badge)
        if after.locked:
            raise SignInRefused(_("Too many wrong passwords: {badge} is locked. Ask an admin to unlock it "
                                  "(station central web-user unlock {badge}).", badge=badge))
        raise SignInRefused(_("Sign-in name or password not right. Check both and try again."), after.wait_s)
    if state.failures:
        unlock(connection, badge)
    return found
