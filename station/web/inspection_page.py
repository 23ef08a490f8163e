"""One inspection as its web page shows it, read in four set-based statements: the inspection with its product,
RMA, inspector, refund, shop notice and containers; its answers; its photos with their checks; its decisions
(leads' reviews and refurb re-grades). No statement per photo or per answer, no ORM objects and no SQLAlchemy
result objects (station.web.central.rows): the page is asked for often, over a central of millions
(scripts/bench_web.py), and shows only what is read here.

The evidence packet still reads the whole station.review.evidence view (audit entries, copies checked again);
this page is its on-screen part and reads the same tables, so both show one inspection alike
(tests/web/test_web_pages.py compares them).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import psycopg
from sqlalchemy import Connection

from station.checklist.model import Template
from station.context import StationContext
from station.grading.rules import disposition_label
from station.outcome import OUTCOME_SOURCES
from station.review.decisions import refusal_of
from station.review.evidence import AnswerView, HistoryEntry, _photo_prompt, answer_text
from station.review.photo_evidence import ReusedIn, check_lines, check_view
from station.text import Text, _
from station.web.central import Account, arows, rows

# The decisions read below are these areas' (station.outcome): a new area must be added to DECISIONS_SQL too.
READ_OUTCOME_SOURCES = ("station.review.decisions:review_decisions", "station.refurb.decisions:refurb_decisions")
assert set(OUTCOME_SOURCES) == set(READ_OUTCOME_SOURCES), "the web page's decisions miss an area's"

# Tables a central has from some version on; a column of the main statement each, NULL where the table is absent.
OPTIONAL = {
    "refund_recommendations": "(SELECT json_build_object('settlement', f.settlement, 'amount', "
                              "CAST(f.amount AS text), 'fee', CAST(f.fee AS text)) FROM refund_recommendations f "
                              "WHERE f.inspection_id = i.id) AS refund",
    "shop_notices": "(SELECT json_build_object('state', n.state, 'reason', n.reason) FROM shop_notices n "
                    "WHERE n.inspection_id = i.id) AS notice",
    "container_placements": "(SELECT json_agg(json_build_object('code', c.container_code, 'action', c.action) "
                            "ORDER BY c.at, c.id) FROM container_placements c WHERE c.inspection_id = i.id) "
                            "AS placements",
}

MAIN_SQL = """
SELECT i.id, i.station_id, i.inspector_id, i.rma_number, i.sku, i.serial, i.category, i.template_version,
       i.proposed_grade, i.proposed_disposition, i.grade, i.disposition, i.override_reason, i.reasons,
       i.started_at, i.completed_at, u.name AS inspector, p.name AS product, a.order_number,
       a.reason AS return_reason, {optional}
FROM inspections i
LEFT JOIN users u ON u.id = i.inspector_id
LEFT JOIN products p ON p.sku = i.sku
LEFT JOIN return_authorizations a ON a.rma_number = i.rma_number
WHERE i.id = %(i)s
"""
ANSWERS_SQL = ("SELECT position, question_id, question_text, value, answered_at FROM inspection_answers "
               "WHERE inspection_id = %(i)s ORDER BY position")
# Each photo's newest check, and the same pictures found later by sync, beside the photo itself.
PHOTOS_SQL = """
SELECT p.id, p.sha256, p.question_id, p.taken_at, c.id AS check_id, c.ok, c.problems, c.measures, c.phash,
       c.whole_item, c.camera, c.similarity, c.catalog_sku, c.reused, c.kept_reason, c.limits, c.checked_at,
       (SELECT json_agg(json_build_object('inspection_id', r.other_inspection_id, 'photo_id', r.other_photo_id,
                                          'distance', r.distance, 'station', r.other_station_id)
                        ORDER BY r.found_at, r.id)
        FROM photo_reuses r WHERE r.inspection_id = p.inspection_id AND r.photo_id = p.id) AS later
