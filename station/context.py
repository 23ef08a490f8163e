"""Opens a station: its data folder, settings, database, evidence store and the loaded templates and rules."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db import models
from db.engine import make_engine, make_sessionmaker, sqlite_url
from db.migrate import upgrade_if_needed
from station.checklist.loading import TemplateSet, load_templates
from station.config import RESOURCES, Settings, default_data_dir, load_settings, settings_path
from station.evidence.store import EvidenceStore
from station.grading.loading import load_rules
from station.grading.rules import RuleSet
from station.ids import utc_now
from station.putaway.loading import PutawaySet, load_putaway
from station.text import StationError, _

log = logging.getLogger(__name__)


class DatabaseBusy(StationError):
    """Another program holds the station database's lock for longer than the busy timeout."""


@dataclass
class StationContext:
    """What every service needs; one per process, shared by threads (each call opens its own session)."""

    data_dir: Path
    settings: Settings
    sessions: sessionmaker[Session]
    evidence: EvidenceStore
    templates: TemplateSet
    rules: RuleSet
    resources: Path = RESOURCES
    notices: list[str] = field(default_factory=list)
    # Where these settings were read from, and where a service that changes one writes it (config.write_setting).
    settings_file: Path | None = None
    # Where graded items go (resources/putaway); rules is None when no file there is usable.
    putaway: PutawaySet = field(default_factory=PutawaySet)

    @property
    def station_id(self) -> str:
        return self.settings.station_id

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One service call, one transaction; a locked database becomes a message, not a traceback."""
        session = self.sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
                log.warning("database busy: %s", exc)
                raise DatabaseBusy(
                    _("The station database is busy (another program holds it). Nothing was lost: "
                      "try again in a moment, or restart the station if it keeps happening.")
                ) from exc
            raise
        except DBAPIError as exc:
            if "disk" in str(exc.orig).lower() or "full" in str(exc.orig).lower():
                raise StationError(
                    _("The station cannot write to its disk (full or failing). Your last saved answer is kept. "
                      "Call a lead.")
                ) from exc
            raise
        finally:
            session.close()

    def read(self) -> Session:
        return self.sessions()


def open_station(data_dir: Path | None = None, *, migrate: bool = True, resources: Path | None = None
                 ) -> StationContext:
    explicit = data_dir is not None
    data_dir = (data_dir or default_data_dir()).expanduser().resolve()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StationError(
            _("The data folder {path} cannot be created ({problem}). Choose another with --data-dir.",
              path=str(data_dir), problem=exc.strerror or str(exc))
        ) from exc
    settings_file = settings_path(data_dir, explicit)
    settings = load_settings(settings_file)
    resources = resources or RESOURCES
    engine = make_engine(sqlite_url(data_dir / "station.db"))
    if migrate:
        upgrade_if_needed(engine)
    sessions = make_sessionmaker(engine)
    templates = load_templates(resources / "checklists")
    rules = load_rules(resources / "grading", templates.templates)
    putaway = load_putaway(resources / "putaway", list(templates.templates), rules)
    ctx = StationContext(data_dir, settings, sessions, EvidenceStore(data_dir / "photos"), templates, rules,
                         resources, settings_file=settings_file, putaway=putaway)
    for problem in templates.problems:
        log.warning("checklist template problem: %s", problem)
    _register_station(ctx)
    return ctx


def _register_station(ctx: StationContext) -> None:
    with ctx.transaction() as session:
        if session.get(models.Station, ctx.station_id) is None:
            session.add(models.Station(id=ctx.station_id, name=ctx.settings.station_name, created_at=utc_now()))
        _record_reference_versions(ctx, session)


def _record_reference_versions(ctx: StationContext, session: Session) -> None:
    # Inspections name the template and rules versions they used; keep those versions' content on record.
    for template in ctx.templates.templates.values():
        exists = session.scalar(
            select(models.ChecklistTemplateVersion.id).where(
                models.ChecklistTemplateVersion.category == template.category,
                models.ChecklistTemplateVersion.version == template.version,
            )
        )
        if exists is None:
            session.add(models.ChecklistTemplateVersion(
                category=template.category, version=template.version, title=template.title,
                content=template.model_dump(mode="json"), content_hash=template.content_hash(),
                loaded_at=utc_now()))
    if session.get(models.GradingRulesVersion, ctx.rules.version) is None:
        session.add(models.GradingRulesVersion(
            version=ctx.rules.version, content=ctx.rules.model_dump(mode="json"),
            content_hash=ctx.rules.content_hash(), loaded_at=utc_now()))
