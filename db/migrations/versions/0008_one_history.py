"""one history: the area branches (refurb, review, sync, evidence, policy) meet here; later revisions follow it

Revision ID: 0008
Revises: 0007, review01, sync01, evidence02, policy01
Create Date: 2026-12-03 06:30:00
"""

from __future__ import annotations

revision = "0008"
down_revision = ("0007", "review01", "sync01", "evidence02", "policy01")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: the merge only joins the branches, so every store made before it upgrades in place."""


def downgrade() -> None:
    """Nothing to undo."""
