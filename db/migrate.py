"""Applies the one Alembic history to a station or central database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision of each branch: start-up compares against these, so Alembic is loaded only when there is
# work to do. Areas of the station add their tables on branches of their own from "0001" (a test checks this
# tuple against the history); heads are merged when convenient.
HEADS: tuple[str, ...] = ("review01", "0007", "sync01", "evidence02", "policy01")


def alembic_config(engine: Engine, schema: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes["schema"] = schema
    return config


def upgrade(engine: Engine, revision: str = "heads", schema: str | None = None) -> None:
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
