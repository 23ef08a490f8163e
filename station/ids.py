"""Ids and times for facts: UUIDv7 (time-ordered, made offline on any station) and UTC timestamps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import uuid6


def new_id() -> uuid.UUID:
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def utc_now() -> datetime:
    return datetime.now(UTC)
