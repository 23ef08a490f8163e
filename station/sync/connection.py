"""The link to the central PostgreSQL: an engine with short timeouts, and what a failure means at the dock."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from station.text import StationError, Text, _

log = logging.getLogger(__name__)

# Seconds to wait for the central server to answer a connection; a dock without network says so quickly.
CONNECT_TIMEOUT_S = 5
# A statement that takes longer than this is treated as a lost connection and retried later.
STATEMENT_TIMEOUT_MS = 300_000

# SQLSTATE classes that mean "try again later": connection, operator intervention, resources, rollback.
TRANSIENT_CLASSES = ("08", "57", "53", "40", "58", "55")
# The server refused the row itself: bad data, a broken constraint, row-level security. Retrying cannot help.
REFUSED_CLASSES = ("22", "23")
RLS_VIOLATION = "42501"
OUTDATED = ("42P01", "42703", "42883", "42704")


class SyncProblem(StationError):
    """Sync stopped. ``kind`` is "offline" (retried on a timer) or "error" (someone has to act)."""

    def __init__(self, kind: str, text: Text) -> None:
        super().__init__(text)
        self.kind = kind


def normalise_url(url: str) -> str:
    """Plain ``postgresql://`` URLs use psycopg 3, the driver the station ships with."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def shown_url(url: str) -> str:
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except Exception:
        return "(a central URL that cannot be read)"


def central_engine(url: str, station_id: str | None = None, **kwargs: Any) -> Engine:
    """No pool: each sync opens one connection and closes it, which PgBouncer and restarts both like."""
    try:
        parsed = make_url(normalise_url(url))
    except Exception as exc:
        raise SyncProblem("error", _("The central database URL is not valid ({problem}). Fix it in the settings "
                                     "(central_url) or with --central.", problem=str(exc))) from exc
    if not parsed.drivername.startswith("postgresql"):
        raise SyncProblem("error", _("The central database must be PostgreSQL (a postgresql:// URL), not "
                                     "{driver}.", driver=parsed.drivername))
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": f"station-sync {station_id or ''}".strip()[:63],
        # A pulled cable leaves a half-open socket: keepalives notice it within a minute.
        "keepalives": 1, "keepalives_idle": 20, "keepalives_interval": 5, "keepalives_count": 4,
        # PgBouncer in transaction mode cannot keep server-side prepared statements.
        "prepare_threshold": None,
    }
    connect_args.update(kwargs.pop("connect_args", {}))
    return create_engine(parsed, poolclass=NullPool, connect_args=connect_args, **kwargs)


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None)


def _detail(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    text = str(orig).strip().splitlines()
    return text[0][:300] if text else exc.__class__.__name__


def is_refused_row(exc: BaseException) -> bool:
    """The server refused this row for good (its content or its station), as opposed to the link failing."""
    state = sqlstate(exc)
    return state is not None and (state[:2] in REFUSED_CLASSES or state == RLS_VIOLATION)


def problem_from(exc: BaseException) -> SyncProblem:
    """What a failed sync means for the person at the dock; the log keeps the technical detail."""
    if isinstance(exc, SyncProblem):
        return exc
    if isinstance(exc, StationError):
        # The local database was busy: nothing is lost, the next attempt goes on.
        return SyncProblem("offline", exc.text)
    state = sqlstate(exc)
    detail = _detail(exc)
    log.info("sync failed: %s (%s)", detail, state)
    if state in ("28P01", "28000"):
        return SyncProblem("error", _("The central database refused this station's login ({detail}). Check the "
                                      "central URL and password in the settings, or ask IT.", detail=detail))
    if state == "3D000":
        return SyncProblem("error", _("The central database named in the URL does not exist ({detail}). Check "
                                      "the central URL, or ask IT to run `station central init`.", detail=detail))
    if state in OUTDATED or state == "42501":
        return SyncProblem("error", _("The central database is not set up for this station version ({detail}). "
                                      "Ask IT to run `station central init` with this version.", detail=detail))
    if isinstance(exc, DBAPIError) and (state is None or state[:2] in TRANSIENT_CLASSES):
        return SyncProblem("offline", _("The central database cannot be reached ({detail}). The station keeps "
                                        "working and tries again by itself.", detail=detail))
    if isinstance(exc, OSError | SQLAlchemyError):
        return SyncProblem("offline", _("The central database cannot be reached ({detail}). The station keeps "
                                        "working and tries again by itself.", detail=detail))
    return SyncProblem("error", _("Sync failed ({detail}). The station keeps working; if this stays, call IT.",
                                  detail=detail))
