"""Each photo's checks, with measured values and limits, in the evidence shown to a lead and in the packet, and
the packet in the language of the person who makes it."""

from __future__ import annotations

from pathlib import Path

from station.cli import main
from station.context import StationContext
from station.review.evidence import load_evidence
from station.services import inspect as inspection
from station.services.identify import identify
from station.text_catalog import translator
from tests.flows import like_new
from tests.station.review.scenario import user_of
from tests.station.slips.rendering import pages_as_png, pdf_text

PHOTOS = Path(__file__).resolve().parents[2] / "data" / "photos"
KEPT = "ring light broken, lead informed"


def _with_a_dark_photo_kept(ctx: StationContext, rma: str) -> tuple[object, object]:
    """A like-new item whose extra photo is too dark; the inspector keeps it with a reason."""
    line = identify(ctx, rma).lines[0]
    draft = inspection.start_inspection(ctx, user_of(ctx, "inspector"), inspection.StartRequest(
        label_text=rma, label_kind="rma", sku=line.product.sku, rma_number=line.rma_number, line_no=line.line_no))
    answers = like_new(ctx.templates.templates[draft.category], ctx.rules)
    while draft.step == "checklist":
        draft = inspection.answer(ctx, draft.id, draft.current_question.id, answers.get(draft.current_question.id))
    good = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "AP-2003-good.jpg").photos[-1]
    draft = inspection.attach_photo(ctx, draft.id, question_id=None, path=PHOTOS / "AP-2001-dark.jpg")
    dark = draft.photos[-1]
    assert dark.checks is not None and "dark" in dark.checks.problems
    inspection.keep_photo(ctx, draft.id, dark.id, KEPT)
    return inspection.complete_inspection(ctx, draft.id, None).id, (good, dark)


def test_the_lead_sees_each_check_with_its_value_and_limit(ctx: StationContext) -> None:
    done, (good, dark) = _with_a_dark_photo_kept(ctx, "RMA-100020")
    view = load_evidence(ctx, done)
    by_id = {str(k): [t.render() for t in v] for k, v in view.photo_checks.items()}
    dark_lines, good_lines = by_id[str(dark.id)], by_id[str(good.id)]
    limit = ctx.settings.thresholds_for("file").dark_p95_max
    brightest = next(line for line in dark_lines if line.startswith("Brightest 5 %"))
    assert f"at or below {limit:.0f}" in brightest and brightest.endswith("✗ FAILED"), brightest
    assert any(line.startswith("Sharpness") and line.endswith("✓ passed") for line in dark_lines)
    assert f"Kept by the inspector although a check failed: {KEPT}" in dark_lines
    assert any(line.startswith("Perceptual hash ") for line in dark_lines)
    assert all("FAILED" not in line for line in good_lines), good_lines
    # The measured value shown is the stored one, not made up for the screen.
    measured = float(brightest.split("level ")[1].split(" ")[0])
    assert 0 <= measured <= limit


def test_the_packet_holds_the_checks_in_hebrew_and_russian(ctx: StationContext, tmp_path: Path) -> None:
    done, (_good, _dark) = _with_a_dark_photo_kept(ctx, "RMA-100020")
    texts = {}
    for language in ("he", "ru", "en"):
        out = tmp_path / f"packet-{language}.pdf"
        assert main(["--data-dir", str(ctx.data_dir), "evidence-packet", str(done), "-o", str(out),
                     "--language", language]) == 0
        texts[language] = " ".join(" ".join(pdf_text(out)).split())
        assert pages_as_png(out, tmp_path, dpi=40), f"{out.name} did not render"
    he, ru = translator("he"), translator("ru")
    assert "✗ FAILED" in texts["en"] and KEPT in texts["en"] and "Evidence packet" in texts["en"]
    assert "НЕ ПРОЙДЕНО" in texts["ru"] and "Фото" in texts["ru"] and KEPT in texts["ru"]
    # Hebrew: drawn right to left; pdftotext reads it back in reading order.
    assert "נכשל" in texts["he"], texts["he"][:400]
    assert "בדיקות התמונה" not in texts["en"]
    # The checklist's questions too, although the inspection stored them in English.
    assert he("What is in the parcel?").strip("\u200f") in texts["he"]
    assert ru("What is in the parcel?") in texts["ru"]
    for source in ("Checklist answers", "Audit entries"):
        assert he(source).strip("\u200f") in texts["he"], source
        assert ru(source) in texts["ru"], source
        assert source in texts["en"] and source not in texts["he"] and source not in texts["ru"]


def test_an_unknown_packet_language_is_refused_with_a_message(ctx: StationContext, tmp_path: Path, capsys) -> None:
    done, _photos = _with_a_dark_photo_kept(ctx, "RMA-100020")
    try:
        main(["--data-dir", str(ctx.data_dir), "evidence-packet", str(done), "-o", str(tmp_path / "x.pdf"),
              "--language", "fr"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
