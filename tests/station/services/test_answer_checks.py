"""Bad checklist answers are refused with what to do, and the draft stays on the question."""

from __future__ import annotations

import pytest

from station.checklist.flow import AnswerInvalid
from station.context import StationContext
from station.refurb.regrade import RegradeInvalid, regrade_answer, regrade_view
from station.services import inspect as inspection
from station.text import StationError
from tests.station.refurb.graded import complete
from tests.station.services.test_inspection_flow import _start

# An opened phone with damage, up to the question under test.
DAMAGED = {"contents": "rma_item", "serial_matches": "matches", "packaging": "opened_intact", "accessories": True,
           "signs_of_use": "light", "damage": True}


def _answer_until(ctx: StationContext, draft: inspection.DraftView, answers: dict, stop: str
                  ) -> inspection.DraftView:
    while draft.current_question is not None and draft.current_question.id != stop:
        question = draft.current_question
        draft = inspection.answer(ctx, draft.id, question.id, answers[question.id])
    assert draft.current_question is not None and draft.current_question.id == stop
    return draft


def _electronics_rma(ctx: StationContext) -> str:
    from tests.ui.test_keyboard_only import straight_rma

    return straight_rma(ctx, "electronics")


def test_damage_present_needs_at_least_one_kind_of_damage(ctx: StationContext) -> None:
    draft = _answer_until(ctx, _start(ctx, _electronics_rma(ctx)), DAMAGED, "damage_kinds")
    for empty in ([], "", None):
        with pytest.raises(AnswerInvalid) as refused:
            inspection.answer(ctx, draft.id, "damage_kinds", empty)
        assert isinstance(refused.value, StationError)
        assert "needs at least one answer" in refused.value.text.render()
    shown = inspection.go_to(ctx, draft.id, "checklist", draft.position)
    assert shown.current_question is not None and shown.current_question.id == "damage_kinds"
    assert shown.current_question.answer is None
    moved = inspection.answer(ctx, draft.id, "damage_kinds", ["body"])
    assert moved.current_question is not None and moved.current_question.id != "damage_kinds"


def test_a_number_outside_its_range_is_refused_with_the_range(ctx: StationContext) -> None:
    answers = {**DAMAGED, "damage": False, "function_test": "all_ok", "account_lock": True}
    draft = _answer_until(ctx, _start(ctx, _electronics_rma(ctx)), answers, "battery_health")
    for bad in (150, "150", "-3", "lots"):
        with pytest.raises(AnswerInvalid) as refused:
            inspection.answer(ctx, draft.id, "battery_health", bad)
        assert "0 to 100" in refused.value.text.render()
    shown = inspection.go_to(ctx, draft.id, "checklist", draft.position)
    assert shown.current_question.id == "battery_health" and shown.current_question.answer is None
    assert inspection.answer(ctx, draft.id, "battery_health", "87").current_question.id != "battery_health"


def test_the_refurb_regrade_refuses_an_empty_required_answer(ctx: StationContext) -> None:
    item = complete(ctx, "RMA-100002")
    view = regrade_view(ctx, item)
    question = view.current_question
    assert question is not None and question.required
    with pytest.raises(RegradeInvalid) as refused:
        regrade_answer(ctx, item, view.answers, question.id, None)
    assert "needs an answer" in refused.value.text.render()


def test_the_refurb_regrade_asks_for_a_tick_in_the_words_of_the_inspection(ctx: StationContext) -> None:
    item = complete(ctx, "RMA-100002")
    view = regrade_view(ctx, item)
    tick_list = next(q for q in ctx.templates.templates[view.category].questions if q.kind == "multi")
    while view.current_question is not None and view.current_question.id != tick_list.id:
        # Answers that bring the tick list in: a yes/no question's problem answer ("Any damage?" yes), an opened
        # package, otherwise the first choice.
        question = view.current_question
        if question.kind == "yes_no":
            value: object = not question.ok_answer
        else:
            value = next(key for key in question.choices if key != "sealed")
        view = regrade_answer(ctx, item, view.answers, question.id, value)
        assert view.step == "checklist", "the walk ended before the tick list"
    with pytest.raises(RegradeInvalid) as refused:
        regrade_answer(ctx, item, view.answers, tick_list.id, [])
    words = refused.value.text.render()
    assert "needs at least one answer: press the number of each that applies" in words
    assert "a multiple choice at least one" not in words
