"""The grading rule set: a grade scale, dispositions and rules whose conditions turn answers into a grade."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from station.checklist.conditions import Condition, deciding_questions
from station.checklist.flow import visible_answers
from station.checklist.model import ID_PATTERN, Template
from station.text import StationError, Text, _

GRADES: tuple[str, ...] = ("A", "B", "C", "D", "F")
DISPOSITIONS: tuple[str, ...] = ("restock", "refurbish", "dispose")
DEFAULT_DISPOSITION_FOR_GRADE: dict[str, str] = {
    "A": "restock",
    "B": "restock",
    "C": "refurbish",
    "D": "refurbish",
    "F": "dispose",
}
LIKE_NEW_REASON = "like new, no issues found"

# Literal sources so the translation tools find them; extras configured per warehouse fall back to their id.
_DISPOSITION_LABELS: dict[str, Text] = {
    "restock": _("Restock"),
    "refurbish": _("Refurbish"),
    "dispose": _("Dispose"),
    "return_to_vendor": _("Return to vendor"),
    "liquidate": _("Liquidate"),
}

_FILE = ConfigDict(extra="forbid", frozen=True, serialize_by_alias=True, coerce_numbers_to_str=True)


def disposition_label(disposition: str) -> Text:
    return _DISPOSITION_LABELS.get(disposition) or Text(disposition.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Flag:
    """A reason to route the inspection to a lead (wrong item, serial mismatch, empty box, unsafe, ...)."""

    kind: str
    reason: Text

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "reason": self.reason.to_json()}


@dataclass(frozen=True)
class GradeResult:
    grade: str
    disposition: str
    reasons: list[Text]  # worst first; each names its questions, e.g. "(Q4)"
    flags: list[Flag] = field(default_factory=list)
    rule_ids: list[str] = field(default_factory=list)  # the rules that matched, for audit and debugging


class GradeValueInvalid(StationError):
    """An override names a grade or disposition that this warehouse's scale does not have."""


class Scale(BaseModel):
    model_config = _FILE

    # Best first: the position in this list is what "worst grade wins" compares.
    grades: list[str] = Field(default_factory=lambda: list(GRADES), min_length=1)
    dispositions: list[str] = Field(default_factory=lambda: list(DISPOSITIONS), min_length=1)
    disposition_for_grade: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_DISPOSITION_FOR_GRADE))
    # When listed, a rule's flag must be one of these, so a typo cannot create a flag nobody reviews.
    flags: list[str] | None = None


class Rule(BaseModel):
    model_config = _FILE

    id: str = Field(pattern=ID_PATTERN)
    when: Condition
    grade: str | None = None
    disposition: str | None = None
    flag: str | None = Field(default=None, pattern=ID_PATTERN)
    reason: str = Field(min_length=1)
    # What the lead reads in the review queue, when it should differ from the grading reason.
    flag_reason: str | None = Field(default=None, min_length=1)


class RuleSet(BaseModel):
    """One version of the grading rules file, as loaded; `grade()` applies it."""

    model_config = _FILE

    version: str = Field(min_length=1)
    scale: Scale = Field(default_factory=Scale)
    like_new_reason: str = Field(default=LIKE_NEW_REASON, min_length=1)
    every_category: list[Rule] = Field(default_factory=list)
    categories: dict[str, list[Rule]] = Field(default_factory=dict)
    # Warnings from loading (other files, categories without rules); not part of the content.
    _problems: list[Any] = PrivateAttr(default_factory=list)

    @property
    def grades(self) -> tuple[str, ...]:
        return tuple(self.scale.grades)

    @property
    def dispositions(self) -> tuple[str, ...]:
        return tuple(self.scale.dispositions)

    @property
    def problems(self) -> list[Any]:
        return self._problems

    def rules_for(self, category: str) -> list[Rule]:
        return [*self.every_category, *self.categories.get(category, [])]

    def content_hash(self) -> str:
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()

    def check_grade(self, value: str) -> str:
        """The grade as the scale spells it; raises GradeValueInvalid for one not on the scale."""
        found = next((g for g in self.scale.grades if g.lower() == str(value).strip().lower()), None)
        if found is None:
            raise GradeValueInvalid(
                _(
                    'Grade "{grade}" is not on this warehouse\'s scale. Choose one of {grades}.',
                    grade=value,
                    grades=", ".join(self.scale.grades),
                )
            )
        return found

    def check_disposition(self, value: str) -> str:
        wanted = str(value).strip().lower().replace(" ", "_")
        found = next((d for d in self.scale.dispositions if d.lower() == wanted), None)
        if found is None:
            raise GradeValueInvalid(
                _(
                    '"{disposition}" is not a disposition used here. Choose one of {choices}.',
                    disposition=value,
                    choices=", ".join(self.scale.dispositions),
                )
            )
        return found

    def grade(self, template: Template, answers: Mapping[str, Any]) -> GradeResult:
        """Worst matched grade wins; its rule's disposition, else the scale's default for that grade.

        Only answers to questions shown now count, as in the checklist itself.
        """
        counted = visible_answers(template, answers)
        order = {grade: index for index, grade in enumerate(self.scale.grades)}
        graded: list[tuple[Rule, str]] = []
        flags: list[Flag] = []
        matched_ids: list[str] = []
        for rule in self.rules_for(template.category):
            deciding = deciding_questions(rule.when, counted)
            if deciding is None:
                continue
            matched_ids.append(rule.id)
            cited = _cite(template, deciding)
            if rule.grade is not None and rule.grade in order:
                graded.append((rule, cited))
            if rule.flag is not None:
                flag_text = Text(rule.flag_reason or rule.reason)
                flag = Flag(rule.flag, _("{reason} ({questions})", reason=flag_text, questions=cited))
                if flag not in flags:
                    flags.append(flag)
        if not graded:
            best = self.scale.grades[0]
            disposition = self._default_disposition(best)
            like_new = _(
                "{disposition}: {reason}",
                disposition=disposition_label(disposition),
                reason=Text(self.like_new_reason),
            )
            return GradeResult(best, disposition, [like_new], flags, matched_ids)
        # sorted() is stable, so rules of the same grade keep the file's order.
        graded.sort(key=lambda item: -order[str(item[0].grade)])
        worst_rule = graded[0][0]
        grade = str(worst_rule.grade)
        disposition = worst_rule.disposition or self._default_disposition(grade)
        # A reason names its disposition only when that is the outcome: a DISPOSE slip listing "Restock: light
        # signs of use" reads as if the item were restocked. The milder findings are still listed, plainly.
        reasons = [
            _(
                "{disposition}: {reason} ({questions})",
                disposition=disposition_label(disposition),
                reason=Text(rule.reason),
                questions=cited,
            )
            if (rule.disposition or self._default_disposition(str(rule.grade))) == disposition
            else _("{reason} ({questions})", reason=Text(rule.reason), questions=cited)
            for rule, cited in graded
        ]
        return GradeResult(grade, disposition, reasons, flags, matched_ids)

    def _default_disposition(self, grade: str) -> str:
        return self.scale.disposition_for_grade.get(grade) or self.scale.dispositions[-1]


def _cite(template: Template, question_ids: list[str]) -> str:
    numbers = sorted({template.number_of(q) for q in question_ids if template.has_question(q)})
    return ", ".join(f"Q{n}" for n in numbers)
