"""Turns pydantic validation errors into short, translatable problems a supervisor can act on."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from station.text import Text, _, _n

Loc = tuple[str | int, ...]

_EXPECTED: dict[str, Text] = {
    "string_type": _("a text"),
    "int_type": _("a whole number"),
    "int_parsing": _("a whole number"),
    "int_from_float": _("a whole number"),
    "float_type": _("a number"),
    "float_parsing": _("a number"),
    "bool_type": _("true or false"),
    "bool_parsing": _("true or false"),
    "list_type": _("a list (lines starting with '- ')"),
    "dict_type": _("a set of keys"),
    "model_type": _("a set of keys"),
    "model_attributes_type": _("a set of keys"),
}

_CUSTOM: dict[str, Text] = {
    "condition_mixed": _("a condition is either one question test or exactly one of all / any / not"),
    "condition_empty": _("all / any needs at least one condition"),
    "condition_no_question": _("the condition names no question (add 'question: ...')"),
    "condition_no_test": _("the condition has no test (equals, in, includes, less_than, answered, ...)"),
    "scalar_type": _("should be one answer: yes, no, a number, an option id or a text"),
}


def field_name(loc: Loc) -> str:
    """The key a supervisor wrote, without pydantic's `_` suffix for Python keywords."""
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1].rstrip("_") if names else "file"


def validation_problems(exc: ValidationError) -> list[tuple[Loc, Text]]:
    found: list[tuple[Loc, Text]] = []
    for error in exc.errors():
        loc: Loc = tuple(error["loc"])
        problem = (loc, _describe(error, loc))
        if problem not in found:
            found.append(problem)
    return found


def _describe(error: Any, loc: Loc) -> Text:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    key = field_name(loc)
    value = error.get("input")
    if kind == "extra_forbidden":
        return _("unknown key '{key}': check the spelling, and put a text that contains ',' or ':' in quotes", key=key)
    if kind == "missing":
        return _("'{key}' is missing", key=key)
    if kind == "literal_error" and key == "kind":
        return _(
            "unknown question kind '{value}'; use one of {expected}",
            value=value,
            expected=ctx.get("expected", ""),
        )
    if kind == "literal_error":
        return _(
            "'{value}' is not allowed for '{key}'; use one of {expected}",
            value=value,
            key=key,
            expected=ctx.get("expected", ""),
        )
    if kind in _EXPECTED:
        return _("'{key}' should be {expected}", key=key, expected=_EXPECTED[kind])
    if kind == "string_pattern_mismatch":
        return _(
            "'{key}' is '{value}': use lower-case letters, digits and _ only, starting with a letter",
            key=key,
            value=value,
        )
    if kind in ("greater_than_equal", "greater_than"):
        return _("'{key}' must be at least {limit}", key=key, limit=ctx.get("ge", ctx.get("gt", "")))
    if kind == "too_short" and isinstance(value, list | tuple | dict):
        return _n("'{key}' needs at least %n value(s)", int(ctx.get("min_length", 1)), key=key)
    if kind == "too_short":
        return _("'{key}' must not be empty", key=key)
    if kind in _CUSTOM:
        return _CUSTOM[kind]
    # Unforeseen cases keep pydantic's English wording rather than hiding the problem.
    return _("'{key}': {problem}", key=key, problem=error.get("msg", kind))
