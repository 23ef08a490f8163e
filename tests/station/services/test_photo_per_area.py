"""A photo rule on a tick list ("photograph each damaged area") asks for one photo per area ticked."""

from __future__ import annotations

from station.context import StationContext
from station.services import inspect as inspection
from tests.station.services.test_inspection_flow import _photo_file, _start
from tests.ui.test_checklist_answers import DAMAGED
from tests.ui.test_keyboard_only import straight_rma


def _to_photos(ctx: StationContext, areas: list[str]) -> inspection.DraftView:
    draft = _start(ctx, straight_rma(ctx, "electronics"))
    answers = {**DAMAGED, "damage_kinds": areas, "battery_health": 90.0}
    while draft.step == "checklist":
        question = draft.current_question
        assert question is not None
        draft = inspection.answer(ctx, draft.id, question.id, answers.get(question.id))
    return draft


def _area_needs(draft: inspection.DraftView) -> list[str]:
    return [need.prompt.render() for need in draft.photos_missing if need.question_id == "damage_kinds"]


def test_two_damaged_areas_need_two_close_ups(ctx: StationContext) -> None:
    draft = _to_photos(ctx, ["screen_crack", "body"])
    needs = _area_needs(draft)
    assert len(needs) == 2, needs
    assert "Cracked screen or glass" in needs[0] and "Dents or scratches on the body" in needs[1]

    draft = inspection.attach_photo(ctx, draft.id, question_id="damage_kinds", path=_photo_file())
    assert len(_area_needs(draft)) == 1, "one photo stood for both damaged areas"
    assert "Dents or scratches on the body" in _area_needs(draft)[0]
    draft = inspection.attach_photo(ctx, draft.id, question_id="damage_kinds", path=_photo_file())
    assert _area_needs(draft) == []


def test_one_damaged_area_needs_one_close_up(ctx: StationContext) -> None:
    draft = _to_photos(ctx, ["body"])
    assert _area_needs(draft) == ["Photograph each damaged area close up."]
