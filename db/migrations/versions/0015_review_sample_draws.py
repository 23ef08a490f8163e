"""review sample draws: each inspection's quality-sample draw, kept so the review queue need not hash every id;
an index on the inspections' category for the queue's filter and list of categories

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Created empty: the review queue draws what is missing before it reads, in a worker thread and in short
    # transactions, so upgrading a year's store does not hold the window while 200,000 ids are hashed.
    op.create_table(
        "review_sample_draws",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("draw", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("inspection_id", name=op.f("pk_review_sample_draws")),
    )
    op.create_index("ix_review_sample_draws_draw", "review_sample_draws", ["draw", "inspection_id"])
    # An index only: the inspections' rows, and so their audit digests, stay as they are.
    op.create_index("ix_inspections_category", "inspections", ["category"])


def downgrade() -> None:
    op.drop_index("ix_inspections_category", table_name="inspections")
    op.drop_index("ix_review_sample_draws_draw", table_name="review_sample_draws")
    op.drop_table("review_sample_draws")
