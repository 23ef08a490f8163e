"""The pipeline on the real dock photos against each raw decoder, its escalation, and bad frames."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import pytest
import zxingcpp
from pyzbar import pyzbar

from station.scan.decoding import Code
from station.scan.pipeline import ScanPipeline
from station.scan.variants import rotated

MakeCode = Callable[..., np.ndarray]


def _raw_zxing(image: np.ndarray) -> list[str]:
    # Default options; Plain text mode only so that GS1 separators compare as the manifest writes them.
    return [b.text for b in zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)]


def _raw_pyzbar(image: np.ndarray) -> list[str]:
    return [s.data.decode("utf-8", "replace") for s in pyzbar.decode(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))]


def test_pipeline_reads_at_least_what_the_better_decoder_reads_with_the_same_text(
        barcode_samples: list, pipeline: ScanPipeline) -> None:
    zx = {s.file for s in barcode_samples if set(_raw_zxing(s.image)) & s.accepted}
    zb = {s.file for s in barcode_samples if set(_raw_pyzbar(s.image)) & s.accepted}
    ours = {s.file for s in barcode_samples if {c.text for c in pipeline.decode(s.image)} & s.accepted}
    assert len(ours) >= max(len(zx), len(zb))
    # Nothing raw zxing-cpp reads is lost: the cheap path must not be worse than the library.
    assert zx - ours == set()
    # Escalation pays: more than the better single decoder, and most of zxing-cpp's "hard" photos.
    assert len(ours) > max(len(zx), len(zb))
    hard = [s for s in barcode_samples if s.hard]
    assert sum(s.file in ours for s in hard) >= len(hard) // 2


def test_codes_come_with_zxing_format_names(barcode_samples: list, pipeline: ScanPipeline) -> None:
    seen = {c.format for s in barcode_samples for c in pipeline.decode(s.image)}
    assert {"QRCode", "DataMatrix", "Code128", "EAN13", "UPCA", "Code39", "ITF", "PDF417"} <= seen


def test_plain_frames_stop_at_the_cheap_first_stage(make_code: MakeCode, compose: Callable) -> None:
    result = ScanPipeline.default().scan(compose(make_code("RMA-20240", "QRCode")))
    assert result.stage == "plain"
    assert result.codes == [Code("QRCode", "RMA-20240")]


def test_several_codes_in_one_frame_are_all_returned(make_code: MakeCode, compose: Callable) -> None:
    frame = compose(make_code("RMA-55555", "QRCode"), make_code("1Z5R89390357567127", "Code128", scale=2),
                    make_code("4006381333931", "EAN13", scale=2))
    codes = ScanPipeline.default().decode(frame)
    assert set(codes) == {Code("QRCode", "RMA-55555"), Code("Code128", "1Z5R89390357567127"),
                          Code("EAN13", "4006381333931")}


def test_light_on_dark_codes_are_found_by_the_inverted_stage(make_code: MakeCode) -> None:
    result = ScanPipeline.default().scan(255 - make_code("RMA-77777", "DataMatrix"))
    assert result.codes == [Code("DataMatrix", "RMA-77777")]
    assert result.stage is not None and result.stage.startswith("inverted")


def test_a_slanted_1d_code_is_found_by_rotating(make_code: MakeCode) -> None:
    slanted = rotated(make_code("ABC-1234567", "Code128", scale=3), 40)
    result = ScanPipeline.default().scan(slanted)
    assert result.codes == [Code("Code128", "ABC-1234567")]
    assert result.stage is not None and result.stage.startswith("rotated")


def test_positions_are_in_the_frame_even_when_the_first_pass_was_shrunk(make_code: MakeCode) -> None:
    # A 1080p camera frame is read whole; a larger picture (a phone's photo) is shrunk for the first pass.
    frame = np.full((1620, 2880), 230, np.uint8)
    code = make_code("RMA-31337", "QRCode", scale=12)
    frame[750:750 + code.shape[0], 1800:1800 + code.shape[1]] = code
    found = ScanPipeline.default().scan(frame)
    assert found.stage == "plain"
    (x, y), *_ = found.codes[0].position
    assert 1800 <= x <= 1800 + 90 and 750 <= y <= 750 + 90


def test_a_1080p_frame_is_read_whole_in_the_first_pass(make_code: MakeCode) -> None:
    # A small DataMatrix of two-pixel modules is lost on a copy shrunk by half, and read on the whole frame.
    frame = np.full((1080, 1920), 230, np.uint8)
    code = make_code("0104012345678901215XK2Y", "DataMatrix", scale=2)
    frame[500:500 + code.shape[0], 1200:1200 + code.shape[1]] = code
    for pipeline in (ScanPipeline.default(), ScanPipeline.live()):
        ladder = ScanPipeline(pipeline.stages, pipeline.first_pass_max_side)
        result = ladder.scan(frame)
        assert result.stage == "plain" and result.codes == [Code("DataMatrix", "0104012345678901215XK2Y")]
    shrunk = ScanPipeline(ScanPipeline.live().stages[:2])  # the same first pass on a copy of 960 pixels
    assert shrunk.decode(frame) == []


def test_the_live_pipeline_reads_camera_sized_frames(make_code: MakeCode) -> None:
    frame = np.full((1080, 1920, 3), 200, np.uint8)
    code = make_code("RMA-4242", "QRCode", scale=6)
    frame[100:100 + code.shape[0], 100:100 + code.shape[1]] = code[..., None]
    assert ScanPipeline.live().decode(frame) == [Code("QRCode", "RMA-4242")]


BAD_FRAMES = {
    "none": None,
    "list": [[0, 255], [255, 0]],
    "empty": np.zeros((0, 0), np.uint8),
    "one-dimensional": np.zeros(100, np.uint8),
    "four-dimensional": np.zeros((2, 20, 20, 3), np.uint8),
    "two-channel": np.zeros((40, 40, 2), np.uint8),
    "tiny": np.zeros((3, 3, 3), np.uint8),
    "object": np.empty((20, 20), object),
    "complex": np.zeros((20, 20), np.complex64),
    "float-nan": np.full((40, 40), np.nan, np.float32),
    "int64": np.zeros((40, 40), np.int64),
    "blank": np.full((480, 640, 3), 255, np.uint8),
    "noise": np.random.default_rng(1).integers(0, 256, (200, 300, 3), dtype=np.uint8),
}


@pytest.mark.parametrize("name", sorted(BAD_FRAMES))
def test_a_bad_or_empty_frame_gives_no_codes_and_no_exception(name: str, pipeline: ScanPipeline) -> None:
    assert pipeline.decode(BAD_FRAMES[name]) == []


@pytest.mark.parametrize("convert", [
    lambda g: g.astype(np.float32) / 255.0,
    lambda g: g.astype(np.uint16) * 257,
    lambda g: g > 127,
    lambda g: np.dstack([g, g, g, np.full_like(g, 255)]),
    lambda g: np.asfortranarray(g),
    lambda g: g[..., None],
], ids=["float", "uint16", "bool", "bgra", "fortran-order", "single-channel-3d"])
def test_other_frame_layouts_are_converted_and_read(convert: Callable, make_code: MakeCode) -> None:
    assert ScanPipeline.default().decode(convert(make_code("RMA-1001", "QRCode"))) == [Code("QRCode", "RMA-1001")]
