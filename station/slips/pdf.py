"""The grading slip as PDF (reportlab): 4x6 in thermal label or A6, one page per slip, QR with the reference."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterable

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from station.pdf_fonts import register_fonts
from station.slips.bidi_lines import fit, is_rtl, visual, wrap
from station.slips.content import SlipContent, disposition_word
from station.slips.reference import short_reference
from station.text import Text, _

SIZES: dict[str, tuple[float, float]] = {"4x6": (4 * inch, 6 * inch), "a6": A6}
# Colour is never the only signal: the band also carries the word and a symbol, and thermal printers are black only.
BANDS: dict[str, tuple[Color, Color, str]] = {
    "restock": (HexColor("#1E7B34"), white, "✓"),
    "refurbish": (HexColor("#F2A900"), black, "⚙"),
    "dispose": (HexColor("#B3261E"), white, "✕"),
}
OTHER_BAND = (HexColor("#455A64"), white, "•")
GREY = HexColor("#555555")
MARGIN = 12.0


def _identity(source: str) -> str:
    return source


class _Slip:
    """Draws one slip on the canvas's current page, top to bottom."""

    def __init__(self, canvas: Canvas, width: float, height: float, translate: Callable[[str], str]) -> None:
        self.c = canvas
        self.width = width
        self.height = height
        self.x0 = MARGIN
        self.x1 = width - MARGIN
        self.translate = translate
        self.regular, self.bold = register_fonts()

    def t(self, text: Text) -> str:
        return text.render(self.translate)

    def line(self, text: str, font: str, size: float, y: float, colour: Color = black) -> None:
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        if is_rtl(text):
            self.c.drawRightString(self.x1, y, visual(text))
        else:
            self.c.drawString(self.x0, y, visual(text))

    def draw(self, slip: SlipContent) -> None:
        c, x0, x1 = self.c, self.x0, self.x1
        usable = x1 - x0
        y = self.height - MARGIN - 7
        # Header: what this paper is, and when the item was graded (local time, as people read it).
        self.line(self.t(_("GRADING SLIP")), self.bold, 7, y, GREY)
        c.setFont(self.regular, 7)
        c.drawRightString(x1, y, slip.decided_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        y -= 5
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(x0, y, x1, y)

        # The item name: big, up to three lines; a very long name shrinks, then ends with an ellipsis.
        size = 14.0
        lines = wrap(slip.item_name, self.bold, size, usable)
        if len(lines) > 3:
            size = 11.0
            lines = wrap(slip.item_name, self.bold, size, usable, max_lines=4)
        for text in lines:
            y -= size * 1.18
            self.line(text, self.bold, size, y)

        y -= 4
        rows = [(_("SKU"), slip.sku), (_("Serial"), slip.serial or "—"),
                (_("RMA"), slip.rma or self.t(_("none (unexpected return)")))]
        for label, value in rows:
            y -= 11.5
            self.line(fit(f"{self.t(label)}: {value}", self.bold, 9, usable), self.bold, 9, y)

        # The grade letter, very large, beside the QR code that brings the station back to this inspection.
        block = min((usable - 10) / 2, 120.0)
        top = y - 8
        c.setStrokeColor(black)
        c.setLineWidth(2)
        c.rect(x0, top - block, block, block)
        c.setFillColor(GREY)
        c.setFont(self.regular, 7)
        c.drawCentredString(x0 + block / 2, top - 10, self.t(_("GRADE")))
        letter_size = block * 0.72
        while stringWidth(slip.grade, self.bold, letter_size) > block - 12 and letter_size > 20:
            letter_size -= 4
        c.setFillColor(black)
        c.setFont(self.bold, letter_size)
        c.drawCentredString(x0 + block / 2, top - block + block * 0.17, slip.grade)
        self.qr(slip.reference, x1 - block, top - block, block)
        c.setFont(self.regular, 6.5)
        c.setFillColor(GREY)
        c.drawCentredString(x1 - block / 2, top - block - 8, short_reference(slip.inspection_id))
        y = top - block - 16

        # The disposition: a coloured band with a symbol and the word.
        fill, ink, symbol = BANDS.get(slip.disposition, OTHER_BAND)
        band = 46.0
        c.setFillColor(fill)
        c.setStrokeColor(black)
        c.setLineWidth(1)
        c.rect(x0, y - band, usable, band, fill=1, stroke=1)
        word = f"{symbol} {self.t(disposition_word(slip.disposition))}"
        word_size = 24.0
        while stringWidth(word, self.bold, word_size) > usable - 12 and word_size > 10:
            word_size -= 1
        c.setFillColor(ink)
        c.setFont(self.bold, word_size)
        c.drawCentredString(x0 + usable / 2, y - band / 2 - word_size * 0.35, visual(word))
        y -= band + 4

        footer_top = MARGIN + 20
        if slip.regraded is not None:
            y -= 10
            self.line(fit(self.t(slip.regraded), self.regular, 7.5, usable), self.regular, 7.5, y)
        if slip.reasons:
            y -= 11
            self.line(self.t(_("Why")), self.bold, 8.5, y)
            for reason in slip.reasons:
                room = int((y - footer_top - 4) // 11)
                if room < 1:
                    break
                for text in wrap("• " + self.t(reason), self.regular, 9, usable, max_lines=min(room, 3)):
                    y -= 11
                    self.line(text, self.regular, 9, y)

        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(x0, footer_top, x1, footer_top)
        people = self.t(_("Inspector: {name} · Station: {station} · Photos: {photos}", name=slip.inspector,
                          station=slip.station_id, photos=slip.photos or "—"))
        self.line(fit(people, self.regular, 7, usable), self.regular, 7, footer_top - 9)
        c.setFont(self.regular, 6)
        c.setFillColor(GREY)
        c.drawString(x0, footer_top - 17, slip.reference)

    def qr(self, value: str, x: float, y: float, side: float) -> None:
        """reportlab's own QR encoder, drawn as one path of dark runs: the widget's shape tree and its second
        encoding (for the bounds) cost several times the encoding itself."""
        encoder = QrCodeWidget(value, barLevel="M").qr
        encoder.make()
        count = encoder.getModuleCount()
        border = 4  # the quiet zone the QR standard asks for
        box = side / (count + 2 * border)
        path = self.c.beginPath()
        for row_index, row in enumerate(encoder.modules):
            top = y + side - (row_index + border + 1) * box
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(x + (column + border) * box, top, length * box, box)
                column += length
        self.c.setFillColor(black)
        self.c.drawPath(path, stroke=0, fill=1)


def render_slips(slips: Iterable[SlipContent], size: str = "4x6",
                 translate: Callable[[str], str] = _identity) -> bytes:
    """One PDF with a page per slip (a batch is the same call with more slips)."""
    if size not in SIZES:
        raise ValueError(f"unknown slip size {size!r}; use one of {', '.join(SIZES)}")
    width, height = SIZES[size]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle("Grading slips")
    canvas.setCreator("Returns inspection station")
    drawer = _Slip(canvas, width, height, translate)
    pages = 0
    for slip in slips:
        drawer.draw(slip)
        canvas.showPage()
        pages += 1
    if pages == 0:
        raise ValueError("no slips to render")
    canvas.save()
    return out.getvalue()
