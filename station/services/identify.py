"""Identify a scanned label: the RMA line it belongs to, the product, or the unexpected-return path."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import models
from station.catalog import ProductView, product_view
from station.context import StationContext
from station.scan.label import LabelData, parse_label
from station.text import Text, _, _n


@dataclass(frozen=True)
class RmaLineView:
    rma_number: str
    line_no: int
    quantity: int
    expected_serial: str | None
    order_number: str | None
    customer: str | None
    reason: str | None
    purchase_date: date | None
    product: ProductView | None
    sku: str
    inspected: list[uuid.UUID] = field(default_factory=list)

    @property
    def fully_inspected(self) -> bool:
        return len(self.inspected) >= self.quantity


@dataclass(frozen=True)
class Flag:
    kind: str
    reason: Text

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "reason": self.reason.to_json()}


Outcome = Literal["rma", "unexpected", "not_a_return_label"]


@dataclass(frozen=True)
class Identification:
    """What the scan means. `lines` are the RMA lines to choose from; `product` a product found without an RMA."""

    outcome: Outcome
    label: LabelData
    message: Text
    lines: list[RmaLineView] = field(default_factory=list)
    product: ProductView | None = None
    flags: list[Flag] = field(default_factory=list)
    # Set when the scan is an inspected item's own label (or its slip): the inspection it names.
    inspection_id: uuid.UUID | None = None

    @property
    def all_inspected(self) -> bool:
        return bool(self.lines) and all(line.fully_inspected for line in self.lines)


def _line_view(ctx: StationContext, session: Session, line: models.RmaLine) -> RmaLineView:
    product = session.get(models.Product, line.sku)
    inspected = list(session.scalars(
        select(models.Inspection.id).where(models.Inspection.rma_number == line.rma_number,
                                           models.Inspection.rma_line_no == line.line_no)
        .order_by(models.Inspection.completed_at)))
    rma = line.rma
    return RmaLineView(line.rma_number, line.line_no, line.quantity, line.expected_serial, rma.order_number,
                       rma.customer, rma.reason, rma.purchase_date,
                       product_view(ctx, product) if product else None, line.sku, inspected)


def _gtin14(gtin: str) -> str:
    return gtin.zfill(14)


def _product_by_gtin(session: Session, gtin: str) -> models.Product | None:
    candidates = {gtin, _gtin14(gtin), gtin.lstrip("0")}
    # Catalogs keep GTIN-13 or GTIN-14; the label always carries 14 digits.
    return session.scalar(select(models.Product).where(
        or_(*(models.Product.gtin == c for c in candidates), func.ltrim(models.Product.gtin, "0") == gtin.lstrip("0"))))


def _inspected_item(session: Session, label: LabelData) -> Identification | None:
    """An item's own label (the QR printed at Complete, the same reference as its slip) names its inspection."""
    from station.slips.reference import parse_reference, short_reference

    reference = parse_reference(label.raw)
    row = session.get(models.Inspection, reference) if reference is not None else None
    if row is None:
        return None
    return Identification("not_a_return_label", label, _(
        "This is the label of an item already inspected ({reference}, {when}). Open it in Review or Refurb, or scan "
        "the parcel's return label to inspect another item.", reference=short_reference(row.id),
        when=row.completed_at.astimezone().strftime("%Y-%m-%d %H:%M")), inspection_id=row.id)


