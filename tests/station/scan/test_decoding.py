"""The decoder adapters: zxing-cpp's format names, pyzbar mapped to them, and life without libzbar0."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

import numpy as np
import pytest

from station.scan import decoding
from station.scan.decoding import FORMATS, Code, Decoder, PyzbarDecoder, ZxingDecoder
from station.scan.pipeline import ScanPipeline

MakeCode = Callable[..., np.ndarray]

SAMPLES = {
    "QRCode": "RMA-123456",
    "DataMatrix": "RMA-123456",
    "Code128": "1Z5R89390357567127",
    "EAN13": "4006381333931",
    "EAN8": "96385074",
    "UPCA": "012345678905",
    "UPCE": "01234565",
    "Code39": "SKU-4711",
    "ITF": "00012345678905",
    "PDF417": "RMA-123456 returned parcel",
}
# zxing-cpp reports UPC-A and UPC-E as 13-digit GTINs (UPC-E expanded); so does our pipeline.
READ_AS = {"UPCA": "0012345678905", "UPCE": "0012345000065"}


def test_formats_are_named_as_zxing_cpp_names_them() -> None:
    assert set(FORMATS) == set(SAMPLES)


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_zxing_reads_every_dock_format(fmt: str, make_code: MakeCode) -> None:
    codes = ZxingDecoder().decode(make_code(SAMPLES[fmt], fmt))
    assert [c.format for c in codes] == [fmt]
    assert codes[0].text == READ_AS.get(fmt, SAMPLES[fmt])
    assert codes[0].position is not None


def test_code_equality_ignores_where_it_was_found() -> None:
    assert Code("QRCode", "A", ((0, 0), (1, 0), (1, 1), (0, 1)), "]Q1") == Code("QRCode", "A")
    assert Code("QRCode", "A").to_json() == {"format": "QRCode", "text": "A"}


def test_adapters_satisfy_the_decoder_interface() -> None:
    assert isinstance(ZxingDecoder(), Decoder)
    assert isinstance(PyzbarDecoder(), Decoder)


def test_gs1_128_keeps_its_separator_and_symbology(make_code: MakeCode) -> None:
    image = make_code("(01)09506000134352(10)AB1(21)S1", "Code128", scale=3, gs1=True)
    code = ZxingDecoder().decode(image)[0]
    assert code.symbology == "]C1"
    assert code.text == "0109506000134352" + "10AB1\x1d" + "21S1"


@pytest.mark.parametrize(("fmt", "text", "expected_format", "expected_text"), [
    ("UPCA", "012345678905", "UPCA", "0012345678905"),
    ("EAN13", "4006381333931", "EAN13", "4006381333931"),
    ("Code128", "ABC-123", "Code128", "ABC-123"),
    ("QRCode", "https://example.com/r/RMA-4711", "QRCode", "https://example.com/r/RMA-4711"),
])
def test_pyzbar_results_use_zxing_names_and_digits(fmt: str, text: str, expected_format: str,
                                                   expected_text: str, make_code: MakeCode) -> None:
    codes = PyzbarDecoder().decode(make_code(text, fmt))
    assert [(c.format, c.text) for c in codes] == [(expected_format, expected_text)]


def test_decoders_return_nothing_for_a_blank_image(make_code: MakeCode) -> None:
    blank = make_code("X", "QRCode")[:10, :10].copy()
    assert ZxingDecoder().decode(blank) == []
    assert PyzbarDecoder().decode(blank) == []


def test_without_libzbar_pyzbar_is_skipped_with_one_log_line(monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture,
                                                             make_code: MakeCode) -> None:
    decoding.load_pyzbar.cache_clear()
    # A None entry makes `import pyzbar` fail exactly as a missing shared library does (ImportError).
    monkeypatch.setitem(sys.modules, "pyzbar", None)
    monkeypatch.setitem(sys.modules, "pyzbar.pyzbar", None)
    try:
        with caplog.at_level(logging.WARNING, logger="station.scan.decoding"):
            first = ScanPipeline.default()
            second = ScanPipeline.default()
        assert not PyzbarDecoder.available()
        with pytest.raises(RuntimeError):
            PyzbarDecoder()
        assert [r for r in caplog.records if "libzbar0" in r.getMessage()].__len__() == 1
        for pipe in (first, second, ScanPipeline.live()):
            assert all(stage.decoder.name != "pyzbar" for stage in pipe.stages)
        # zxing-cpp alone still reads.
        assert first.decode(make_code("RMA-98765", "QRCode")) == [Code("QRCode", "RMA-98765")]
    finally:
        monkeypatch.undo()
        decoding.load_pyzbar.cache_clear()
    assert PyzbarDecoder.available()
