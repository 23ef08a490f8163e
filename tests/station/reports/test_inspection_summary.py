"""The account of a completed inspection that "open that inspection" shows: answers in words, never their ids."""

from __future__ import annotations

from station.context import StationContext
from station.services import inspect as inspection
from station.services.reports import inspection_summary
from tests.flows import like_new
from tests.station.services.test_inspection_flow import _answer_all, _start, _take_needed_photos


def test_the_summary_shows_each_answer_as_the_checklist_words_it(ctx: StationContext) -> None:
    draft = _start(ctx, "RMA-100001")
    template = ctx.templates.templates[draft.category]
    answers = like_new(template, ctx.rules)
    draft = _take_needed_photos(ctx, _answer_all(ctx, draft, answers))
    done = inspection.complete_inspection(ctx, draft.id)

    summary = inspection_summary(ctx, done.id)

    chosen = [(template.question(qid), value) for qid, value in answers.items()
              if template.question(qid).kind == "single"]
    assert chosen, "the like-new walk answers at least one choice question"
    for question, value in chosen:
        option = question.option(value)
        assert option is not None
        assert f"{question.text}: {option.text}" in summary
        assert f": {value}\n" not in summary + "\n", f"the id {value} is shown instead of its words"
    assert "Restock" in summary.splitlines()[0] and "restock" not in summary.splitlines()[0]


def test_the_summary_is_in_the_language_it_is_asked_in(ctx: StationContext) -> None:
    draft = _start(ctx, "RMA-100001")
    template = ctx.templates.templates[draft.category]
    draft = _take_needed_photos(ctx, _answer_all(ctx, draft, like_new(template, ctx.rules)))
    done = inspection.complete_inspection(ctx, draft.id)

    summary = inspection_summary(ctx, done.id, lambda source, count=None: f"«{source}»")

    first = next(q for q in template.questions if q.kind == "single")
    assert f"«{first.text}»: «" in summary, "a question or its answer was not translated"
    assert "«Restock»" in summary.splitlines()[0]
    assert "photo(s)»" in summary
