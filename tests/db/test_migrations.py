"""The one Alembic history upgrades and downgrades both SQLite and a fresh PostgreSQL schema, matching the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

import db.all_models  # noqa: F401
from db.engine import make_engine, sqlite_url
from db.migrate import HEADS, MIGRATIONS, alembic_config, current_revisions, upgrade
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


def test_head_constant_matches_the_history() -> None:
    script = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    assert set(script.get_heads()) == set(HEADS)
    assert (MIGRATIONS / "env.py").exists()


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
