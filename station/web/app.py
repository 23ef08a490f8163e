"""The web view of the central database: search, an inspection with its evidence, the review queue, the
dashboard's figures, CSV and the evidence packet, for leads and managers off the dock and for brands' clients.

Server-rendered pages (Starlette + Jinja2); sessions in a signed cookie; a CSRF token in every form. Every read
runs in a transaction under the person's database role (station.web.central), so a client's scope is the
server's row-level security, not these templates.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from db import models
from station.reports.summary import ReportFilter, report_summary
from station.review.decisions import ReviewRefused, approve, regrade
from station.review.evidence import EvidenceNotFound, load_evidence
from station.review.packet import build_packet
from station.review.queue import QueueFilter, review_queue
from station.spreadsheet_csv import csv_line
from station.text import StationError, Text, _
from station.text_catalog import LANGUAGES, translator
from station.web import accounts, photos
from station.web.central import Account, CentralDown, WebCentral, arows, write_on_central
from station.web.charts import bars
from station.web.inspection_page import KEPT_LINES, CheckLines, load_page_async
from station.web.search import search, search_async
from station.web.words import word, words

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
DECIDING = frozenset({"lead"})
FIGURES = frozenset({"lead", "admin"})
RTL = frozenset({"he"})
# The tables of the central's schema, as SQLAlchemy's get_table_names() lists them.
TABLES_SQL = ("SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relkind IN ('r', 'p') "
              "AND c.relnamespace = CAST(current_schema() AS regnamespace)")


# A page text without placeholders, alone in its {{ }}: t("Product").
_PLAIN_TEXT = re.compile(r"""\{\{\s*t\((["'])([^"'\\{}]*)\1\)\s*\}\}""")


class _TranslatedLoader(FileSystemLoader):
    """The templates with each plain {{ t("…") }} put in one language, escaped as the page would escape it, when
    compiled: most page texts have no placeholder, and a page need not look each up again on every request."""

    def __init__(self, language: str) -> None:
        super().__init__(HERE / "templates")
        self.tr = translator(language)

    def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = super().get_source(environment, template)

        def put(found: re.Match[str]) -> str:
            shown = str(escape(self.tr(found.group(2))))
            # A translation that would read as template syntax stays a call.
            return found.group(0) if any(c in shown for c in "{}%#") else shown

        return _PLAIN_TEXT.sub(put, source), filename, uptodate


def _environment(language: str) -> Environment:
    # The templates ship with the package and change only with it: not looked at on disk again per page.
    env = Environment(loader=_TranslatedLoader(language), autoescape=select_autoescape(["html"]), auto_reload=False)
    env.globals["bars"] = bars
    return env


class Web:
    def __init__(self, central: WebCentral, envs: dict[str, Environment]) -> None:
        self.central = central
        self.envs = envs  # one per language, its plain page texts compiled in
        self.tables: frozenset[str] | None = None
        self.checklists: dict[tuple[str, int], Any] = {}  # checklist versions read from the central, kept
        self.check_lines: CheckLines = {}  # each photo check's lines, made once
        self.rendered: dict[tuple[str, Any], Markup] = {}  # and rendered once per language
        self.words: dict[tuple[str, str, str | None], str] = {}  # code() in each language

    # --- what every page has ---------------------------------------------------------------------------------

    def language(self, request: Request) -> str:
        chosen = request.session.get("lang")
        return chosen if chosen in LANGUAGES else "en"

    def render(self, request: Request, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        lang = self.language(request)
        tr = translator(lang)

        def t(source: str, /, **args: Any) -> str:
            # Most page texts have no placeholders: their translation is the whole answer.
            return Text(source, args).render(tr) if args else tr(source)

        def show(value: Any) -> str:
            return value.render(tr) if isinstance(value, Text) else ("" if value is None else str(value))

        # Many short lines (a photo's checks, the history) as one call each: a template's call costs more than
        # the line, and the inspection page has a hundred of them. Lines with a key (a photo check's, which never
        # change) are rendered once per language.
        def items(lines: Any, key: Any = None) -> Markup:
            if key is not None and (found := self.rendered.get((lang, key))) is not None:
                return found
            html = Markup("".join(f"<li>{escape(show(line))}</li>" for line in lines))
            if key is not None:
                if len(self.rendered) >= KEPT_LINES:
                    self.rendered.clear()
                self.rendered[(lang, key)] = html
            return html

        def history(entries: Any) -> Markup:
            return Markup("".join(f"<li>{h.at:%Y-%m-%d %H:%M} · {escape(h.who)} · {escape(show(h.what))}</li>"
                                  for h in entries))

        def code(kind: str, value: str | None) -> str:
            # A handful of codes per kind, each word the same every time: made once per language.
            found = self.words.get((lang, kind, value))
            if found is None:
                if len(self.words) >= KEPT_LINES:
                    self.words.clear()
                found = self.words[(lang, kind, value)] = word(kind, value).render(tr)
            return found

        def coded(kind: str, rows: Any) -> list[tuple[str, float]]:
            return [(w.render(tr), v) for w, v in words(kind, rows)]

        page = self.envs[lang].get_template(name).render(
            t=t, show=show, items=items, history=history, code=code, coded=coded, lang=lang, rtl=lang in RTL,
            languages=LANGUAGES, csrf=csrf_token(request),
            me=values.pop("me", None), path=request.url.path, **values)
        return HTMLResponse(page, status_code=status)

    def me(self, connection: Any, request: Request) -> Account:
        badge = request.session.get("badge")
        found = accounts.account(connection, badge) if badge else None
        if found is None:
            request.session.pop("badge", None)
            raise HTTPException(303, headers={"Location": "/signin"})
        return found

    # --- pages -----------------------------------------------------------------------------------------------

    def signin_page(self, request: Request) -> Response:
        return self.render(request, "signin.html")

    async def signin(self, request: Request) -> Response:
        form = await checked_form(request)
        badge, password = str(form.get("badge", "")).strip(), str(form.get("password", ""))

        def check() -> tuple[Account | None, accounts.SignInRefused | None]:
            with self.central.connection() as connection:
                self.central.signin_ctx(connection)
                try:
                    return accounts.check_password(connection, badge, password), None
                except accounts.SignInRefused as exc:
                    return None, exc  # the wrong try is recorded: this transaction commits

        found, refused = await run_in_threadpool(check)
        if refused is not None or found is None:
            problem = refused.text if refused is not None else _("Something went wrong.")
            return self.render(request, "signin.html", status=401, problem=problem, badge=badge)
        request.session.clear()
        request.session.update({"badge": found.badge, "lang": found.language if found.language in LANGUAGES else "en",
                                "csrf": secrets.token_urlsafe(24)})
        return RedirectResponse("/", status_code=303)

    async def signout(self, request: Request) -> Response:
        await checked_form(request)
        request.session.clear()
        return RedirectResponse("/signin", status_code=303)

    async def set_language(self, request: Request) -> Response:
        form = await checked_form(request)
        if form.get("lang") in LANGUAGES:
            request.session["lang"] = form["lang"]
        back = str(form.get("back") or "/")
        # Only a page of this site: a form posted from elsewhere must not send the person on to another site.
        if not back.startswith("/") or back.startswith("//") or "\\" in back:
            back = "/"
        return RedirectResponse(back, status_code=303)

    async def ame(self, connection: Any, request: Request) -> Account:
        """me() on the async pages' connection, which then reads in this person's role."""
        await self.central.signin_async(connection)
        badge = request.session.get("badge")
        found = await accounts.account_async(connection, badge) if badge else None
        if found is None:
            request.session.pop("badge", None)
            raise HTTPException(303, headers={"Location": "/signin"})
        await self.central.reader_async(connection, found)
        return found

    async def home(self, request: Request) -> Response:
        query = request.query_params.get("q", "")
        async with self.central.aconnection() as connection:
            me = await self.ame(connection, request)
            found = await search_async(connection, query)
        return self.render(request, "search.html", me=me, query=query, found=found)

    def export(self, request: Request) -> Response:
        query = request.query_params.get("q", "")
        with self.central.connection() as connection:
            self.central.signin_ctx(connection)
            me = self.me(connection, request)
            self.central.reader_ctx(connection, me)
            found = search(connection, query, limit=10_000)
        header = ["inspection", "rma", "sku", "product", "serial", "grade", "disposition", "station", "completed_at"]
        # RMA numbers, serials and product names come from shops and labels: no cell may run as a formula.
        body = "".join(csv_line(row, end="\r\n") for row in [header, *[
            [str(f.id), f.rma_number, f.sku, f.product, f.serial, f.grade, f.disposition, f.station_id,
             f.completed_at.isoformat()] for f in found]])
        return Response("\ufeff" + body, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="inspections.csv"'})

    def _evidence(self, connection: Any, me: Account, inspection_id: uuid.UUID) -> Any:
        """The whole evidence view, for the packet: its photos fetched first, as the packet prints them."""
        ctx = self.central.reader_ctx(connection, me)
        with ctx.read() as session:
            shas = [s for (s,) in session.query(models.Photo.sha256).filter(
                models.Photo.inspection_id == inspection_id)]
            photos.fetch(session, ctx.evidence, shas)
        try:
            return load_evidence(ctx, inspection_id, None if me.is_client else me.user_id)
        except EvidenceNotFound as exc:
            # Another brand's inspection is as absent as one that does not exist: 404, never 403.
            raise HTTPException(404) from exc

    async def _tables(self, connection: Any) -> frozenset[str]:
        if self.tables is None:  # read once: the put-away and shop-notice tables exist from some version on
            self.tables = frozenset(r.relname for r in await arows(connection, TABLES_SQL, {}))
        return self.tables

    async def inspection(self, request: Request) -> Response:
        inspection_id = _uuid(request.path_params["id"])
        async with self.central.aconnection() as connection:
            me = await self.ame(connection, request)
            tables = await self._tables(connection)
            view = await load_page_async(connection, self.central.base, tables, inspection_id, me,
                                         self.checklists, self.check_lines)
        if view is None:
            # Another brand's inspection is as absent as one that does not exist: 404, never 403.
            raise HTTPException(404)
        rules = self.central.base.rules
        return self.render(request, "inspection.html", me=me, view=view, grades=sorted(rules.grades),
                           dispositions=sorted(rules.dispositions),
                           may_decide=me.role in DECIDING and view.why_not_decide is None,
                           problem=_problem(request.session.pop("problem", None)),
                           done=request.session.pop("done", None))

    def packet(self, request: Request) -> Response:
        inspection_id = _uuid(request.path_params["id"])
        with self.central.connection() as connection:
            self.central.signin_ctx(connection)
            me = self.me(connection, request)
            view = self._evidence(connection, me, inspection_id)
        with tempfile.TemporaryDirectory() as folder:
            path = build_packet(view, Path(folder) / "packet.pdf", me.name, translator(self.language(request)))
            data = path.read_bytes()
        return Response(data, media_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="inspection-{inspection_id}.pdf"'})

    def photo(self, request: Request) -> Response:
        sha, size = request.path_params["sha"], request.query_params.get("size", "thumb")
        if size not in photos.SIZES or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise HTTPException(404)
        tag = f'"{sha}-{size}"'
        with self.central.connection() as connection:
            self.central.signin_ctx(connection)
            me = self.me(connection, request)
            ctx = self.central.reader_ctx(connection, me)
            with ctx.read() as session:
                if not photos.visible(session, sha):
                    raise HTTPException(404)
                if request.headers.get("if-none-match") == tag:
                    return Response(status_code=304, headers=_photo_headers(tag))
                path = photos.photo_file(session, ctx.evidence, sha, size)
        if path is None:
            raise HTTPException(404)
        return FileResponse(path, media_type="image/jpeg", headers=_photo_headers(tag))

    async def decide(self, request: Request) -> Response:
        inspection_id = _uuid(request.path_params["id"])
        form = await checked_form(request)
        action = form.get("action")
        await run_in_threadpool(self._decide, request, inspection_id, form, action)
        if request.headers.get("hx-request") == "true":
            # Approved from the review queue with htmx: only the row's decision cell comes back, the lead stays on
            # the queue. Without script the same form posts and the inspection's page says what was saved.
            return self.render(request, "decided.html", inspection_id=inspection_id,
                               done=request.session.pop("done", None),
                               problem=_problem(request.session.pop("problem", None)))
        return RedirectResponse(f"/inspections/{inspection_id}", status_code=303)

    def _decide(self, request: Request, inspection_id: uuid.UUID, form: Any, action: Any) -> None:
        try:
            with self.central.connection() as connection:
                self.central.signin_ctx(connection)
                me = self.me(connection, request)
                if me.role not in DECIDING or me.user_id is None:
                    raise ReviewRefused(_("Only a shift lead may approve or regrade. You are signed in as {role}: "
                                          "ask a lead to decide.", role=me.role))
                ctx = self.central.writer_ctx(connection)
                if action == "regrade":
                    done = regrade(ctx, me.user_id, inspection_id, grade=str(form.get("grade") or "") or None,
                                   disposition=str(form.get("disposition") or "") or None,
                                   reason=str(form.get("reason") or ""), write=write_on_central)
                else:
                    done = approve(ctx, me.user_id, inspection_id, str(form.get("reason") or "") or None,
                                   write=write_on_central)
            request.session["done"] = [done.action, done.grade, done.disposition]
        except StationError as exc:
            request.session["problem"] = exc.text.to_json()

    def queue(self, request: Request) -> Response:
        days = _int(request.query_params.get("days"), 7, 1, 90)
        with self.central.connection() as connection:
            self.central.signin_ctx(connection)
            me = self.me(connection, request)
            _need(me, FIGURES)
            found = review_queue(self.central.reader_ctx(connection, me),
                                 QueueFilter(since=date.today() - timedelta(days=days - 1)))
        return self.render(request, "queue.html", me=me, queue=found, days=days)

    def dashboard(self, request: Request) -> Response:
        days = _int(request.query_params.get("days"), 30, 1, 366)
        with self.central.connection() as connection:
            self.central.signin_ctx(connection)
            me = self.me(connection, request)
            _need(me, FIGURES)
            ctx = self.central.reader_ctx(connection, me)
            summary = report_summary(ctx.sessions, ReportFilter(since=date.today() - timedelta(days=days - 1),
                                                                until=date.today()), None)
        return self.render(request, "dashboard.html", me=me, summary=summary, days=days)


def _problem(kept: Any) -> Text | None:
    return Text.from_json(kept) if isinstance(kept, dict) else None


def _need(me: Account, roles: frozenset[str]) -> None:
    if me.role not in roles:
        raise HTTPException(404)


def _photo_headers(tag: str) -> dict[str, str]:
    # The bytes under one SHA-256 never change; "private": a brand's photos are not for shared caches.
    return {"ETag": tag, "Cache-Control": "private, max-age=31536000, immutable"}


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise HTTPException(404) from exc


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value or default)))
    except ValueError:
        return default


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(24)
    return str(token)


async def checked_form(request: Request) -> Any:
    """The posted form, once its CSRF token matches the one in this person's session."""
    form = await request.form()
    sent, kept = str(form.get("csrf", "")), str(request.session.get("csrf", ""))
    if not kept or not hmac.compare_digest(sent, kept):
        raise HTTPException(403, "The form had expired. Go back, reload the page and send it again.")
    return form


class ServerTiming:
    """Each answer says how long the server took (Server-Timing), for the browser's tools and the benchmark."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed(message: Any) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - start) * 1000
                message.setdefault("headers", []).append((b"server-timing", f"app;dur={took:.2f}".encode()))
            await send(message)

        await self.app(scope, receive, timed)


def make_app(central: WebCentral, secret: str, *, https_only: bool = False) -> Starlette:
    web = Web(central, {language: _environment(language) for language in LANGUAGES})

    async def central_down(request: Request, exc: Exception) -> Response:
        text = exc.text if isinstance(exc, StationError) else _("Something went wrong.")
        return web.render(request, "problem.html", status=503, problem=text)

    async def http_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code in (301, 302, 303) and exc.headers:
            return RedirectResponse(exc.headers["Location"], status_code=303)
        if exc.status_code == 404:
            return web.render(request, "problem.html", status=404, problem=_(
                "There is no such page or inspection here. Search again from the start page."))
        return web.render(request, "problem.html", status=exc.status_code,
                          problem=Text(exc.detail if isinstance(exc.detail, str) else "Something went wrong."))

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("web view request failed: %s", request.url.path)
        return web.render(request, "problem.html", status=500, problem=_(
            "Something went wrong on the server; it is in its log. Reload the page; if it happens again, tell IT."))

    routes = [
        Route("/signin", web.signin_page, methods=["GET"]),
        Route("/signin", web.signin, methods=["POST"]),
        Route("/signout", web.signout, methods=["POST"]),
        Route("/language", web.set_language, methods=["POST"]),
        Route("/", web.home),
        Route("/export.csv", web.export),
        Route("/queue", web.queue),
        Route("/dashboard", web.dashboard),
        Route("/inspections/{id}", web.inspection),
        Route("/inspections/{id}/packet.pdf", web.packet),
        Route("/inspections/{id}/decide", web.decide, methods=["POST"]),
        Route("/photos/{sha}", web.photo),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    handlers: dict[Any, Callable[..., Any]] = {CentralDown: central_down, HTTPException: http_problem,
                                               Exception: unexpected}
    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        await central.aclose()

    return Starlette(routes=routes, exception_handlers=handlers, lifespan=lifespan, middleware=[
        Middleware(ServerTiming),
        Middleware(SessionMiddleware, secret_key=secret, session_cookie="station_web", same_site="lax",
                   https_only=https_only, max_age=12 * 3600)])
