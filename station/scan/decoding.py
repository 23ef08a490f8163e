"""One Decoder interface and its adapters for zxing-cpp and pyzbar, reporting codes in zxing-cpp's names."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Protocol, runtime_checkable

import numpy as np
import zxingcpp

log = logging.getLogger(__name__)

# The formats a returns dock meets, named as zxing-cpp names them (BarcodeFormat.name).
FORMATS: tuple[str, ...] = (
    "QRCode", "DataMatrix", "Code128", "EAN13", "EAN8", "UPCA", "UPCE", "Code39", "ITF", "PDF417",
)

Point = tuple[int, int]


@dataclass(frozen=True)
class Code:
    """One decoded barcode. Equal codes have the same format and text, wherever they were found."""

    format: str
    text: str
    # Corners (top-left, top-right, bottom-right, bottom-left) in the frame's pixels, when known.
    position: tuple[Point, Point, Point, Point] | None = field(default=None, compare=False)
    # AIM symbology identifier such as "]C1" (GS1-128) or "]d2" (GS1 DataMatrix); "" when unknown.
    symbology: str = field(default="", compare=False)

    def to_json(self) -> dict[str, str]:
        return {"format": self.format, "text": self.text}


@dataclass(frozen=True)
class Miss:
    """A symbol a decoder found but could not read: its format and corners in the image it was given."""

    format: str
    position: tuple[Point, Point, Point, Point]


@runtime_checkable
class Decoder(Protocol):
    """Reads every code it can in one 8-bit grey image (C-contiguous); never raises for a bad image."""

    name: str

    def decode(self, grey: np.ndarray) -> list[Code]: ...


def _retail_format(fmt: str, text: str) -> tuple[str, str]:
    # A UPC-A symbol is an EAN-13 whose first digit is 0; both decoders may report either name.
    # We follow zxing-cpp (13 digits, leading 0) and name it UPC-A, as the label on the box does.
    if fmt == "UPCA" and len(text) == 12:
        return "UPCA", "0" + text
    if fmt == "EAN13" and len(text) == 13 and text.startswith("0"):
        return "UPCA", text
    return fmt, text


class ZxingDecoder:
    """zxing-cpp: fast, many formats. Options are fixed per instance so a pipeline stage is one object."""

    def __init__(
        self,
        formats: tuple[str, ...] = FORMATS,
        *,
        try_rotate: bool = True,
        try_downscale: bool = True,
        try_invert: bool = False,
        global_histogram: bool = False,
        fixed_threshold: bool = False,
        name: str = "zxing-cpp",
    ) -> None:
        self.name = name
        self._options: dict[str, Any] = {
            "formats": tuple(getattr(zxingcpp.BarcodeFormat, f) for f in formats),
            "try_rotate": try_rotate,
            "try_downscale": try_downscale,
            "try_invert": try_invert,
            # Plain keeps GS1 separators (GS, 0x1D) and control characters as they are in the symbol.
            "text_mode": zxingcpp.TextMode.Plain,
            # zxing-cpp's maintainer names the fixed threshold for codes whose bars are about 1.5 pixels wide and
            # for dark surroundings that break a quiet zone (zxing-cpp issues 558, 814), the global histogram
            # for evenly lit ones (issue 809).
            "binarizer": zxingcpp.Binarizer.FixedThreshold if fixed_threshold
            else zxingcpp.Binarizer.GlobalHistogram if global_histogram else zxingcpp.Binarizer.LocalAverage,
            # Symbols found but not decoded (a checksum that fails) come back too: where one lies is worth a
            # closer look, and costs nothing to learn in the same pass.
            "return_errors": True,
        }

    def decode(self, grey: np.ndarray) -> list[Code]:
        return self.read(grey)[0]

    def read(self, grey: np.ndarray) -> tuple[list[Code], list[Miss]]:
        """The codes read, and the symbols zxing-cpp found but could not decode."""
        try:
            found = zxingcpp.read_barcodes(grey, **self._options)
        except (ValueError, TypeError, RuntimeError) as exc:
            log.warning("zxing-cpp could not read a %s image: %s", getattr(grey, "shape", "?"), exc)
            return [], []
        codes, misses = [], []
        for barcode in found:
            p = barcode.position
            corners = ((p.top_left.x, p.top_left.y), (p.top_right.x, p.top_right.y),
                       (p.bottom_right.x, p.bottom_right.y), (p.bottom_left.x, p.bottom_left.y))
            if not barcode.valid:
                misses.append(Miss(barcode.format.name, corners))
                continue
            fmt, text = _retail_format(barcode.format.name, barcode.text)
            codes.append(Code(fmt, text, corners, barcode.symbology_identifier))
        return codes, misses


# zbar's names for the symbologies we read, mapped to zxing-cpp's.
_ZBAR_FORMATS = {
    "QRCODE": "QRCode", "CODE128": "Code128", "EAN13": "EAN13", "EAN8": "EAN8", "UPCA": "UPCA",
    "UPCE": "UPCE", "CODE39": "Code39", "I25": "ITF", "PDF417": "PDF417",
}


@functools.cache
def load_pyzbar() -> ModuleType | None:
    """pyzbar's decoding module, or None (logged once) when the zbar shared library is missing."""
    try:
        from pyzbar import pyzbar
    except ImportError as exc:
        log.warning("pyzbar skipped: the zbar library is missing (install the libzbar0 package); "
                    "zxing-cpp alone reads the codes. Detail: %s", exc)
        return None
    return pyzbar


class PyzbarDecoder:
    """pyzbar (zbar): a second opinion, mostly for damaged 1D codes that zxing-cpp misses."""

    name = "pyzbar"

    def __init__(self, module: ModuleType | None = None) -> None:
        module = module or load_pyzbar()
        if module is None:
            raise RuntimeError("pyzbar is not available: the zbar library is missing")
        self._pyzbar = module
        symbols = module.ZBarSymbol
        self._symbols = [getattr(symbols, name) for name in _ZBAR_FORMATS if hasattr(symbols, name)]

    @classmethod
    def available(cls) -> bool:
        return load_pyzbar() is not None

    def decode(self, grey: np.ndarray) -> list[Code]:
        try:
            found = self._pyzbar.decode(grey, symbols=self._symbols)
        except Exception as exc:  # zbar reports bad input with assorted ctypes and value errors
            log.warning("pyzbar could not read a %s image: %s", getattr(grey, "shape", "?"), exc)
            return []
        codes = []
        for symbol in found:
            fmt = _ZBAR_FORMATS.get(symbol.type, symbol.type)
            try:
                text = symbol.data.decode("utf-8")
            except UnicodeDecodeError:
                text = symbol.data.decode("latin-1")
            fmt, text = _retail_format(fmt, text)
            left, top, width, height = symbol.rect
            corners = ((left, top), (left + width, top), (left + width, top + height), (left, top + height))
            codes.append(Code(fmt, text, corners))
        return codes
