"""What a scan at the Inspect screen means: a label to start or resume from, or a barcode read mid-inspection."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from station.context import StationContext
from station.scan.label import parse_label
from station.services import inspect as inspection
from station.services.identify import Flag, Identification, ProductView, RmaLineView, identify
from station.text import _


@dataclass(frozen=True)
class LabelScanned:
    """A scan with no inspection open: what the label is, and the inspector's open draft for it if there is one."""

    identification: Identification
    resumed: inspection.DraftView | None
    badge: bool = False  # a person's badge, not a label: another person signs in


def is_badge(ctx: StationContext, text: str) -> bool:
    """A known person's badge: wherever it is scanned it means "switch user", never a return label."""
    from station.services.auth import SignInRefused, find_badge

    try:
        find_badge(ctx, text)
    except SignInRefused:
        return False
    return True


def scan_label(ctx: StationContext, inspector_id: uuid.UUID, text: str) -> LabelScanned:
    ident = identify(ctx, text)
    if not ident.lines and is_badge(ctx, text):
        return LabelScanned(ident, None, badge=True)
    resumed = None
    if ident.lines:
        # Scanning a label again resumes its draft instead of starting a second inspection of the same item.
        resumed = inspection.find_draft(ctx, inspector_id, [(line.rma_number, line.line_no) for line in ident.lines])
    return LabelScanned(ident, resumed)


def start_line(ctx: StationContext, inspector_id: uuid.UUID, ident: Identification, line: RmaLineView
               ) -> inspection.DraftView:
    """Starts inspecting one RMA line of the scanned label, with the flags the label raised (a wrong item)."""
    label = ident.label
    return inspection.start_inspection(ctx, inspector_id, inspection.StartRequest(
        label_text=label.raw, label_kind=label.kind, sku=line.sku, rma_number=line.rma_number,
        line_no=line.line_no, serial=label.serial, flags=tuple(ident.flags)))


def start_unexpected(ctx: StationContext, inspector_id: uuid.UUID, ident: Identification, product: ProductView
                     ) -> inspection.DraftView:
    """Starts inspecting a product that came without an RMA; it always carries the `unexpected` flag for a lead."""
    label = ident.label
    flags = tuple(ident.flags) or (Flag("unexpected", _("Unexpected return: no RMA.")),)
    return inspection.start_inspection(ctx, inspector_id, inspection.StartRequest(
        label_text=label.raw, label_kind=label.kind, sku=product.sku, serial=label.serial, unexpected=True,
        flags=flags))


# item_matches: the item's own barcode; wrong_item: another product's (flagged on the draft); own_label: this
# parcel's label read again; other_label: another return label (the inspector is asked whether to put this one
# aside); badge: a person's badge (switch user); not_understood: nothing to do with this inspection.
InspectionScan = Literal["item_matches", "wrong_item", "own_label", "other_label", "badge", "not_understood"]


@dataclass(frozen=True)
class ScannedDuringInspection:
    outcome: InspectionScan
    draft: inspection.DraftView  # as it is after the scan (a wrong item adds its flag)
    gtin: str | None = None  # the scanned item's GTIN, when it was an item barcode


def scan_during_inspection(ctx: StationContext, draft_id: uuid.UUID, text: str) -> ScannedDuringInspection:
    """An item barcode is checked against the RMA; a return label is never started over the open inspection."""
    draft = inspection.load_draft(ctx, draft_id)
    label = parse_label(text, rma_pattern=ctx.settings.rma_pattern)
    expected = draft.product
    if label.gtin and expected.gtin:
        if label.gtin.zfill(14) == expected.gtin.zfill(14):
            return ScannedDuringInspection("item_matches", draft, label.gtin)
        # A return without RMA has only the product the inspector chose to compare with.
        reason = (_("Wrong item: scanned GTIN {gtin}, but the product chosen for this return is {name} ({expected}).",
                    gtin=label.gtin, name=expected.name, expected=expected.gtin) if draft.line is None else
                  _("Wrong item: scanned GTIN {gtin}, but the RMA expects {name} ({expected}).",
                    gtin=label.gtin, name=expected.name, expected=expected.gtin))
        draft = inspection.add_flag(ctx, draft_id, Flag("wrong_item", reason))
        return ScannedDuringInspection("wrong_item", draft, label.gtin)
    if label.kind in ("rma", "tracking") or label.rma:
        if draft.line is not None and label.rma == draft.line.rma_number:
            return ScannedDuringInspection("own_label", draft)
        return ScannedDuringInspection("other_label", draft)
    if is_badge(ctx, text):
        return ScannedDuringInspection("badge", draft)
    return ScannedDuringInspection("not_understood", draft)
