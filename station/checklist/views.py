"""What a checklist screen shows of a question, and which question is in view: shared by Inspect and Refurb."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from station.checklist.model import Question, Template


@dataclass(frozen=True)
class QuestionView:
    id: str
    number: int
    text: str
    kind: str
    options: list[tuple[str, str]]
    unit: str | None
    minimum: float | None
    maximum: float | None
    help: str | None
    required: bool
    answer: Any = None

    @property
    def answered(self) -> bool:
        return self.answer is not None


def question_view(template: Template, question: Question, answers: Mapping[str, Any]) -> QuestionView:
    return QuestionView(
        id=question.id, number=template.number_of(question.id), text=question.text, kind=question.kind,
        options=[(o.id, o.text) for o in question.options], unit=question.unit, minimum=question.min,
        maximum=question.max, help=question.help, required=question.required, answer=answers.get(question.id))


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
