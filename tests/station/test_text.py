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
