"""Re-grading after refurbishment: the category's checklist and grading rules again; restock or dispose."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from db import models
from db.refurb_models import RefurbOutcome, RefurbWork
from station.checklist.flow import normalise_answer, unanswered, visible_answers, visible_questions
from station.checklist.versions import require_checklist
from station.checklist.views import ChecklistCursor, QuestionView, question_view
from station.context import StationContext
from station.facts import add_fact
from station.grading.rules import GradeResult
from station.ids import new_id, utc_now
from station.outcome import current_outcome
from station.policy.decision_refund import record_decision_refund
from station.refurb.access import require_refurb
from station.refurb.queue import REFURBISH, NotInQueue
from station.text import StationError, Text, _

OUTCOMES = ("restock", "dispose")


class RegradeInvalid(StationError):
    """The re-grade cannot be completed as asked; nothing was saved."""


@dataclass(frozen=True)
class RegradeView(ChecklistCursor):
    """The re-grade checklist as the Inspect mode's checklist widget shows it (same field names as DraftView)."""

    inspection_id: uuid.UUID
    category: str
    template_title: str
    questions: list[QuestionView]
    position: int
    answers: dict[str, Any]
    grade: GradeResult | None
    step: str  # "checklist" while questions are open, then "grade"
    # What the outcome becomes if the technician accepts the rules: restock or dispose, never refurbish again.
    proposed_outcome: str | None



@dataclass(frozen=True)
class RegradeDone:
    id: uuid.UUID
    grade: str
    disposition: str
    reasons: list[Text]


def _category(ctx: StationContext, inspection_id: uuid.UUID) -> str:
    with ctx.read() as session:
        row = session.get(models.Inspection, inspection_id)
        if row is None:
            raise NotInQueue(_("This item is no longer at this station. Open the queue again."))
        return row.category


def _proposed(result: GradeResult | None) -> str | None:
    if result is None:
        return None
    return result.disposition if result.disposition in OUTCOMES else None


def regrade_view(ctx: StationContext, inspection_id: uuid.UUID, answers: dict[str, Any] | None = None,
                 position: int | None = None) -> RegradeView:
    """Where the re-grade stands for these answers; `position` None goes to the first open question."""
    template = require_checklist(ctx.templates, _category(ctx, inspection_id))
    answers = visible_answers(template, answers or {})
    shown = visible_questions(template, answers)
    questions = [question_view(template, q, answers) for q in shown]
    missing = unanswered(template, answers)
    if position is None:
        ids = [q.id for q in shown]
        position = ids.index(missing[0].id) if missing else len(shown)
    step = "checklist" if missing or position < len(shown) else "grade"
    result = ctx.rules.grade(template, answers) if not missing else None
    return RegradeView(inspection_id, template.category, template.title, questions,
                       max(0, min(position, len(shown) - 1)), dict(answers), result, step, _proposed(result))


def regrade_answer(ctx: StationContext, inspection_id: uuid.UUID, answers: dict[str, Any], question_id: str,
                   raw: Any) -> RegradeView:
    """Checks one answer like the inspection does and moves to the next question not yet answered."""
    template = require_checklist(ctx.templates, _category(ctx, inspection_id))
    answers = dict(answers)
    question = next((q for q in visible_questions(template, visible_answers(template, answers))
                     if q.id == question_id), None)
    if question is None:
        raise RegradeInvalid(_("That question is not part of this checklist now. Answer the one shown."))
    value = normalise_answer(question, raw)
    # The same words as the inspection's own checklist: a tick list needs a tick, anything else an answer.
    if question.required and question.kind == "multi" and not value:
        raise RegradeInvalid(_("Question {number} needs at least one answer: press the number of each that "
                               "applies, then Enter.", number=template.number_of(question_id)))
    if question.required and value is None:
        raise RegradeInvalid(_("Question {number} needs an answer: choose or type one, then Enter.",
                               number=template.number_of(question_id)))
    if value is None:
        answers.pop(question_id, None)
    else:
        answers[question_id] = value
    shown = [q.id for q in visible_questions(template, visible_answers(template, answers))]
    after = shown.index(question_id) + 1
    open_later = [i for i, qid in enumerate(shown) if i >= after and qid not in answers]
    return regrade_view(ctx, inspection_id, answers, open_later[0] if open_later else None)


def complete_regrade(ctx: StationContext, technician_id: uuid.UUID, inspection_id: uuid.UUID,
                     answers: dict[str, Any], outcome: str | None = None, reason: str = "") -> RegradeDone:
    """Writes the re-grade as a RefurbOutcome fact: restock with the new grade, or dispose.

    The rules' proposal stands unless the technician chooses the other outcome with a reason. When the rules
    still say refurbish, the technician records more work first or chooses restock or dispose with a reason.
    """
    if outcome is not None and outcome not in OUTCOMES:
        raise RegradeInvalid(_("After refurbishment an item is restocked or disposed of."))
    with ctx.transaction() as session:
        require_refurb(session, technician_id)
        inspection = session.get(models.Inspection, inspection_id)
        if inspection is None or current_outcome(session, inspection).disposition != REFURBISH:
            raise NotInQueue(_("This item is no longer waiting for refurbishment. Open the queue again."))
        works = session.scalar(select(func.count()).select_from(RefurbWork)
                               .where(RefurbWork.inspection_id == inspection_id)) or 0
        if works == 0:
            raise RegradeInvalid(_("Record the work done on this item before you re-grade it."))
        template = require_checklist(ctx.templates, inspection.category)
        counted = visible_answers(template, answers)
        missing = unanswered(template, counted)
        if missing:
            raise RegradeInvalid(_("Question {number} is not answered yet.",
                                   number=template.number_of(missing[0].id)))
        result = ctx.rules.grade(template, counted)
        proposed = _proposed(result)
        chosen = outcome or proposed
        if chosen is None:
            raise RegradeInvalid(_("The checklist still finds work to do (grade {grade}). Record more work and "
                                   "re-grade, or choose restock or dispose and say why.", grade=result.grade))
        overridden = chosen != result.disposition
        if overridden and len(reason.strip()) < 3:
            raise RegradeInvalid(_("Say why the item is to be {outcome} against the checklist (a few words).",
                                   outcome=chosen))
        row = RefurbOutcome(
            id=new_id(), station_id=ctx.station_id, inspection_id=inspection_id, technician_id=technician_id,
            template_version=template.version, rules_version=ctx.rules.version, answers=counted,
            proposed_grade=result.grade, proposed_disposition=result.disposition, grade=result.grade,
            disposition=chosen, reasons=[r.to_json() for r in result.reasons],
            override_reason=reason.strip() if overridden else None, decided_at=utc_now())
        add_fact(session, row)
        record_decision_refund(ctx, session, inspection, row.id, row.grade)
    return RegradeDone(row.id, row.grade, row.disposition, list(result.reasons))
