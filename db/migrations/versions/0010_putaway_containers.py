"""put-away: containers, placements, closes, moves and caught mis-sorts

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 06:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _indexed(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "containers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("zone", sa.String(length=40), nullable=False),
        sa.Column("capacity_items", sa.Integer(), nullable=False),
        sa.Column("capacity_kg", sa.Float(), nullable=True),
        sa.Column("opened_by", sa.Uuid(), nullable=True),
        sa.Column("opened_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_containers")),
    )
    _indexed("containers", "code")
    op.create_table(
        "container_placements",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("container_code", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_container_placements_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_container_placements")),
    )
    _indexed("container_placements", "container_code", "inspection_id")
    op.create_table(
        "container_closes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("container_code", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("closed_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_container_closes")),
    )
    _indexed("container_closes", "container_code")
    op.create_table(
        "container_moves",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("container_code", sa.String(length=40), nullable=False),
        sa.Column("location", sa.String(length=40), nullable=False),
        sa.Column("moved_by", sa.Uuid(), nullable=True),
        sa.Column("moved_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_container_moves")),
    )
    _indexed("container_moves", "container_code")
    op.create_table(
        "putaway_missorts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("scanned_code", sa.String(length=200), nullable=False),
        sa.Column("expected_code", sa.String(length=40), nullable=True),
        sa.Column("problem", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_putaway_missorts_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_putaway_missorts")),
    )
    _indexed("putaway_missorts", "inspection_id")


def downgrade() -> None:
    for table in ("putaway_missorts", "container_moves", "container_closes", "container_placements", "containers"):
        op.drop_table(table)
