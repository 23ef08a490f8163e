"""GS1 element strings and Digital Link URIs read with biip: GTIN, serial (21), lot (10), expiry (17)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import biip
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_messages import GS1Message
from biip.gtin import Gtin

GROUP_SEPARATOR = "\x1d"
# AIM symbology identifiers of symbols that carry GS1 data: GS1-128, GS1 DataMatrix, GS1 QR, DataBar.
GS1_SYMBOLOGIES = ("]C1", "]d2", "]Q3", "]e0", "]J1")
# "(01)09506000134352(21)ABC": the human-readable form printed under a code, or typed from it.
_HRI = re.compile(r"(?:\(\d{2,4}\)[^()]*)+")
_HRI_PART = re.compile(r"\((\d{2,4})\)([^()]*)")
# GS1 values never hold a space (character set 82), so spaces in typed or printed HRI are only layout.
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class GS1Fields:
    gtin: str | None = None
    serial: str | None = None
    lot: str | None = None
    expiry: dt.date | None = None
    sscc: str | None = None

    @property
    def empty(self) -> bool:
        return self.gtin is None and self.serial is None and self.lot is None and self.expiry is None


def gtin14(text: str) -> str | None:
    """A GTIN-8/12/13/14 with a valid check digit, written as 14 digits (GS1's way to store any GTIN)."""
    if not text.isascii() or not text.isdigit() or len(text) not in (8, 12, 13, 14):
        return None
    try:
        return Gtin.parse(text).as_gtin_14()
    except biip.ParseError:
        return None


def looks_like_gs1(text: str, symbology: str | None) -> bool:
    if (symbology or "") in GS1_SYMBOLOGIES or text.startswith(GS1_SYMBOLOGIES):
        return True
    if GROUP_SEPARATOR in text or _hri(text) is not None:
        return True
    # A bare element string that starts with a GTIN (01) and a valid check digit.
    return text[:2] == "01" and len(text) >= 16 and gtin14(text[2:16]) is not None


def parse_element_strings(text: str, symbology: str | None = None) -> GS1Fields | None:
    """Fields of a GS1 element string (raw, with GS separators, or in "(AI)value" form); None if not GS1."""
    value = text
    if value.startswith(GS1_SYMBOLOGIES):
        value = value[3:]
    hri = _hri(value)
    if hri is not None:
        value = GROUP_SEPARATOR.join(ai + data for ai, data in _HRI_PART.findall(hri))
    try:
        message = GS1Message.parse(value.strip(GROUP_SEPARATOR))
    except biip.ParseError:
        return None
    return _fields(message.element_strings)


def _hri(text: str) -> str | None:
    """The "(AI)value" form without its layout spaces and separators, or None when text is not in that form."""
    if not text.lstrip().startswith("("):
        return None
    compact = _SPACES.sub("", text.replace(GROUP_SEPARATOR, ""))
    return compact if _HRI.fullmatch(compact) else None


def parse_digital_link(text: str) -> GS1Fields | None:
    """Fields of a GS1 Digital Link URI such as https://id.example.com/01/09506000134352/21/ABC."""
    try:
        uri = GS1DigitalLinkURI.parse(text)
    except biip.ParseError:
        return None
    return _fields(uri.element_strings)


def _fields(element_strings: object) -> GS1Fields:
    found: dict[str, object] = {}
    for element in element_strings:  # type: ignore[attr-defined]
        ai = element.ai.ai
        # biip fills an empty GTIN (".../01/") with zeros; fourteen zeros are no product's GTIN.
        if ai in ("01", "02") and element.gtin is not None and element.value.strip("0"):
            found.setdefault("gtin", element.gtin.as_gtin_14())
        elif ai == "21":
            found.setdefault("serial", element.value)
        elif ai == "10":
            found.setdefault("lot", element.value)
        elif ai == "17" and element.date is not None:
            found.setdefault("expiry", element.date)
        elif ai == "00":
            found.setdefault("sscc", element.value)
    return GS1Fields(**found)  # type: ignore[arg-type]
