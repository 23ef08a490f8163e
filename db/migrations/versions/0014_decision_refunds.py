"""decision refunds: the refund recommended for the outcome of each review or refurb re-grade

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decision_refunds",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("decision_id", sa.Uuid(), nullable=False),
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
                                name=op.f("fk_decision_refunds_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_refunds")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_decision_refunds_decision_id")),
    )
    op.create_index(op.f("ix_decision_refunds_inspection_id"), "decision_refunds", ["inspection_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_decision_refunds_inspection_id"), table_name="decision_refunds")
    op.drop_table("decision_refunds")
