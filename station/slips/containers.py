"""Container labels (4x6 in PDF and ZPL: QR, kind, zone, counts by SKU and grade), manifests (PDF, CSV) and the
item's own label (license plate: 2x1 in ZPL or 4x6 in PDF) whose QR every later scan resolves to the inspection."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from station.pdf_fonts import register_fonts
from station.putaway.views import ContainerView, ItemLine
from station.slips.bidi_lines import fit, visual
from station.slips.content import disposition_word
from station.slips.pdf import _Slip
from station.slips.reference import short_reference
from station.slips.zpl import _field_data, _Label
from station.text import Text, _, _n

DOTS = 203
MANIFEST_COLUMNS = ("container", "inspection_id", "sku", "name", "serial", "grade", "disposition", "placed_at",
                    "station")
_KINDS = {"tote": _("TOTE"), "cart": _("CART"), "pallet": _("PALLET"), "gaylord": _("GAYLORD"), "cage": _("CAGE")}


def _identity(source: str) -> str:
    return source


def _kind(kind: str) -> Text:
    return _KINDS.get(kind, Text(kind.upper()))


def _count_lines(view: ContainerView, translate: Callable[[str], str]) -> list[str]:
    return [f"{sku} · {grade} × {n}" for sku, grade, n in view.counts] or [_("empty").render(translate)]


def container_label_pdf(view: ContainerView, translate: Callable[[str], str] = _identity) -> bytes:
    out = io.BytesIO()
    width, height = 4 * inch, 6 * inch
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(f"Container {view.code}")
    drawer = _Slip(canvas, width, height, translate)
    regular, bold = register_fonts()
    top = height - 12
    drawer.line(f"{_kind(view.kind).render(translate)}  {view.code}", bold, 26, top - 26)
    drawer.line(Text(view.zone_title).render(translate), bold, 16, top - 50)
    side = 2.2 * inch
    drawer.qr(view.code, (width - side) / 2, top - 60 - side, side)
    y = top - 70 - side
    status = _n("%n item(s) · closed {time} by {station}", len(view.items),
                time=view.closed_at.astimezone().strftime("%Y-%m-%d %H:%M") if view.closed_at else "—",
                station=view.closed_station or "—") if view.closed_at else _n("%n item(s) · open", len(view.items))
    drawer.line(status.render(translate), regular, 10, y)
    y -= 16
    lines = _count_lines(view, translate)
    # Two columns of counts; what does not fit is on the manifest, and the label says so.
    rows = max(1, int((y - 30) // 13))
    shown = lines[:2 * rows] if len(lines) <= 2 * rows else lines[:2 * rows - 1]
    column = (width - 24) / 2
    for index, text in enumerate(shown):
        drawer.c.setFont(regular, 10)
        drawer.c.drawString(12 + (index // rows) * column, y - (index % rows) * 13, fit(text, regular, 10, column - 6))
    if len(lines) > len(shown):
        drawer.c.drawString(12 + column, y - (rows - 1) * 13, fit(_("… {n} more: see the manifest",
                                                                       n=len(lines) - len(shown)).render(translate),
                                                                     regular, 10, column - 6))
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def container_label_zpl(view: ContainerView, translate: Callable[[str], str] = _identity) -> str:
    label = _Label(translate)
    c = label.commands
    c += ["^XA", "^CI28", f"^PW{4 * DOTS}", f"^LL{6 * DOTS}", "^LH0,0"]
    y = label.text(24, f"{_kind(view.kind).render(translate)}  {view.code}", 56)
    y = label.text(y, Text(view.zone_title).render(translate), 34)
    c.append(f"^FO{(4 * DOTS - 300) // 2},{y + 6}^BQN,2,10^FDMA,{_field_data(view.code)}^FS")
    y += 330
    y = label.text(y, _n("%n item(s)", len(view.items)).render(translate), 28)
    for text in _count_lines(view, translate)[:16]:
        y = label.text(y, text, 26)
    c += ["^PQ1", "^XZ"]
    return "\n".join(c) + "\n"


def manifest_csv(view: ContainerView) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(MANIFEST_COLUMNS)
    for item in view.items:
        writer.writerow([view.code, str(item.inspection_id), item.sku, item.name, item.serial or "", item.grade,
                         item.disposition, item.placed_at.isoformat(), item.placed_station])
    return out.getvalue()


def manifest_pdf(view: ContainerView, translate: Callable[[str], str] = _identity) -> bytes:
    out = io.BytesIO()
    # Landscape, so the full inspection id fits on the line: it is what a dispute or a recall is traced by.
    _width, height = landscape(A4)
    canvas = Canvas(out, pagesize=landscape(A4), pageCompression=1)
    canvas.setTitle(f"Manifest {view.code}")
    regular, bold = register_fonts()
    columns = ((36, 80), (116, 220), (336, 110), (446, 40), (486, 90), (576, 230))

    def header(y: float) -> float:
        canvas.setFont(bold, 14)
        canvas.drawString(36, y, visual(_n("Manifest {kind} {code} · {zone} · %n item(s)", len(view.items),
                                             kind=_kind(view.kind), code=view.code,
                                             zone=Text(view.zone_title)).render(translate)))
        y -= 20
        canvas.setFont(bold, 9)
        for (x, w), title in zip(columns, (_("SKU"), _("Item"), _("Serial"), _("Grade"), _("Disposition"),
                                           _("Inspection")), strict=True):
            canvas.drawString(x, y, fit(visual(title.render(translate)), bold, 9, w - 4))
        return y - 14

    y = header(height - 40)
    for item in view.items:
        if y < 40:
            canvas.showPage()
            y = header(height - 40)
        canvas.setFont(regular, 9)
        canvas.setFillColor(black)
        values = (item.sku, item.name, item.serial or "—", item.grade,
                  disposition_word(item.disposition).render(translate), str(item.inspection_id))
        for (x, w), value in zip(columns, values, strict=True):
            canvas.drawString(x, y, fit(visual(value), regular, 9, w - 4))
        y -= 13
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def item_label_zpl(item: ItemLine, translate: Callable[[str], str] = _identity) -> str:
    """2x1 in at 203 dpi: the QR on the left, SKU, grade and short reference beside it."""
    lines = ["^XA", "^CI28", f"^PW{2 * DOTS}", f"^LL{DOTS}", "^LH0,0",
             f"^FO8,8^BQN,2,3^FDMA,{item.reference}^FS",
             f"^FO190,16^A0N,30,30^FH^FD{_field_data(item.grade)} {_field_data(item.disposition[:8].upper())}^FS",
             f"^FO190,56^A0N,20,20^FH^FD{_field_data(item.sku[:18])}^FS",
             f"^FO190,84^A0N,20,20^FD{short_reference(item.inspection_id)}^FS",
             f"^FO190,112^A0N,18,18^FH^FD{_field_data((item.serial or '')[:18])}^FS",
             "^PQ1", "^XZ"]
    return "\n".join(lines) + "\n"


def item_label_pdf(item: ItemLine, translate: Callable[[str], str] = _identity) -> bytes:
    out = io.BytesIO()
    width, height = 4 * inch, 6 * inch
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(f"Item {short_reference(item.inspection_id)}")
    drawer = _Slip(canvas, width, height, translate)
    regular, bold = register_fonts()
    drawer.line(fit(item.name, bold, 16, width - 24), bold, 16, height - 36)
    drawer.line(f"{item.sku} · {item.serial or '—'}", regular, 12, height - 56)
    side = 2.6 * inch
    drawer.qr(item.reference, (width - side) / 2, height - 70 - side, side)
    y = height - 90 - side
    drawer.line(f"{item.grade} · {disposition_word(item.disposition).render(translate)}", bold, 28, y)
    drawer.line(short_reference(item.inspection_id), regular, 12, y - 22)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
