"""Text from a scanned code, a file name or an error, made safe to print on a terminal and as JSON lines."""

from __future__ import annotations

import json
import re
from typing import Any

# A label's payload is anyone's text: ESC and the other C0/C1 controls make a terminal move, recolour or retitle
# itself, and bidirectional embeddings and overrides reorder what a person reads (the "Trojan Source" trick).
# The isolates and marks (U+2066-2069, RLM) stay: the station's own Hebrew texts use them, and they reorder
# nothing outside their span.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        # A byte that was not UTF-8 on the command line (Python keeps it as a lone surrogate): show the byte.
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """The text with every control character, direction override and undecodable byte shown as an escape (\\x1b);
    with keep_newlines, a message's own line breaks stay."""
    if keep_newlines:
        return "\n".join(_UNSAFE.sub(_escape, line) for line in text.split("\n"))
    return _UNSAFE.sub(_escape, text)


def valid_text(text: str) -> str:
    """The text with undecodable bytes (lone surrogates) written as \\xNN, so it can be encoded as UTF-8."""
    return re.sub(r"[\ud800-\udfff]", _escape, text)


def _valid(value: Any) -> Any:
    if isinstance(value, str):
        return valid_text(value)
    if isinstance(value, dict):
        return {valid_text(str(k)): _valid(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_valid(v) for v in value]
    return value


def json_line(value: Any) -> str:
    """One line of valid UTF-8 JSON; controls and direction overrides inside strings appear as \\u escapes."""
    dumped = json.dumps(_valid(value), ensure_ascii=False)
    # json escapes C0 controls itself; C1, DEL and the direction marks it writes as they are. They only occur
    # inside strings, where a \\u escape means the same character.
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
