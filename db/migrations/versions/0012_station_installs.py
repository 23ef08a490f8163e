"""station installs: which data folder this is, and whether it has joined its station's chain on the central

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 06:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("install_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("install_state", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("joined_at", db.types.UTCDateTime(timezone=True), nullable=True))
    # A station that has synced before this version already shares its chain with the central: it stays able to
    # inspect offline, and its first sync only confirms the chains agree.
    op.execute("UPDATE sync_state SET install_state = 'joined', joined_at = last_sync_at "
               "WHERE last_sync_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("joined_at")
        batch_op.drop_column("install_state")
        batch_op.drop_column("install_id")
