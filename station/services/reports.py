"""Read-only listings of completed inspections, for the command line and exports."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from db import models
from station.checklist.versions import checklist_version
from station.context import StationContext
from station.grading.rules import disposition_label
from station.review.evidence import answer_text
from station.text import Text, _, _n


def list_inspections(ctx: StationContext, limit: int | None = None) -> list[dict[str, Any]]:
    with ctx.read() as session:
        names = dict(session.execute(select(models.User.id, models.User.name)).all())
        query = select(models.Inspection).order_by(models.Inspection.completed_at)
        if limit:
            query = query.limit(limit)
        rows = session.scalars(query).all()
        return [{
            "id": str(row.id),
            "rma": row.rma_number,
            "rma_line": row.rma_line_no,
            "sku": row.sku,
            "serial": row.serial,
            "grade": row.grade,
            "disposition": row.disposition,
            "reasons": [Text.from_json(r).render() for r in row.reasons],
            "flags": [f["kind"] for f in row.flags],
            "inspector": names.get(row.inspector_id, str(row.inspector_id)),
            "station": row.station_id,
            "started_at": row.started_at.isoformat(),
            "completed_at": row.completed_at.isoformat(),
            "status": "completed",
        } for row in rows]


def _same(source: str) -> str:
    return source


def inspection_summary(ctx: StationContext, inspection_id: uuid.UUID,
                       translate: Callable[[str], str] = _same) -> str:
    """A short plain-text account of one completed inspection, for "open that inspection", in the language
    `translate` gives (the window's, safe to call off the UI thread)."""
    with ctx.read() as session:
        row = session.get(models.Inspection, inspection_id)
        if row is None:
            return _("Inspection {id} is not at this station.", id=str(inspection_id)).render(translate)
        inspector = session.get(models.User, row.inspector_id)
        # The answers read as the checklist asked them (the option's words, Yes/No, the unit), never their ids.
        template = checklist_version(ctx.templates, row.category, row.template_version, session)
        lines = [
            f"{row.rma_number or '—'} · {row.sku} · {row.grade} · "
            f"{disposition_label(row.disposition).render(translate)}",
            f"{inspector.name if inspector else row.inspector_id} · {row.station_id} · "
            f"{row.completed_at.astimezone():%Y-%m-%d %H:%M}",
            "",
            *("• " + Text.from_json(r).render(translate) for r in row.reasons),
            *("⚑ " + Text.from_json(f["reason"]).render(translate) for f in row.flags),
            "",
            *(f"{translate(a.question_text)}: {answer_text(template, a.question_id, a.value).render(translate)}"
              for a in row.answers),
            _n("%n photo(s)", len(row.photos)).render(translate),
        ]
        return "\n".join(lines)
