"""shop notices: whether the shop and the customer were told of each inspection (written by the central relay)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 06:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_notices",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("rma_number", sa.String(length=64), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("destinations", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("inspection_id", name=op.f("pk_shop_notices")),
    )


def downgrade() -> None:
    op.drop_table("shop_notices")
