"""The evidence packet PDF: made from the command line, rendered by poppler, every photo and fact in it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from station.cli import main
from station.context import StationContext
from station.review.decisions import regrade
from station.review.evidence import load_evidence
from tests.station.review.scenario import demo_photos, lead, overridden


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _signature(image: np.ndarray) -> np.ndarray:
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return cv2.resize(grey, (64, 48), interpolation=cv2.INTER_AREA).astype(np.float32)


def test_packet_from_the_command_line_holds_every_photo_with_its_hash(ctx: StationContext, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    done = overridden(ctx, "RMA-100020", photos=demo_photos(5))
    olga = lead(ctx, 1)  # a Cyrillic name, drawn with the bundled DejaVu font
    regrade(ctx, olga, done, grade="D", disposition="refurbish", reason="Screen scratched — carrier damage")
    view = load_evidence(ctx, done)
    assert len(view.photos) >= 5

    out = tmp_path / "packet.pdf"
    assert main(["--data-dir", str(ctx.data_dir), "evidence-packet", str(done), "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out

    pages = int(next(line.split()[-1] for line in _run("pdfinfo", str(out)).splitlines()
                     if line.startswith("Pages:")))
    _run("pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "page"))
    rendered = sorted(tmp_path.glob("page-*.png"))
    assert len(rendered) == pages >= 2
    for page in rendered:
        picture = cv2.imread(str(page))
        assert picture is not None and picture.std() > 5, f"{page.name} rendered blank"

    words = _run("pdftotext", str(out), "-")
    flat = " ".join(words.split())
    for photo in view.photos:
        assert photo.sha256 in flat, f"photo {photo.sha256[:12]} has no hash line"
    assert "SHA-256 verified now" in flat
    assert "Ольга Смирнова" in flat and "Screen scratched — carrier damage" in flat
    assert "RMA-100020" in flat and view.customer and view.customer in flat
    assert all(a.question in flat for a in view.answers)
    assert f"{view.station_id} #1" in flat, "audit entries are listed"

    # Every photo is drawn in the PDF: the embedded images, pulled out again, match each review copy.
    _run("pdfimages", "-j", str(out), str(tmp_path / "img"))  # JPEG streams as they are: fast
    embedded = [_signature(cv2.imread(str(p))) for p in sorted(tmp_path.glob("img-*"))]
    for photo in view.photos:
        wanted = _signature(cv2.imread(str(photo.review)))
        best = min(float(np.abs(e - wanted).mean()) for e in embedded if e.shape == wanted.shape)
        assert best < 4.0, f"photo {photo.sha256[:12]} is not in the packet (closest differs by {best:.1f})"


def test_a_bad_inspection_id_is_a_message_not_a_traceback(ctx: StationContext, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(ctx.data_dir), "evidence-packet", "nonsense", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "not an inspection id" in capsys.readouterr().err
    missing = "01234567-89ab-7def-8123-456789abcdef"
    assert main(["--data-dir", str(ctx.data_dir), "evidence-packet", missing, "-o", str(tmp_path / "x.pdf")]) == 2
    assert "not in this station's store" in capsys.readouterr().err
