"""Put-away figures for the Dashboard: items placed per active hour per person, mis-sorts the confirm scan caught,
open containers and move tasks waiting."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, sessionmaker

from db import models
from db.putaway_models import Container, ContainerClose, ContainerPlacement, PutawayMissort
from station.putaway.model import PutawayRules
from station.putaway.moves import move_tasks
from station.reports.summary import ReportFilter, _utc_start


@dataclass(frozen=True)
class PlacerRate:
    name: str
    placed: int
    active_hours: int  # clock hours in which this person placed at least one item

    @property
    def per_hour(self) -> float:
        return self.placed / self.active_hours if self.active_hours else 0.0


@dataclass(frozen=True)
class PutawayFigures:
    placed: int = 0
    missorts: int = 0  # confirm scans that named the wrong container (or none) and placed nothing
    open_containers: int = 0
    move_tasks: int = 0
    rates: list[PlacerRate] = field(default_factory=list)  # fastest first

    @property
    def per_hour(self) -> float:
        hours = sum(r.active_hours for r in self.rates)
        return sum(r.placed for r in self.rates) / hours if hours else 0.0


def _period(query, column, filters: ReportFilter, zone: tzinfo | None, station_column=None):
    if filters.since is not None:
        query = query.where(column >= _utc_start(filters.since, zone))
    if filters.until is not None:
        query = query.where(column < _utc_start(filters.until + timedelta(days=1), zone))
    if filters.station and station_column is not None:
        query = query.where(station_column == filters.station)
    return query


def putaway_figures(sessions: sessionmaker[Session], filters: ReportFilter, zone: tzinfo | None,
                    rules: PutawayRules | None) -> PutawayFigures:
    P = ContainerPlacement
    with sessions() as session:
        # Placements made without a signed-in person (the demo, the command line) count for the inspector.
        who = func.coalesce(P.user_id, models.Inspection.inspector_id)
        rows = session.execute(_period(
            select(who, P.at).join(models.Inspection, models.Inspection.id == P.inspection_id)
            .where(P.action == "placed"), P.at, filters, zone, P.station_id)).all()
        names = {user_id: name for user_id, name in session.execute(select(models.User.id, models.User.name))}
        placed: dict[uuid.UUID, int] = {}
        hours: dict[uuid.UUID, set[tuple]] = {}
        for user_id, at in rows:
            placed[user_id] = placed.get(user_id, 0) + 1
            local = at.astimezone(zone) if zone is not None else at.astimezone()
            hours.setdefault(user_id, set()).add((local.date(), local.hour))
        rates = sorted((PlacerRate(names.get(u, str(u)), n, len(hours[u])) for u, n in placed.items()),
                       key=lambda r: (-r.per_hour, r.name))
        missorts = int(session.scalar(_period(select(func.count()).select_from(PutawayMissort), PutawayMissort.at,
                                              filters, zone, PutawayMissort.station_id)) or 0)
        open_query = select(func.count(distinct(Container.code))).where(
            Container.code.not_in(select(ContainerClose.container_code)))
        if filters.station:
            open_query = open_query.where(Container.station_id == filters.station)
        open_containers = int(session.scalar(open_query) or 0)
        tasks = len(move_tasks(session, rules)) if rules is not None else 0
    return PutawayFigures(len(rows), missorts, open_containers, tasks, rates)
