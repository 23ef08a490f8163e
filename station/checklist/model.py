"""The checklist template model: a category's versioned list of questions, their options and photo rules."""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from station.checklist.conditions import Condition

QuestionKind = Literal["yes_no", "single", "multi", "number", "text"]
QUESTION_KINDS: tuple[str, ...] = ("yes_no", "single", "multi", "number", "text")

# Ids appear in conditions, rules and the database: keep them plain so nobody has to quote them.
ID_PATTERN = r"^[a-z][a-z0-9_]*$"


def plain_number(value: float | None) -> int | float | None:
    """For messages: "0 to 100", not "0.0 to 100.0"."""
    if value is None:
        return None
    return int(value) if value.is_integer() else value


_STRICT = ConfigDict(extra="forbid", frozen=True, serialize_by_alias=True, coerce_numbers_to_str=True)


class Option(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=1)
    help: str | None = None
    # "None of these": an answer to a multi question that cannot be ticked together with another.
    exclusive: bool = False


class PhotoRule(BaseModel):
    """A photo the inspector must take: always (no `when`) or when the condition holds."""

    model_config = _STRICT

    prompt: str = Field(min_length=1)
    when: Condition | None = None


class TemplatePhoto(PhotoRule):
    """A photo of the whole item, not tied to one question (e.g. an overview with the label in view)."""

    id: str = Field(pattern=ID_PATTERN)


class Question(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=1)
    kind: QuestionKind
    options: list[Option] = Field(default_factory=list)
    unit: str | None = None
    min: float | None = None
    max: float | None = None
    required: bool = True
    help: str | None = None
    photo: PhotoRule | None = None
    # yes_no only: the answer that means nothing is wrong, offered first (key 1) like the first option of a
    # single question. Unset means yes; "Any damage?" says no.
    ok_answer: Literal["yes", "no"] | None = None
    show_if: Condition | None = None
    # Stops the checklist after this question, e.g. once the parcel turns out to be empty.
    end_if: Condition | None = None

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


class Template(BaseModel):
    model_config = _STRICT

    category: str = Field(pattern=ID_PATTERN)
    version: int = Field(ge=1)
    title: str = Field(min_length=1)
    description: str | None = None
    photos: list[TemplatePhoto] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=1)

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def has_question(self, question_id: str) -> bool:
        return any(q.id == question_id for q in self.questions)

    def number_of(self, question_id: str) -> int:
        """The question's 1-based number in the template, as printed and cited in reasons ("Q4")."""
        for number, question in enumerate(self.questions, start=1):
            if question.id == question_id:
                return number
        raise KeyError(question_id)

    def content_hash(self) -> str:
        """SHA-256 of the content, so an edited file that kept its version number can be noticed."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()
