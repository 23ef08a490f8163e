"""Carrier tracking numbers (UPS 1Z…, FedEx, USPS, DHL and more), check digits validated by tracking-numbers."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import tracking_numbers

log = logging.getLogger(__name__)

# Tracking numbers are printed in groups ("1Z 999 AA1 01 2345 6784"); the longest (USPS IMpb) has 34.
_SPACING = re.compile(r"[\s-]+")
_MAX_LENGTH = 40


@dataclass(frozen=True)
class Tracking:
    carrier: str
    tracking_number: str


def find_tracking(text: str) -> Tracking | None:
    """The carrier and number when text is a tracking number with a valid check digit, else None."""
    candidate = _SPACING.sub("", text).upper()
    if not (6 <= len(candidate) <= _MAX_LENGTH) or not candidate.isascii() or not candidate.isalnum():
        return None
    try:
        found = tracking_numbers.get_tracking_number(candidate)
    except Exception as exc:  # the library's own regexes and validators: a bug there is not a crash here
        log.warning("tracking-numbers failed on %r: %s", candidate, exc)
        return None
    if found is None or found.validation_errors:
        return None
    return Tracking(found.courier.code, found.number)
