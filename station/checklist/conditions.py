"""The one condition model shared by show_if, end_if, photo `when` and grading rules, and its evaluation."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, model_validator
from pydantic_core import PydanticCustomError


def _scalar(value: Any) -> bool | int | float | str:
    if isinstance(value, bool | int | float | str):
        return value
    raise PydanticCustomError("scalar_type", "should be one answer: yes, no, a number, an option id or a text")


Scalar = Annotated[bool | int | float | str, PlainValidator(_scalar)]

# The tests a leaf may apply to one question's answer; several in one leaf must all hold.
TESTS = (
    "equals",
    "not_equals",
    "in_",
    "not_in",
    "includes",
    "includes_any",
    "less_than",
    "at_most",
    "greater_than",
    "at_least",
    "answered",
)
_NUMBER_TESTS = ("less_than", "at_most", "greater_than", "at_least")


class Condition(BaseModel):
    """Either a leaf (`question` plus one or more tests) or exactly one of `all`, `any`, `not`."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, serialize_by_alias=True)

    question: str | None = None
    equals: Scalar | None = None
    not_equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    not_in: list[Scalar] | None = None
    includes: str | None = None
    includes_any: list[str] | None = None
    less_than: float | None = None
    at_most: float | None = None
    greater_than: float | None = None
    at_least: float | None = None
    answered: bool | None = None
    all_: list[Condition] | None = Field(default=None, alias="all")
    any_: list[Condition] | None = Field(default=None, alias="any")
    not_: Condition | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _one_shape(self) -> Condition:
        combinations = [n for n in ("all_", "any_", "not_") if getattr(self, n) is not None]
        tests = self.tests()
        if combinations:
            if len(combinations) > 1 or tests or self.question is not None:
                raise PydanticCustomError(
                    "condition_mixed", "a condition is either one question test or one of all / any / not"
                )
            for name in ("all_", "any_"):
                if getattr(self, name) == []:
                    raise PydanticCustomError("condition_empty", "all / any needs at least one condition")
            return self
        if self.question is None:
            raise PydanticCustomError("condition_no_question", "the condition names no question")
        if not tests:
            raise PydanticCustomError("condition_no_test", "the condition has no test such as equals or in")
        return self

    def tests(self) -> dict[str, Any]:
        """The tests this leaf applies, by field name (``in_`` for ``in``)."""
        return {name: getattr(self, name) for name in TESTS if getattr(self, name) is not None}

    def children(self) -> list[Condition]:
        if self.all_ is not None:
            return list(self.all_)
        if self.any_ is not None:
            return list(self.any_)
        return [self.not_] if self.not_ is not None else []

    def leaves(self) -> list[Condition]:
        if self.question is not None:
            return [self]
        return [leaf for child in self.children() for leaf in child.leaves()]

    def questions(self) -> list[str]:
        """Every question the condition refers to, in order of first mention."""
        return list(dict.fromkeys(leaf.question for leaf in self.leaves() if leaf.question is not None))


def yaml_name(name: str) -> str:
    """The name a supervisor writes in YAML for a test field."""
    return name.rstrip("_")


def matches(condition: Condition, answers: Mapping[str, Any]) -> bool:
    return deciding_questions(condition, answers) is not None


def deciding_questions(condition: Condition, answers: Mapping[str, Any]) -> list[str] | None:
    """None when the condition does not hold; else the questions whose answers made it hold.

    Reasons cite these, so an `any` cites only the branches that matched, not every question it names.
    """
    if condition.question is not None:
        return [condition.question] if _leaf_holds(condition, answers.get(condition.question)) else None
    if condition.all_ is not None:
        found: list[str] = []
        for child in condition.all_:
            decided = deciding_questions(child, answers)
            if decided is None:
                return None
            found.extend(decided)
        return list(dict.fromkeys(found))
    if condition.any_ is not None:
        found = []
        for child in condition.any_:
            decided = deciding_questions(child, answers)
            if decided is not None:
                found.extend(decided)
        return list(dict.fromkeys(found)) if found else None
    assert condition.not_ is not None
    return condition.not_.questions() if deciding_questions(condition.not_, answers) is None else None


def is_answered(value: Any) -> bool:
    return not (value is None or value == "" or (isinstance(value, list | tuple | set) and not value))


def _leaf_holds(leaf: Condition, answer: Any) -> bool:
    tests = leaf.tests()
    if "answered" in tests and tests.pop("answered") != is_answered(answer):
        return False
    if not tests:
        return True
    # An unanswered question satisfies no test (not even not_equals): conditions speak about what was seen.
    if not is_answered(answer):
        return False
    return all(_test_holds(name, expected, answer) for name, expected in tests.items())


def _test_holds(name: str, expected: Any, answer: Any) -> bool:
    if name == "equals":
        return same_answer(answer, expected)
    if name == "not_equals":
        return not same_answer(answer, expected)
    if name == "in_":
        return any(same_answer(answer, e) for e in expected)
    if name == "not_in":
        return not any(same_answer(answer, e) for e in expected)
    if name in ("includes", "includes_any"):
        if not isinstance(answer, list | tuple | set):
            return False
        wanted = [expected] if name == "includes" else expected
        return any(str(w) in {str(a) for a in answer} for w in wanted)
    number = as_number(answer)
    if number is None:
        return False
    return {
        "less_than": number < expected,
        "at_most": number <= expected,
        "greater_than": number > expected,
        "at_least": number >= expected,
    }[name]


def as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return {"yes": True, "true": True, "no": False, "false": False}.get(value.strip().lower())
    return None


def as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def same_answer(answer: Any, expected: Any) -> bool:
    """Equality that lets YAML's `yes` meet a stored True and `3` meet 3.0."""
    if isinstance(answer, bool) or isinstance(expected, bool):
        left, right = as_bool(answer), as_bool(expected)
        return left is not None and left == right
    if isinstance(answer, int | float) and isinstance(expected, int | float):
        return float(answer) == float(expected)
    if isinstance(answer, list | tuple | set):
        return False
    return str(answer) == str(expected)


__all__ = [
    "Condition",
    "Scalar",
    "as_bool",
    "as_number",
    "deciding_questions",
    "is_answered",
    "matches",
    "same_answer",
    "yaml_name",
]
