"""The quality gate with the thresholds that ship separates the faulty photos of the test set from the good ones."""

from __future__ import annotations

import pytest

from station.config import PhotoThresholds, Settings
from station.evidence.checks import CheckRequest, check_file
from station.evidence.quality import PROBLEMS, check_quality, problem_text, suggest_thresholds
from station.evidence.working_image import read_for_checks
from tests.station.evidence.photoset import CAMERA, CATALOG, photos

LIMITS = PhotoThresholds()
# Measured misses, printed by scripts/bench_evidence.py: a black item over-exposed to mid grey keeps its darkest
# tones under the "bright" limit; two demo label frames are dim and flat (the gate says "dark", rightly), and one
# white label blooms like glare.
KNOWN_MISSES = {"EL-1001-bright.jpg"}
KNOWN_FALSE_ALARMS = {"frame_005.jpg", "frame_008.jpg", "frame_023.jpg"}


@pytest.mark.parametrize("photo", [p for p in photos() if p.problem], ids=lambda p: p.path.name)
def test_each_faulty_photo_is_caught_for_its_fault(photo) -> None:
    result = check_quality(read_for_checks(photo.path).bgr, LIMITS, whole_item=True)
    if photo.path.name in KNOWN_MISSES:
        assert photo.problem not in result.problems, "a known miss is caught now: remove it from KNOWN_MISSES"
        return
    assert photo.problem in result.problems, result.measures


def test_good_item_photos_and_their_copies_pass_as_whole_item_photos() -> None:
    good = [p for p in photos() if p.kind in ("item", "duplicate") and not p.problem]
    assert len(good) >= 24
    failed = {p.path.name: check_quality(read_for_checks(p.path).bgr, LIMITS, whole_item=True).problems
              for p in good}
    assert {name: problems for name, problems in failed.items() if problems} == {}


def test_catalog_images_and_demo_label_frames_pass() -> None:
    files = sorted(CATALOG.glob("*.jpg")) + sorted(CAMERA.glob("*.jpg"))
    failed = {f.name: check_quality(read_for_checks(f).bgr, LIMITS).problems for f in files}
    assert {name for name, problems in failed.items() if problems} == KNOWN_FALSE_ALARMS
    assert failed["frame_005.jpg"] == ("dark",)


def test_a_flat_lit_picture_shows_nothing_and_framing_is_only_judged_for_whole_item_photos() -> None:
    import numpy as np

    wall = np.full((480, 640, 3), 180, np.uint8)
    assert check_quality(wall, LIMITS).problems == ("blank",)
    small = next(p for p in photos() if p.problem == "small")
    assert check_quality(read_for_checks(small.path).bgr, LIMITS, whole_item=False).ok


def test_every_problem_says_what_to_do() -> None:
    for problem in PROBLEMS:
        text = problem_text(problem).render()
        assert ":" in text and len(text) > 30
    assert problem_text("dark").render() == "Too dark: turn on the ring light or move closer."


def test_thresholds_are_per_camera_with_defaults_for_the_rest() -> None:
    strict = PhotoThresholds(sharpness_min=40.0)
    settings = Settings(photo_thresholds={"0": strict})
    assert settings.thresholds_for("0").sharpness_min == 40.0
    assert settings.thresholds_for("file") == PhotoThresholds()
    good = next(p for p in photos() if p.path.name == "EL-1001-good.jpg")
    assert check_file(good.path, CheckRequest(limits=settings.thresholds_for("file"))).ok
    assert check_file(good.path, CheckRequest(limits=strict)).problems == ("blur",)


def test_calibration_suggests_a_blur_limit_between_the_sharp_and_the_blurred_photo() -> None:
    sharp = read_for_checks(next(p.path for p in photos() if p.path.name == "TY-5003-good.jpg")).bgr
    blurred = read_for_checks(next(p.path for p in photos() if p.path.name == "TY-5003-blur.jpg")).bgr
    suggestion = suggest_thresholds(sharp, blurred)
    limit = suggestion.thresholds.sharpness_min
    assert suggestion.blurred.sharpness < limit < suggestion.sharp.sharpness
    assert check_quality(sharp, suggestion.thresholds).ok
    assert "blur" in check_quality(blurred, suggestion.thresholds).problems
    assert suggestion.thresholds.dark_p95_max == LIMITS.dark_p95_max


def test_photo_calibrate_command_saves_the_suggestion_for_the_camera(tmp_path, capsys) -> None:
    import json

    from station.cli import main
    from station.config import load_settings

    sharp, blurred = (next(p.path for p in photos() if p.path.name == f"HK-4001-{kind}.jpg")
                      for kind in ("good", "blur"))
    assert main(["--data-dir", str(tmp_path), "photo-calibrate", str(sharp), str(blurred), "--camera", "0",
                 "--save", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    saved = load_settings(tmp_path / "settings.json").thresholds_for("0")
    assert result["saved"] and saved.sharpness_min == result["suggested"]["sharpness_min"]
    assert result["blurred"]["sharpness"] < saved.sharpness_min < result["sharp"]["sharpness"]
    # Swapped photos are refused with what to do, not a traceback.
    assert main(["photo-calibrate", str(blurred), str(sharp)]) == 2
    assert "not clearly sharper" in capsys.readouterr().err
