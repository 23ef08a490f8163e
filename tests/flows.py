"""Answer sets found by searching a real template: like-new items and damaged items, for flow tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from station.checklist.flow import photos_needed, unanswered, visible_questions
from station.checklist.model import Question, Template
from station.grading.rules import GradeResult, RuleSet


def _candidates(question: Question) -> list[Any]:
    if question.kind == "yes_no":
        return [True, False]
    if question.kind == "single":
        return [o.id for o in question.options]
    if question.kind == "multi":
        # A required multi question needs at least one box ticked; an empty list leaves it unanswered.
        empty = [] if not question.required else None
        return [v for v in (empty, *([o.id] for o in question.options)) if v is not None]
    if question.kind == "number":
        values = [v for v in (question.max, question.min) if v is not None]
        return values or [1.0]
    return ["checked"]


def _walk(template: Template, answers: dict[str, Any]) -> Iterator[dict[str, Any]]:
    pending = unanswered(template, answers)
    if not pending:
        yield dict(answers)
        return
    question = pending[0]
    for value in _candidates(question):
        answers[question.id] = value
        yield from _walk(template, answers)
        del answers[question.id]


def find_answers(template: Template, rules: RuleSet,
                 accept: Callable[[GradeResult, dict[str, Any]], bool]) -> dict[str, Any]:
    for answers in _walk(template, {}):
        visible = {q.id for q in visible_questions(template, answers)}
        answers = {k: v for k, v in answers.items() if k in visible}
        if accept(rules.grade(template, answers), answers):
            return answers
    raise AssertionError(f"no answers in {template.category} satisfy the condition")


def like_new(template: Template, rules: RuleSet) -> dict[str, Any]:
    return find_answers(template, rules, lambda result, _answers: result.grade == rules.grades[0]
                        and result.disposition == "restock" and not result.flags)


def damaged_with_photo(template: Template, rules: RuleSet) -> dict[str, Any]:
    return find_answers(template, rules, lambda result, answers: result.disposition == "refurbish"
                        and not result.flags and bool(photos_needed(template, answers)))


def in_order(template: Template, answers: dict[str, Any]) -> list[tuple[str, Any]]:
    """The answers in the order the checklist asks them."""
    order = [q.id for q in visible_questions(template, answers)]
    return [(qid, answers[qid]) for qid in order if qid in answers]
