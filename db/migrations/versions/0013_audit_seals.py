"""audit seals: each audit event may carry an HMAC of its hash under its station's key, kept by the central

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 06:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: events written before a station had its key stay as they were; the central knows from which
    # event of each chain a seal is required.
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seal", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("seal")
