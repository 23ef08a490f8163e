"""Who may sign in: user summaries and the small sign-in list kept beside the database for a fast start."""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ROLES = ("inspector", "lead", "refurb", "admin")
SIGNIN_LIST = "signin-list.json"


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
