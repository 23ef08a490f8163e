"""A bad template file is reported with its file, question and problem, and the other files still load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from station.checklist.loading import TemplateInvalid, load_template_text, load_templates

CHECKLISTS = Path(__file__).resolve().parents[3] / "resources" / "checklists"

# A small, valid template: the starting point for the bad-file cases.
GADGETS = (Path(__file__).parent / "gadgets.yaml").read_text(encoding="utf-8")


def _edit(old: str, new: str) -> str:
    assert old in GADGETS, old
    return GADGETS.replace(old, new, 1)


# (case, yaml text, question id named, words the problem must contain)
BAD_CASES = [
    ("syntax error", _edit("    kind: yes_no\n", "    kind: [yes_no\n"), None, "not valid YAML"),
    ("unknown key", _edit("    text: Any damage?\n", "    text: Any damage?\n    colour: red\n"), "damage",
     "unknown key 'colour'"),
    ("unknown kind", _edit("    kind: yes_no\n", "    kind: slider\n"), "damage", "unknown question kind 'slider'"),
    ("show_if on a later question", _edit("    kind: yes_no\n", "    kind: yes_no\n    show_if: {question: battery, "
                                          "less_than: 3}\n"), "damage", "'battery' (Q4), which is not asked before"),
    ("show_if on itself", _edit("show_if: {question: damage, equals: yes}", "show_if: {question: damage_kinds, "
                                "includes: crack}"), "damage_kinds", "not asked before"),
    ("show_if on an unknown question", _edit("show_if: {question: damage, equals: yes}",
                                             "show_if: {question: dammage, equals: yes}"), "damage_kinds",
     "'dammage', which is not in the checklist"),
    ("show_if on an unknown option", _edit("end_if: {question: packaging, equals: sealed}",
                                           "end_if: {question: packaging, equals: shrinkwrapped}"), "packaging",
     "'shrinkwrapped' is not an option of question 'packaging'"),
    ("test that does not fit the kind", _edit("not: {question: damage_kinds, includes: crack}",
                                              "not: {question: damage_kinds, equals: crack}"), "battery",
     "'equals' does not work with the multi question 'damage_kinds'"),
    ("duplicate option ids", _edit("      - {id: crack, text: Crack}\n", "      - {id: scratch, text: Crack}\n"),
     "damage_kinds", "option id 'scratch' is used twice"),
    ("number min above max", _edit("    min: 0\n", "    min: 101\n"), "battery", "min (101) is greater than max (100)"),
    ("duplicate question id", _edit("  - id: notes\n", "  - id: damage\n"), "damage",
     "question id 'damage' is used twice"),
    ("duplicate key", _edit("    kind: multi\n", "    kind: multi\n    kind: single\n"), None, "'kind' appears twice"),
    ("options on a yes/no question", _edit("    kind: yes_no\n", "    kind: yes_no\n    options: [{id: a, text: A}]\n"),
     "damage", "only single and multi questions have options"),
    ("single with one option", _edit("      - {id: opened, text: Opened}\n      - {id: \"no\", text: No box}\n", ""),
     "packaging", "at least two options"),
    ("condition with no test", _edit("equals: yes}", "}"), "damage", "no test"),
    ("missing text", _edit("    text: Any damage?\n", ""), "damage", "'text' is missing"),
    ("bad id", _edit("  - id: notes\n", "  - id: Notes Here\n"), "Notes Here", "lower-case letters"),
]


@pytest.mark.parametrize(("case", "text", "question_id", "words"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_file_names_file_question_and_problem(tmp_path: Path, case: str, text: str, question_id: str | None,
                                                  words: str) -> None:
    for good in CHECKLISTS.glob("*.yaml"):
        shutil.copy(good, tmp_path / good.name)
    (tmp_path / "gadgets.yaml").write_text(text, encoding="utf-8")

    loaded = load_templates(tmp_path)

    assert "gadgets" not in loaded.templates
    assert set(loaded.templates) == {"electronics", "apparel", "footwear", "home_kitchen", "toys"}
    assert loaded.problems, case
    assert all(p.file == "gadgets.yaml" for p in loaded.problems)
    matching = [p for p in loaded.problems if words in p.message.render()]
    assert matching, [str(p) for p in loaded.problems]
    assert matching[0].question_id == question_id
    described = str(matching[0])
    assert "gadgets.yaml" in described and words in described
    if question_id:
        assert f"question '{question_id}'" in described
    assert matching[0].line is None or matching[0].line >= 1


def test_the_sample_itself_is_valid() -> None:
    template = load_template_text(GADGETS, "gadgets.yaml")
    assert [q.id for q in template.questions] == ["packaging", "damage", "damage_kinds", "battery", "notes"]
    assert template.question("packaging").option("no") is not None  # "no" stays an id, not False


def test_problems_point_at_the_line(tmp_path: Path) -> None:
    text = _edit("    kind: yes_no\n", "    kind: slider\n")
    with pytest.raises(TemplateInvalid) as caught:
        load_template_text(text, "gadgets.yaml")
    problem = caught.value.problems[0]
    assert text.splitlines()[problem.line - 1].strip() == "kind: slider"
    assert "gadgets.yaml" in str(caught.value) and "slider" in str(caught.value)


def test_a_file_that_is_not_a_mapping_is_reported() -> None:
    with pytest.raises(TemplateInvalid) as caught:
        load_template_text("- just\n- a list\n", "list.yaml")
    assert caught.value.problems[0].file == "list.yaml"


def test_same_version_with_other_content_is_reported_and_the_first_kept(tmp_path: Path) -> None:
    (tmp_path / "a_gadgets.yaml").write_text(GADGETS, encoding="utf-8")
    (tmp_path / "b_gadgets.yaml").write_text(_edit("title: Gadgets", "title: Gadgets, edited"), encoding="utf-8")
    (tmp_path / "c_gadgets.yaml").write_text(_edit("version: 1", "version: 2"), encoding="utf-8")
    loaded = load_templates(tmp_path)
    assert [p.file for p in loaded.problems] == ["b_gadgets.yaml"]
    assert "version 1 of 'gadgets' is also in a_gadgets.yaml" in loaded.problems[0].message.render()
    assert loaded.templates["gadgets"].version == 2
    assert loaded.get("gadgets", 1).title == "Gadgets"


def test_empty_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    loaded = load_templates(tmp_path)
    assert loaded.templates == {}
    assert "no checklist files" in loaded.problems[0].message.render()
