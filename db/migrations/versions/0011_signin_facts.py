"""sign-in facts: wrong PINs, the sign-in after them, and leads' unlocks

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# (table, time column, extra columns)
TABLES = (
    ("signin_failures", "failed_at", ()),
    ("signin_successes", "signed_in_at", ()),
    ("signin_unlocks", "unlocked_at", (("unlocked_by", sa.Uuid),)),
)
INDEXES = {"signin_failures": "ix_signin_failures_user_failed", "signin_successes": "ix_signin_successes_user_signed",
           "signin_unlocks": "ix_signin_unlocks_user_unlocked"}


def upgrade() -> None:
    for table, at, extra in TABLES:
        op.create_table(
            table,
            sa.Column("id", sa.Uuid(), nullable=False),
            sa.Column("station_id", sa.String(length=40), nullable=False),
            sa.Column("user_id", sa.Uuid(), nullable=False),
            *(sa.Column(name, kind(), nullable=False) for name, kind in extra),
            sa.Column(at, db.types.UTCDateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(INDEXES[table], ["user_id", at], unique=False)


def downgrade() -> None:
    for table, _at, _extra in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(INDEXES[table])
        op.drop_table(table)
