"""The station's own texts in another language without Qt: read from the shipped .ts files, for the command line
(an evidence packet or slips printed in Hebrew or Russian by a script). The window uses Qt's .qm files instead."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from station.config import RESOURCES
from station.text import StationError, _, _identity, english_plural

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


@lru_cache(maxsize=4)
def _plurals(language: str) -> dict[str, list[str]]:
    """The plural forms of the counted texts (``_n``), in the order Qt's rules for the language number them."""
    root = ET.parse(RESOURCES / "translations" / f"station_{language}.ts").getroot()
    forms: dict[str, list[str]] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "station":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if message.get("numerus") == "yes" and source is not None and translation is not None \
                    and translation.get("type") not in ("unfinished", "vanished"):
                found = [form.text or "" for form in translation.iter("numerusform")]
                if all(found):
                    forms[source] = found
    return forms


def _form(language: str, count: int) -> int:
    """Which plural form a count takes: Qt's rules for Russian (1, 2–4, 5–20 ...), one-or-more elsewhere."""
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return 0
        return 1 if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14 else 2
    return 0 if count == 1 else 1


def translator(language: str) -> Callable[..., str]:
    """A function from an English source text to its translation (the source itself when there is none)."""
    if language not in LANGUAGES:
        raise StationError(_("Unknown language '{language}': use one of {choices}.", language=language,
                             choices=", ".join(LANGUAGES)))
    if language == "en":
        return _identity
    table, plurals = _table(language), _plurals(language)

    def translate(source: str, count: int | None = None) -> str:
        if count is None:
            return table.get(source, source)
        forms = plurals.get(source)
        if not forms:
            return english_plural(source, count)
        return forms[min(_form(language, count), len(forms) - 1)].replace("%n", str(count))

    return translate
