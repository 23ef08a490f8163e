"""The review queue's quality sample, drawn once per inspection and kept beside the facts.

A local, derived table: not a fact (no outbox, no audit event, never synced), so the inspections' rows and their
audit digests stay as they were. Every row is what station.review.queue draws from the inspection's id alone,
so a station can rebuild it whenever it likes and every station keeps the same values.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, Index, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class ReviewSampleDraw(Base):
    """An inspection's draw: the first 8 bytes of SHA-256(salt + id) as a big-endian number, minus 2**63 so that
    it fits SQLite's signed 64-bit integer in the same order. The sample is every inspection drawn below the
    threshold of the rate, so a change of `review_sample_rate` moves the threshold and rewrites nothing."""

    __tablename__ = "review_sample_draws"
    __table_args__ = (
        # Serves the queue's sample, `draw < threshold`: the drawn ids come from the index alone.
        Index("ix_review_sample_draws_draw", "draw", "inspection_id"),
        {"info": {"sync": "local"}},
    )
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    draw: Mapped[int] = mapped_column(BigInteger)
