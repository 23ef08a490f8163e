"""Grading slips as paper: the QR gives the inspection back, scripts come out as the right glyphs, odd items lay out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from db import models
from station.context import StationContext
from station.slips.content import SlipContent, find_inspection, inspections_since, slip_contents
from station.slips.documents import slip_pdf
from station.slips.pdf import render_slips
from station.slips.reference import parse_reference, slip_reference
from station.text import _
from tests.station.refurb.graded import complete
from tests.station.slips.rendering import pages_as_png, pdf_text, qr_texts, save_screens

HEBREW = "אוזניות אלחוטיות עם ביטול רעשים"
RUSSIAN = "Беспроводные наушники с шумоподавлением"


def _rename_product(ctx: StationContext, rma: str, name: str) -> None:
    """Gives the product on this RMA's first line another catalog name (reference data, set up for the test)."""
    with ctx.transaction() as session:
        line = session.query(models.RmaLine).filter_by(rma_number=rma, line_no=1).one()
        session.execute(update(models.Product).where(models.Product.sku == line.sku).values(name=name))


@pytest.mark.parametrize("size", ["4x6", "a6"])
def test_slip_qr_gives_back_the_inspection_and_the_text_is_there(ctx: StationContext, tmp_path: Path,
                                                                 size: str) -> None:
    inspection_id = complete(ctx, "RMA-100002")
    pdf = tmp_path / f"slip-{size}.pdf"
    pdf.write_bytes(slip_pdf(ctx, [inspection_id], size))
    pngs = pages_as_png(pdf, tmp_path)
    assert len(pngs) == 1
    decoded = qr_texts(pngs[0])
    assert decoded == [slip_reference(inspection_id)]
    assert parse_reference(decoded[0]) == inspection_id
    assert find_inspection(ctx, decoded[0]) == inspection_id
    text = pdf_text(pdf)[0]
    slip = slip_contents(ctx, [inspection_id])[0]
    for expected in (slip.item_name, slip.sku, "RMA-100002", "REFURBISH", "GRADE", slip.grade, slip.inspector,
                     ctx.station_id, slip_reference(inspection_id)):
        assert expected in text, f"{expected!r} missing from the slip"
    assert "Serial: —" in text
    save_screens(pdf, f"slip-{size}", tmp_path)


def test_hebrew_and_russian_names_come_out_as_the_right_glyphs(ctx: StationContext, tmp_path: Path) -> None:
    _rename_product(ctx, "RMA-100002", HEBREW)
    _rename_product(ctx, "RMA-100004", RUSSIAN)
    ids = [complete(ctx, "RMA-100002"), complete(ctx, "RMA-100004")]
    pdf = tmp_path / "scripts.pdf"
    pdf.write_bytes(slip_pdf(ctx, ids, "4x6"))
    pages = pdf_text(pdf)
    assert len(pages) == 2
    # pdftotext puts right-to-left text back in reading order: the glyphs were drawn in visual order.
    assert HEBREW in pages[0]
    assert RUSSIAN in " ".join(pages[1].split())
    for png, inspection_id in zip(pages_as_png(pdf, tmp_path), ids, strict=True):
        assert qr_texts(png) == [slip_reference(inspection_id)]
    save_screens(pdf, "slip-scripts", tmp_path)


def _odd(name: str, serial: str | None, rma: str | None, photos: int, reasons: int, disposition: str,
         inspector: str = "Maria Santos") -> SlipContent:
    inspection_id = uuid.uuid4()
    many = [_("Cracked hinge on the left side of the lid, needs a new hinge and a check of the screen (Q{n})", n=n)
            for n in range(reasons)]
    return SlipContent(inspection_id, slip_reference(inspection_id), name, "EL-1001", serial, rma, "D", disposition,
                       many, inspector, "DOCK-01", datetime.now(UTC), photos)


def test_long_name_no_serial_no_photos_still_lay_out(tmp_path: Path) -> None:
    long_name = "Extra-long professional noise-cancelling wireless over-ear headphones with charging case " * 4
    slips = [
        _odd(long_name, None, None, 0, 3, "dispose"),
        _odd("Kabel", None, "RMA-100001 / 1", 0, 0, "restock", inspector="נועה לוי"),
        _odd("W" * 120, "SN" + "9" * 60, "RMA-1 / 1", 1, 5, "return_to_vendor"),
    ]
    pdf = tmp_path / "odd.pdf"
    pdf.write_bytes(render_slips(slips, "4x6"))
    pages = pdf_text(pdf)
    assert len(pages) == 3
    first = pages[0]
    assert first.count("Extra-long") >= 2 and "…" in first  # shrunk, then cut with an ellipsis
    assert "Serial: —" in first and "none (unexpected return)" in first and "Photos: —" in first
    assert "Serial: SN999" in pages[2]  # a serial too long for the line is cut, its start kept
    assert "DISPOSE" in first and "RESTOCK" in pages[1] and "RETURN TO VENDOR" in pages[2]
    assert "נועה לוי" in pages[1]
    for png, slip in zip(pages_as_png(pdf, tmp_path), slips, strict=True):
        assert qr_texts(png) == [slip.reference]
    save_screens(pdf, "slip-odd", tmp_path)


def test_batch_since_a_date_is_one_pdf_with_a_page_per_inspection(ctx: StationContext, tmp_path: Path) -> None:
    ids = [complete(ctx, rma, damaged=damaged) for rma, damaged in
           (("RMA-100002", True), ("RMA-100003", False), ("RMA-100004", True))]
    found = inspections_since(ctx, datetime.now().date())
    assert found == ids
    assert inspections_since(ctx, datetime(2999, 1, 1, tzinfo=UTC)) == []
    pdf = tmp_path / "batch.pdf"
    pdf.write_bytes(slip_pdf(ctx, found, "a6"))
    pngs = pages_as_png(pdf, tmp_path, dpi=150)
    assert [qr_texts(p) for p in pngs] == [[slip_reference(i)] for i in ids]
    assert "RESTOCK" in pdf_text(pdf)[1]
