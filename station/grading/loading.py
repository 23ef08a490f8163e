"""Loads the grading rules from YAML and checks them against the checklist templates they grade."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from station.checklist.checking import condition_problems
from station.checklist.model import ID_PATTERN, Template
from station.checklist.problems import validation_problems
from station.checklist.yaml_source import YamlDocument, YamlUnreadable, read_yaml
from station.grading.rules import Rule, RuleSet
from station.text import StationError, Text, _

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuleProblem:
    file: str
    rule_id: str | None
    question_id: str | None
    message: Text
    line: int | None = None

    def describe(self) -> Text:
        where = _("{file}, line {line}", file=self.file, line=self.line) if self.line else _("{file}", file=self.file)
        if self.rule_id and self.question_id:
            where = _(
                "{where}, rule '{rule}', question '{question}'",
                where=where,
                rule=self.rule_id,
                question=self.question_id,
            )
        elif self.rule_id:
            where = _("{where}, rule '{rule}'", where=where, rule=self.rule_id)
        elif self.question_id:
            where = _("{where}, question '{question}'", where=where, question=self.question_id)
        return _("{where}: {problem}", where=where, problem=self.message)

    def __str__(self) -> str:
        return self.describe().render()


class RulesInvalid(StationError):
    """No usable grading rules; `problems` lists all that was found."""

    def __init__(self, problems: list[RuleProblem]) -> None:
        first = problems[0] if problems else RuleProblem("?", None, None, _("no rules"))
        super().__init__(
            _(
                "The grading rules cannot be used ({problem}). Items cannot be graded until a lead "
                "fixes the rules file.",
                problem=first.describe(),
            )
        )
        self.problems = problems


def load_rules(folder: Path, templates: dict[str, Template]) -> RuleSet:
    """The newest valid rules file in `folder`; problems of the others are kept in `RuleSet.problems`.

    A rules file is used whole or not at all: grading with part of the rules could restock a broken item.
    """
    paths = sorted(p for p in Path(folder).glob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    problems: list[RuleProblem] = []
    loaded: list[tuple[RuleSet, str]] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(
                RuleProblem(path.name, None, None, _("the file cannot be read ({problem})", problem=str(exc)))
            )
            continue
        try:
            loaded.append((load_rules_text(text, path.name, templates), path.name))
        except RulesInvalid as exc:
            problems.extend(exc.problems)
    if not loaded:
        raise RulesInvalid(problems or [RuleProblem(str(folder), None, None, _("no rules files (*.yaml) found"))])
    loaded.sort(key=lambda item: version_key(item[0].version))
    newest, newest_file = loaded[-1]
    for other, file in loaded[:-1]:
        if other.version == newest.version and other.content_hash() != newest.content_hash():
            problems.append(
                RuleProblem(
                    file,
                    None,
                    None,
                    _(
                        "version {version} is also in {other} with different rules; "
                        "give the newer file a higher version",
                        version=newest.version,
                        other=newest_file,
                    ),
                )
            )
    for problem in problems:
        log.warning("grading rules problem: %s", problem)
    newest.problems[:0] = problems
    return newest


def version_key(version: str) -> tuple[Any, ...]:
    """Orders "2026.2-1" before "2026.11-1": digit runs compare as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", version))


def load_rules_text(yaml_text: str, source_name: str, templates: dict[str, Template]) -> RuleSet:
    try:
        document = read_yaml(yaml_text)
    except YamlUnreadable as exc:
        raise RulesInvalid([RuleProblem(source_name, None, None, exc.message, exc.line)]) from exc
    if not isinstance(document.data, dict):
        raise RulesInvalid(
            [
                RuleProblem(
                    source_name,
                    None,
                    None,
                    _("the file should start with 'version:' and hold 'every_category:' and 'categories:'"),
                    1,
                )
            ]
        )
    try:
        rules = RuleSet.model_validate(document.data)
    except ValidationError as exc:
        raise RulesInvalid(
            [
                RuleProblem(source_name, _rule_id_at(document.data, loc), None, text, document.line_of(loc))
                for loc, text in validation_problems(exc)
            ]
        ) from exc
    fatal, warnings = _check(rules, templates, source_name, document)
    if fatal:
        raise RulesInvalid(fatal)
    rules.problems.extend(warnings)
    return rules


