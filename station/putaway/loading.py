"""Loads the put-away rules from YAML and checks them against the checklists and grading rules they sort."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from station.checklist.problems import validation_problems
from station.checklist.yaml_source import YamlDocument, YamlUnreadable, read_yaml
from station.grading.rules import RuleSet
from station.putaway.model import PutawayRules
from station.text import StationError, Text, _

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PutawayProblem:
    file: str
    rule_id: str | None
    message: Text
    line: int | None = None

    def describe(self) -> Text:
        where = _("{file}, line {line}", file=self.file, line=self.line) if self.line else _("{file}", file=self.file)
        if self.rule_id:
            where = _("{where}, rule '{rule}'", where=where, rule=self.rule_id)
        return _("{where}: {problem}", where=where, problem=self.message)

    def __str__(self) -> str:
        return self.describe().render()


class PutawayInvalid(StationError):
    """No usable put-away rules; `problems` lists everything found."""

    def __init__(self, problems: list[PutawayProblem]) -> None:
        first = problems[0] if problems else PutawayProblem("?", None, _("no rules"))
        super().__init__(_("The put-away rules cannot be used ({problem}). Put items aside and call a lead to fix "
                           "the put-away file.", problem=first.describe()))
        self.problems = problems


@dataclass
class PutawaySet:
    """The rules in use (None when no file is usable) and every problem found while loading."""

    rules: PutawayRules | None = None
    problems: list[PutawayProblem] = field(default_factory=list)

    def require(self) -> PutawayRules:
        if self.rules is None:
            raise PutawayInvalid(self.problems)
        return self.rules


def load_putaway(folder: Path, categories: list[str], grading: RuleSet) -> PutawaySet:
    """The newest valid file (by version) in `folder`; a file is used whole or not at all, like the grading rules:
    half a rules file could send a broken item to restock."""
    from station.grading.loading import version_key

    found = PutawaySet()
    loaded: list[PutawayRules] = []
    paths = sorted(p for p in Path(folder).glob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    for path in paths:
        try:
            loaded.append(load_putaway_text(path.read_text(encoding="utf-8"), path.name, categories, grading))
        except (OSError, UnicodeDecodeError) as exc:
            found.problems.append(PutawayProblem(path.name, None, _("the file cannot be read ({problem})",
                                                                     problem=str(exc))))
        except PutawayInvalid as exc:
            found.problems.extend(exc.problems)
    if not paths:
        found.problems.append(PutawayProblem(str(folder), None, _("no put-away files (*.yaml) found")))
    for problem in found.problems:
        log.warning("put-away rules problem: %s", problem)
    if loaded:
        found.rules = max(loaded, key=lambda r: version_key(r.version))
    return found


def load_putaway_text(yaml_text: str, source_name: str, categories: list[str], grading: RuleSet) -> PutawayRules:
    try:
        document = read_yaml(yaml_text)
    except YamlUnreadable as exc:
        raise PutawayInvalid([PutawayProblem(source_name, None, exc.message, exc.line)]) from exc
    data = document.data
    if not isinstance(data, dict):
        raise PutawayInvalid([PutawayProblem(
            source_name, None, _("the file should start with 'version:' and hold 'kinds:', 'zones:', 'quarantine:' "
                                 "and 'rules:'"), 1)])
    try:
        rules = PutawayRules.model_validate(data)
    except ValidationError as exc:
        raise PutawayInvalid([PutawayProblem(source_name, _rule_id_at(data, loc), text, document.line_of(loc))
                              for loc, text in validation_problems(exc)]) from exc
    problems = _check(rules, source_name, document, categories, grading)
    if problems:
        raise PutawayInvalid(problems)
    return rules


def _rule_id_at(data: dict, loc: tuple[str | int, ...]) -> str | None:
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        rules = data.get("rules")
        if isinstance(rules, list) and loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            value = rules[loc[1]].get("id")
            return str(value) if value is not None else None
    return None


def _check(rules: PutawayRules, file: str, document: YamlDocument, categories: list[str], grading: RuleSet
           ) -> list[PutawayProblem]:
    problems: list[PutawayProblem] = []

    def problem(text: Text, path: tuple[str | int, ...], rule: str | None = None) -> None:
        problems.append(PutawayProblem(file, rule, text, document.line_of(path)))

    seen: set[str] = set()
    for index, rule in enumerate(rules.rules):
        path: tuple[str | int, ...] = ("rules", index)
        if rule.id in seen:
            problem(_("the rule id is used twice; give each rule its own id"), (*path, "id"), rule.id)
        seen.add(rule.id)
        if rule.kind not in rules.kinds:
            problem(_("container kind '{kind}' is not listed under 'kinds'", kind=rule.kind), (*path, "kind"), rule.id)
        if rule.zone not in rules.zones:
            problem(_("zone '{zone}' is not listed under 'zones'", zone=rule.zone), (*path, "zone"), rule.id)
        if rule.zone == rules.quarantine.zone:
            problem(_("zone '{zone}' is the quarantine cage: only items flagged for a lead go there",
                      zone=rule.zone), (*path, "zone"), rule.id)
        for key, values, allowed in (("disposition", rule.when.disposition, grading.scale.dispositions),
                                     ("category", rule.when.category, categories),
                                     ("grade", rule.when.grade, grading.scale.grades)):
            for value in values or []:
                if value not in allowed:
                    problem(_("'{value}' is not a known {key}; use one of {expected}", value=value, key=key,
                              expected=", ".join(allowed)), (*path, "when", key), rule.id)
    if rules.quarantine.zone not in rules.zones:
        problem(_("zone '{zone}' is not listed under 'zones'", zone=rules.quarantine.zone), ("quarantine", "zone"))
    if "cage" not in rules.kinds:
        problem(_("the quarantine needs the container kind 'cage' under 'kinds'"), ("kinds",))
    if problems:
        return problems
    # Every outcome the grading rules can give must have somewhere to go, or the dock would be left holding it.
    for category in categories:
        for grade in grading.scale.grades:
            for disposition in grading.scale.dispositions:
                if rules.place_for(disposition, category, grade, False).rule_id == "quarantine":
                    problem(_("no rule places a {disposition} item of {category} graded {grade}; add a rule for "
                              "it (or one without 'when' at the end)", disposition=disposition, category=category,
                              grade=grade), ("rules",))
                    return problems
    return problems
