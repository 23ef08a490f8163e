"""The grading slip as ZPL II for Zebra-type thermal printers (4x6 in at 203 dpi); non-Latin text as bitmaps.

Zebra's built-in font covers Latin-1 only, so a line in Hebrew, Cyrillic or anything else is drawn with the
bundled DejaVu font (Pillow) and sent as a `^GF` graphic field; right-to-left lines are put in visual order.
"""

from __future__ import annotations

from collections.abc import Callable

from station.config import RESOURCES
from station.slips.bidi_lines import fit, is_rtl, visual, wrap
from station.slips.content import SlipContent, disposition_word
from station.slips.reference import short_reference
from station.text import Text, _

DOTS_PER_INCH = 203
WIDTH = 4 * DOTS_PER_INCH
HEIGHT = 6 * DOTS_PER_INCH
MARGIN = 24
BOLD_TTF = RESOURCES / "fonts" / "DejaVuSans-Bold.ttf"


def _identity(source: str) -> str:
    return source


def _latin1(text: str) -> bool:
    return all(32 <= ord(c) < 256 and c not in "\x7f" for c in text)


def _field_data(text: str) -> str:
    # ^FH: "_" starts a hex escape, so the ZPL command characters in data cannot end the field early.
    return "".join(f"_{ord(c):02X}" if c in "_^~" else c for c in text)


def _bitmap(text: str, height: int, width: int) -> tuple[str, int]:
    """A ^GF field of `text` in DejaVu Bold, `height` dots tall; returns the command and the bitmap's width."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(BOLD_TTF), height)
    shown = visual(text)
    right = font.getbbox(shown)[2]
    image_width = min(width, max(8, right))
    image = Image.new("L", (image_width, int(height * 1.25)), 0)
    ImageDraw.Draw(image).text((0, 0), shown, font=font, fill=255)
    bits = image.point(lambda v: 255 if v > 110 else 0).convert("1")
    row_bytes = (bits.width + 7) // 8
    data = bits.tobytes().hex().upper()  # PIL packs mode-1 rows to whole bytes, as ^GF expects
    total = row_bytes * bits.height
    return f"^GFA,{total},{total},{row_bytes},{data}", bits.width


class _Label:
    def __init__(self, translate: Callable[[str], str]) -> None:
        self.commands: list[str] = []
        self.translate = translate
        self.usable = WIDTH - 2 * MARGIN

    def t(self, text: Text) -> str:
        return text.render(self.translate)

    def text(self, y: int, text: str, height: int, max_lines: int = 1) -> int:
        """Writes wrapped text at `y`; returns the y below it. Widths are measured with DejaVu's metrics."""
        from station.pdf_fonts import register_fonts

        _regular, bold = register_fonts()
        size = height * 0.92
        lines = [fit(text, bold, size, self.usable)] if max_lines == 1 else wrap(text, bold, size, self.usable,
                                                                                max_lines=max_lines)
        for line in lines:
            if _latin1(line):
                self.commands.append(f"^FO{MARGIN},{y}^A0N,{height},{height}^FH^FD{_field_data(line)}^FS")
            else:
                field, drawn = _bitmap(line, height, self.usable)
                x = MARGIN + self.usable - drawn if is_rtl(line) else MARGIN
                self.commands.append(f"^FO{x},{y}{field}^FS")
            y += int(height * 1.2)
        return y

    def build(self, slip: SlipContent) -> str:
        c = self.commands
        c += ["^XA", "^CI28", f"^PW{WIDTH}", f"^LL{HEIGHT}", "^LH0,0"]
        c.append(f"^FO{MARGIN},{MARGIN}^A0N,22,22^FH^FD{_field_data(self.t(_('GRADING SLIP')))}^FS")
        stamp = slip.decided_at.astimezone().strftime("%Y-%m-%d %H:%M")
        c.append(f"^FO{WIDTH - MARGIN - 200},{MARGIN}^A0N,22,22^FB200,1,0,R^FD{stamp}^FS")
        y = self.text(MARGIN + 40, slip.item_name, 40, max_lines=3) + 6
        for label, value in ((_("SKU"), slip.sku), (_("Serial"), slip.serial or "-"),
                             (_("RMA"), slip.rma or self.t(_("none (unexpected return)")))):
            y = self.text(y, f"{self.t(label)}: {value}", 28)
        block = 340
        y += 12
        c.append(f"^FO{MARGIN},{y}^GB{block},{block},8^FS")
        c.append(f"^FO{MARGIN},{y + 14}^A0N,24,24^FB{block},1,0,C^FH^FD{_field_data(self.t(_('GRADE')))}^FS")
        c.append(f"^FO{MARGIN},{y + 60}^A0N,260,220^FB{block},1,0,C^FH^FD{_field_data(slip.grade)}^FS")
        # Magnification 8 makes a version-3 QR (29 modules plus quiet zone) about 300 dots wide.
        c.append(f"^FO{WIDTH - MARGIN - block + 10},{y}^BQN,2,8^FDMA,{slip.reference}^FS")
        c.append(f"^FO{WIDTH - MARGIN - block},{y + block + 4}^A0N,20,20^FB{block},1,0,C"
                 f"^FD{short_reference(slip.inspection_id)}^FS")
        y += block + 34
        # Thermal printers print black only: the band is reversed (white word on black), the word is the signal.
        band = 96
        c.append(f"^FO{MARGIN},{y}^GB{self.usable},{band},{band}^FS")
        word = self.t(disposition_word(slip.disposition))
        if _latin1(word):
            c.append(f"^FO{MARGIN},{y + 18}^A0N,66,66^FB{self.usable},1,0,C^FR^FH^FD{_field_data(word)}^FS")
        else:
            field, drawn = _bitmap(word, 60, self.usable)
            c.append(f"^FO{MARGIN + (self.usable - drawn) // 2},{y + 18}^FR{field}^FS")
        y += band + 20
        if slip.regraded is not None:
            y = self.text(y, self.t(slip.regraded), 24)
        for reason in slip.reasons:
            if y > HEIGHT - 160:
                break
            y = self.text(y, "- " + self.t(reason), 26, max_lines=2)
        footer = HEIGHT - MARGIN - 60
        c.append(f"^FO{MARGIN},{footer}^GB{self.usable},2,2^FS")
        people = self.t(_("Inspector: {name} · Station: {station} · Photos: {photos}", name=slip.inspector,
                          station=slip.station_id, photos=slip.photos or "-"))
        self.text(footer + 10, people, 22)
        c.append(f"^FO{MARGIN},{footer + 36}^A0N,18,18^FD{slip.reference}^FS")
        c.append("^PQ1")
        c.append("^XZ")
        return "\n".join(self.commands) + "\n"


def render_zpl(slips: list[SlipContent], translate: Callable[[str], str] = _identity) -> str:
    """One ^XA…^XZ label per slip, ready to send raw (`lp -d QUEUE -o raw`, or TCP port 9100)."""
    return "".join(_Label(translate).build(slip) for slip in slips)
