"""The evidence packet: one PDF with the item, RMA, answers, reasons, every photo with time and SHA-256,
the reviews and the audit entries — what a warehouse sends to a carrier or a marketplace in a dispute."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from station.context import StationContext
from station.grading.rules import disposition_label
from station.ids import utc_now
from station.pdf_fonts import register_fonts
from station.policy.return_reasons import return_reason
from station.review.evidence import EvidenceView, PhotoEvidence, load_evidence
from station.text import StationError, Text, _, _identity

PHOTO_MAX_W_CM = 17.0
PHOTO_MAX_H_CM = 17.0


class PacketFailed(StationError):
    """The PDF could not be written."""


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local:%Y-%m-%d %H:%M:%S} ({moment.astimezone().tzname()})"


def _photo_check(photo: PhotoEvidence) -> Text:
    if not photo.original.exists():
        return _("original not in this store")
    actual = hashlib.sha256(photo.original.read_bytes()).hexdigest()
    return _("SHA-256 verified now") if actual == photo.sha256 else _("DOES NOT MATCH its SHA-256: file changed")


def build_packet(view: EvidenceView, path: Path, generated_by: str | None = None,
                 translate: Callable[[str], str] = _identity) -> Path:
    """Writes the PDF for an evidence view; returns the path. `translate` puts its texts in the language of the
    person who makes it (English by default); Hebrew lines are reordered right to left for the page."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from station.slips.bidi_lines import has_rtl, is_rtl, visual, wrap

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=13, leading=17, spaceBefore=10,
                             spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=17, leading=21)

    frame_width = A4[0] - 3 * cm

    def para(value: Any, style: ParagraphStyle = body, width: float | None = None) -> Paragraph:
        text = value.render(translate) if isinstance(value, Text) else ("—" if value in (None, "") else str(value))
        if not has_rtl(text):
            return Paragraph(escape(text).replace("\n", "<br/>"), style)
        # Right to left: wrapped in reading order first, then each line reordered for drawing, so a long
        # Hebrew sentence does not come out with its lines in the wrong order; right-aligned when it starts so.
        lines = wrap(text, style.fontName, style.fontSize, (width or frame_width) - 2)
        if is_rtl(text):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        return Paragraph("<br/>".join(escape(visual(line)) for line in lines), style)

    def grid(rows: list[list[Any]], widths: list[float], header: bool = False) -> Table:
        table = Table([[c if isinstance(c, Paragraph | Image) else para(c, width=widths[i] - 6)
                        for i, c in enumerate(row)] for row in rows], colWidths=widths, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95)))
        table.setStyle(TableStyle(style))
        return table

    def image(file: Path, max_w: float, max_h: float) -> Image | None:
        from reportlab.lib.utils import ImageReader

        from station.evidence.working_image import PhotoNotCheckable, photo_size_allowed

        try:
            # The catalog image came with the shop's import: one that declares a gigantic picture is left out,
            # not decoded into gigabytes.
            photo_size_allowed(file.read_bytes(), file.name)
            width, height = ImageReader(str(file)).getSize()
        except (OSError, PhotoNotCheckable):
            return None
        scale = min(max_w / width, max_h / height)
        return Image(str(file), width=width * scale, height=height * scale)

    def outcome(disposition: str) -> str:
        return disposition_label(disposition).render(translate)

    product = view.product
    story: list[Any] = [
        para(_("Evidence packet — inspection {id}", id=str(view.inspection_id)), title),
        para(_("Made {when} at station {station}{by}. Times are local; photos are identified by the SHA-256 of the "
               "file as taken.", when=_when(utc_now()), station=view.station_id,
               by=f" by {generated_by}" if generated_by else ""), small),
        para(_("Item and return"), heading),
    ]
    item_rows = [
        [_("Product"), f"{product.name} ({product.sku})" if product else (view.sku or "—")],
        [_("GTIN / category / price"), f"{product.gtin or '—'} / {view.category} / {product.price}" if product
         else view.category],
        [_("Serial (found / expected)"), f"{view.serial or '—'} / {view.expected_serial or '—'}"],
        [_("RMA / line / order"), f"{view.rma_number or '—'} / {view.rma_line_no or '—'} / {view.order_number or '—'}"],
        [_("Customer"), view.customer],
        [_("Return reason"), return_reason(view.return_reason)],
        [_("Purchase date"), view.purchase_date.isoformat() if view.purchase_date else None],
        [_("Label as scanned"), f"{view.label_text}  [{view.label_kind}]"],
        [_("Inspector / station"), f"{view.inspector} / {view.station_id}"],
        [_("Started / completed"), f"{_when(view.started_at)} / {_when(view.completed_at)}"],
        [_("Checklist / rules"), f"{view.category} v{view.template_version} / {view.rules_version}"],
    ]
    catalog = image(product.image, 5 * cm, 5 * cm) if product and product.image and product.image.exists() else None
    details = grid(item_rows, [4.2 * cm, 8.3 * cm])
    story.append(Table([[details, catalog or ""]], colWidths=[12.7 * cm, 5.3 * cm], hAlign="LEFT",
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))

    story.append(para(_("Outcome"), heading))
    outcome_rows = [
        [_("Proposed by the rules"), f"{view.proposed_grade} / {outcome(view.proposed_disposition)}"],
        [_("Set by the inspector"), f"{view.inspected_grade} / {outcome(view.inspected_disposition)}"
         + (f" — {view.override_reason}" if view.override_reason else "")],
        [_("Current (after reviews)"), f"{view.grade} / {outcome(view.disposition)}"],
    ]
    story.append(grid(outcome_rows, [4.2 * cm, 13.8 * cm]))
    story.append(para(_("Reasons for the grade"), heading))
    story.extend(para("• " + r.render()) for r in view.grade_reasons)
    if view.review_reasons:
        story.append(para(_("Why a lead reviewed it"), heading))
        story.extend(para("⚑ " + r.text.render()) for r in view.review_reasons)

    story.append(para(_("Checklist answers"), heading))
    story.append(grid([[_("No."), _("Question"), _("Answer"), _("Answered")]]
                      + [[str(a.number), Text(a.question), a.answer, _when(a.answered_at)] for a in view.answers],
                      [1.0 * cm, 7.5 * cm, 5.0 * cm, 4.5 * cm], header=True))

    story.append(para(_("Reviews"), heading))
    if view.reviews:
        story.append(grid([[_("When"), _("Lead"), _("Decision"), _("Reason")]] + [
            [_when(r.decided_at), f"{r.reviewer} ({r.station_id})",
             f"{r.action}: {r.previous_grade}/{r.previous_disposition} → {r.grade}/{r.disposition}", r.reason]
            for r in view.reviews], [4.0 * cm, 3.8 * cm, 5.0 * cm, 5.2 * cm], header=True))
    else:
        story.append(para(_("No lead has reviewed this inspection yet.")))

    photos_heading: list[Any] = [para(_("Photos ({count})", count=len(view.photos)), heading)]
    for number, photo in enumerate(view.photos, start=1):
        source = photo.review if photo.review.exists() else photo.original
        picture = image(source, PHOTO_MAX_W_CM * cm, PHOTO_MAX_H_CM * cm) if source.exists() else None
        caption = [
            para(_("Photo {n} of {total} — taken {when}{prompt}", n=number, total=len(view.photos),
                   when=_when(photo.taken_at), prompt=f" — {photo.prompt}" if photo.prompt else "")),
            para(_("SHA-256 {sha} · {width}×{height} px · {size} bytes · {check}", sha=photo.sha256,
                   width=photo.width, height=photo.height, size=photo.size_bytes, check=_photo_check(photo)),
                 small),
        ]
        checks = view.photo_checks.get(photo.id)
        if checks:
            caption.append(para("\n".join("• " + line.render(translate) for line in checks), small))
        # The heading stays with the first photo rather than alone at the foot of a page.
        block = [*photos_heading, *caption, picture or para(_("(the photo file is not in this store)")),
                 Spacer(1, 0.4 * cm)]
        photos_heading = []
        story.append(KeepTogether(block))
    story.extend(photos_heading)

    story.append(para(_("Audit entries"), heading))
    story.append(para(_("Each entry's hash covers the one before it at the same station; `station audit verify` "
                        "checks the chains."), small))
    story.append(grid([[_("Station #"), _("Who"), _("What"), _("When"), _("Hash")]] + [
        [f"{e.station_id} #{e.seq}", e.actor, f"{e.table_name} {e.row_id}", _when(e.recorded_at),
         e.hash[:16] + "…"] for e in view.audit], [2.4 * cm, 2.8 * cm, 6.0 * cm, 3.9 * cm, 2.9 * cm], header=True))

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title=f"Evidence packet {view.inspection_id}",
                            author="Returns inspection station")

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.drawString(1.5 * cm, 0.8 * cm, visual(_("Inspection {id} · page {page}", id=str(view.inspection_id),
                                                         page=document.page).render(translate)))
        canvas.restoreState()

    try:
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PacketFailed(_("The evidence packet could not be written to {path} ({problem}). Choose another "
                             "folder.", path=str(path), problem=exc.strerror or str(exc))) from exc
    return path


def evidence_packet(ctx: StationContext, inspection_id: uuid.UUID, path: Path,
                    user_id: uuid.UUID | None = None, translate: Callable[[str], str] = _identity) -> Path:
    """Service: the packet for one inspection, written to `path` (a temporary file first, then renamed)."""
    from db import models

    by = None
    if user_id is not None:
        with ctx.read() as session:
            user = session.get(models.User, user_id)
            by = user.name if user else None
    return build_packet(load_evidence(ctx, inspection_id, recheck_copies=True), path, by, translate)
