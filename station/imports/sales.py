"""`station import sales`: units sold per product and month (sku, month YYYY-MM, units), for return rates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.policy_models import SalesCount
from station.imports.rows import ImportProblem, ImportResult, RowInvalid, code, read_rows, whole
from station.text import _

COLUMNS = ("sku", "month", "units")


def _month(row: dict[str, str]) -> date:
    raw = row.get("month", "")
    found = re.fullmatch(r"(\d{4})-(\d{2})(?:-01)?", raw)
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise RowInvalid("month", _("'{value}' is not a month such as 2026-11", value=raw))
    return date(int(found.group(1)), int(found.group(2)), 1)


def import_sales(sessions: sessionmaker[Session], path: Path) -> ImportResult:
    rows, problems = read_rows(path, COLUMNS, key=("sku", "month"))
    result = ImportResult(problems=problems)
    with sessions() as session, session.begin():
        for line, row in rows:
            try:
                sku, month, units = code(row, "sku") or "", _month(row), whole(row, "units")
            except RowInvalid as exc:
                result.problems.append(ImportProblem(line, exc.field, exc.message))
                continue
            known = session.get(SalesCount, (sku, month))
            if known is None:
                session.add(SalesCount(sku=sku, month=month, units=units))
                result.added += 1
            elif known.units != units:
                known.units = units
                result.updated += 1
            else:
                result.unchanged += 1
            session.flush()
    result.problems.sort(key=lambda problem: problem.line)
    return result
