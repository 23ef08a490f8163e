"""The shipped policy files load cleanly; a bad file names its file, line and field while the others still load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from station.checklist.loading import load_templates
from station.policy.loading import PolicyInvalid, load_category_text, load_policy, load_warehouse_text

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
TEMPLATES = load_templates(RESOURCES / "checklists").templates
GRADES = ["A", "B", "C", "D", "F"]
GOOD = (RESOURCES / "policy" / "apparel.yaml").read_text(encoding="utf-8")


def test_the_shipped_policy_covers_every_checklist_category_without_problems() -> None:
    policy = load_policy(RESOURCES / "policy", GRADES, TEMPLATES)
    assert policy.problems == []
    assert policy.warehouse is not None and policy.version
    assert set(policy.categories) == set(TEMPLATES)


@pytest.mark.parametrize(("old", "new", "field", "line", "words"), [
    ("window_days: 30", "window_days: thirty", "window_days", 3, "should be a whole number"),
    ("window_days: 30", "window_days: -1", "window_days", 3, "must be at least 0"),
    ("window_from: delivery", "window_from: shipping", "window_from", 4, "'shipping' is not allowed"),
    ("  B: {settle: refund}", "  B: {settle: cash}", "settle", None, "'cash' is not allowed"),
    ("  C: {settle: store_credit, fee_fixed: 5.00}", "  C: {settle: store_credit, fee_fixed: 5, fee_percent: 2}",
     "C", None, "fee_percent or fee_fixed, not both"),
    ("  B: {settle: refund}", "  E: {settle: refund}", "grades", None, "grade 'E' is not on the grading scale"),
    ("    what: tags removed", "    whatt: tags removed", "whatt", None, "unknown key 'whatt'"),
    ("question: tags", "question: labels", "signs_of_use", None, "'labels' is not in the apparel checklist"),
    ("window_days: 30", "window_days: [30", None, None, "not valid YAML"),
])
def test_a_bad_category_file_names_the_field_and_problem(old: str, new: str, field: str | None, line: int | None,
                                                         words: str) -> None:
    assert old in GOOD
    with pytest.raises(PolicyInvalid) as caught:
        load_category_text(GOOD.replace(old, new, 1), "apparel.yaml", GRADES, TEMPLATES["apparel"])
    problem = next((p for p in caught.value.problems if words in p.message.render()), caught.value.problems[0])
    assert problem.file == "apparel.yaml" and problem.field == field
    if line is not None:
        assert problem.line == line
    assert words in problem.message.render(), problem.message.render()
    assert "apparel.yaml" in str(problem) and "Fix the file" in caught.value.text.render()


def test_a_bad_time_zone_is_named() -> None:
    with pytest.raises(PolicyInvalid) as caught:
        load_warehouse_text('version: "1"\ntimezone: Mars/Olympus\n')
    assert caught.value.problems[0].field == "timezone" and "Mars/Olympus" in str(caught.value.problems[0])


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "policy"
    shutil.copytree(RESOURCES / "policy", folder)
    (folder / "toys.yaml").write_text("category: toys\nwindow_days: 10\n", encoding="utf-8")
    policy = load_policy(folder, GRADES, TEMPLATES)
    assert set(policy.categories) == set(TEMPLATES) - {"toys"}
    assert {p.file for p in policy.problems} == {"toys.yaml"}
    assert any("'full_refund_grades' is missing" in str(p) for p in policy.problems)
