"""The web view's way into the central database: one role per transaction, so what a request may read is decided
by the server (row-level security), and a lead's review written as the WEB station's fact."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, cast

import psycopg
from psycopg.rows import namedtuple_row
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.review_models import Review
from station.audit.chain import append_event
from station.checklist.loading import load_templates
from station.config import RESOURCES, Settings
from station.context import StationContext
from station.evidence.store import EvidenceStore
from station.grading.loading import load_rules
from station.sync.central_setup import readers_role, role_name
from station.sync.central_web import CLIENT_SETTING, WEB_STATION, client_role, signin_role
from station.sync.connection import normalise_url
from station.text import StationError, _

log = logging.getLogger(__name__)
_DOWN = _("The central database cannot be reached now. Nothing was changed: wait a minute and reload the page; if "
          "it lasts, ask IT to check the central database server.")
_AS_SQL = text("SELECT set_config('role', :r, true), set_config(:k, :v, true)")
# The same statement for the pages that talk to psycopg directly (search, an inspection's page).
AS_SQL = "SELECT set_config('role', %(r)s, true), set_config(%(k)s, %(v)s, true)"
RECYCLE_S = 600
MAX_OVERFLOW = 10  # SQLAlchemy's default beyond pool_size, for the async pages too


class CentralDown(StationError):
    """The central database cannot be reached or refused the web view's login."""


@dataclass(frozen=True)
class Account:
    badge: str
    user_id: uuid.UUID | None  # None: a brand's client
    name: str
    role: str  # inspector | lead | refurb | admin | client
    language: str

    @property
    def is_client(self) -> bool:
        return self.role == "client"


def write_on_central(session: Session, review: Review) -> object:
    """The review and its audit event, hash-chained as the WEB station's: no outbox, the central is where facts go."""
    session.add(review)
    session.flush()
    return append_event(session, review)


@dataclass
class WebCentral:
    engine: Engine
    prefix: str
    base: StationContext  # the web "station": rules and checklists from resources, photos cached in cache_dir
    # The most asked pages (search, an inspection) run on the server's event loop with psycopg's async connections:
    # a worker thread per page costs two thread switches, which on a busy machine weigh as much as the page's SQL.
    connect_args: dict[str, Any] = field(default_factory=dict)
    pool_size: int = 5
    _idle: list[tuple[psycopg.AsyncConnection[Any], float]] = field(default_factory=list)  # with when opened
    _opened: dict[psycopg.AsyncConnection[Any], float] = field(default_factory=dict)  # the ones in use
    _slots: asyncio.Semaphore | None = None  # at most as many at once as the engine's pool allows
    _loop: asyncio.AbstractEventLoop | None = None

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        try:
            connection = self.engine.connect()
        except (OperationalError, DBAPIError) as exc:
            log.warning("central database unreachable: %s", exc)
            raise CentralDown(_DOWN) from exc
        try:
            with connection.begin():
                yield connection
        except DBAPIError as exc:
            # The server went away under a pooled connection (a restart): the pool has dropped its connections,
            # so the reload this page asks for gets a fresh one. No ping before every page for it.
            if not exc.connection_invalidated:
                raise
            log.warning("central database connection lost: %s", exc)
            raise CentralDown(_DOWN) from exc
        finally:
            connection.close()

    @asynccontextmanager
    async def aconnection(self) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        """One transaction on an async connection of the web's own small pool. As connection(): a server that went
        away under a kept connection (a restart) is the clear CentralDown page once, and the connections it cut
        are dropped, so the reload is answered on a fresh one."""
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:
            # The pool belongs to one event loop; a script or a test serving the same central again starts afresh.
            self._loop, self._slots = loop, asyncio.Semaphore(self.pool_size + MAX_OVERFLOW)
            await self._drop_idle()
        async with self._slots:
            connection = await self._checkout()
            try:
                yield connection
                await connection.commit()
            except psycopg.OperationalError as exc:
                if not (connection.broken or connection.closed):
                    await self._checkin(connection, rollback=True)
                    raise
                self._opened.pop(connection, None)
                await self._drop_idle()
                await connection.close()
                log.warning("central database connection lost: %s", exc)
                raise CentralDown(_DOWN) from exc
            except BaseException:
                await self._checkin(connection, rollback=True)
                raise
            else:
                await self._checkin(connection)

    async def _checkout(self) -> psycopg.AsyncConnection[Any]:
        while self._idle:
            connection, opened = self._idle.pop()
            # One left idle for long is replaced before it can be stale, as the engine's pool_recycle.
            if not connection.closed and not connection.broken and time.monotonic() - opened < RECYCLE_S:
                self._opened[connection] = opened
                return connection
            await connection.close()
        try:
            connection = await psycopg.AsyncConnection.connect(**self.connect_args)
        except psycopg.OperationalError as exc:
            log.warning("central database unreachable: %s", exc)
            raise CentralDown(_DOWN) from exc
        self._opened[connection] = time.monotonic()
        return connection

    async def _checkin(self, connection: psycopg.AsyncConnection[Any], rollback: bool = False) -> None:
        opened = self._opened.pop(connection, 0.0)
        try:
            if rollback:
                await connection.rollback()
        except psycopg.Error:
            await connection.close()
            return
        if len(self._idle) < self.pool_size and not connection.closed:
            self._idle.append((connection, opened))
        else:
            await connection.close()

    async def _drop_idle(self) -> None:
        idle, self._idle = self._idle, []
        for connection, _opened in idle:
            await connection.close()

    async def aclose(self) -> None:
        """The async connections, when the server stops (they belong to its event loop)."""
        await self._drop_idle()

    async def _as_async(self, connection: psycopg.AsyncConnection[Any], role: str, client: str | None = None) -> None:
        # As _as: the role and the client's badge in one round trip, until the transaction ends.
        async with connection.cursor() as cursor:
            await cursor.execute(AS_SQL, {"r": role, "k": CLIENT_SETTING, "v": client or ""})

    async def signin_async(self, connection: psycopg.AsyncConnection[Any]) -> None:
        await self._as_async(connection, signin_role(self.prefix))

    async def reader_async(self, connection: psycopg.AsyncConnection[Any], account: Account) -> None:
        """reader_ctx on the async pages' connection."""
        if account.is_client:
            await self._as_async(connection, client_role(self.prefix), account.badge)
        else:
            await self._as_async(connection, readers_role(self.prefix))

    def _as(self, connection: Connection, role: str, client: str | None = None) -> StationContext:
        # SET LOCAL ROLE and the client's badge in one round trip: set_config('role') is SET ROLE, with its
        # membership check, and true makes both last until the transaction ends.
        connection.execute(_AS_SQL, {"r": role, "k": CLIENT_SETTING, "v": client or ""})
        # A plain Session factory on this connection (a sessionmaker would make a new class every request); the
        # context only ever calls it.
        factory = cast("sessionmaker[Session]", partial(Session, bind=connection, expire_on_commit=False))
        return replace(self.base, sessions=factory)

    def signin_ctx(self, connection: Connection) -> StationContext:
        return self._as(connection, signin_role(self.prefix))

    def reader_ctx(self, connection: Connection, account: Account) -> StationContext:
        """What this person may read: a client through its brands' policies, everyone else all of it."""
        if account.is_client:
            return self._as(connection, client_role(self.prefix), account.badge)
        return self._as(connection, readers_role(self.prefix))

    def writer_ctx(self, connection: Connection) -> StationContext:
        return self._as(connection, role_name(self.prefix, WEB_STATION))


