"""Applies the one Alembic history to a station or central database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The one head of the linear history: start-up compares against it, so Alembic is loaded only when there is work
# to do. A new revision names the current head as its down_revision and takes its place here (a test checks this
# against the history and that there is one head).
HEAD = "0015"
HEADS: tuple[str, ...] = (HEAD,)


def alembic_config(engine: Engine, schema: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes["schema"] = schema
    return config


def upgrade(engine: Engine, revision: str = "head", schema: str | None = None) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine, schema), revision)


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def upgrade_if_needed(engine: Engine) -> None:
    if current_revisions(engine) != set(HEADS):
        upgrade(engine)
