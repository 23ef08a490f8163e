"""return policy: refund recommendations, RMA dates, sales counts; an index for reports by period

Revision ID: policy01
Revises: 0001
Create Date: 2026-11-24 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "policy01"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "refund_recommendations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("settlement", sa.String(length=20), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("fee", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("rule", sa.JSON(), nullable=False),
        sa.Column("policy_version", sa.String(length=40), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_refund_recommendations_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_recommendations")),
        sa.UniqueConstraint("inspection_id", name=op.f("uq_refund_recommendations_inspection_id")),
    )
    op.create_table(
        "rma_dates",
        sa.Column("rma_number", sa.String(length=64), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["rma_number"], ["return_authorizations.rma_number"],
                                name=op.f("fk_rma_dates_rma_number_return_authorizations")),
        sa.PrimaryKeyConstraint("rma_number", name=op.f("pk_rma_dates")),
    )
    op.create_table(
        "sales_counts",
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sku", "month", name=op.f("pk_sales_counts")),
    )
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.create_index("ix_inspections_completed_at", ["completed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.drop_index("ix_inspections_completed_at")
    op.drop_table("sales_counts")
    op.drop_table("rma_dates")
    op.drop_table("refund_recommendations")
