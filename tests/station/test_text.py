"""Domain texts: kept as key and arguments, so they can be shown again later in another language."""

from __future__ import annotations

import json

from station.text import Text, _


def test_a_text_inside_a_text_is_stored_whole_and_translated_when_shown() -> None:
    reason = _("grade {grade} under the {category} policy", grade="A", category=Text("Footwear"))
    stored = json.loads(json.dumps(reason.to_json()))
    again = Text.from_json(stored)
    assert again == reason
    hebrew = {"grade {grade} under the {category} policy": "ציון {grade} לפי מדיניות {category}", "Footwear": "הנעלה"}
    assert again.render(lambda s: hebrew.get(s, s)) == "ציון A לפי מדיניות הנעלה"
    assert again.render() == "grade A under the Footwear policy"


def test_texts_stored_before_nesting_still_read_back() -> None:
    old = {"source": "grade {grade} under the {category} policy", "args": {"grade": "B", "category": "footwear"}}
    assert Text.from_json(old).render() == "grade B under the footwear policy"


def test_a_placeholder_may_be_named_like_the_markers_own_parameter() -> None:
    text = _("Outcome changed by {source} ({name})", source=_("a lead's review"), name="Dana")
    assert text.source == "Outcome changed by {source} ({name})"
    assert text.render() == "Outcome changed by a lead's review (Dana)"
    assert Text.from_json(json.loads(json.dumps(text.to_json()))) == text
