"""refurb desk and grading slips: slip_prints, refurb_work, refurb_photos, refurb_outcomes

Revision ID: 0007
Revises: 0001
Create Date: 2026-11-24 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0007"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slip_prints",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("printed_by", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("size", sa.String(length=10), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("reprint_reason", sa.Text(), nullable=True),
        sa.Column("printed_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_slip_prints_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slip_prints")),
    )
    with op.batch_alter_table("slip_prints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slip_prints_inspection_id"), ["inspection_id"], unique=False)

    op.create_table(
        "refurb_work",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("technician_id", sa.Uuid(), nullable=False),
        sa.Column("work_done", sa.Text(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_refurb_work_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refurb_work")),
    )
    with op.batch_alter_table("refurb_work", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refurb_work_inspection_id"), ["inspection_id"], unique=False)

    op.create_table(
        "refurb_photos",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("work_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("taken_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["work_id"], ["refurb_work.id"], name=op.f("fk_refurb_photos_work_id_refurb_work")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refurb_photos")),
    )
    with op.batch_alter_table("refurb_photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refurb_photos_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_refurb_photos_work_id"), ["work_id"], unique=False)

    op.create_table(
        "refurb_outcomes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("technician_id", sa.Uuid(), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("rules_version", sa.String(length=40), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("proposed_grade", sa.String(length=4), nullable=False),
        sa.Column("proposed_disposition", sa.String(length=30), nullable=False),
        sa.Column("grade", sa.String(length=4), nullable=False),
        sa.Column("disposition", sa.String(length=30), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("decided_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_refurb_outcomes_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refurb_outcomes")),
    )
    with op.batch_alter_table("refurb_outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refurb_outcomes_inspection_id"), ["inspection_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("refurb_outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refurb_outcomes_inspection_id"))
    op.drop_table("refurb_outcomes")
    with op.batch_alter_table("refurb_photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refurb_photos_work_id"))
        batch_op.drop_index(batch_op.f("ix_refurb_photos_sha256"))
    op.drop_table("refurb_photos")
    with op.batch_alter_table("refurb_work", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refurb_work_inspection_id"))
    op.drop_table("refurb_work")
    with op.batch_alter_table("slip_prints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slip_prints_inspection_id"))
    op.drop_table("slip_prints")
