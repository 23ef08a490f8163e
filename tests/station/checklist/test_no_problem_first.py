"""'Nothing wrong' is answer 1 on every question of every shipped checklist, so a good item is 1, 1, 1, ..."""

from __future__ import annotations

import pytest

from station.checklist.conditions import matches
from station.checklist.flow import photos_needed, visible_questions
from station.checklist.loading import load_templates
from station.checklist.views import question_view
from station.config import RESOURCES
from station.grading.loading import load_rules

TEMPLATES = load_templates(RESOURCES / "checklists").templates
RULES = load_rules(RESOURCES / "grading", TEMPLATES)


def _fired(category: str, answers: dict) -> set[str]:
    return {rule.id for rule in RULES.rules_for(category) if matches(rule.when, answers)}


def _cases() -> list[tuple[str, str]]:
    return [(c, q.id) for c, t in sorted(TEMPLATES.items()) for q in t.questions if q.kind in ("yes_no", "single")]


@pytest.mark.parametrize(("category", "question_id"), _cases())
def test_answer_one_means_nothing_is_wrong(category: str, question_id: str) -> None:
    template = TEMPLATES[category]
    question = template.question(question_id)
    view = question_view(template, question, {})
    first, *others = view.choices
    # Answer 1 alone grades nothing down, flags nothing and asks for no photo of a problem.
    assert _fired(category, {question_id: first}) <= _fired(category, {}), (question_id, first)
    assert not [n for n in photos_needed(template, {question_id: first}) if n.question_id == question_id]
    if question.kind == "yes_no":
        # ... and opens no follow-up ("What damage do you see?") that the other answer would not.
        earlier = {q.id: True for q in template.questions[: template.number_of(question_id) - 1]}
        shown = {q.id for q in visible_questions(template, {**earlier, question_id: first})}
        assert shown <= {q.id for q in visible_questions(template, {**earlier, question_id: others[0]})}


def test_a_question_about_a_problem_offers_no_first() -> None:
    damage = TEMPLATES["electronics"].question("damage")
    view = question_view(TEMPLATES["electronics"], damage, {})
    assert view.choices == [False, True]
    accessories = question_view(TEMPLATES["electronics"], TEMPLATES["electronics"].question("accessories"), {})
    assert accessories.choices == [True, False]