FROM photos p
LEFT JOIN LATERAL (SELECT * FROM photo_checks k WHERE k.photo_id = p.id AND k.inspection_id = p.inspection_id
                   ORDER BY k.checked_at DESC LIMIT 1) c ON true
WHERE p.inspection_id = %(i)s
ORDER BY p.taken_at, p.id
"""
DECISIONS_SQL = """
SELECT 'review' AS source, r.id, r.action, r.previous_grade, r.previous_disposition, r.grade, r.disposition,
       r.reason, r.decided_at, u.name AS who, {refund} AS refund
FROM reviews r LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.inspection_id = %(i)s
UNION ALL
SELECT 'refurb', o.id, NULL, o.proposed_grade, o.proposed_disposition, o.grade, o.disposition, o.override_reason,
       o.decided_at, u.name, {refund_o}
FROM refurb_outcomes o LEFT JOIN users u ON u.id = o.technician_id WHERE o.inspection_id = %(i)s
"""
# The refund the policy recommended for a decision's grade (a central from migration 0014 on), in the shape of the
# completion's: what the shop is refunded once a lead or refurb has decided.
DECISION_REFUND = ("(SELECT json_build_object('settlement', f.settlement, 'amount', CAST(f.amount AS text), 'fee', "
                   "CAST(f.fee AS text)) FROM decision_refunds f WHERE f.decision_id = {d}.id)")
TEMPLATE_SQL = "SELECT content FROM checklist_templates WHERE category = %(c)s AND version = %(v)s"


@dataclass(frozen=True)
class PagePhoto:
    id: uuid.UUID
    sha256: str
    prompt: str | None
    checks: list[Text]
    checks_key: tuple[Any, ...] | None = None  # the same key, the same lines: a page may keep them rendered


@dataclass(frozen=True)
class InspectionPage:
    inspection_id: uuid.UUID
    station_id: str
    inspector: str
    rma_number: str | None
    sku: str | None
    product: str | None
    serial: str | None
    order_number: str | None
    return_reason: str | None
    completed_at: datetime
    grade: str  # the current outcome: the newest decision's, else the inspection's own
    disposition: str
    grade_reasons: list[Text]
    answers: list[AnswerView]
    photos: list[PagePhoto]
    history: list[HistoryEntry]
    why_not_decide: Text | None  # for the viewing person; None when they may decide
    refund: dict[str, Any] | None  # for the current outcome: the newest decision's, else the completion's
    refund_at_completion: dict[str, Any] | None  # the inspector's, shown beside a decision's that differs
    placements: list[dict[str, Any]]
    notice: dict[str, Any] | None
    notices_kept: bool  # this central records shop notices: "not yet" means not yet


@lru_cache(maxsize=8)
def _main_sql(tables: frozenset[str]) -> str:
    columns = [sql if name in tables else f"NULL AS {sql.rsplit(' AS ', 1)[1]}" for name, sql in OPTIONAL.items()]
    return MAIN_SQL.format(optional=", ".join(columns))


@lru_cache(maxsize=8)
def _decisions_sql(tables: frozenset[str]) -> str:
    if "decision_refunds" not in tables:
        return DECISIONS_SQL.format(refund="NULL::json", refund_o="NULL::json")
    return DECISIONS_SQL.format(refund=DECISION_REFUND.format(d="r"), refund_o=DECISION_REFUND.format(d="o"))


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def _known_template(ctx: StationContext, category: str, version: int,
                    kept: dict[tuple[str, int], Template]) -> Template | None:
    return ctx.templates.get(category, version) or kept.get((category, version))


def _keep_template(found_rows: list[Any], category: str, version: int,
                   kept: dict[tuple[str, int], Template]) -> Template | None:
    content = found_rows[0].content if found_rows else None
    try:
        found = Template.model_validate(content) if content else None
    except ValueError:
        found = None
    if found is not None:  # a version's content never changes once kept: read once per web view
        kept[(category, version)] = found
    return found


def _template(connection: Connection, ctx: StationContext, category: str, version: int,
              kept: dict[tuple[str, int], Template]) -> Template | None:
    # As station.checklist.versions.checklist_version: the version from the files, else the copy kept on the
    # central, else the newest loaded.
    found = _known_template(ctx, category, version, kept)
    if found is None:
        found = _keep_template(rows(connection, TEMPLATE_SQL, {"c": category, "v": version}), category, version, kept)
    return found or ctx.templates.get(category)


async def _template_async(connection: psycopg.AsyncConnection[Any], ctx: StationContext, category: str,
                          version: int, kept: dict[tuple[str, int], Template]) -> Template | None:
    found = _known_template(ctx, category, version, kept)
    if found is None:
        found = _keep_template(await arows(connection, TEMPLATE_SQL, {"c": category, "v": version}), category,
                               version, kept)
    return found or ctx.templates.get(category)


# A photo check's lines by its id and the reuses found later: a check is a fact, never changed, so its lines are
# made once per web view (the caller keeps them between pages), not for every page that shows the photo.
CheckLines = dict[tuple[Any, ...], list[Text]]
KEPT_LINES = 20_000


def load_page(connection: Connection, ctx: StationContext, tables: frozenset[str], inspection_id: uuid.UUID,
              viewer: Account, kept: dict[tuple[str, int], Template] | None = None,
              lines: CheckLines | None = None) -> InspectionPage | None:
    """The page of one inspection, or None when this person's role sees no such inspection. `kept`: the
    checklist versions read from this central so far, `lines`: the photo checks' lines made so far (the caller
    keeps both between pages)."""
    found = rows(connection, _main_sql(tables), {"i": inspection_id})
    if not found:
        return None
    row = found[0]._asdict()
    template = _template(connection, ctx, row["category"], row["template_version"], {} if kept is None else kept)
    params = {"i": inspection_id}
    return _page(ctx, tables, viewer, row, template, rows(connection, ANSWERS_SQL, params),
                 rows(connection, PHOTOS_SQL, params), rows(connection, _decisions_sql(tables), params), lines)


async def load_page_async(connection: psycopg.AsyncConnection[Any], ctx: StationContext, tables: frozenset[str],
                          inspection_id: uuid.UUID, viewer: Account,
                          kept: dict[tuple[str, int], Template] | None = None,
                          lines: CheckLines | None = None) -> InspectionPage | None:
    """load_page on the web's async connection: the same statements in the same order."""
    found = await arows(connection, _main_sql(tables), {"i": inspection_id})
    if not found:
        return None
    row = found[0]._asdict()
    template = await _template_async(connection, ctx, row["category"], row["template_version"],
                                     {} if kept is None else kept)
    params = {"i": inspection_id}
    return _page(ctx, tables, viewer, row, template, await arows(connection, ANSWERS_SQL, params),
                 await arows(connection, PHOTOS_SQL, params),
                 await arows(connection, _decisions_sql(tables), params), lines)


