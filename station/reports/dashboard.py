"""The Dashboard's use cases: the summary for a period from the local or central store, and CSV files of its tables."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from db import models
from db.signin_models import SignInFailure
from station.context import StationContext
from station.policy.assess import station_policy
from station.policy.window import warehouse_zone
from station.reports.putaway import PutawayFigures, putaway_figures
from station.reports.summary import ReportFilter, Summary, _utc_start, report_summary
from station.spreadsheet_csv import csv_line
from station.text import StationError, _

Source = Literal["local", "central"]
DASHBOARD_ROLES = frozenset({"lead", "admin"})


@dataclass(frozen=True)
class DashboardRequest:
    days: int = 30  # the period: the last `days` days, today included
    station: str | None = None
    category: str | None = None
    source: Source = "local"


@dataclass(frozen=True)
class DashboardData:
    request: DashboardRequest
    summary: Summary
    categories: list[str]
    source_name: str
    # Wrong PINs typed in the period (at the chosen station): a sudden rise means someone is guessing.
    failed_signins: int = 0
    putaway: PutawayFigures = field(default_factory=PutawayFigures)


def _check_role(ctx: StationContext, user_id: uuid.UUID) -> None:
    with ctx.read() as session:
        user = session.get(models.User, user_id)
    if user is None or not user.active or user.role not in DASHBOARD_ROLES:
        raise StationError(_("The dashboard is for shift leads and admins. Sign in as one to see it."))


def _sessions(ctx: StationContext, source: Source) -> tuple[sessionmaker[Session], str]:
    if source == "central":
        if not ctx.settings.central_url:
            raise StationError(_("This station has no central database set (central_url). Showing it needs one; "
                                 "ask an admin, or read this station's own store."))
        from station.sync.connection import central_engine, shown_url

        return sessionmaker(central_engine(ctx.settings.central_url, ctx.station_id)), shown_url(
            ctx.settings.central_url)
    return ctx.sessions, str(ctx.data_dir / "station.db")


def dashboard_data(ctx: StationContext, user_id: uuid.UUID, request: DashboardRequest,
                   today: date | None = None) -> DashboardData:
    _check_role(ctx, user_id)
    policy = station_policy(ctx)
    zone = warehouse_zone(policy.warehouse) if policy.warehouse else None
    today = today or date.today()
    filters = ReportFilter(since=today - timedelta(days=request.days - 1), until=today, station=request.station,
                           category=request.category)
    sessions, name = _sessions(ctx, request.source)
    try:
        summary = report_summary(sessions, filters, zone)
        failed = failed_signins(sessions, filters, zone)
        placed = putaway_figures(sessions, filters, zone, ctx.putaway.rules)
    except SQLAlchemyError as exc:
        raise StationError(_("The {source} database cannot be read now ({problem}). The figures shown are older; "
                             "try Refresh in a minute.", source=request.source, problem=type(exc).__name__)) from exc
    return DashboardData(request, summary, sorted(ctx.templates.templates), name, failed, placed)


def failed_signins(sessions: sessionmaker[Session], filters: ReportFilter, zone: tzinfo | None) -> int:
    query = select(func.count()).select_from(SignInFailure)
    if filters.since is not None:
        query = query.where(SignInFailure.failed_at >= _utc_start(filters.since, zone))
    if filters.until is not None:
        query = query.where(SignInFailure.failed_at < _utc_start(filters.until + timedelta(days=1), zone))
    if filters.station:
        query = query.where(SignInFailure.station_id == filters.station)
    with sessions() as session:
        return int(session.scalar(query) or 0)


def write_table_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """A chart's table as CSV (UTF-8 with a BOM, so spreadsheet programs read Hebrew and Cyrillic names)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            # Category and reason names come from the shop and the warehouse: no cell may run as a formula.
            handle.writelines(csv_line(row, end="\r\n") for row in (header, *rows))
    except OSError as exc:
        raise StationError(_("The file {path} cannot be written ({problem}). Choose another place.",
                             path=str(path), problem=exc.strerror or str(exc))) from exc
    return path
