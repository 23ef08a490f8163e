"""Loads the demo catalog, RMAs and users from resources/demo into a station database, idempotently."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from db import models
from station.context import StationContext
from station.ids import new_id
from station.people import ROLES
from station.services.auth import hash_pin
from station.text import StationError, _


@dataclass(frozen=True)
class DemoLoaded:
    products: int
    rmas: int
    users: int


def demo_folder(ctx: StationContext) -> Path:
    return ctx.resources / "demo"


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise StationError(_("Demo file {path} is missing ({problem}).", path=str(path),
                             problem=exc.strerror or str(exc))) from exc


def load_demo(ctx: StationContext) -> DemoLoaded:
    """Adds what is missing; running it again changes nothing."""
    folder = demo_folder(ctx)
    products = _rows(folder / "products.csv")
    rma_rows = _rows(folder / "rmas.csv")
    users = _rows(folder / "users.csv")
    added = DemoLoaded(0, 0, 0)
    with ctx.transaction() as session:
        known_skus = set(session.scalars(select(models.Product.sku)))
        for row in products:
            if row["sku"] in known_skus:
                continue
            session.add(models.Product(
                sku=row["sku"], gtin=row["gtin"] or None, name=row["name"], category=row["category"],
                price=Decimal(row["price"]), image=f"demo/{row['image']}" if row["image"] else None,
                serialized=row.get("serialized", "").lower() == "true"))
            added = DemoLoaded(added.products + 1, added.rmas, added.users)
        known_rmas = set(session.scalars(select(models.ReturnAuthorization.rma_number)))
        for row in rma_rows:
            number = row["rma_number"]
            if number not in known_rmas:
                session.add(models.ReturnAuthorization(
                    rma_number=number, order_number=row["order_number"], customer=row["customer"],
                    reason=row["reason"],
                    purchase_date=date.fromisoformat(row["purchase_date"]) if row["purchase_date"] else None))
                known_rmas.add(number)
                session.flush()
                added = DemoLoaded(added.products, added.rmas + 1, added.users)
            exists = session.scalar(select(models.RmaLine.id).where(
                models.RmaLine.rma_number == number, models.RmaLine.line_no == int(row["line_no"])))
            if exists is None:
                session.add(models.RmaLine(
                    rma_number=number, line_no=int(row["line_no"]), sku=row["sku"],
                    quantity=int(row["quantity"] or 1), expected_serial=row["expected_serial"] or None))
        known_badges = set(session.scalars(select(models.User.badge_code)))
        for row in users:
            if row["badge_code"] in known_badges or row["role"] not in ROLES:
                continue
            try:
                pin_hash = hash_pin(row["pin"])
            except StationError as exc:
                raise StationError(_("{file}: the PIN of {name} is not 4 to 6 digits. Give them another PIN and "
                                     "load again.", file=str(folder / "users.csv"), name=row["name"])) from exc
            session.add(models.User(
                id=new_id(), name=row["name"], role=row["role"], badge_code=row["badge_code"],
                pin_hash=pin_hash, language=row.get("language") or "en", active=True))
            added = DemoLoaded(added.products, added.rmas, added.users + 1)
    return added


def demo_is_loaded(ctx: StationContext) -> bool:
    with ctx.read() as session:
        return session.scalar(select(models.User.id).limit(1)) is not None
