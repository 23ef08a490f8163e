"""Admin's calibration: a camera's suggested blur limit is saved for that camera only, photos from then on are judged
by it, and every photo keeps the limits it was judged by."""

from __future__ import annotations

import dataclasses
import json

import cv2
import pytest

from station.config import PhotoThresholds
from station.context import StationContext, open_station
from station.evidence.quality import CalibrationUnclear
from station.evidence.working_image import PhotoNotCheckable
from station.services import calibration
from station.services import inspect as inspection
from station.services.auth import list_users
from station.services.evidence import check_lines, photo_checks_for
from tests.station.evidence.photoset import PHOTOS
from tests.station.evidence.test_evidence_in_inspections import _answered, _fill_needs, _start

SHARP, BLURRED = PHOTOS / "AP-2003-good.jpg", PHOTOS / "AP-2003-blur.jpg"


def _user(ctx: StationContext, role: str):
    return next(u.id for u in list_users(ctx) if u.role == role)


def test_the_station_camera_comes_first_then_photo_files(ctx: StationContext) -> None:
    listed = calibration.cameras(ctx)
    assert [c.camera for c in listed[:2]] == [ctx.settings.camera, "file"]
    assert all(not c.calibrated and c.limits == PhotoThresholds() for c in listed)


def test_a_suggestion_is_saved_for_one_camera_and_judges_the_next_photo(ctx: StationContext) -> None:
    camera = ctx.settings.camera
    # Photos from the camera as a frame, from a file's bytes and from a path are measured alike.
    frame = cv2.imread(str(SHARP))
    assert calibration.measure_photo(frame).measures.sharpness == pytest.approx(
        calibration.measure_photo(SHARP.read_bytes()).measures.sharpness, rel=0.05)
    suggestion = calibration.suggest(ctx, camera, frame, BLURRED)
    assert suggestion.blurred.sharpness < suggestion.thresholds.sharpness_min < suggestion.sharp.sharpness
    saved = calibration.save_limits(ctx, _user(ctx, "admin"), camera, suggestion.thresholds)
    assert saved.calibrated and ctx.settings.thresholds_for(camera) == suggestion.thresholds
    assert ctx.settings.thresholds_for("file") == PhotoThresholds()  # other cameras keep theirs
    written = json.loads((ctx.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert written["photo_thresholds"][camera]["sharpness_min"] == suggestion.thresholds.sharpness_min
    # Reopened, the station judges by the saved limits.
    again = open_station(ctx.data_dir)
    try:
        assert again.settings.thresholds_for(camera) == suggestion.thresholds
        assert next(c for c in calibration.cameras(again) if c.camera == camera).calibrated
    finally:
        again.sessions.kw["bind"].dispose()


def test_only_an_admin_may_save_and_a_refusal_changes_nothing(ctx: StationContext) -> None:
    strict = PhotoThresholds(sharpness_min=999.0)
    for role in ("inspector", "lead"):
        with pytest.raises(calibration.CalibrationRefused) as refused:
            calibration.save_limits(ctx, _user(ctx, role), "file", strict)
        assert "admin" in refused.value.text.render()
    with pytest.raises(calibration.CalibrationRefused):
        calibration.save_limits(ctx, None, "file", strict)
    assert ctx.settings.thresholds_for("file") == PhotoThresholds()
    assert not (ctx.data_dir / "settings.json").exists()


def test_swapped_or_unreadable_photos_say_what_to_do(ctx: StationContext, tmp_path) -> None:
    with pytest.raises(CalibrationUnclear) as unclear:
        calibration.suggest(ctx, "file", BLURRED, SHARP)
    assert "camera moving" in unclear.value.text.render()
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(PhotoNotCheckable) as unreadable:
        calibration.measure_photo(empty)
    assert "0 bytes" in unreadable.value.text.render()


def test_saving_keeps_the_rest_of_the_settings_file_and_no_passing_override(ctx: StationContext,
                                                                            monkeypatch) -> None:
    path = ctx.data_dir / "settings.json"
    path.write_text(json.dumps({"station_name": "Dock by the door", "photo_thresholds": {
        "0": {"sharpness_min": 7.5}}}), encoding="utf-8")
    # An override for this run only (STATION_STATION_ID) must not end up in the file.
    monkeypatch.setenv("STATION_STATION_ID", "DOCK-99")
    calibration.save_limits(ctx, _user(ctx, "admin"), "file", PhotoThresholds(sharpness_min=4.0))
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["station_name"] == "Dock by the door" and "station_id" not in written
    assert written["photo_thresholds"]["0"] == {"sharpness_min": 7.5}
    assert written["photo_thresholds"]["file"]["sharpness_min"] == 4.0
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(calibration.CalibrationRefused) as refused:
        calibration.save_limits(ctx, _user(ctx, "admin"), "file", PhotoThresholds())
    assert "cannot be read" in refused.value.text.render()
    assert path.read_text(encoding="utf-8") == "{broken"  # what was there is left for a person to fix


def test_a_photo_keeps_the_limits_it_was_judged_by(ctx: StationContext) -> None:
    draft = _fill_needs(ctx, _answered(ctx, _start(ctx, "AP-2003")), "AP-2003-good.jpg")
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "AP-2003-good.jpg")
    done = inspection.complete_inspection(ctx, draft.id)
    item = next(v for v in photo_checks_for(ctx, done.id) if v.whole_item)
    assert item.limits == PhotoThresholds().model_dump()
    calibration.save_limits(ctx, _user(ctx, "admin"), "file", PhotoThresholds(sharpness_min=12345.0))
    lines = [line.render() for line in check_lines(ctx, item)]
    sharpness = next(line for line in lines if line.startswith("Sharpness"))
    assert f"(at least {PhotoThresholds().sharpness_min:.1f})" in sharpness and "12345" not in sharpness
    assert "passed" in sharpness
    # Limits kept by a newer station, with a limit this one does not know, still show (with this station's).
    newer = dataclasses.replace(item, limits={**item.limits, "noise_max": 3.0})
    assert any(line.render().startswith("Sharpness") for line in check_lines(ctx, newer))
