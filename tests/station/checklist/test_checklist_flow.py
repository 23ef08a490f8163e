"""Walking a checklist: conditional questions, end_if, photo rules, answer checking and what is still due."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.checklist.flow import (
    AnswerInvalid,
    normalise_answer,
    photos_needed,
    unanswered,
    visible_answers,
    visible_questions,
)
from station.checklist.loading import load_template_text
from station.checklist.model import Template

# A small, valid template that uses every question kind, condition shape and photo rule.
GADGETS = (Path(__file__).parent / "gadgets.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gadgets() -> Template:
    return load_template_text(GADGETS, "gadgets.yaml")


def _ids(questions) -> list[str]:
    return [q.id for q in questions]


def test_conditional_questions_appear_only_when_relevant(gadgets: Template) -> None:
    assert _ids(visible_questions(gadgets, {})) == ["packaging", "damage", "battery", "notes"]
    assert _ids(visible_questions(gadgets, {"damage": False})) == ["packaging", "damage", "battery", "notes"]
    shown = _ids(visible_questions(gadgets, {"damage": True}))
    assert shown == ["packaging", "damage", "damage_kinds", "battery", "notes"]
    # `not includes crack` holds until a crack is ticked; then the battery question goes away.
    assert "battery" not in _ids(visible_questions(gadgets, {"damage": True, "damage_kinds": ["crack"]}))


def test_end_if_stops_the_checklist(gadgets: Template) -> None:
    assert _ids(visible_questions(gadgets, {"packaging": "sealed"})) == ["packaging"]
    assert unanswered(gadgets, {"packaging": "sealed"}) == []


def test_answers_to_hidden_questions_are_ignored_all_the_way_down(gadgets: Template) -> None:
    answers = {"packaging": "opened", "damage": False, "damage_kinds": ["crack"], "battery": 50.0}
    assert visible_answers(gadgets, answers) == {"packaging": "opened", "damage": False, "battery": 50.0}
    # A hidden answer must not hide others either: crack is ignored, so battery shows.
    assert "battery" in _ids(visible_questions(gadgets, answers))


def test_unanswered_lists_visible_required_questions(gadgets: Template) -> None:
    assert _ids(unanswered(gadgets, {})) == ["packaging", "damage"]
    assert _ids(unanswered(gadgets, {"packaging": "opened", "damage": True})) == ["damage_kinds"]
    # A required multi question with nothing ticked is not answered yet.
    assert _ids(unanswered(gadgets, {"packaging": "opened", "damage": True, "damage_kinds": []})) == ["damage_kinds"]
    assert unanswered(gadgets, {"packaging": "opened", "damage": True, "damage_kinds": ["scratch"]}) == []


def test_photo_always_and_when_an_answer_matches(gadgets: Template) -> None:
    needs = photos_needed(gadgets, {"packaging": "opened", "damage": False})
    assert [(n.question_id, n.key) for n in needs] == [(None, "overview")]
    needs = photos_needed(gadgets, {"packaging": "opened", "damage": True})
    assert [n.question_id for n in needs] == [None, "damage"]
    assert needs[1].prompt.render() == "Photograph the damage."


def test_photo_of_a_hidden_question_is_not_needed(gadgets: Template) -> None:
    # damage is hidden after a sealed box, so its "damage: yes" answer asks for no photo.
    needs = photos_needed(gadgets, {"packaging": "sealed", "damage": True})
    assert [n.question_id for n in needs] == [None]


@pytest.mark.parametrize(("raw", "expected"), [
    ("12", 12.0), (12, 12.0), ("12,5", 12.5), ("  99.5 ", 99.5), ("80 %", 80.0), ("0", 0.0), ("100", 100.0),
])
def test_number_answers_are_read_generously(gadgets: Template, raw: object, expected: float) -> None:
    assert normalise_answer(gadgets.question("battery"), raw) == expected


@pytest.mark.parametrize("raw", ["101", "-1", "abc", "nan", "inf", True, [1]])
def test_number_outside_the_range_says_what_to_enter(gadgets: Template, raw: object) -> None:
    with pytest.raises(AnswerInvalid) as caught:
        normalise_answer(gadgets.question("battery"), raw)
    assert caught.value.text.render() == "Enter a number from 0 to 100 %."
    assert caught.value.text.source == "Enter a number from {min} to {max} {unit}."


def test_number_without_range_or_unit() -> None:
    template = load_template_text(GADGETS.replace('    unit: "%"\n    min: 0\n    max: 100\n', ""), "g.yaml")
    assert normalise_answer(template.question("battery"), "-5") == -5.0
    with pytest.raises(AnswerInvalid, match="Enter a number, for example"):
        normalise_answer(template.question("battery"), "five")


@pytest.mark.parametrize(("raw", "expected"), [
    (True, True), (False, False), ("yes", True), ("No", False), ("y", True), ("0", False), (1, True),
])
def test_yes_no_answers(gadgets: Template, raw: object, expected: bool) -> None:
    assert normalise_answer(gadgets.question("damage"), raw) is expected


def test_yes_no_rejects_anything_else(gadgets: Template) -> None:
    with pytest.raises(AnswerInvalid, match="Answer yes or no"):
        normalise_answer(gadgets.question("damage"), "maybe")


def test_single_and_multi_answers(gadgets: Template) -> None:
    assert normalise_answer(gadgets.question("packaging"), " opened ") == "opened"
    assert normalise_answer(gadgets.question("packaging"), "no") == "no"
    with pytest.raises(AnswerInvalid, match="not one of the answers"):
        normalise_answer(gadgets.question("packaging"), "crushed")
    kinds = gadgets.question("damage_kinds")
    assert normalise_answer(kinds, ["crack", "scratch", "crack"]) == ["scratch", "crack"]
    assert normalise_answer(kinds, "crack, scratch") == ["scratch", "crack"]
    with pytest.raises(AnswerInvalid, match="not one of the answers"):
        normalise_answer(kinds, ["dent"])
    with pytest.raises(AnswerInvalid, match="cannot be ticked together"):
        normalise_answer(kinds, ["none_visible", "crack"])
    assert normalise_answer(kinds, ["none_visible"]) == ["none_visible"]


def test_blank_input_means_not_answered(gadgets: Template) -> None:
    for question in gadgets.questions:
        assert normalise_answer(question, None) is None
        assert normalise_answer(question, "   ") is None


def test_text_answers_are_trimmed_and_limited(gadgets: Template) -> None:
    notes = gadgets.question("notes")
    assert normalise_answer(notes, "  smells of smoke ") == "smells of smoke"
    with pytest.raises(AnswerInvalid, match="under 1000 characters"):
        normalise_answer(notes, "x" * 1001)
