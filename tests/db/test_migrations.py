"""The one Alembic history upgrades and downgrades both SQLite and a fresh PostgreSQL schema, matching the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

import db.all_models  # noqa: F401
from db.engine import make_engine, sqlite_url
from db.migrate import HEAD, HEADS, MIGRATIONS, alembic_config, current_revisions, upgrade
from db.models import Base

EXPECTED_TABLES = {"stations", "users", "products", "return_authorizations", "rma_lines", "checklist_templates",
                   "grading_rules", "inspections", "inspection_answers", "photos", "drafts", "outbox"}


def _check_schema(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert tables >= EXPECTED_TABLES
    assert current_revisions(engine) == set(HEADS)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "models and migrations disagree: add a migration"


def test_the_history_has_one_head_and_the_constant_names_it() -> None:
    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    assert script.get_heads() == [HEAD] and HEADS == (HEAD,)
    assert (MIGRATIONS / "env.py").exists()
    # From the merge on the history is one line: every later revision has exactly one parent.
    after_merge = [r for r in script.iterate_revisions(HEAD, "0008") if r.revision != "0008"]
    assert all(isinstance(r.down_revision, str) for r in after_merge)


OLD_HEADS = ("0007", "review01", "sync01", "evidence02", "policy01")


def test_a_station_store_made_before_the_merge_opens_and_upgrades_in_place(tmp_path: Path) -> None:
    """A real station.db written by the main of before (demo data and 12 completed inspections) upgrades."""
    import shutil

    from station.audit.verify import verify_store
    from station.context import open_station

    shutil.copy(Path(__file__).parent.parent / "data" / "stores" / "station-made-by-ce8066d.db",
                tmp_path / "station.db")
    engine = make_engine(sqlite_url(tmp_path / "station.db"))
    assert current_revisions(engine) == set(OLD_HEADS)
    engine.dispose()
    ctx = open_station(tmp_path)
    engine = ctx.sessions.kw["bind"]
    _check_schema(engine)
    with ctx.read() as session:
        assert session.scalar(text("SELECT count(*) FROM inspections")) == 12
        assert session.scalar(text("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) == 148
        report = verify_store(session, ctx.evidence)
    assert report.ok, report.problems


def _upgrade_as_before(engine: Engine, schema: str | None = None) -> None:
    for head in OLD_HEADS:  # what `upgrade heads` did before the branches met
        upgrade(engine, head, schema=schema)
    assert current_revisions(engine) == set(OLD_HEADS)


def test_sqlite_made_with_the_branches_upgrades_to_the_one_head(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "station.db"))
    _upgrade_as_before(engine)
    upgrade(engine)
    _check_schema(engine)


@pytest.mark.postgres
def test_a_central_made_with_the_branches_upgrades_to_the_one_head(pg_schema) -> None:
    engine, schema = pg_schema
    _upgrade_as_before(engine, schema)
    upgrade(engine, schema=schema)
    _check_schema(engine)


def test_sqlite_upgrade_downgrade_upgrade(tmp_path: Path) -> None:
    from alembic import command

    engine = make_engine(sqlite_url(tmp_path / "station.db"))
    upgrade(engine)
    _check_schema(engine)
    command.downgrade(alembic_config(engine), "base")
    assert not EXPECTED_TABLES & set(inspect(engine).get_table_names())
    upgrade(engine)
    _check_schema(engine)


@pytest.mark.postgres
def test_postgresql_fresh_schema_upgrades(pg_schema) -> None:
    engine, schema = pg_schema
    upgrade(engine)
    assert set(inspect(engine).get_table_names(schema=schema)) >= EXPECTED_TABLES
    _check_schema(engine)
