"""`station import products`: the shop's catalog, added or updated by SKU; the same file twice changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import models
from station.imports.rows import ImportProblem, ImportResult, RowInvalid, code, flag, money, read_rows, text
from station.text import _

COLUMNS = ("sku", "name", "category", "price")


def _values(row: dict[str, str]) -> dict[str, object]:
    gtin = text(row, "gtin", required=False, max_length=14)
    if gtin is not None and not re.fullmatch(r"\d{8,14}", gtin):
        raise RowInvalid("gtin", _("'{value}' is not a GTIN (8 to 14 digits)", value=gtin))
    category = text(row, "category", max_length=40) or ""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", category):
        raise RowInvalid("category", _("'{value}': use lower-case letters, digits and _ (like home_kitchen)",
                                       value=category))
    values: dict[str, object] = {"name": text(row, "name"), "category": category, "price": money(row, "price")}
    # A column the file does not have leaves that field as it is; an empty cell clears it.
    optional = {"gtin": gtin, "image": text(row, "image", required=False), "serialized": flag(row, "serialized")}
    values.update({k: v for k, v in optional.items() if k in row})
    return values


def import_products(sessions: sessionmaker[Session], path: Path) -> ImportResult:
    rows, problems = read_rows(path, COLUMNS, key=("sku",))
    result = ImportResult(problems=problems)
    with sessions() as session, session.begin():
        by_gtin = {g: s for s, g in session.execute(select(models.Product.sku, models.Product.gtin)) if g}
        for line, row in rows:
            try:
                sku = code(row, "sku") or ""
                values = _values(row)
            except RowInvalid as exc:
                result.problems.append(ImportProblem(line, exc.field, exc.message))
                continue
            owner = by_gtin.get(str(values["gtin"])) if values.get("gtin") else None
            if owner is not None and owner != sku:
                result.problems.append(ImportProblem(line, "gtin", _(
                    "GTIN {gtin} belongs to {other} already", gtin=values["gtin"], other=owner)))
                continue
            product = session.get(models.Product, sku)
            if product is None:
                session.add(models.Product(sku=sku, **values))
                result.added += 1
            elif any(getattr(product, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(product, key, value)
                result.updated += 1
            else:
                result.unchanged += 1
            if values.get("gtin"):
                by_gtin[str(values["gtin"])] = sku
    result.problems.sort(key=lambda problem: problem.line)
    return result
