"""Lines of the CSV files the station writes, where no cell runs as a spreadsheet formula (OWASP CSV injection)."""

from __future__ import annotations

from collections.abc import Iterable

# A customer name or return reason comes from the shop, so anyone can put "=HYPERLINK(...)" in one. Spreadsheets
# run a cell that starts with one of these as a formula (OWASP "CSV Injection"; ASVS 1.2.10 adds NUL).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
# RFC 4180: a cell holding one of these is quoted, with its quotes doubled.
_NEEDS_QUOTES = (",", '"', "\n", "\r")


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def csv_cell(value: object) -> str:
    """One cell: empty for None; text that would start a formula gets a leading ' and quotes, so it stays text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        # Numbers the station computed (seconds, counts) are data, not formulas: a negative one stays a number.
        return str(value)
    if value.startswith(FORMULA_STARTS):
        return _quoted("'" + value)
    if any(mark in value for mark in _NEEDS_QUOTES):
        return _quoted(value)
    return value


def csv_line(cells: Iterable[object], end: str = "\n") -> str:
    return ",".join(csv_cell(cell) for cell in cells) + end
