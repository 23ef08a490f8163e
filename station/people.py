"""Who may sign in: user summaries and the small sign-in list kept beside the database for a fast start."""

from __future__ import annotations

import json
import logging
import math
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

log = logging.getLogger(__name__)

ROLES = ("inspector", "lead", "refurb", "admin")
UNLOCK_ROLES = ("lead", "admin")
SIGNIN_LIST = "signin-list.json"

PIN_FORMAT = re.compile(r"[0-9]{4,6}")
# Wrong PINs in a row a person may type with no wait (gloves, a hurried morning), then a wait that doubles from
# FIRST_WAIT_S, and a lockout at LOCK_AFTER: a 4-digit PIN then has 10 guesses in 10,000 before a lead must come.
FREE_FAILURES = 3
FIRST_WAIT_S = 5
LONGEST_WAIT_S = 300
LOCK_AFTER = 10


def pin_is_well_formed(pin: str) -> bool:
    return PIN_FORMAT.fullmatch(pin) is not None


@dataclass(frozen=True)
class SignInGuard:
    """Wrong PINs since the user's last sign-in or unlock (on any station whose facts this one holds)."""

    failures: int
    last_failure: datetime | None

    @property
    def locked(self) -> bool:
        return self.failures >= LOCK_AFTER

    @property
    def wait_s(self) -> int:
        """How long after the last wrong PIN the next try is checked."""
        if self.failures < FREE_FAILURES:
            return 0
        return min(FIRST_WAIT_S * 2 ** (self.failures - FREE_FAILURES), LONGEST_WAIT_S)

    def seconds_left(self, now: datetime) -> int:
        if self.last_failure is None or self.wait_s == 0:
            return 0
        left = self.wait_s - (now - self.last_failure).total_seconds()
        # A clock set back must not stretch the wait beyond its length.
        return max(0, min(self.wait_s, math.ceil(left)))


@dataclass(frozen=True)
class UserSummary:
    id: uuid.UUID
    name: str
    role: str
    language: str


def read_signin_list(data_dir: Path) -> list[UserSummary]:
    """The names shown before the database is open; no secrets, and any problem just means an empty list."""
    try:
        rows = json.loads((data_dir / SIGNIN_LIST).read_text(encoding="utf-8"))
        return [UserSummary(uuid.UUID(r["id"]), str(r["name"]), str(r["role"]), str(r.get("language", "en")))
                for r in rows]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("no sign-in list yet (%s): names appear once the database is open", exc)
        return []


def write_signin_list(data_dir: Path, users: list[UserSummary]) -> None:
    rows = [{"id": str(u.id), "name": u.name, "role": u.role, "language": u.language} for u in users]
    tmp = data_dir / (SIGNIN_LIST + ".tmp")
    try:
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, data_dir / SIGNIN_LIST)
    except OSError as exc:
        log.warning("sign-in list not saved (%s); the next start shows names a moment later", exc)
