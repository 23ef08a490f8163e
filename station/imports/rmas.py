"""`station import rmas`: RMAs one row per line (the demo's rmas.csv columns), plus optional request and delivery
dates for the return window. Added or updated by RMA number and line; the same file twice changes nothing."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import models
from db.policy_models import RmaDates
from station.imports.rows import ImportProblem, ImportResult, RowInvalid, code, day, read_rows, text, whole

COLUMNS = ("rma_number", "line_no", "sku")


def _present(row: dict[str, str], values: dict[str, object]) -> dict[str, object]:
    """Only the columns the file has: a file without `customer` leaves the customers as they are."""
    return {k: v for k, v in values.items() if k in row}


def _header(row: dict[str, str], zone: tzinfo | None) -> dict[str, object]:
    return _present(row, {"order_number": text(row, "order_number", required=False, max_length=64),
                          "customer": text(row, "customer", required=False, max_length=200),
                          "reason": text(row, "reason", required=False),
                          "purchase_date": day(row, "purchase_date", zone)})


def _line(row: dict[str, str]) -> dict[str, object]:
    return {"sku": code(row, "sku"), **_present(row, {
        "quantity": whole(row, "quantity", default=1, minimum=1),
        "expected_serial": text(row, "expected_serial", required=False, max_length=100)})}


def _dates(row: dict[str, str], zone: tzinfo | None) -> dict[str, object]:
    values = {}
    if "requested_date" in row:
        values["requested_on"] = day(row, "requested_date", zone)
    if "delivery_date" in row:
        values["delivered_on"] = day(row, "delivery_date", zone)
    return values


def _apply(target: object, values: dict[str, object]) -> bool:
    changed = any(getattr(target, k) != v for k, v in values.items())
    for key, value in values.items():
        setattr(target, key, value)
    return changed


def import_rmas(sessions: sessionmaker[Session], path: Path, zone: tzinfo | None = None) -> ImportResult:
    """Counts are of RMA lines. Dates given with a time and offset count as that day in `zone` (the warehouse's)."""
    rows, problems = read_rows(path, COLUMNS, key=("rma_number", "line_no"))
    result = ImportResult(problems=problems)
    with sessions() as session, session.begin():
        for line_number, row in rows:
            try:
                number = code(row, "rma_number") or ""
                line_no = whole(row, "line_no", minimum=1)
                header, values, dates = _header(row, zone), _line(row), _dates(row, zone)
            except RowInvalid as exc:
                result.problems.append(ImportProblem(line_number, exc.field, exc.message))
                continue
            changed = False
            rma = session.get(models.ReturnAuthorization, number)
            if rma is None:
                rma = models.ReturnAuthorization(rma_number=number, **header)
                session.add(rma)
                session.flush()
            else:
                changed |= _apply(rma, header)
            if dates:
                known = session.get(RmaDates, number)
                if known is None:
                    session.add(RmaDates(rma_number=number, **dates))
                    changed = True
                else:
                    changed |= _apply(known, dates)
            existing = session.scalar(select(models.RmaLine).where(models.RmaLine.rma_number == number,
                                                                   models.RmaLine.line_no == line_no))
            if existing is None:
                session.add(models.RmaLine(rma_number=number, line_no=line_no, **values))
                result.added += 1
            elif _apply(existing, values) or changed:
                result.updated += 1
            else:
                result.unchanged += 1
            session.flush()
    result.problems.sort(key=lambda problem: problem.line)
    return result
