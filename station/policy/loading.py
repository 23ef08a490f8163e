"""Loads resources/policy: warehouse.yaml and one file per category; a bad file is reported, the rest load."""

from __future__ import annotations

import logging
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from station.checklist.model import Template
from station.checklist.problems import field_name, validation_problems
from station.checklist.yaml_source import YamlUnreadable, read_yaml
from station.policy.model import CategoryPolicy, WarehousePolicy
from station.text import StationError, Text, _

log = logging.getLogger(__name__)
WAREHOUSE_FILE = "warehouse.yaml"


@dataclass(frozen=True)
class PolicyProblem:
    file: str
    field: str | None
    message: Text
    line: int | None = None

    def describe(self) -> Text:
        where = _("{file}, line {line}", file=self.file, line=self.line) if self.line else _("{file}", file=self.file)
        if self.field:
            return _("{where}, field '{field}': {problem}", where=where, field=self.field, problem=self.message)
        return _("{where}: {problem}", where=where, problem=self.message)

    def __str__(self) -> str:
        return self.describe().render()


class PolicyInvalid(StationError):
    def __init__(self, problems: list[PolicyProblem]) -> None:
        super().__init__(_("The return policy {file} cannot be used: {problem}. Fix the file or ask a lead.",
                           file=problems[0].file, problem=problems[0].describe()))
        self.problems = problems


@dataclass
class PolicySet:
    warehouse: WarehousePolicy | None
    categories: dict[str, CategoryPolicy] = field(default_factory=dict)
    problems: list[PolicyProblem] = field(default_factory=list)
    # Category id -> the checklist's title (English source, translated where shown).
    titles: dict[str, str] = field(default_factory=dict)

    def category_name(self, category: str) -> Text:
        title = self.titles.get(category)
        return Text(title) if title else _("{name}", name=category)

    @property
    def version(self) -> str:
        return self.warehouse.version if self.warehouse else "none"


def _parse(model: type[BaseModel], text: str, name: str) -> Any:
    try:
        document = read_yaml(text)
    except YamlUnreadable as exc:
        raise PolicyInvalid([PolicyProblem(name, None, exc.message, exc.line)]) from exc
    if not isinstance(document.data, dict):
        raise PolicyInvalid([PolicyProblem(name, None, _("the file should be a set of keys ('key: value' lines)"), 1)])
    try:
        return model.model_validate(document.data)
    except ValidationError as exc:
        raise PolicyInvalid([PolicyProblem(name, field_name(loc), problem, document.line_of(loc))
                             for loc, problem in validation_problems(exc)]) from exc


def load_warehouse_text(text: str, name: str = WAREHOUSE_FILE) -> WarehousePolicy:
    policy: WarehousePolicy = _parse(WarehousePolicy, text, name)
    if policy.timezone != "local":
        try:
            zoneinfo.ZoneInfo(policy.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise PolicyInvalid([PolicyProblem(name, "timezone", _(
                "unknown time zone '{zone}': use a name such as Europe/Berlin, or local", zone=policy.timezone))]
            ) from exc
    return policy


def load_category_text(text: str, name: str, grades: list[str] | None = None,
                       template: Template | None = None) -> CategoryPolicy:
    policy: CategoryPolicy = _parse(CategoryPolicy, text, name)
    problems: list[PolicyProblem] = []
    if grades is not None:
        for key, listed in (("grades", list(policy.grades)), ("full_refund_grades", policy.full_refund_grades)):
            for grade in listed:
                if grade not in grades:
                    problems.append(PolicyProblem(name, key, _(
                        "grade '{grade}' is not on the grading scale ({scale})", grade=grade, scale=", ".join(grades))))
        for grade in grades:
            if grade not in policy.grades:
                problems.append(PolicyProblem(name, "grades", _("grade '{grade}' has no terms", grade=grade)))
    if template is not None:
        known = {q.id for q in template.questions}
        for sign in policy.signs_of_use:
            for question in sign.when.questions():
                if question not in known:
                    problems.append(PolicyProblem(name, "signs_of_use", _(
                        "question '{question}' is not in the {category} checklist", question=question,
                        category=policy.category)))
    if problems:
        raise PolicyInvalid(problems)
    return policy


def load_policy(folder: Path, grades: list[str] | None = None,
                templates: dict[str, Template] | None = None) -> PolicySet:
    """warehouse.yaml plus every other *.yaml in `folder`, in name order."""
    templates = templates or {}
    result = PolicySet(None, titles={key: template.title for key, template in templates.items()})
    warehouse = folder / WAREHOUSE_FILE
    try:
        result.warehouse = load_warehouse_text(warehouse.read_text(encoding="utf-8"))
    except PolicyInvalid as exc:
        result.problems.extend(exc.problems)
    except (OSError, UnicodeDecodeError) as exc:
        result.problems.append(PolicyProblem(WAREHOUSE_FILE, None, _("the file cannot be read ({problem})",
                                                                     problem=str(exc))))
    for path in sorted(p for p in folder.glob("*") if p.suffix in (".yaml", ".yml") and p.name != WAREHOUSE_FILE):
        try:
            text = path.read_text(encoding="utf-8")
            category = load_category_text(text, path.name, grades, None)
            category = load_category_text(text, path.name, grades, templates.get(category.category))
        except PolicyInvalid as exc:
            result.problems.extend(exc.problems)
            continue
        except (OSError, UnicodeDecodeError) as exc:
            result.problems.append(PolicyProblem(path.name, None, _("the file cannot be read ({problem})",
                                                                    problem=str(exc))))
            continue
        if category.category in result.categories:
            result.problems.append(PolicyProblem(path.name, "category", _(
                "the category '{category}' has another policy file already", category=category.category)))
            continue
        result.categories[category.category] = category
    for problem in result.problems:
        log.warning("return policy problem: %s", problem)
    return result


_cache: dict[tuple[str, int], PolicySet] = {}


def policy_for(resources: Path, grades: list[str], templates: dict[str, Template]) -> PolicySet:
    """The station's policy, read once per process (files change with a restart, like the checklists)."""
    key = (str(resources), id(templates))
    found = _cache.get(key)
    if found is None:
        found = _cache[key] = load_policy(resources / "policy", grades, templates)
    return found
