"""The shipped checklist templates: they load cleanly and keep the like-new path short."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.checklist.flow import photos_needed, unanswered, visible_questions
from station.checklist.loading import load_templates

CHECKLISTS = Path(__file__).resolve().parents[3] / "resources" / "checklists"
CATEGORIES = ("electronics", "apparel", "footwear", "home_kitchen", "toys")

# The fewest answers that finish each checklist for a like-new item (sealed where a seal exists).
LIKE_NEW = {
    "electronics": {"contents": "rma_item", "serial_matches": "matches", "packaging": "sealed"},
    "apparel": {"contents": "rma_item", "label_matches": True, "packaging": "sealed", "tags": "attached"},
    "footwear": {"contents": "rma_item", "label_matches": True, "box": "new_in_box"},
    "home_kitchen": {"contents": "rma_item", "serial_matches": "no_serial", "packaging": "sealed"},
    "toys": {"contents": "rma_item", "packaging": "sealed"},
}


@pytest.fixture(scope="module")
def templates():
    loaded = load_templates(CHECKLISTS)
    assert [str(p) for p in loaded.problems] == []
    return loaded.templates


def test_every_demo_category_has_a_template(templates) -> None:
    assert set(templates) == set(CATEGORIES)
    for category, template in templates.items():
        assert template.category == category
        assert template.version >= 1
        assert 6 <= len(template.questions) <= 12


@pytest.mark.parametrize("category", CATEGORIES)
def test_like_new_path_is_short_and_complete(templates, category: str) -> None:
    template = templates[category]
    answers = LIKE_NEW[category]
    assert unanswered(template, answers) == []
    assert photos_needed(template, answers) == []
    assert len(answers) <= 7
    # Every question after the quick ones is either optional or hidden.
    shown = visible_questions(template, answers)
    assert all(q.id in answers or not q.required for q in shown)


@pytest.mark.parametrize("category", CATEGORIES)
def test_empty_box_and_wrong_item_end_the_checklist_with_a_photo(templates, category: str) -> None:
    template = templates[category]
    for contents in ("empty_box", "different_item"):
        answers = {"contents": contents}
        assert [q.id for q in visible_questions(template, answers)] == ["contents"]
        assert unanswered(template, answers) == []
        needs = photos_needed(template, answers)
        assert [n.question_id for n in needs] == ["contents"]
        assert "parcel" in needs[0].prompt.render()


@pytest.mark.parametrize("category", CATEGORIES)
def test_damage_always_asks_for_a_photo(templates, category: str) -> None:
    template = templates[category]
    answers = dict(LIKE_NEW[category])
    if "packaging" in answers:
        answers["packaging"] = "opened_intact" if template.question("packaging").option("opened_intact") else "opened"
    if "box" in answers:  # footwear: an opened box goes on to the pair, wear and damage questions
        answers.update(box="good", pair="pair", wear="none")
    answers["damage"] = True
    kinds = template.question("damage_kinds")
    answers["damage_kinds"] = [kinds.options[0].id]
    assert "damage_kinds" in [q.id for q in visible_questions(template, answers)]
    needs = photos_needed(template, answers)
    assert any(n.question_id in ("damage", "damage_kinds") for n in needs)


def test_content_hash_tells_an_edit_from_the_same_text(templates) -> None:
    electronics = templates["electronics"]
    again = load_templates(CHECKLISTS).templates["electronics"]
    assert again.content_hash() == electronics.content_hash()
    edited = electronics.model_copy(update={"title": "Electronics (edited)"})
    assert edited.version == electronics.version
    assert edited.content_hash() != electronics.content_hash()
    assert electronics.number_of("contents") == 1
    assert electronics.number_of("damage_kinds") == 8
