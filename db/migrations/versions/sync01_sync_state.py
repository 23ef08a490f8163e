"""sync state and photo uploads (station side; central-only objects come from `station central init`)

Revision ID: sync01
Revises: 0001
Create Date: 2026-11-24 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "sync01"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("central_id", sa.String(length=40), nullable=True),
        sa.Column("pull_txid", sa.BigInteger(), nullable=False),
        sa.Column("pull_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_attempt_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_sync_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("offline_since", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("problem_kind", sa.String(length=20), nullable=True),
        sa.Column("problem", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_photo_uploads",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("checked_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_photo_uploads")),
    )


def downgrade() -> None:
    op.drop_table("sync_photo_uploads")
    op.drop_table("sync_state")