def _page(ctx: StationContext, tables: frozenset[str], viewer: Account, row: dict[str, Any],
          template: Template | None, answer_rows: list[Any], photo_rows: list[Any],
          decision_rows: list[Any], lines: CheckLines | None) -> InspectionPage:
    inspector = row["inspector"] or (str(row["inspector_id"])[:8] if row["inspector_id"] else "—")
    answers = [AnswerView(a.position + 1 if template is None or not template.has_question(a.question_id)
                          else template.number_of(a.question_id), a.question_text,
                          answer_text(template, a.question_id, a.value), _utc(a.answered_at))
               for a in answer_rows]
    photos, taken = [], []
    lines = {} if lines is None else lines
    for p in photo_rows:
        checks: list[Text] = []
        key = None
        if p.phash is not None:
            key = (p.check_id, p.id, *((r["inspection_id"], r["photo_id"], r["distance"], r["station"])
                                       for r in p.later or ()))
            found = lines.get(key)
            if found is None:
                later = [ReusedIn(uuid.UUID(r["inspection_id"]), uuid.UUID(r["photo_id"]) if r["photo_id"] else None,
                                  int(r["distance"]), True, r["station"]) for r in p.later or ()]
                found = check_lines(ctx, check_view(ctx, p.id, p.sha256, p, p.checked_at, later))
                if len(lines) >= KEPT_LINES:
                    lines.clear()
                lines[key] = found
            checks = list(found)
        photos.append(PagePhoto(p.id, p.sha256, _photo_prompt(template, p.question_id), checks, key))
        taken.append(HistoryEntry(_utc(p.taken_at), inspector, _("Took photo {sha}.", sha=p.sha256[:12])))
    decisions = sorted(decision_rows, key=lambda d: (d.decided_at, d.id.bytes))
    grade, disposition = row["grade"], row["disposition"]
    refund, refund_at_completion = row["refund"], None
    if decisions and (decisions[-1].decided_at, decisions[-1].id.bytes) > (row["completed_at"], row["id"].bytes):
        grade, disposition = decisions[-1].grade, decisions[-1].disposition
        # As the shop is told (station.outbound.decided): the newest decision's refund; one recorded before
        # decisions carried a refund leaves the completion's.
        if decisions[-1].refund is not None:
            refund = decisions[-1].refund
            refund_at_completion = row["refund"] if row["refund"] != refund else None
    history = _history(row, inspector, taken, decisions)
    why_not = refusal_of(viewer.role, viewer.user_id, row["inspector_id"]) if viewer.user_id is not None else None
    return InspectionPage(
        inspection_id=row["id"], station_id=row["station_id"], inspector=inspector, rma_number=row["rma_number"],
        sku=row["sku"], product=row["product"], serial=row["serial"], order_number=row["order_number"],
        return_reason=row["return_reason"], completed_at=_utc(row["completed_at"]), grade=grade,
        disposition=disposition, grade_reasons=[Text.from_json(r) for r in row["reasons"] or ()], answers=answers,
        photos=photos, history=history, why_not_decide=why_not, refund=refund,
        refund_at_completion=refund_at_completion,
        placements=list(row["placements"] or ()), notice=row["notice"], notices_kept="shop_notices" in tables)


