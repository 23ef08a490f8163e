"""One encoding of a fact's columns as plain JSON values, shared by the outbox payload and the audit digest."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect

from db import models


def plain(value: Any) -> Any:
    """A column value as JSON: the same text whether it was just written or read back from SQLite or PostgreSQL."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        # Both dialects read times back in UTC; the UTC form keeps write, push and verify in step.
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def row_values(row: models.Base) -> dict[str, Any]:
    """Every mapped column of a row, by attribute name, encoded with `plain`."""
    mapper = inspect(row).mapper
    return {column.key: plain(getattr(row, column.key)) for column in mapper.column_attrs}
