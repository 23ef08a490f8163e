"""Grading slips: 100 slips as one batch PDF and one by one, against a bare reportlab canvas in the same run.

Usage: .venv/bin/python scripts/bench_slips.py [--slips 100] [--repeat 5] [--size 4x6]
Goal: our slips <= 1.5x the bare canvas, and <= 50 ms a slip. The bare canvas draws the same strings with the
same fonts and the same QR code, without wrapping, right-to-left handling, fitting or the band; both sides get
the same slip contents (names in Latin, Hebrew and Cyrillic), so the database is not part of the figure.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

NAMES = ["Wireless headphones X200 with charging case", "אוזניות אלחוטיות עם ביטול רעשים",
         "Беспроводные наушники с шумоподавлением", "USB-C cable 2 m"]


def _slips(count: int) -> list:
    from station.slips.content import SlipContent
    from station.slips.reference import slip_reference
    from station.text import _

    slips = []
    for number in range(count):
        inspection_id = uuid.uuid4()
        reasons = [_("Refurbish: scratches on the housing ({questions})", questions=f"Q{number % 9 + 1}"),
                   _("Refurbish: battery holds less than 80% of its charge (Q7)")]
        slips.append(SlipContent(inspection_id, slip_reference(inspection_id), NAMES[number % len(NAMES)],
                                 f"EL-{1000 + number}", f"SN{number:08d}" if number % 3 else None,
                                 f"RMA-{100001 + number} / 1", "CABD"[number % 4],
                                 ("restock", "refurbish", "dispose")[number % 3], reasons, "Maria Santos",
                                 "DOCK-01", datetime.now(UTC), number % 4))
    return slips


def _qr_as_path(canvas: Canvas, value: str, x: float, y: float, side: float) -> None:
    """reportlab's QR encoder drawn as one path, the cheapest way reportlab offers to draw a QR code."""
    import itertools

    from reportlab.graphics.barcode.qr import QrCodeWidget

    encoder = QrCodeWidget(value, barLevel="M").qr
    encoder.make()
    box = side / (encoder.getModuleCount() + 8)
    path = canvas.beginPath()
    for row_index, row in enumerate(encoder.modules):
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + (column + 4) * box, y + side - (row_index + 5) * box, length * box, box)
            column += length
    canvas.drawPath(path, stroke=0, fill=1)


def _bare(slips: list, size: str, widget: bool = False) -> bytes:
    """The baseline: a plain canvas drawing each slip's text and QR code at fixed places; the QR drawn as a path
    like ours, or (`widget`) through reportlab's QrCodeWidget and renderPDF, the way its manual shows."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

    from station.pdf_fonts import register_fonts
    from station.slips.pdf import SIZES

    regular, bold = register_fonts()
    width, height = SIZES[size]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    for slip in slips:
        canvas.setFont(bold, 14)
        canvas.drawString(12, height - 30, slip.item_name)
        canvas.setFont(bold, 9)
        for row, text in enumerate((slip.sku, slip.serial or "—", slip.rma or "—")):
            canvas.drawString(12, height - 50 - row * 11.5, text)
        canvas.setFont(bold, 86)
        canvas.drawString(40, height - 200, slip.grade)
        if widget:
            qr = QrCodeWidget(slip.reference, barLevel="M", barBorder=4)
            left, bottom, right, top = qr.getBounds()
            drawing = Drawing(120, 120, transform=[120 / (right - left), 0, 0, 120 / (top - bottom), 0, 0])
            drawing.add(qr)
            renderPDF.draw(drawing, canvas, width - 132, height - 210)
        else:
            _qr_as_path(canvas, slip.reference, width - 132, height - 210, 120)
        canvas.setFont(bold, 24)
        canvas.drawString(40, height - 250, slip.disposition.upper())
        canvas.setFont(regular, 9)
        for row, reason in enumerate(slip.reasons):
            canvas.drawString(12, height - 280 - row * 11, reason.render())
        canvas.setFont(regular, 7)
        canvas.drawString(12, 30, f"{slip.inspector} {slip.station_id} {slip.photos}")
        canvas.drawString(12, 20, slip.reference)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _ours(slips: list, size: str) -> bytes:
    from station.slips.pdf import render_slips

    return render_slips(slips, size)


def _time(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slips", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", choices=("4x6", "a6"), default="4x6")
    args = parser.parse_args()
    slips = _slips(args.slips)
    # Warm-up: font registration, glyph tables and the QR encoder's imports are paid once per process.
    _ours(slips[:2], args.size)
    _bare(slips[:2], args.size)

    figures = {
        ("batch", "ours"): _time(lambda: _ours(slips, args.size), args.repeat),
        ("batch", "bare"): _time(lambda: _bare(slips, args.size), args.repeat),
        ("batch", "widget"): _time(lambda: _bare(slips, args.size, widget=True), args.repeat),
        ("one by one", "ours"): _time(lambda: [_ours([s], args.size) for s in slips], args.repeat),
        ("one by one", "bare"): _time(lambda: [_bare([s], args.size) for s in slips], args.repeat),
        ("one by one", "widget"): _time(lambda: [_bare([s], args.size, widget=True) for s in slips], args.repeat),
    }
    count = len(slips)
    print(f"{count} slips, {args.size}, median of {args.repeat} runs")
    print("bare: the same text and QR on a plain canvas, QR as a path; widget: the same, QR via QrCodeWidget")
    print(f"{'mode':<12}{'ours ms':>10}{'bare ms':>10}{'widget ms':>11}{'ours ms/slip':>14}{'bare ms/slip':>14}"
          f"{'ratio':>8}{'vs widget':>11}")
    worst_ratio, worst_per_slip = 0.0, 0.0
    for mode in ("batch", "one by one"):
        ours, bare = figures[(mode, "ours")], figures[(mode, "bare")]
        ratio = ours / bare
        per_slip = ours * 1000 / count
        worst_ratio, worst_per_slip = max(worst_ratio, ratio), max(worst_per_slip, per_slip)
        widget = figures[(mode, "widget")]
        print(f"{mode:<12}{ours * 1000:>10.1f}{bare * 1000:>10.1f}{widget * 1000:>11.1f}{per_slip:>14.2f}"
              f"{bare * 1000 / count:>14.2f}{ratio:>8.2f}{ours / widget:>11.2f}")
    met = worst_ratio <= 1.5 and worst_per_slip <= 50
    print(f"goal <= 1.5x bare (QR as a path) and <= 50 ms a slip: {'met' if met else 'NOT met'} "
          f"(worst ratio {worst_ratio:.2f}, worst {worst_per_slip:.2f} ms a slip)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
