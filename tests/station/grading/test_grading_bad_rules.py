"""A bad rules file names the file, rule, question and problem; the newest valid file is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.checklist.loading import load_templates
from station.grading.loading import RulesInvalid, load_rules, load_rules_text, version_key

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
TEMPLATES = load_templates(RESOURCES / "checklists").templates

SMALL = """\
version: 7
every_category:
  - id: empty_box
    when: {question: contents, equals: empty_box}
    grade: F
    flag: empty_box
    reason: empty box
categories:
  toys:
    - id: heavy_play
      when: {question: signs_of_play, equals: heavy}
      grade: C
      reason: heavy signs of play
"""


def _edit(old: str, new: str) -> str:
    assert old in SMALL, old
    return SMALL.replace(old, new, 1)


BAD_CASES = [
    ("unknown question", _edit("question: signs_of_play", "question: play_marks"), "heavy_play", "play_marks",
     "'play_marks', which is not in the checklist"),
    ("unknown option", _edit("equals: heavy", "equals: filthy"), "heavy_play", "signs_of_play",
     "'filthy' is not an option of question 'signs_of_play'"),
    ("unknown grade", _edit("grade: C", "grade: E"), "heavy_play", None, "unknown grade 'E'; use one of A, B, C, D, F"),
    ("unknown disposition", _edit("grade: C\n", "grade: C\n      disposition: sell\n"), "heavy_play", None,
     "unknown disposition 'sell'"),
    ("question missing in one category", _edit("question: contents", "question: pieces_complete"), "empty_box",
     "pieces_complete", f"(checklist electronics v{TEMPLATES['electronics'].version})"),
    ("unknown key", _edit("      reason: heavy", "      reasons: heavy"), "heavy_play", None, "unknown key 'reasons'"),
    ("no grade and no flag", _edit("      grade: C\n", ""), "heavy_play", None, "needs a 'grade', a 'flag' or both"),
    ("duplicate rule id", _edit("- id: heavy_play", "- id: empty_box"), "empty_box", None, "used twice"),
    ("syntax error", _edit("grade: C", "grade: [C"), None, None, "not valid YAML"),
    ("unknown flag", _edit("version: 7\n", "version: 7\nscale:\n  flags: [wrong_item]\n"), "empty_box", None,
     "unknown flag 'empty_box'"),
    ("scale without default", _edit("version: 7\n", "version: 7\nscale:\n  grades: [A, B, C, D, E, F]\n"), None, None,
     "no disposition for grade E"),
]


@pytest.mark.parametrize(("case", "text", "rule_id", "question_id", "words"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_rules_name_file_rule_question_and_problem(case: str, text: str, rule_id: str | None,
                                                       question_id: str | None, words: str) -> None:
    with pytest.raises(RulesInvalid) as caught:
        load_rules_text(text, "rules-7.yaml", TEMPLATES)
    problems = caught.value.problems
    matching = [p for p in problems if words in p.message.render()]
    assert matching, [str(p) for p in problems]
    problem = matching[0]
    assert problem.file == "rules-7.yaml"
    assert problem.rule_id == rule_id
    assert problem.question_id == question_id
    assert problem.line is not None
    if question_id:
        assert f"question '{question_id}'" in str(problem)
    assert "rules-7.yaml" in str(caught.value)


def test_the_small_rules_are_valid_and_grade() -> None:
    rules = load_rules_text(SMALL, "rules-7.yaml", TEMPLATES)
    assert rules.version == "7"
    result = rules.grade(TEMPLATES["toys"], {"contents": "rma_item", "packaging": "opened_intact",
                                             "pieces_complete": True, "signs_of_play": "heavy", "damage": False,
                                             "function_test": "all_ok"})
    assert (result.grade, result.disposition) == ("C", "refurbish")
    assert [r.render() for r in result.reasons] == ["Refurbish: heavy signs of play (Q5)"]
    # Categories without rules of their own are graded by the common ones, and that is reported.
    assert any("'apparel' has no rules of its own" in str(p) for p in rules.problems)


def test_a_broken_newer_file_leaves_the_older_one_in_use(tmp_path: Path) -> None:
    (tmp_path / "rules-7.yaml").write_text(SMALL, encoding="utf-8")
    (tmp_path / "rules-8.yaml").write_text(_edit("version: 7", "version: 8").replace("grade: C", "grade: E"),
                                           encoding="utf-8")
    rules = load_rules(tmp_path, TEMPLATES)
    assert rules.version == "7"
    assert any(p.file == "rules-8.yaml" and "unknown grade 'E'" in str(p) for p in rules.problems)


def test_the_newest_valid_version_wins(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(_edit("version: 7", "version: 2026.11-1"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_edit("version: 7", "version: 2026.2-9"), encoding="utf-8")
    assert load_rules(tmp_path, TEMPLATES).version == "2026.11-1"
    assert version_key("2026.2-9") < version_key("2026.11-1") < version_key("2026.11-10")


def test_no_usable_file_raises_with_every_problem(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(_edit("grade: C", "grade: E"), encoding="utf-8")
    with pytest.raises(RulesInvalid) as caught:
        load_rules(tmp_path, TEMPLATES)
    assert "Items cannot be graded" in str(caught.value)
    with pytest.raises(RulesInvalid):
        load_rules(tmp_path / "missing", TEMPLATES)


def test_rules_for_a_category_whose_checklist_failed_do_not_stop_the_others() -> None:
    without_toys = {k: v for k, v in TEMPLATES.items() if k != "toys"}
    rules = load_rules_text(SMALL, "rules-7.yaml", without_toys)
    assert any("'toys', which has no checklist loaded" in str(p) for p in rules.problems)
    assert rules.grade(TEMPLATES["apparel"], {"contents": "empty_box"}).grade == "F"


def test_configured_scale_and_extra_disposition() -> None:
    text = _edit("version: 7\n", """version: 7
scale:
  grades: [new, used, scrap]
  dispositions: [restock, liquidate, return_to_vendor]
  disposition_for_grade: {new: restock, used: liquidate, scrap: liquidate}
""").replace("grade: F", "grade: scrap\n    disposition: return_to_vendor").replace("grade: C", "grade: used")
    rules = load_rules_text(text, "custom.yaml", TEMPLATES)
    assert rules.grades == ("new", "used", "scrap")
    empty = rules.grade(TEMPLATES["toys"], {"contents": "empty_box"})
    assert (empty.grade, empty.disposition) == ("scrap", "return_to_vendor")
    assert empty.reasons[0].render() == "Return to vendor: empty box (Q1)"
    fine = rules.grade(TEMPLATES["toys"], {"contents": "rma_item", "packaging": "sealed"})
    assert (fine.grade, fine.disposition) == ("new", "restock")
    assert rules.check_disposition("return to vendor") == "return_to_vendor"
