"""What a checklist screen shows of a question, and which question is in view: shared by Inspect and Refurb."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from station.checklist.model import Question, Template


@dataclass(frozen=True)
class QuestionView:
    id: str
    # The question's number in the template (Q6), as the slip and the grading reasons cite it.
    number: int
    text: str
    kind: str
    options: list[tuple[str, str]]
    unit: str | None
    minimum: float | None
    maximum: float | None
    help: str | None
    required: bool
    # How many questions the template has, and whether every one is always asked (no follow-ups, no early end).
    out_of: int
    fixed_length: bool
    # A yes/no question whose "all is well" answer is No ("Any damage?") lists No first.
    ok_answer: bool = True
    answer: Any = None

    @property
    def answered(self) -> bool:
        return self.answer is not None

    @property
    def choices(self) -> list[Any]:
        """The answers in the order they are offered, key 1 first: the one that means nothing is wrong."""
        if self.kind == "yes_no":
            return [self.ok_answer, not self.ok_answer]
        return [key for key, _text in self.options]


def question_view(template: Template, question: Question, answers: Mapping[str, Any]) -> QuestionView:
    return QuestionView(
        id=question.id, number=template.number_of(question.id), text=question.text, kind=question.kind,
        options=[(o.id, o.text) for o in question.options], unit=question.unit, minimum=question.min,
        maximum=question.max, help=question.help, required=question.required, out_of=len(template.questions),
        fixed_length=not any(q.show_if is not None or q.end_if is not None for q in template.questions),
        ok_answer=question.ok_answer != "no", answer=answers.get(question.id))


@dataclass(frozen=True)
class Progress:
    """Where a walk stands, counted in the template's own numbers so the counter and the title ("Q6") agree.

    Follow-up questions are counted from the start ("question 6 of up to 12"), so the total never grows as they
    appear and the bar only moves on while answering; a checklist that ends early jumps to its end."""

    number: int
    out_of: int
    # False when follow-ups or an early end make `out_of` the most that can be asked: "of up to 12".
    exact: bool

    @property
    def done(self) -> int:
        """Questions behind the one in view (answered, or passed over because they did not apply)."""
        return self.number - 1


class ChecklistCursor:
    """The question in view of a checklist walk (an inspection's draft or a refurb re-grade)."""

    step: str
    position: int
    questions: list[QuestionView]

    @property
    def current_question(self) -> QuestionView | None:
        if self.step != "checklist" or not self.questions:
            return None
        return self.questions[min(self.position, len(self.questions) - 1)]

    @property
    def progress(self) -> Progress | None:
        question = self.current_question
        if question is None:
            return None
        return Progress(question.number, question.out_of, question.fixed_length)
