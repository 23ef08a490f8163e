"""photo evidence checks

Revision ID: evidence01
Revises: 0001
Create Date: 2026-11-24 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "evidence01"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo_checks",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("photo_id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("photo_sha256", sa.String(length=64), nullable=False),
        sa.Column("phash", sa.String(length=16), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.Column("measures", sa.JSON(), nullable=False),
        sa.Column("whole_item", sa.Boolean(), nullable=False),
        sa.Column("camera", sa.String(length=40), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("catalog_sku", sa.String(length=64), nullable=True),
        sa.Column("reused", sa.JSON(), nullable=False),
        sa.Column("kept_reason", sa.Text(), nullable=True),
        sa.Column("checked_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_checks")),
    )
    with op.batch_alter_table("photo_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_checks_inspection_id"), ["inspection_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_checks_phash"), ["phash"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_checks_photo_id"), ["photo_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_checks_photo_id"))
        batch_op.drop_index(batch_op.f("ix_photo_checks_phash"))
        batch_op.drop_index(batch_op.f("ix_photo_checks_inspection_id"))
    op.drop_table("photo_checks")
