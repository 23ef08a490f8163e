"""Photo evidence checks: one immutable fact per checked photo (quality measures, perceptual hash, hints), and
the reuses of a photo found later, when another station's photo arrives by sync."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class PhotoCheck(Base):
    """What the station measured on a photo when it was taken; the Photo fact itself is never changed."""

    __tablename__ = "photo_checks"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    # No foreign keys: a check may reach the central database before or without its photo's row.
    photo_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    station_id: Mapped[str] = mapped_column(String(40))
    # Not named `sha256`: that column name marks a photo fact whose file sync uploads.
    photo_sha256: Mapped[str] = mapped_column(String(64))
    phash: Mapped[str] = mapped_column(String(16), index=True)
    ok: Mapped[bool] = mapped_column(Boolean)
    problems: Mapped[list[str]] = mapped_column(JSON)
    measures: Mapped[dict[str, Any]] = mapped_column(JSON)
    whole_item: Mapped[bool] = mapped_column(Boolean)
    camera: Mapped[str] = mapped_column(String(40))
    # Wrong-item hint: 0..1 match with the product's catalog image; None when not compared.
    similarity: Mapped[float | None] = mapped_column(Float)
    catalog_sku: Mapped[str | None] = mapped_column(String(64))
    # Other inspections holding the same or a near-identical photo: [{"inspection_id", "photo_id", "distance"}].
    reused: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    kept_reason: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The limits the photo was judged by (PhotoThresholds as JSON); None on checks made before they were kept.
    limits: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class PhotoReuse(Base):
    """A photo of this station's inspection is the same or nearly the same picture as one of another inspection,
    found when the other photo arrived by sync (a reuse known at capture is in the photo's own check instead).

    The station flags only its own inspection; the other station flags its own when this photo reaches it, so
    both inspections are linked whichever syncs first.
    """

    __tablename__ = "photo_reuses"
    __table_args__ = {"info": {"sync": "fact"}}
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    photo_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    other_inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    other_photo_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    other_station_id: Mapped[str] = mapped_column(String(40))
    distance: Mapped[int] = mapped_column(Integer)  # differing bits of the two 64-bit perceptual hashes
    found_at: Mapped[datetime] = mapped_column(UTCDateTime())
