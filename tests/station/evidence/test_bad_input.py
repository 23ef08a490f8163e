"""Bad photo files get a clear message and no crash: cut short, empty, gigantic, not a photo, CMYK, 16-bit."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest

from station.cli import main
from station.evidence.checks import CheckRequest, check_file
from station.evidence.working_image import PhotoNotCheckable
from tests.station.evidence.photoset import CATALOG, PHOTOS

GOOD = PHOTOS / "AP-2001-good.jpg"


def _png_declaring(path: Path, width: int, height: int) -> Path:
    """A small PNG file whose header declares a huge picture (as a 100 MP photo's would)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    data = GOOD.read_bytes()
    files = {
        "cut short": tmp_path / "cut.jpg",
        "empty": tmp_path / "empty.jpg",
        "100 MP": _png_declaring(tmp_path / "huge.png", 12_000, 9_000),
        "not a picture": tmp_path / "notes.jpg",
        "missing": tmp_path / "missing.jpg",
    }
    files["cut short"].write_bytes(data[: len(data) // 2])
    files["empty"].write_bytes(b"")
    files["not a picture"].write_text("Returned item: headphones, box damaged.\n", encoding="utf-8")
    return files


@pytest.mark.parametrize(("case", "words"), [("cut short", "cut short"), ("empty", "0 bytes"),
                                              ("100 MP", "too many pixels"), ("not a picture", "not a picture"),
                                              ("missing", "cannot be opened")])
def test_bad_files_say_what_is_wrong(bad_files, case: str, words: str) -> None:
    with pytest.raises(PhotoNotCheckable) as raised:
        check_file(bad_files[case], CheckRequest())
    text = raised.value.text.render()
    assert words in text and ("again" in text or "Check" in text or "Use" in text), text


def test_cmyk_jpeg_and_16_bit_png_are_checked_like_any_photo(tmp_path: Path) -> None:
    from PIL import Image

    cmyk = tmp_path / "cmyk.jpg"
    with Image.open(GOOD) as image:
        image.convert("CMYK").save(cmyk, "JPEG", quality=90)
    deep = tmp_path / "deep.png"
    cv2.imwrite(str(deep), cv2.imread(str(GOOD)).astype(np.uint16) * 257)
    reference = check_file(GOOD, CheckRequest())
    for path in (cmyk, deep):
        checks = check_file(path, CheckRequest())
        assert checks.ok and checks.width == 800, (path.name, checks.problems)
        assert abs(checks.measures["p95"] - reference.measures["p95"]) < 12


def test_a_drawing_is_no_item_photo_but_does_not_crash(tmp_path: Path) -> None:
    drawing = tmp_path / "diagram.png"
    canvas = np.full((300, 400, 3), 255, np.uint8)
    cv2.rectangle(canvas, (50, 50), (350, 250), (0, 0, 0), 2)
    cv2.imwrite(str(drawing), canvas)
    checks = check_file(drawing, CheckRequest(whole_item=True, catalog_image=CATALOG / "AP-2001.jpg"))
    assert checks.wrong_item_hint and len(checks.phash) == 16


def test_photo_check_command_reports_bad_files_in_line_and_goes_on(bad_files, capsys) -> None:
    files = [str(bad_files["cut short"]), str(GOOD), str(bad_files["empty"]), str(bad_files["100 MP"])]
    assert main(["photo-check", *files, "--json"]) == 1
    out = capsys.readouterr()
    results = [json.loads(line) for line in out.out.splitlines()]
    assert [r["ok"] for r in results] == [False, True, False, False]
    assert results[0]["problems"] == ["unreadable"] and "cut short" in results[0]["error"]
    assert set(results[1]) >= {"file", "ok", "problems", "phash", "ms", "measures"}
    assert "Traceback" not in out.err


def test_a_real_100_mp_jpeg_is_checked_from_its_reduced_decode(tmp_path: Path) -> None:
    """A phone's 108 MP mode is a photo like any other: JPEGs decode at 1/8 scale, so it is checked, not refused."""
    huge = cv2.resize(cv2.imread(str(GOOD)), (11_600, 8_700), interpolation=cv2.INTER_LINEAR)
    ok, encoded = cv2.imencode(".jpg", huge, [cv2.IMWRITE_JPEG_QUALITY, 80])
    del huge
    assert ok
    path = tmp_path / "phone-108mp.jpg"
    path.write_bytes(encoded.tobytes())
    checks = check_file(path, CheckRequest(whole_item=True))
    assert (checks.width, checks.height) == (11_600, 8_700)
    assert checks.ok, checks.problems
    reference = check_file(GOOD, CheckRequest(whole_item=True))
    assert abs(checks.measures["p95"] - reference.measures["p95"]) < 12
