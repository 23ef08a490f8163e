"""The checklist counter on a real station: its number is the question's own (Q6 is "question 6"), its total
never grows as follow-up questions appear, and the bar never moves back while an inspector answers."""

from __future__ import annotations

import csv
from typing import Any

import pytest

from station.config import RESOURCES
from station.context import StationContext
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.identify import identify
from tests.flows import damaged_with_photo, like_new

CATEGORIES = sorted(p.stem for p in (RESOURCES / "checklists").glob("*.yaml"))


def _start(ctx: StationContext, category: str) -> inspection.DraftView:
    with (RESOURCES / "demo" / "products.csv").open(encoding="utf-8") as handle:
        categories = {r["sku"]: r["category"] for r in csv.DictReader(handle)}
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        rmas = [r["rma_number"] for r in csv.DictReader(handle) if categories.get(r["sku"]) == category]
    inspector = next(u.id for u in list_users(ctx) if u.role == "inspector")
    for rma in dict.fromkeys(rmas):
        ident = identify(ctx, rma)
        lines = [x for x in ident.lines if x.product is not None and categories.get(x.product.sku) == category
                 and not x.fully_inspected] if ident.outcome == "rma" else []
        for line in lines[:1]:
            return inspection.start_inspection(ctx, inspector, inspection.StartRequest(
                label_text=rma, label_kind=ident.label.kind, sku=line.product.sku, rma_number=line.rma_number,
                line_no=line.line_no))
    raise AssertionError(f"no open RMA line of {category} in the demo data")


def _walk(ctx: StationContext, draft: inspection.DraftView, answers: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(number in the counter, total in the counter, bar) at each question, answering in the checklist's order."""
    seen = []
    while draft.step == "checklist":
        question, progress = draft.current_question, draft.progress
        assert question is not None and progress is not None
        assert progress.number == question.number, "the counter and the title name different questions"
        seen.append((progress.number, progress.out_of, progress.done))
        draft = inspection.answer(ctx, draft.id, question.id, answers.get(question.id))
    assert draft.progress is None  # past the checklist: no counter
    return seen


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("walk", ["like new", "damaged"])
def test_the_counter_agrees_with_the_title_and_never_goes_back(ctx: StationContext, category: str,
                                                                walk: str) -> None:
    draft = _start(ctx, category)
    template = ctx.templates.templates[category]
    answers = (like_new if walk == "like new" else damaged_with_photo)(template, ctx.rules)
    assert draft.category == category
    seen = _walk(ctx, draft, answers)
    numbers = [n for n, _total, _bar in seen]
    assert numbers == sorted(set(numbers)), f"the numbers go back or repeat: {numbers}"
    # Follow-ups are counted from the start: one total for the whole walk, the template's question count.
    assert {total for _n, total, _bar in seen} == {len(template.questions)}
    bars = [bar for _n, _total, bar in seen]
    assert bars == sorted(bars) and bars[0] == 0


def test_a_follow_up_keeps_the_total_and_its_own_number(ctx: StationContext) -> None:
    # Electronics: "Any physical damage?" is Q7; "yes" brings in Q8, "What damage do you see?".
    draft = _start(ctx, "electronics")
    template = ctx.templates.templates["electronics"]
    answers = {"contents": "rma_item", "serial_matches": "matches", "packaging": "opened_intact",
               "accessories": True, "signs_of_use": "light", "damage": True}
    while draft.current_question is not None and draft.current_question.id != "damage_kinds":
        before = draft.progress
        draft = inspection.answer(ctx, draft.id, draft.current_question.id, answers[draft.current_question.id])
        assert draft.progress is not None and before is not None
        assert draft.progress.out_of == before.out_of == len(template.questions)
        assert draft.progress.done > before.done
    progress = draft.progress
    assert progress is not None and progress.number == template.number_of("damage_kinds") == 8
    assert not progress.exact  # "question 8 of up to 12": follow-ups and an early end make 12 the most
    back = inspection.go_to(ctx, draft.id, "checklist", 0)
    assert back.progress is not None and back.progress.number == 1 and back.progress.out_of == progress.out_of

