"""Reads an import CSV row by row, and turns field values into typed ones with problems that name line and field."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from decimal import Decimal, InvalidOperation
from pathlib import Path

from station.text import StationError, Text, _


@dataclass(frozen=True)
class ImportProblem:
    line: int
    field: str | None
    message: Text

    def describe(self) -> Text:
        if self.field:
            return _("line {line}, field '{field}': {problem}", line=self.line, field=self.field,
                     problem=self.message)
        return _("line {line}: {problem}", line=self.line, problem=self.message)

    def __str__(self) -> str:
        return self.describe().render()


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[ImportProblem] = field(default_factory=list)


class RowInvalid(Exception):
    def __init__(self, field_name: str, message: Text) -> None:
        super().__init__(message.render())
        self.field = field_name
        self.message = message


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number in the file, row) for every data row; a missing column stops the whole file."""
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise StationError(_("The file {path} cannot be opened ({problem}). Check the name and try again.",
                             path=str(path), problem=exc.strerror or str(exc))) from exc
    with handle:
        reader = csv.DictReader(handle)
        columns = [c.strip() for c in reader.fieldnames or []]
        missing = [c for c in required if c not in columns]
        if missing:
            raise StationError(_("The file {path} has no column {columns} (it has: {found}). Fix the header line "
                                 "and import again.", path=path.name, columns=", ".join(missing),
                                 found=", ".join(columns) or "nothing"))
        for row in reader:
            yield reader.line_num, {(k or "").strip(): (v or "").strip() for k, v in row.items()}


def text(row: dict[str, str], name: str, *, required: bool = True, max_length: int = 300) -> str | None:
    value = row.get(name, "")
    if not value:
        if required:
            raise RowInvalid(name, _("is empty; it is required"))
        return None
    if len(value) > max_length:
        raise RowInvalid(name, _("is longer than {limit} characters", limit=max_length))
    return value


def code(row: dict[str, str], name: str, *, required: bool = True) -> str | None:
    value = text(row, name, required=required, max_length=64)
    if value is not None and not re.fullmatch(r"[A-Za-z0-9_.\-/]+", value):
        raise RowInvalid(name, _("'{value}' may hold letters, digits and - _ . / only", value=value))
    return value


def money(row: dict[str, str], name: str) -> Decimal:
    raw = text(row, name) or ""
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise RowInvalid(name, _("'{value}' is not an amount such as 49.90", value=raw)) from exc
    if not value.is_finite() or value < 0 or value >= Decimal("1e10"):
        raise RowInvalid(name, _("'{value}' is not an amount from 0 up", value=raw))
    return value.quantize(Decimal("0.01"))


def whole(row: dict[str, str], name: str, *, default: int | None = None, minimum: int = 0) -> int:
    raw = row.get(name, "")
    if not raw and default is not None:
        return default
    if not re.fullmatch(r"\d+", raw):
        raise RowInvalid(name, _("'{value}' is not a whole number", value=raw))
    value = int(raw)
    if value < minimum:
        raise RowInvalid(name, _("must be at least {minimum}", minimum=minimum))
    return value


def flag(row: dict[str, str], name: str) -> bool:
    raw = row.get(name, "").lower()
    if raw in ("", "false", "no", "0"):
        return False
    if raw in ("true", "yes", "1"):
        return True
    raise RowInvalid(name, _("'{value}' should be true or false", value=row.get(name)))


def day(row: dict[str, str], name: str, zone: tzinfo | None = None) -> date | None:
    """A date, or a date and time with its offset, taken as the day it was in the warehouse's zone."""
    raw = row.get(name, "")
    if not raw:
        return None
    try:
        if len(raw) == 10:
            return date.fromisoformat(raw)
        moment = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise RowInvalid(name, _("'{value}' is not a date such as 2026-11-24", value=raw)) from exc
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(zone).date()
