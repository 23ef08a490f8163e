"""parse_label(): what a scanned label means, as typed LabelData (RMA, GS1, Digital Link, tracking, GTIN, SKU)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, fields
from typing import Any, Literal

from station.scan import gs1
from station.scan.carriers import find_tracking
from station.text import StationError
from station.user_patterns import PatternRefused, compile_user_pattern

log = logging.getLogger(__name__)

DEFAULT_RMA_PATTERN = r"RMA-\d{4,}"
Kind = Literal["gs1", "digital_link", "rma", "tracking", "gtin", "sku", "unknown"]
# A label's payload is at most a few hundred characters (a full QR Code holds ~4300); anything longer
# is not a label, and is not worth running through the warehouse's own RMA pattern at all.
MAX_LABEL_LENGTH = 4400
# Part numbers and SKUs: letters, digits and the usual separators, 3 to 40 characters.
_SKU = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{2,39}")
_RETAIL_FORMATS = ("EAN13", "EAN8", "UPCA", "UPCE")


class InvalidRmaPattern(StationError):
    """The warehouse's RMA pattern setting is not a valid regular expression."""


@dataclass(frozen=True)
class LabelData:
    """What one scanned text means. Fields that do not apply are None; gtin is always 14 digits."""

    kind: Kind
    raw: str
    rma: str | None = None
    gtin: str | None = None
    serial: str | None = None
    lot: str | None = None
    expiry: dt.date | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    sku: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = value.isoformat() if isinstance(value, dt.date) else value
        return out


def _compiled(pattern: str) -> Any:
    # RE2, not re: the pattern is the warehouse's own, and a backtracking one would freeze the station mid-scan.
    try:
        return compile_user_pattern(pattern)
    except PatternRefused as exc:
        raise InvalidRmaPattern(exc.text) from exc


def parse_label(text: str, rma_pattern: str = DEFAULT_RMA_PATTERN, symbology: str | None = None) -> LabelData:
    """What the text of a scanned code means; never raises for any text.

    symbology is optional context from the decoder: a format name ("EAN13", "Code128") or an AIM
    identifier ("]C1"). It settles the few real ambiguities, e.g. twelve digits that are both a valid
    UPC-A and a valid FedEx number. Raises InvalidRmaPattern only for a broken rma_pattern setting.
    """
    rma = _compiled(rma_pattern)
    if not isinstance(text, str):
        return LabelData("unknown", repr(text)[:MAX_LABEL_LENGTH])
    if len(text) > MAX_LABEL_LENGTH:
        return LabelData("unknown", text[:MAX_LABEL_LENGTH])
    try:
        return _parse(text, rma, symbology)
    except Exception:  # a library's bug on odd input must cost one scan, never the station
        log.exception("label parsing failed on %r", text[:200])
        return LabelData("unknown", text)


def _parse(text: str, rma: Any, symbology: str | None) -> LabelData:
    value = text.strip()
    if not value:
        return LabelData("unknown", text)
    # strip() also drops the GS (0x1D) that a GS1 symbol starts with (FNC1 in first position): that mark alone
    # says the rest is GS1 element strings, whatever their first AI.
    fnc1_first = text.lstrip(" \t\r\n").startswith(gs1.GROUP_SEPARATOR)
    matched = rma.fullmatch(value)
    if matched:
        return LabelData("rma", text, rma=matched.group(0))
    if value.lower().startswith(("http://", "https://")):
        link = gs1.parse_digital_link(value)
        if link is not None and not link.empty:
            return _from_gs1("digital_link", text, link)
    elif fnc1_first or gs1.looks_like_gs1(value, symbology):
        found = _gs1_or_tracking(text, value, symbology, certain=fnc1_first)
        if found is not None:
            return found
        if fnc1_first:  # GS1 data that biip refuses (a bad check digit) is not a SKU either
            return LabelData("unknown", text)
    retail = symbology in _RETAIL_FORMATS
    gtin = gs1.gtin14(value)
    # A product's EAN/UPC is the common case for bare digits; a Code 128 with the same digits is a parcel.
    if gtin is not None and (retail or symbology in (None, "")):
        return LabelData("gtin", text, gtin=gtin)
    if not retail:
        tracking = find_tracking(value)
        if tracking is not None:
            return LabelData("tracking", text, carrier=tracking.carrier,
                             tracking_number=tracking.tracking_number)
    if gtin is not None:
        return LabelData("gtin", text, gtin=gtin)
    inside = rma.search(value)
    if inside:
        # e.g. a returns portal URL or a sentence that carries the RMA number.
        return LabelData("rma", text, rma=inside.group(0))
    if _SKU.fullmatch(value):
        return LabelData("sku", text, sku=value)
    return LabelData("unknown", text)


def _gs1_or_tracking(text: str, value: str, symbology: str | None, *, certain: bool = False) -> LabelData | None:
    fields_ = gs1.parse_element_strings(value, symbology)
    if fields_ is not None and fields_.gtin is not None:
        return _from_gs1("gs1", text, fields_)
    # GS1-128 also carries parcels: USPS IMpb (AI 420 + routing) and FedEx Ground's SSCC (AI 00).
    bare = value[3:] if value.startswith(gs1.GS1_SYMBOLOGIES) else value
    tracking = find_tracking(bare.replace(gs1.GROUP_SEPARATOR, ""))
    if tracking is not None:
        return LabelData("tracking", text, carrier=tracking.carrier, tracking_number=tracking.tracking_number)
    if fields_ is not None and (certain or not fields_.empty):
        return _from_gs1("gs1", text, fields_)
    return None


def _from_gs1(kind: Kind, text: str, found: gs1.GS1Fields) -> LabelData:
    return LabelData(kind, text, gtin=found.gtin, serial=found.serial, lot=found.lot, expiry=found.expiry)
