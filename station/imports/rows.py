"""Reads an import CSV row by row, and turns field values into typed ones with problems that name line and field."""

from __future__ import annotations

import codecs
import csv
import io
import re
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


# A shop's catalog of a million products is some 100 MB; a bigger file is no import of ours.
MAX_FILE_BYTES = 256 * 1024 * 1024
# The largest whole number the central database holds in a quantity, line or units column.
MAX_WHOLE = 2**31 - 1
# C0 and C1 control characters (but tab and line breaks): no name or reason holds them, and some of them make a
# terminal or a spreadsheet do things. NUL is among them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NOTHING = _("Nothing was imported: a file is imported whole or not at all.")


def _refused(path: Path, problem: Text) -> StationError:
    return StationError(_("{file}: {problem} {nothing}", file=path.name, problem=problem, nothing=_NOTHING))


def _decoded(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refused(path, _("the file is {megabytes} MB; an import file is at most {limit} MB. Split it and "
                                   "import the parts.", megabytes=size // 2**20, limit=MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as exc:
        raise StationError(_("The file {path} cannot be opened ({problem}). Check the name and try again.",
                             path=str(path), problem=exc.strerror or str(exc))) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _refused(path, _("the file is saved as UTF-16 text. Save it as CSV UTF-8 and import again."))
    try:
        # utf-8-sig: a spreadsheet's "CSV UTF-8" starts with a byte order mark, which is no part of the header.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refused(path, _("line {line} holds bytes that are not UTF-8 text: the file is saved in another "
                               "encoding (such as Latin-1 or Windows-1252) or is no CSV file at all. Save it as "
                               "CSV UTF-8 and import again.", line=data.count(b"\n", 0, exc.start) + 1)) from exc


def _csv_problem(path: Path, line: int, exc: csv.Error) -> StationError:
    message = str(exc)
    if "field limit" in message:
        problem = _("line {line} holds a cell of more than {limit} characters. No field of an import is that "
                    "long: a quote (\") is not closed, or the file is damaged. Fix it and import again.",
                    line=line, limit=csv.field_size_limit())
    elif "unexpected end of data" in message:
        problem = _("the quote (\") that opens a cell on line {line} is never closed, so the rest of the file would "
                    "be one cell. Close it, or write a quote inside a cell as two (\"\"), and import again.",
                    line=line)
    else:
        problem = _("line {line} is not valid CSV ({detail}). Fix the line and import again.", line=line,
                    detail=message)
    return _refused(path, problem)


def read_rows(path: Path, required: tuple[str, ...], key: tuple[str, ...] = ()
              ) -> tuple[list[tuple[int, dict[str, str]]], list[ImportProblem]]:
    """(line number in the file, row) for every data row that can be imported, and the problems of those that
    cannot: more cells than columns, or the same `key` on several lines (which one is meant is not known, so
    none of them is imported). A file that is not readable CSV text stops the whole import (StationError)."""
    reader = csv.reader(io.StringIO(_decoded(path), newline=""), strict=True)
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise _csv_problem(path, 1, exc) from exc
    columns = [c.strip() for c in header]
    if any("\x00" in c for c in columns):
        raise _refused(path, _("the header line holds NUL characters: the file is saved as UTF-16 or is no text "
                               "file. Save it as CSV UTF-8 and import again."))
    twice = sorted({c for c in columns if c and columns.count(c) > 1})
    if twice:
        raise _refused(path, _("the header line names the column {columns} more than once. Fix the header line "
                               "and import again.", columns=", ".join(c[:40] for c in twice[:5])))
    missing = [c for c in required if c not in columns]
    if missing:
        found = ", ".join(c[:40] for c in columns[:20]) + (", …" if len(columns) > 20 else "")
        raise StationError(_("The file {path} has no column {columns} (it has: {found}). Fix the header line "
                             "and import again.", path=path.name, columns=", ".join(missing),
                             found=found or "nothing"))
    rows: list[tuple[int, dict[str, str]]] = []
    problems: list[ImportProblem] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _csv_problem(path, start, exc) from exc
        if not cells:
            continue
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
            problems.append(ImportProblem(reader.line_num, None, _(
                "has {count} cells, more than the {columns} columns of the header: a cell that holds a comma "
                "needs quotes (\"Smith, Ann\"). Fix the line and import again.", count=len(cells),
                columns=len(columns))))
            continue
        rows.append((reader.line_num, {name: cell.strip() for name, cell in zip(columns, cells, strict=False)}))
    return _without_repeats(rows, key, problems)


def _without_repeats(rows: list[tuple[int, dict[str, str]]], key: tuple[str, ...], problems: list[ImportProblem]
                     ) -> tuple[list[tuple[int, dict[str, str]]], list[ImportProblem]]:
    if not key:
        return rows, problems
    lines: dict[tuple[str, ...], list[int]] = {}
    for line, row in rows:
        value = tuple(row.get(k, "") for k in key)
        if all(value):
            lines.setdefault(value, []).append(line)
    repeated = {line: value for value, found in lines.items() if len(found) > 1 for line in found}
    for line, value in repeated.items():
        others = ", ".join(str(n) for n in lines[value] if n != line)
        problems.append(ImportProblem(line, key[0], _(
            "{value} is also on line {others}; a file may hold it once only, so none of these lines was imported. "
            "Keep one of them and import again.", value=" ".join(value), others=others)))
    return [(line, row) for line, row in rows if line not in repeated], problems


def text(row: dict[str, str], name: str, *, required: bool = True, max_length: int = 300) -> str | None:
    value = row.get(name, "")
    if not value:
        if required:
            raise RowInvalid(name, _("is empty; it is required"))
        return None
    if len(value) > max_length:
        raise RowInvalid(name, _("is longer than {limit} characters", limit=max_length))
    control = _CONTROL.search(value)
    if control:
        raise RowInvalid(name, _("holds the control character {char}, which no text of an import may hold (the "
                                 "file may be damaged); fix the cell", char=ascii(control.group())))
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


def whole(row: dict[str, str], name: str, *, default: int | None = None, minimum: int = 0,
          maximum: int = MAX_WHOLE) -> int:
    raw = row.get(name, "")
    if not raw and default is not None:
        return default
    if not re.fullmatch(r"\d+", raw):
        raise RowInvalid(name, _("'{value}' is not a whole number", value=raw[:40]))
    value = int(raw) if len(raw) <= 20 else MAX_WHOLE + 1
    if value < minimum:
        raise RowInvalid(name, _("must be at least {minimum}", minimum=minimum))
    if value > maximum:
        raise RowInvalid(name, _("'{value}' is too large (at most {maximum})", value=raw[:40], maximum=maximum))
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
