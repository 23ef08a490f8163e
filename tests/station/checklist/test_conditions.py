"""The shared condition model: shapes, evaluation and which questions decided a match."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from station.checklist.conditions import Condition, deciding_questions, matches


def cond(data: dict) -> Condition:
    return Condition.model_validate(data)


@pytest.mark.parametrize(("data", "answers", "expected"), [
    ({"question": "a", "equals": "yes"}, {"a": True}, True),
    ({"question": "a", "equals": "no"}, {"a": True}, False),
    ({"question": "a", "equals": True}, {"a": True}, True),
    ({"question": "a", "not_equals": "x"}, {"a": "y"}, True),
    ({"question": "a", "not_equals": "x"}, {}, False),  # unanswered satisfies no test
    ({"question": "a", "in": ["x", "y"]}, {"a": "y"}, True),
    ({"question": "a", "not_in": ["x", "y"]}, {"a": "z"}, True),
    ({"question": "a", "includes": "x"}, {"a": ["w", "x"]}, True),
    ({"question": "a", "includes": "x"}, {"a": "x"}, False),
    ({"question": "a", "includes_any": ["x", "q"]}, {"a": ["q"]}, True),
    ({"question": "a", "less_than": 3}, {"a": 2.5}, True),
    ({"question": "a", "less_than": 3}, {"a": 3.0}, False),
    ({"question": "a", "at_most": 3}, {"a": 3.0}, True),
    ({"question": "a", "greater_than": 3}, {"a": "4"}, True),
    ({"question": "a", "at_least": 3, "less_than": 5}, {"a": 5}, False),
    ({"question": "a", "equals": 3}, {"a": 3.0}, True),
    ({"question": "a", "answered": False}, {}, True),
    ({"question": "a", "answered": True}, {"a": []}, False),
    ({"all": [{"question": "a", "equals": "yes"}, {"question": "b", "equals": "x"}]}, {"a": True, "b": "x"}, True),
    ({"all": [{"question": "a", "equals": "yes"}, {"question": "b", "equals": "x"}]}, {"a": True}, False),
    ({"any": [{"question": "a", "equals": "yes"}, {"question": "b", "equals": "x"}]}, {"b": "x"}, True),
    ({"not": {"question": "a", "equals": "yes"}}, {"a": False}, True),
])
def test_evaluation(data: dict, answers: dict, expected: bool) -> None:
    assert matches(cond(data), answers) is expected


def test_any_cites_only_the_branches_that_matched() -> None:
    condition = cond({"any": [{"question": "a", "equals": "yes"}, {"question": "b", "equals": "x"},
                              {"question": "c", "less_than": 2}]})
    assert deciding_questions(condition, {"a": False, "b": "x", "c": 1}) == ["b", "c"]
    assert deciding_questions(condition, {"a": False}) is None


@pytest.mark.parametrize("data", [
    {"question": "a"},
    {"equals": "x"},
    {"question": "a", "equals": "x", "all": [{"question": "b", "equals": "y"}]},
    {"all": []},
    {"question": "a", "equals": {"nested": 1}},
    {"question": "a", "bigger_than": 2},
])
def test_malformed_conditions_are_refused(data: dict) -> None:
    with pytest.raises(ValidationError):
        cond(data)


def test_conditions_round_trip_with_their_yaml_names() -> None:
    condition = cond({"any": [{"question": "a", "in": ["x"]}, {"not": {"question": "b", "equals": "yes"}}]})
    dumped = condition.model_dump(mode="json", exclude_none=True)
    assert dumped == {"any": [{"question": "a", "in": ["x"]}, {"not": {"question": "b", "equals": "yes"}}]}
    assert Condition.model_validate(dumped) == condition
