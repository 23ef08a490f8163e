"""The inspection reference in a slip's QR code (`RIS:<inspection uuid>`) and its parser."""

from __future__ import annotations

import re
import uuid

PREFIX = "RIS:"
_HEX = "[0-9a-f]"
_PATTERN = re.compile(rf"^\s*RIS:\s*({_HEX}{{8}}-?{_HEX}{{4}}-?{_HEX}{{4}}-?{_HEX}{{4}}-?{_HEX}{{12}})\s*$",
                      re.IGNORECASE)


def slip_reference(inspection_id: uuid.UUID) -> str:
    return f"{PREFIX}{inspection_id}"


def parse_reference(text: str) -> uuid.UUID | None:
    """The inspection id in a scanned slip QR, or None when the text is not a slip reference.

    Scanners in keyboard mode may change case or drop the hyphens, so both are accepted.
    """
    match = _PATTERN.match(text or "")
    if match is None:
        return None
    return uuid.UUID(match.group(1))


def short_reference(inspection_id: uuid.UUID) -> str:
    """The last twelve hex digits: UUIDv7's first digits are a timestamp, alike for a day's slips."""
    return inspection_id.hex[-12:].upper()
