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
from station.scan.signs import find_signs
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
    # A camera frame has the smaller budget (the next frame comes soon): its regions still add a good share of
    # the codes its one whole-frame pass misses, mostly slanted carrier Code 128s.
    frames = _frames()
    live = ScanPipeline.live()
    ladder_only = _read(ScanPipeline(live.stages, live.first_pass_max_side), frames)
    assert _read(live, frames) >= ladder_only + len(frames) // 2


def test_the_live_pipeline_reads_at_least_what_raw_zxing_and_pyzbar_read_together() -> None:
    frames = _frames()
    union = sum(len(_raw(image) & texts) for image, texts in frames)
    assert _read(ScanPipeline.live(), frames) >= union


def test_a_fine_code128_beside_a_large_qr_code_is_read_by_the_live_pipeline(
        make_code: Callable[..., np.ndarray]) -> None:
    # The camera's case: a large RMA QR code read at once, and beside it a carrier's fine Code 128 lying at a
    # slant, which no row of the frame crosses whole.
    frame = np.full((1080, 1920), 225, np.uint8)
    qr = make_code("RMA-60607", "QRCode", scale=10)
    frame[80:80 + qr.shape[0], 200:200 + qr.shape[1]] = qr
    fine = cv2.resize(make_code("1Z999AA10123456785", "Code128", scale=2), None, fx=0.8, fy=1.0,
                      interpolation=cv2.INTER_AREA)
    fine = rotated(cv2.resize(fine, (fine.shape[1], 80)), 28)
    frame[560:560 + fine.shape[0], 1100:1100 + fine.shape[1]] = fine
    live = ScanPipeline.live()
    ladder_only = ScanPipeline(live.stages, live.first_pass_max_side)
    assert {c.text for c in ladder_only.decode(frame)} == {"RMA-60607"}
    result = live.scan(frame)
    assert {c.text for c in result.codes} == {"RMA-60607", "1Z999AA10123456785"}
    carrier = next(c for c in result.codes if c.format == "Code128")
    xs, ys = [x for x, _y in carrier.position], [y for _x, y in carrier.position]
    assert min(xs) >= 1100 and max(xs) <= 1100 + fine.shape[1]
    assert min(ys) >= 560 and max(ys) <= 560 + fine.shape[0]


def test_a_slanted_strip_of_bars_is_found_with_its_own_size_not_its_labels() -> None:
    # Cutting the strip alone from a turned label is what lets a camera frame afford the turn.
    code = np.asarray(zxingcpp.create_barcode("1ZSTRIP000001234", zxingcpp.BarcodeFormat.Code128)
                      .to_image(scale=3))
    code = cv2.resize(code, (code.shape[1], 120), interpolation=cv2.INTER_NEAREST)
    frame = np.full((1080, 1920), 230, np.uint8)
    slanted = rotated(np.pad(code, 30, constant_values=230), 30)
    frame[300:300 + slanted.shape[0], 600:600 + slanted.shape[1]] = slanted
    strips = [s for s in find_signs(frame) if s.extent is not None]
    assert strips, "no strip of bars found"
    strip = max(strips, key=lambda s: s.extent[0] * s.extent[1])  # type: ignore[index]
    across, along = strip.extent  # type: ignore[misc]
    assert 0.8 * code.shape[1] <= across <= 1.3 * code.shape[1]
    assert along <= 1.6 * code.shape[0]
    assert abs(abs(strip.angle) - 30) <= 6 or abs(abs(strip.angle) - 150) <= 6


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