def _check(
    rules: RuleSet, templates: dict[str, Template], file: str, document: YamlDocument
) -> tuple[list[RuleProblem], list[RuleProblem]]:
    fatal: list[RuleProblem] = []
    warnings: list[RuleProblem] = []
    scale = rules.scale

    def problem(
        text: Text, path: tuple[str | int, ...], rule: str | None = None, question: str | None = None
    ) -> RuleProblem:
        return RuleProblem(file, rule, question, text, document.line_of(path))

    for name, values in (
        ("grades", scale.grades),
        ("dispositions", scale.dispositions),
        ("flags", scale.flags or []),
    ):
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            fatal.append(
                problem(
                    _("'{key}' lists {values} more than once", key=name, values=", ".join(duplicates)),
                    ("scale", name),
                )
            )
    for disposition in scale.dispositions:
        if not re.match(ID_PATTERN, disposition):
            fatal.append(
                problem(
                    _("disposition '{value}': use lower-case letters, digits and _ only", value=disposition),
                    ("scale", "dispositions"),
                )
            )
    for grade in scale.grades:
        target = scale.disposition_for_grade.get(grade)
        if target is None:
            fatal.append(
                problem(
                    _("'disposition_for_grade' has no disposition for grade {grade}", grade=grade),
                    ("scale", "disposition_for_grade"),
                )
            )
        elif target not in scale.dispositions:
            fatal.append(
                problem(
                    _(
                        "'disposition_for_grade' sends grade {grade} to '{value}', which is not in 'dispositions'",
                        grade=grade,
                        value=target,
                    ),
                    ("scale", "disposition_for_grade"),
                )
            )
    for grade in scale.disposition_for_grade:
        if grade not in scale.grades:
            fatal.append(
                problem(
                    _("'disposition_for_grade' names grade '{grade}', which is not in 'grades'", grade=grade),
                    ("scale", "disposition_for_grade"),
                )
            )

    groups: list[tuple[tuple[str | int, ...], list[Rule], list[Template]]] = [
        (("every_category",), rules.every_category, list(templates.values())),
    ]
    for category, category_rules in rules.categories.items():
        template = templates.get(category)
        if template is None:
            # The template may just have failed to load: report, but do not stop grading the other categories.
            warnings.append(
                problem(
                    _(
                        "rules for category '{category}', which has no checklist loaded; they are not used",
                        category=category,
                    ),
                    ("categories", category),
                )
            )
            continue
        groups.append((("categories", category), category_rules, [template]))
    for category in sorted(set(templates) - set(rules.categories)):
        warnings.append(
            problem(
                _(
                    "category '{category}' has no rules of its own; only the rules for every category grade it",
                    category=category,
                ),
                ("categories",),
            )
        )

    common_ids = {rule.id for rule in rules.every_category}
    for base, group, group_templates in groups:
        # Ids are unique per category (with the common rules), which is how a matched rule is recorded.
        seen_ids: set[str] = set() if base == ("every_category",) else set(common_ids)
        for index, rule in enumerate(group):
            path = (*base, index)
            if rule.id in seen_ids:
                fatal.append(problem(_("the rule id '{id}' is used twice", id=rule.id), path, rule.id))
            seen_ids.add(rule.id)
            fatal.extend(problem(text, path, rule.id) for text in _rule_value_problems(rule, rules))
            for template in group_templates:
                where = _(
                    "'when' (checklist {category} v{version})",
                    category=template.category,
                    version=template.version,
                )
                for question_id, text in condition_problems(rule.when, template, where):
                    fatal.append(problem(text, (*path, "when"), rule.id, question_id))
    return fatal, warnings


def _rule_value_problems(rule: Rule, rules: RuleSet) -> list[Text]:
    scale = rules.scale
    found: list[Text] = []
    if rule.grade is None and rule.flag is None:
        found.append(_("a rule needs a 'grade', a 'flag' or both"))
    if rule.grade is not None and rule.grade not in scale.grades:
        found.append(
            _(
                "unknown grade '{grade}'; use one of {grades}",
                grade=rule.grade,
                grades=", ".join(scale.grades),
            )
        )
    if rule.disposition is not None and rule.grade is None:
        found.append(_("a 'disposition' needs a 'grade' in the same rule"))
    if rule.disposition is not None and rule.disposition not in scale.dispositions:
        found.append(
            _(
                "unknown disposition '{value}'; use one of {choices}",
                value=rule.disposition,
                choices=", ".join(scale.dispositions),
            )
        )
    if rule.flag is not None and scale.flags is not None and rule.flag not in scale.flags:
        found.append(
            _(
                "unknown flag '{flag}'; use one of {flags} or add it to 'flags'",
                flag=rule.flag,
                flags=", ".join(scale.flags),
            )
        )
    return found


def _rule_id_at(data: dict[str, Any], loc: tuple[str | int, ...]) -> str | None:
    item: Any = None
    if len(loc) >= 2 and loc[0] == "every_category" and isinstance(loc[1], int):
        group = data.get("every_category")
        item = group[loc[1]] if isinstance(group, list) and loc[1] < len(group) else None
    elif len(loc) >= 3 and loc[0] == "categories" and isinstance(loc[2], int):
        group = (data.get("categories") or {}).get(loc[1])
        item = group[loc[2]] if isinstance(group, list) and loc[2] < len(group) else None
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return item["id"]
    return None
