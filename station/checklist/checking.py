"""Checks that pydantic cannot make alone: ids, options and ranges that fit, conditions that refer back."""

from __future__ import annotations

from typing import Any

from station.checklist.conditions import Condition, as_bool, as_number, yaml_name
from station.checklist.model import Question, Template, plain_number
from station.text import Text, _

# Which tests make sense for which kind of question, and what to suggest instead.
_TESTS_FOR_KIND: dict[str, tuple[str, ...]] = {
    "yes_no": ("equals", "not_equals", "in_", "not_in", "answered"),
    "single": ("equals", "not_equals", "in_", "not_in", "answered"),
    "multi": ("includes", "includes_any", "answered"),
    "number": (
        "equals",
        "not_equals",
        "in_",
        "not_in",
        "less_than",
        "at_most",
        "greater_than",
        "at_least",
        "answered",
    ),
    "text": ("equals", "not_equals", "in_", "not_in", "answered"),
}

Problem = tuple[str | None, Text]


def template_problems(template: Template) -> list[Problem]:
    """Problems by question id (None for the template as a whole), in file order."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for number, question in enumerate(template.questions, start=1):
        if question.id in seen:
            problems.append(
                (
                    question.id,
                    _("the question id '{id}' is used twice; give each question its own id", id=question.id),
                )
            )
        seen.add(question.id)
        problems.extend((question.id, text) for text in _question_problems(question))
        for name, condition, latest in (
            ("show_if", question.show_if, number - 1),
            ("end_if", question.end_if, number),
            ("photo when", question.photo.when if question.photo else None, number),
        ):
            if condition is not None:
                problems.extend(
                    (question.id, text) for _ref, text in condition_problems(condition, template, name, latest=latest)
                )
    photo_ids: set[str] = set()
    for photo in template.photos:
        if photo.id in photo_ids:
            problems.append((None, _("the photo id '{id}' is used twice", id=photo.id)))
        photo_ids.add(photo.id)
        if photo.when is not None:
            where = f"photo '{photo.id}' when"
            problems.extend((None, text) for _ref, text in condition_problems(photo.when, template, where))
    return problems


def _question_problems(question: Question) -> list[Text]:
    problems: list[Text] = []
    if question.kind in ("single", "multi"):
        if len(question.options) < 2:
            problems.append(_("a {kind} question needs at least two options", kind=question.kind))
        seen: set[str] = set()
        for option in question.options:
            if option.id in seen:
                problems.append(_("the option id '{option}' is used twice", option=option.id))
            seen.add(option.id)
    elif question.options:
        problems.append(_("only single and multi questions have options; this one is '{kind}'", kind=question.kind))
    if question.kind != "multi" and any(o.exclusive for o in question.options):
        problems.append(_("'exclusive' only makes sense for options of a multi question"))
    if question.kind != "number" and (
        question.unit is not None or question.min is not None or question.max is not None
    ):
        problems.append(_("unit, min and max only apply to number questions; this one is '{kind}'", kind=question.kind))
    if question.ok_answer is not None and question.kind != "yes_no":
        problems.append(_("ok_answer only applies to yes_no questions; in a {kind} question, list the answer that "
                          "means nothing is wrong first", kind=question.kind))
    if question.min is not None and question.max is not None and question.min > question.max:
        problems.append(
            _("min ({min}) is greater than max ({max})", min=plain_number(question.min), max=plain_number(question.max))
        )
    return problems


def condition_problems(
    condition: Condition, template: Template, where: Text | str, *, latest: int | None = None
) -> list[tuple[str, Text]]:
    """Problems of a condition used against `template`, by the question id it refers to.

    `where` names the condition's place in the file (a YAML key, so not translated).

    `latest` is the highest question number the condition may use: a show_if may only look back, so the
    checklist can be shown in one pass and a later answer never hides an earlier question.
    """
    problems: list[tuple[str, Text]] = []
    for leaf in condition.leaves():
        ref = str(leaf.question)
        if not template.has_question(ref):
            problems.append(
                (
                    ref,
                    _(
                        "{where} refers to question '{ref}', which is not in the checklist",
                        where=where,
                        ref=ref,
                    ),
                )
            )
            continue
        number = template.number_of(ref)
        if latest is not None and number > latest:
            problems.append(
                (
                    ref,
                    _(
                        "{where} refers to question '{ref}' (Q{number}), which is not asked before "
                        "this point; a condition can only use earlier answers",
                        where=where,
                        ref=ref,
                        number=number,
                    ),
                )
            )
            continue
        question = template.question(ref)
        for name, expected in leaf.tests().items():
            problems.extend((ref, text) for text in _test_problems(question, name, expected, where))
    return problems


def _test_problems(question: Question, name: str, expected: Any, where: Text | str) -> list[Text]:
    allowed = _TESTS_FOR_KIND[question.kind]
    if name not in allowed:
        return [
            _(
                "{where}: '{test}' does not work with the {kind} question '{ref}'; use one of {allowed}",
                where=where,
                test=yaml_name(name),
                kind=question.kind,
                ref=question.id,
                allowed=", ".join(yaml_name(a) for a in allowed),
            )
        ]
    if name == "answered":
        return []
    values = expected if isinstance(expected, list) else [expected]
    problems: list[Text] = []
    for value in values:
        if question.kind == "yes_no" and as_bool(value) is None:
            problems.append(
                _(
                    "{where}: '{value}' is not an answer to the yes/no question '{ref}'; use yes or no",
                    where=where,
                    value=value,
                    ref=question.id,
                )
            )
        elif question.kind in ("single", "multi") and question.option(str(value)) is None:
            problems.append(
                _(
                    "{where}: '{value}' is not an option of question '{ref}' (options: {options})",
                    where=where,
                    value=value,
                    ref=question.id,
                    options=", ".join(o.id for o in question.options),
                )
            )
        elif question.kind == "number" and as_number(value) is None:
            problems.append(
                _(
                    "{where}: '{value}' is not a number, but question '{ref}' asks for one",
                    where=where,
                    value=value,
                    ref=question.id,
                )
            )
    return problems
