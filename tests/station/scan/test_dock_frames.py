"""Dock frames that carry several codes (tests/data/dock_frames, made by scripts/make_dock_frames.py)."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar

from station.scan.decoding import Code
from station.scan.images import read_image_file
from station.scan.pipeline import ScanPipeline
from station.scan.variants import rotated

FRAMES = Path(__file__).resolve().parents[2] / "data" / "dock_frames"


def _frames() -> list[tuple[np.ndarray, set[str]]]:
    expected: dict[str, set[str]] = defaultdict(set)
    with (FRAMES / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            expected[row["file"]].add(row["text"])
    return [(read_image_file(FRAMES / name), texts) for name, texts in sorted(expected.items())]


def _raw(image: np.ndarray) -> set[str]:
    zx = {b.text for b in zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)}
    zb = {s.data.decode("utf-8", "replace") for s in pyzbar.decode(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))}
    return zx | zb


def _read(pipeline: ScanPipeline, frames: list[tuple[np.ndarray, set[str]]]) -> int:
    return sum(len({c.text for c in pipeline.decode(image)} & texts) for image, texts in frames)


def test_multi_code_frames_read_at_least_what_raw_zxing_and_pyzbar_read_together() -> None:
    frames = _frames()
    assert len(frames) >= 6 and sum(len(t) for _f, t in frames) >= 3 * len(frames)
    union = sum(len(_raw(image) & texts) for image, texts in frames)
    assert _read(ScanPipeline.default(), frames) >= union


def test_the_live_pipeline_reads_more_codes_of_a_label_than_its_ladder_alone() -> None:
    # A camera frame has the smaller budget and no whole-frame pass at full size (the next frame comes soon):
    # its regions still add a good share of the codes the shrunk first pass misses.
    frames = _frames()
    live = ScanPipeline.live()
    ladder_only = _read(ScanPipeline(live.stages), frames)
    assert _read(live, frames) >= ladder_only + len(frames) // 2


def test_every_rma_code_and_most_gs1_datamatrix_codes_on_the_frames_are_read() -> None:
    pipeline = ScanPipeline.default()
    rma = gs1 = matrices = 0
    for image, texts in _frames():
        read = {c.text for c in pipeline.decode(image)}
        rma += any(t.startswith("RMA-") and t in read for t in texts)
        matrices += 1
        gs1 += any(t.startswith("01") and t in read for t in texts)
    assert rma == matrices
    assert gs1 >= matrices - 1


def test_a_fine_code128_beside_a_large_qr_code_on_a_1080p_frame_is_read_at_full_resolution(
        make_code: Callable[..., np.ndarray]) -> None:
    frame = np.full((1080, 1920), 225, np.uint8)
    qr = make_code("RMA-60606", "QRCode", scale=10)
    frame[80:80 + qr.shape[0], 200:200 + qr.shape[1]] = qr
    # Modules of one and a half pixels: gone on the shrunk first pass, readable at full size.
    fine = cv2.resize(make_code("1Z999AA10123456784", "Code128", scale=1), None, fx=1.5, fy=1.5,
                      interpolation=cv2.INTER_AREA)
    fine = cv2.resize(fine, (fine.shape[1], 90))
    frame[600:600 + fine.shape[0], 1200:1200 + fine.shape[1]] = fine
    first_pass_only = ScanPipeline(ScanPipeline.default().stages)  # the ladder without region reading
    assert {c.text for c in first_pass_only.decode(frame)} == {"RMA-60606"}
    result = ScanPipeline.default().scan(frame)
    assert {c.text for c in result.codes} == {"RMA-60606", "1Z999AA10123456784"}
    carrier = next(c for c in result.codes if c.format == "Code128")
    (x, y), *_ = carrier.position
    assert 1150 <= x <= 1250 and 560 <= y <= 700


def test_a_tilted_carrier_code_on_a_label_is_stood_upright_and_its_position_mapped_back(
        make_code: Callable[..., np.ndarray]) -> None:
    slanted = rotated(np.pad(make_code("1ZABCDEF1234567890", "Code128", scale=2), 60, constant_values=240), 25)
    only_ladder = ScanPipeline(ScanPipeline.default().stages)
    assert only_ladder.decode(slanted) == []
    result = ScanPipeline.live().scan(slanted)
    assert result.codes == [Code("Code128", "1ZABCDEF1234567890")]
    assert result.stage == "regions"
    xs = [x for x, _y in result.codes[0].position]
    assert min(xs) >= 60 and max(xs) <= slanted.shape[1] - 60
