"""The station's own texts in another language without Qt: read from the shipped .ts files, for the command line
(an evidence packet or slips printed in Hebrew or Russian by a script). The window uses Qt's .qm files instead."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from station.config import RESOURCES
from station.text import StationError, _, _identity

LANGUAGES = ("en", "he", "ru")


@lru_cache(maxsize=4)
def _table(language: str) -> dict[str, str]:
    path = RESOURCES / "translations" / f"station_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise StationError(_("The {language} translation file {path} cannot be read ({problem}). Reinstall the "
                             "station.", language=language, path=str(path), problem=str(exc))) from exc
    table: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "station":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if message.get("numerus") != "yes" and translation.text:
                table[source] = translation.text
    return table


def translator(language: str) -> Callable[[str], str]:
    """A function from an English source text to its translation (the source itself when there is none)."""
    if language not in LANGUAGES:
        raise StationError(_("Unknown language '{language}': use one of {choices}.", language=language,
                             choices=", ".join(LANGUAGES)))
    if language == "en":
        return _identity
    table = _table(language)
    return lambda source: table.get(source, source)
