"""Loads checklist templates from a folder of YAML files; a bad file is reported, the rest still load."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from station.checklist.checking import template_problems
from station.checklist.model import Template
from station.checklist.problems import validation_problems
from station.checklist.yaml_source import YamlUnreadable, read_yaml
from station.text import StationError, Text, _

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TemplateProblem:
    file: str
    question_id: str | None
    message: Text
    line: int | None = None

    def describe(self) -> Text:
        where = _("{file}, line {line}", file=self.file, line=self.line) if self.line else _("{file}", file=self.file)
        if self.question_id:
            return _(
                "{where}, question '{question}': {problem}",
                where=where,
                question=self.question_id,
                problem=self.message,
            )
        return _("{where}: {problem}", where=where, problem=self.message)

    def __str__(self) -> str:
        return self.describe().render()


class TemplateInvalid(StationError):
    """A template file that cannot be used; `problems` lists everything found, not just the first."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__(
            _(
                "The checklist {file} cannot be used: {problem}. Fix the file or ask a lead.",
                file=problems[0].file,
                problem=problems[0].describe(),
            )
        )
        self.problems = problems


@dataclass
class TemplateSet:
    # The newest version of each category: what new inspections use.
    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[TemplateProblem] = field(default_factory=list)
    # Every version found, so a draft started on an older version can still be shown and graded.
    versions: dict[str, dict[int, Template]] = field(default_factory=dict)
    files: dict[tuple[str, int], str] = field(default_factory=dict)

    def get(self, category: str, version: int | None = None) -> Template | None:
        if version is None:
            return self.templates.get(category)
        return self.versions.get(category, {}).get(version)


def load_template_text(yaml_text: str, source_name: str) -> Template:
    """Parses and checks one template; raises TemplateInvalid naming the file, question and problem."""
    try:
        document = read_yaml(yaml_text)
    except YamlUnreadable as exc:
        raise TemplateInvalid([TemplateProblem(source_name, None, exc.message, exc.line)]) from exc
    data = document.data
    if not isinstance(data, dict):
        raise TemplateInvalid(
            [
                TemplateProblem(
                    source_name,
                    None,
                    _("the file should start with 'category:', 'version:', 'title:' and 'questions:'"),
                    1,
                )
            ]
        )
    try:
        template = Template.model_validate(data)
    except ValidationError as exc:
        problems = [
            TemplateProblem(source_name, _question_id_at(data, loc), text, document.line_of(loc))
            for loc, text in validation_problems(exc)
        ]
        raise TemplateInvalid(problems) from exc
    found = template_problems(template)
    if found:
        raise TemplateInvalid(
            [
                TemplateProblem(source_name, question_id, text, _line_of_question(document, data, question_id))
                for question_id, text in found
            ]
        )
    return template


def load_templates(folder: Path) -> TemplateSet:
    """Every *.yaml / *.yml file in `folder` (not sub-folders); files are read in name order."""
    result = TemplateSet()
    paths = sorted(p for p in Path(folder).glob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    if not paths:
        result.problems.append(TemplateProblem(str(folder), None, _("no checklist files (*.yaml) found here")))
    for path in paths:
        try:
            template = load_template_text(path.read_text(encoding="utf-8"), path.name)
        except TemplateInvalid as exc:
            result.problems.extend(exc.problems)
            continue
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("cannot read checklist %s: %s", path, exc)
            result.problems.append(
                TemplateProblem(path.name, None, _("the file cannot be read ({problem})", problem=str(exc)))
            )
            continue
        _add(result, template, path.name)
    return result


def _add(result: TemplateSet, template: Template, file: str) -> None:
    versions = result.versions.setdefault(template.category, {})
    known = versions.get(template.version)
    if known is not None:
        # Two files claiming one version would make "which checklist did this inspection use" unanswerable.
        if known.content_hash() != template.content_hash():
            result.problems.append(
                TemplateProblem(
                    file,
                    None,
                    _(
                        "version {version} of '{category}' is also in {other} with different questions; "
                        "give the newer file a higher version",
                        version=template.version,
                        category=template.category,
                        other=result.files[(template.category, template.version)],
                    ),
                )
            )
        return
    versions[template.version] = template
    result.files[(template.category, template.version)] = file
    newest = result.templates.get(template.category)
    if newest is None or template.version > newest.version:
        result.templates[template.category] = template


def _question_id_at(data: dict[str, Any], loc: tuple[str | int, ...]) -> str | None:
    if len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int):
        questions = data.get("questions")
        if isinstance(questions, list) and loc[1] < len(questions):
            item = questions[loc[1]]
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                return item["id"]
            return f"#{loc[1] + 1}"
    return None


def _line_of_question(document: Any, data: dict[str, Any], question_id: str | None) -> int | None:
    if question_id is None:
        return None
    for index, item in enumerate(data.get("questions") or []):
        if isinstance(item, dict) and item.get("id") == question_id:
            return document.line_of(("questions", index))
    return None