def rows(connection: Connection, sql: str, params: Mapping[str, Any]) -> list[Any]:
    """One statement's rows (named tuples) straight from psycopg, in the transaction and role the connection has
    taken: a page's hot reads skip SQLAlchemy's result objects, which cost more than the statement. The page's
    first statements still go through SQLAlchemy, so a connection the server dropped is noticed there."""
    with connection.connection.driver_connection.cursor(row_factory=namedtuple_row) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


async def arows(connection: psycopg.AsyncConnection[Any], sql: str, params: Mapping[str, Any]) -> list[Any]:
    """rows() on the async pages' connection."""
    async with connection.cursor(row_factory=namedtuple_row) as cursor:
        await cursor.execute(sql, params)
        return await cursor.fetchall() if cursor.description else []


def open_web_central(url: str, cache_dir: Path, prefix: str = "station", pool_size: int = 5) -> WebCentral:
    """A pooled engine (the web answers many short requests), the rules and checklists, the photo cache."""
    # No ping before each page (a round trip every request): a connection the server dropped fails its page
    # with CentralDown and the pool starts afresh; one left idle for long is replaced before it can be stale.
    connect_args = {"connect_timeout": 5, "application_name": "station-web"}
    engine = create_engine(normalise_url(url), pool_size=pool_size, max_overflow=MAX_OVERFLOW, pool_recycle=RECYCLE_S,
                           connect_args=connect_args)
    templates = load_templates(RESOURCES / "checklists")
    rules = load_rules(RESOURCES / "grading", templates.templates)
    cache_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(station_id=WEB_STATION, station_name="Web view")
    base = StationContext(cache_dir, settings, sessionmaker(), EvidenceStore(cache_dir / "photos"), templates, rules)
    # The async pages connect as the engine does: the same server, role, options and type adapters.
    _args, params = engine.dialect.create_connect_args(engine.url)
    return WebCentral(engine, prefix, base, {**params, **connect_args}, pool_size)