def identify(ctx: StationContext, text: str) -> Identification:
    label = parse_label(text, rma_pattern=ctx.settings.rma_pattern)
    with ctx.read() as session:
        inspected = _inspected_item(session, label)
        if inspected is not None:
            return inspected
        rma_number = label.rma
        if rma_number is None and text.strip().isdigit():
            # Inspectors often type just the digits of an RMA number.
            guess = f"RMA-{text.strip()}"
            if session.get(models.ReturnAuthorization, guess) is not None:
                rma_number = guess
        if rma_number is not None:
            return _by_rma(ctx, session, label, rma_number)
        if label.serial:
            found = _by_serial(ctx, session, label)
            if found is not None:
                return found
        if label.gtin:
            product = _product_by_gtin(session, label.gtin)
            if product is not None:
                return Identification(
                    "unexpected", label,
                    _("{name} has no RMA for this label. Inspect it as an unexpected return; a lead will review it.",
                      name=product.name), product=product_view(ctx, product),
                    flags=[Flag("unexpected", _("Unexpected return: no RMA found for GTIN {gtin}.", gtin=label.gtin))])
        if label.kind == "sku" or label.sku:
            product = session.get(models.Product, label.sku or label.raw.strip())
            if product is not None:
                return Identification(
                    "unexpected", label,
                    _("{name} has no RMA for this label. Inspect it as an unexpected return; a lead will review it.",
                      name=product.name), product=product_view(ctx, product),
                    flags=[Flag("unexpected", _("Unexpected return: no RMA found for SKU {sku}.", sku=product.sku))])
        if label.kind == "tracking":
            return Identification("not_a_return_label", label, _(
                "This is a carrier tracking label ({carrier}). Scan the RMA label or the item's barcode instead.",
                carrier=label.carrier or "?"))
        return Identification("unexpected", label, _(
            "Label not recognised: no RMA, product or serial matches \"{text}\". Find the product to inspect it as "
            "an unexpected return, type the RMA number, or call a lead.", text=_shorten(text)),
            flags=[Flag("unexpected", _("Unexpected return: label \"{text}\" matches no RMA.", text=_shorten(text)))])


def _shorten(text: str, limit: int = 60) -> str:
    clean = "".join(ch if ch.isprintable() else "·" for ch in text.strip())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def _by_rma(ctx: StationContext, session: Session, label: LabelData, rma_number: str) -> Identification:
    rma = session.get(models.ReturnAuthorization, rma_number)
    if rma is None:
        return Identification("unexpected", label, _(
            "{rma} is not in the system. Find the product to inspect it as an unexpected return; a lead will "
            "review it.", rma=rma_number),
            flags=[Flag("unexpected", _("Unexpected return: {rma} was not found.", rma=rma_number))])
    lines = [_line_view(ctx, session, line) for line in rma.lines]
    if lines and all(line.fully_inspected for line in lines):
        message = _("{rma} has already been inspected. Open that inspection, or scan the next label.",
                    rma=rma_number)
    else:
        message = _n("{rma}: %n item(s) to inspect.", sum(1 for line in lines if not line.fully_inspected),
                     rma=rma_number)
    return Identification("rma", label, message, lines=lines)


def _by_serial(ctx: StationContext, session: Session, label: LabelData) -> Identification | None:
    line = session.scalar(select(models.RmaLine).where(models.RmaLine.expected_serial == label.serial))
    if line is None:
        return None
    view = _line_view(ctx, session, line)
    flags: list[Flag] = []
    message = _("{rma} line {line}: serial {serial} matches.", rma=line.rma_number, line=line.line_no,
                serial=label.serial)
    if label.gtin and view.product and view.product.gtin and _gtin14(view.product.gtin) != _gtin14(label.gtin):
        scanned = _product_by_gtin(session, label.gtin)
        flags.append(Flag("wrong_item", _(
            "Wrong item: the label's GTIN {gtin} ({scanned}) is not the {expected} on {rma}.",
            gtin=label.gtin, scanned=scanned.name if scanned else "unknown product", expected=view.product.name,
            rma=line.rma_number)))
        message = flags[0].reason
    return Identification("rma", label, message, lines=[view], flags=flags)


def find_products(ctx: StationContext, query: str, limit: int = 20) -> list[ProductView]:
    """Search by SKU, GTIN or name, for the unexpected-return path."""
    q = query.strip()
    if not q:
        return []
    pattern = f"%{q.lower()}%"
    with ctx.read() as session:
        products = session.scalars(
            select(models.Product).where(or_(
                func.lower(models.Product.sku) == q.lower(), models.Product.gtin.like(f"%{q}"),
                func.lower(models.Product.name).like(pattern), func.lower(models.Product.sku).like(pattern)))
            .order_by(models.Product.name).limit(limit))
        return [product_view(ctx, p) for p in products]
