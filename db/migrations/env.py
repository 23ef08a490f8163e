"""Alembic environment: runs migrations on the engine the station hands over (SQLite or PostgreSQL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

import db.all_models  # noqa: F401  (registers every table on Base.metadata)
from db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    schema = config.attributes.get("schema")
    with engine.connect() as connection:
        if schema and connection.dialect.name == "postgresql":
            # Tests and multi-tenant set-ups keep each station store in a schema of its own.
            connection.execute(text(f'SET search_path TO "{schema}"'))
            connection.commit()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things: batch mode copies the table instead.
            render_as_batch=connection.dialect.name == "sqlite",
            version_table_schema=schema,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