def _history(row: Any, inspector: str, taken: list[HistoryEntry], decisions: list[Any]) -> list[HistoryEntry]:
    """What happened to the item, oldest first: the scan, each photo, Complete, and every later decision."""
    history = [HistoryEntry(_utc(row["started_at"]), inspector, _(
        "Scanned the label and started the inspection at {station}.", station=row["station_id"])), *taken]
    completed = _utc(row["completed_at"])
    history.append(HistoryEntry(completed, inspector, _("Completed: grade {grade}, {disposition}.",
                                                        grade=row["grade"],
                                                        disposition=disposition_label(row["disposition"]))))
    if row["override_reason"]:
        history.append(HistoryEntry(completed, inspector, _(
            "Changed the proposed {grade}/{disposition}: {reason}", grade=row["proposed_grade"],
            disposition=disposition_label(row["proposed_disposition"]), reason=row["override_reason"])))
    for d in decisions:
        who = d.who or "—"
        old, new = disposition_label(d.previous_disposition), disposition_label(d.disposition)
        if d.source == "refurb":
            what = _("Refurb re-graded it {grade}/{disposition} after the repair.", grade=d.grade, disposition=new)
        elif d.action == "approve":
            what = _("Approved {grade}/{disposition}.", grade=d.grade, disposition=new)
        else:
            what = _("Regraded {old_grade}/{old_disposition} to {grade}/{disposition}: {reason}",
                     old_grade=d.previous_grade, old_disposition=old, grade=d.grade, disposition=new,
                     reason=d.reason or "")
        history.append(HistoryEntry(_utc(d.decided_at), who, what))
    history.sort(key=lambda h: h.at)
    return history
