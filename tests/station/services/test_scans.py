"""What a scan means at the Inspect screen, decided by the station: resume, start, and a scan mid-inspection."""

from __future__ import annotations

import csv
import uuid

from station.config import RESOURCES
from station.context import StationContext
from station.services import scans
from station.services.auth import list_users
from station.services.identify import identify


def _inspector(ctx: StationContext) -> uuid.UUID:
    return next(u.id for u in list_users(ctx) if u.role == "inspector")


def _straight_rma(ctx: StationContext) -> str:
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if sum(r["rma_number"] == row["rma_number"] for r in rows) == 1:
            ident = identify(ctx, row["rma_number"])
            if ident.outcome == "rma" and not ident.flags and ident.lines[0].product is not None:
                return row["rma_number"]
    raise AssertionError("no one-line RMA in the demo data")


def test_a_label_scanned_again_resumes_its_draft(ctx: StationContext) -> None:
    inspector, rma = _inspector(ctx), _straight_rma(ctx)
    scanned = scans.scan_label(ctx, inspector, rma)
    assert scanned.resumed is None and scanned.identification.outcome == "rma"
    draft = scans.start_line(ctx, inspector, scanned.identification, scanned.identification.lines[0])
    again = scans.scan_label(ctx, inspector, rma)
    assert again.resumed is not None and again.resumed.id == draft.id


def test_a_scan_mid_inspection_checks_the_item_against_the_rma(ctx: StationContext) -> None:
    inspector, rma = _inspector(ctx), _straight_rma(ctx)
    ident = identify(ctx, rma)
    draft = scans.start_line(ctx, inspector, ident, ident.lines[0])
    expected = draft.product

    same = scans.scan_during_inspection(ctx, draft.id, expected.gtin)
    assert same.outcome == "item_matches" and same.draft.flags == []
    # A catalog keeps GTIN-13 or GTIN-14; the label always carries 14 digits.
    assert scans.scan_during_inspection(ctx, draft.id, expected.gtin.zfill(14)).outcome == "item_matches"

    with (RESOURCES / "demo" / "products.csv").open(encoding="utf-8") as handle:
        other = next(r for r in csv.DictReader(handle) if r["sku"] != expected.sku and r["gtin"])
    wrong = scans.scan_during_inspection(ctx, draft.id, other["gtin"])
    assert wrong.outcome == "wrong_item"
    assert [f.kind for f in wrong.draft.flags] == ["wrong_item"], "flagged on the draft, for a lead"
    assert other["gtin"] in wrong.draft.flags[0].reason.render()
    again = scans.scan_during_inspection(ctx, draft.id, other["gtin"])
    assert [f.kind for f in again.draft.flags] == ["wrong_item"], "one flag however often it is scanned"

    assert scans.scan_during_inspection(ctx, draft.id, rma).outcome == "own_label"
    other_rma = "RMA-100150" if rma != "RMA-100150" else "RMA-100151"
    assert scans.scan_during_inspection(ctx, draft.id, other_rma).outcome == "other_label"
    assert scans.scan_during_inspection(ctx, draft.id, "hello world").outcome == "not_understood"


def test_an_unexpected_return_always_carries_its_flag(ctx: StationContext) -> None:
    inspector = _inspector(ctx)
    ident = identify(ctx, "RMA-999999")
    product = identify(ctx, _straight_rma(ctx)).lines[0].product
    assert ident.outcome == "unexpected" and product is not None
    draft = scans.start_unexpected(ctx, inspector, ident, product)
    assert draft.unexpected and [f.kind for f in draft.flags] == ["unexpected"]
    bare = scans.start_unexpected(ctx, inspector, ident.__class__("unexpected", ident.label, ident.message), product)
    assert [f.kind for f in bare.flags] == ["unexpected"], "a label that raised no flag still gets one"
