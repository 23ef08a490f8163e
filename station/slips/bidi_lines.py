"""Lines of slip text: wrapped to a width in logical order, then put in visual order for right-to-left scripts."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"
# Direction marks, embeddings and isolates: they steer the order, and a font may draw them as boxes.
_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@lru_cache(maxsize=4096)
def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Hebrew, Arabic): that line is right-aligned."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    """True when any character is right-to-left (Hebrew, Arabic): the text needs reordering for a PDF."""
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text)


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """The characters in the order they are drawn; reportlab draws left to right and knows no bidi."""
    if not has_rtl(text):
        return text.translate(_CONTROLS)
    # python-bidi's pure algorithm mirrors brackets in right-to-left runs but knows no isolates; the isolates
    # around numbers and names become embeddings, which order them the same way on one line. The marks
    # themselves are invisible in a PDF and are dropped once the order is settled.
    from bidi.algorithm import get_display

    return get_display(_embeddings(text), base_dir="R" if is_rtl(text) else "L").translate(_CONTROLS)


def _embeddings(text: str) -> str:
    out: list[str] = []
    for index, char in enumerate(text):
        if char == "\u2066":
            out.append("\u202a")  # LRI -> LRE
        elif char == "\u2067":
            out.append("\u202b")  # RLI -> RLE
        elif char == "\u2068":  # FSI: the direction of the first strong letter inside
            inside = text[index + 1:].split("\u2069", 1)[0]
            out.append("\u202b" if is_rtl(inside) else "\u202a")
        elif char == "\u2069":
            out.append("\u202c")  # PDI -> PDF
        else:
            out.append(char)
    return "".join(out)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, font: str, size: float, width: float, max_lines: int | None = None) -> list[str]:
    """Logical-order lines that fit `width`; past `max_lines` the last line ends with an ellipsis."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if stringWidth(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if stringWidth(word, font, size) <= width:
                current = word
            else:
                *whole, current = _break_word(word, font, size, width)
                lines.extend(whole)
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and stringWidth(last + ELLIPSIS, font, size) > width:
            last = last[:-1]
        kept[-1] = last.rstrip() + ELLIPSIS
        return kept
    return lines


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line: the text, cut at the end with an ellipsis when it is too wide (long serials, long names)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS
