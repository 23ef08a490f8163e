"""Walking a checklist: which questions show, checking an answer, which photos and answers are still due."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from station.checklist.conditions import as_bool, is_answered, matches
from station.checklist.model import Question, Template, plain_number
from station.text import StationError, Text, _

# Long enough for a real note, short enough to fit the slip and the database column comfortably.
TEXT_LIMIT = 1000


class AnswerInvalid(StationError):
    """The inspector's input does not fit the question; the text says what to enter instead."""


@dataclass(frozen=True)
class PhotoNeed:
    question_id: str | None  # None: a photo of the whole item (template `photos:`)
    prompt: Text
    # Stable id of the rule that asked for it: the question id, or the template photo's id.
    key: str = ""


def visible_questions(template: Template, answers: Mapping[str, Any]) -> list[Question]:
    """The questions to show, in order. Answers to hidden questions count as not given.

    One pass suffices because conditions only look back (checked at load time).
    """
    shown: list[Question] = []
    seen: dict[str, Any] = {}
    for question in template.questions:
        if question.show_if is not None and not matches(question.show_if, seen):
            continue
        shown.append(question)
        if is_answered(answers.get(question.id)):
            seen[question.id] = answers[question.id]
        if question.end_if is not None and matches(question.end_if, seen):
            break
    return shown


def visible_answers(template: Template, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers that count: those to questions shown now."""
    return {q.id: answers[q.id] for q in visible_questions(template, answers) if is_answered(answers.get(q.id))}


def unanswered(template: Template, answers: Mapping[str, Any]) -> list[Question]:
    return [q for q in visible_questions(template, answers) if q.required and not is_answered(answers.get(q.id))]


def photos_needed(template: Template, answers: Mapping[str, Any]) -> list[PhotoNeed]:
    """Photos of the whole item first, then per question in checklist order."""
    counted = visible_answers(template, answers)
    needs = [
        PhotoNeed(None, _(photo.prompt), photo.id)
        for photo in template.photos
        if photo.when is None or matches(photo.when, counted)
    ]
    for question in visible_questions(template, answers):
        rule = question.photo
        if rule is None or (rule.when is not None and not matches(rule.when, counted)):
            continue
        chosen = counted.get(question.id) if question.kind == "multi" else None
        if isinstance(chosen, list) and len(chosen) > 1:
            # A photo rule on a tick list asks for each thing ticked ("each damaged area"): one photo per choice,
            # so one close-up can no longer stand for three damaged areas.
            for option_id in chosen:
                option = question.option(option_id)
                needs.append(PhotoNeed(question.id, _("{prompt} — {choice}", prompt=_(rule.prompt),
                                                      choice=Text(option.text) if option else Text(str(option_id))),
                                       f"{question.id}:{option_id}"))
        else:
            needs.append(PhotoNeed(question.id, _(rule.prompt), question.id))
    return needs


def normalise_answer(question: Question, raw: Any) -> Any:
    """The stored form of an answer: yes_no bool, single id, multi ids, number float, text str.

    Blank input gives None, meaning "not answered".
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if question.kind == "yes_no":
        return _yes_no(raw)
    if question.kind == "single":
        return _single(question, raw)
    if question.kind == "multi":
        return _multi(question, raw)
    if question.kind == "number":
        return _number(question, raw)
    text = str(raw).strip()
    if len(text) > TEXT_LIMIT:
        raise AnswerInvalid(_("Keep the answer under {limit} characters.", limit=TEXT_LIMIT))
    return text


def _yes_no(raw: Any) -> bool:
    if isinstance(raw, int | float) and not isinstance(raw, bool) and raw in (0, 1):
        return bool(raw)
    value = as_bool(raw)
    if value is None and isinstance(raw, str):
        value = {"y": True, "n": False, "1": True, "0": False}.get(raw.strip().lower())
    if value is None:
        raise AnswerInvalid(_("Answer yes or no."))
    return value


def _single(question: Question, raw: Any) -> str:
    option = question.option(str(raw).strip()) if isinstance(raw, str | int) else None
    if option is None:
        raise AnswerInvalid(_('"{value}" is not one of the answers. Choose one from the list.', value=raw))
    return option.id


def _multi(question: Question, raw: Any) -> list[str]:
    items: Iterable[Any] = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple | set | frozenset):
        raise AnswerInvalid(_("Tick the answers that apply."))
    chosen = {str(item).strip() for item in items if str(item).strip()}
    for value in chosen:
        if question.option(value) is None:
            raise AnswerInvalid(_('"{value}" is not one of the answers. Tick answers from the list.', value=value))
    for option in question.options:
        if option.exclusive and option.id in chosen and len(chosen) > 1:
            raise AnswerInvalid(_('"{option}" cannot be ticked together with other answers.', option=option.text))
    # Template order, so the same answers are always stored (and compared) the same way.
    return [o.id for o in question.options if o.id in chosen]


def _number(question: Question, raw: Any) -> float:
    value: float | None = None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = float(raw)
    elif isinstance(raw, str):
        text = raw.strip()
        if question.unit and text.endswith(question.unit):
            text = text[: -len(question.unit)].strip()
        # A decimal comma is what half the world types.
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = None
    if value is None or not math.isfinite(value):
        raise AnswerInvalid(_range_text(question) or _("Enter a number, for example 12 or 12.5."))
    too_low = question.min is not None and value < question.min
    too_high = question.max is not None and value > question.max
    if too_low or too_high:
        raise AnswerInvalid(_range_text(question) or _("Enter a number, for example 12 or 12.5."))
    return value


def _range_text(question: Question) -> Text | None:
    low, high = plain_number(question.min), plain_number(question.max)
    unit = question.unit or ""
    if low is not None and high is not None:
        if unit:
            return _("Enter a number from {min} to {max} {unit}.", min=low, max=high, unit=unit)
        return _("Enter a number from {min} to {max}.", min=low, max=high)
    if low is not None:
        if unit:
            return _("Enter a number of at least {min} {unit}.", min=low, unit=unit)
        return _("Enter a number of at least {min}.", min=low)
    if high is not None:
        if unit:
            return _("Enter a number of at most {max} {unit}.", max=high, unit=unit)
        return _("Enter a number of at most {max}.", max=high)
    return None
