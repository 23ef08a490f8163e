"""photo checks keep their limits; reuses found after sync

Revision ID: evidence02
Revises: evidence01
Create Date: 2026-12-02 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "evidence02"
down_revision = "evidence01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photo_checks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("limits", sa.JSON(), nullable=True))
    op.create_table(
        "photo_reuses",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("photo_id", sa.Uuid(), nullable=False),
        sa.Column("other_inspection_id", sa.Uuid(), nullable=False),
        sa.Column("other_photo_id", sa.Uuid(), nullable=False),
        sa.Column("other_station_id", sa.String(length=40), nullable=False),
        sa.Column("distance", sa.Integer(), nullable=False),
        sa.Column("found_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_reuses")),
    )
    with op.batch_alter_table("photo_reuses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_reuses_inspection_id"), ["inspection_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo_reuses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_reuses_inspection_id"))
    op.drop_table("photo_reuses")
    with op.batch_alter_table("photo_checks", schema=None) as batch_op:
        batch_op.drop_column("limits")
