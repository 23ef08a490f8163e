"""The photo gate on real photographs (tests/data/real_photos, made by scripts/make_real_photo_testset.py):
over-exposure and broad glare are caught with their own fix-it message, value and limit."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest

from station.config import PhotoThresholds
from station.context import StationContext
from station.evidence.checks import CheckRequest, check_file
from station.evidence.quality import check_quality, problem_text
from station.evidence.working_image import read_for_checks
from station.services.evidence import PhotoCheckView, check_lines
from tests.station.evidence.photoset import CATALOG

REAL = Path(__file__).resolve().parents[2] / "data" / "real_photos"
LIMITS = PhotoThresholds()
# What each fault made into a photo may be reported as.
CAUGHT_AS = {"blur": {"blur"}, "dark": {"dark"}, "bright": {"bright", "clipped"}, "glare": {"glare", "broad_glare"}}
# Measured misses with the limits that ship, printed by scripts/bench_evidence.py: over-exposed labels whose dark
# symbol on clipped paper looks like an item on a white sweep (one is clipped on 15.9 % of the picture, as much as
# a catalog drawing's white inside its outline), and two glares that fall on a label's own white paper.
KNOWN_MISSES = {"label-pdf417-pdf417-2-02-bright.jpg", "label-pdf417-pdf417-2-03-crop1-bright.jpg",
                "label-qrcode-qrcode-2-#142-bright.jpg", "label-pdf417-pdf417-2-04-crop1-glare.jpg",
                "label-qrcode-qrcode-2-#142-crop2-glare.jpg"}


def _real() -> list[tuple[Path, str]]:
    with (REAL / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        return [(REAL / row["file"], row["problem"]) for row in csv.DictReader(handle)]


@pytest.mark.parametrize(("path", "fault"), [r for r in _real() if r[1]], ids=lambda v: getattr(v, "name", v))
def test_each_fault_made_into_a_real_photo_is_caught(path: Path, fault: str) -> None:
    problems = set(check_quality(read_for_checks(path).bgr, LIMITS).problems)
    if path.name in KNOWN_MISSES:
        assert not problems & CAUGHT_AS[fault], "a known miss is caught now: remove it from KNOWN_MISSES"
        return
    assert problems & CAUGHT_AS[fault], problems


def test_real_photos_as_taken_pass_and_most_faults_of_each_kind_are_caught() -> None:
    photos = _real()
    good = [p for p, fault in photos if not fault]
    assert len(good) >= 45
    assert {p.name: check_quality(read_for_checks(p).bgr, LIMITS).problems for p in good
            if check_quality(read_for_checks(p).bgr, LIMITS).problems} == {}
    for fault in CAUGHT_AS:
        made = [p for p, f in photos if f == fault]
        missed = {p.name for p in made} & KNOWN_MISSES
        # Each fault caught on at least 90 % of 45 photos.
        assert len(made) >= 45 and len(missed) <= len(made) // 10, (fault, missed)


def test_a_blurred_photo_of_fine_detail_is_caught_by_its_softness_where_sharpness_stays_high() -> None:
    # The sharpness score is absolute: the blurred scene's fine detail keeps it far above the limit, above that of
    # a sharp label photo; how little a further blur changes the photo tells them apart.
    blurred = check_quality(read_for_checks(REAL / "china-blur.jpg").bgr, LIMITS)
    sharp_label = check_quality(read_for_checks(REAL / "label-ean13-ean13-2-04-good.jpg").bgr, LIMITS)
    assert blurred.measures.sharpness > sharp_label.measures.sharpness > LIMITS.sharpness_min
    assert blurred.measures.softness > LIMITS.softness_max > sharp_label.measures.softness
    assert blurred.problems == ("blur",) and sharp_label.ok
    assert problem_text("blur").render().startswith("Blurred:")


def test_an_over_exposed_photo_says_too_bright_lower_the_ring_light() -> None:
    result = check_quality(read_for_checks(REAL / "label-ean13-ean13-2-03-bright.jpg").bgr, LIMITS)
    # The darkest 1 % still hold tones, so only the clipped share tells.
    assert result.measures.p01 < LIMITS.bright_p01_min
    assert result.measures.clipped > LIMITS.clipped_max
    assert result.problems == ("clipped",)
    assert problem_text("clipped").render().startswith("Too bright: lower the ring light.")


def test_a_broad_glare_is_caught_where_the_small_spot_measure_sees_none() -> None:
    result = check_quality(read_for_checks(REAL / "label-upca-upca-5-34-glare.jpg").bgr, LIMITS)
    assert result.measures.glare <= LIMITS.glare_max
    assert result.measures.glare_region > LIMITS.glare_region_max
    assert "broad_glare" in result.problems
    assert problem_text("broad_glare").render().startswith("Glare:")
    # The same photo as taken has no highlight at all.
    assert check_quality(read_for_checks(REAL / "label-upca-upca-5-34-good.jpg").bgr, LIMITS).measures.glare_region == 0


def test_a_pack_shot_on_a_white_sweep_is_not_taken_for_clipping() -> None:
    for path in sorted(CATALOG.glob("AP-*.jpg")):
        measures = check_quality(read_for_checks(path).bgr, LIMITS).measures
        assert measures.clipped <= LIMITS.clipped_max, path.name


def test_the_lead_sees_the_clipped_share_and_the_broad_glare_with_their_limits(ctx: StationContext) -> None:
    checks = check_file(REAL / "label-upca-upca-5-34-glare.jpg", CheckRequest(limits=LIMITS))
    view = PhotoCheckView(
        photo_id=uuid.uuid4(), sha256="0" * 64, thumbnail=Path("t.jpg"), review=Path("r.jpg"), ok=checks.ok,
        problems=list(checks.problems), messages=checks.messages(), measures=checks.measures, phash=checks.phash,
        whole_item=False, similarity=None, wrong_item_hint=None, reused=[], kept_reason=None, checked_at=None,
        camera="file", limits=checks.limits)
    lines = [line.render() for line in check_lines(ctx, view)]
    clipped = next(line for line in lines if line.startswith("Clipped to white"))
    broad = next(line for line in lines if line.startswith("Broad glare"))
    assert f"(at most {100 * LIMITS.clipped_max:.1f} %)" in clipped
    assert f"on {100 * checks.measures['glare_region']:.1f} %" in broad
    assert f"(at most {100 * LIMITS.glare_region_max:.1f} %)" in broad and "FAILED" in broad
    soft = next(line for line in lines if line.startswith("Softness"))
    assert f"Softness {checks.measures['softness']:.2f} (at most {LIMITS.softness_max:.2f})" in soft
    assert "passed" in soft
    # Checks stored before these measures existed show no such lines rather than a made-up value.
    old = PhotoCheckView(**{**view.__dict__, "measures": {k: v for k, v in view.measures.items()
                                                          if k not in ("clipped", "glare_region", "softness")}})
    assert not any(line.render().startswith(("Clipped", "Broad glare", "Softness"))
                   for line in check_lines(ctx, old))
