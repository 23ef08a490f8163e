"""The shipped .ts/.qm files: complete, placeholders kept, right-to-left safe, and up to date with the sources."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[3]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("he", "ru")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
FSI, LRI, PDI, RLM = "\u2068", "\u2066", "\u2069", "\u200f"


def update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"station_{language}.ts").getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.findall("message")]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_entries(language: str) -> None:
    unfinished = []
    for context, message in messages(language):
        translation = message.find("translation")
        if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all(text.strip() for text in translations_of(message))):
            unfinished.append(f"{context}: {message.findtext('source')!r}")
    assert not unfinished, (f"{len(unfinished)} unfinished entries in station_{language}.ts (run "
                            f"scripts/update_translations.py, then translate them):\n" + "\n".join(unfinished))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    problems = []
    forms = {"he": 2, "ru": 3}[language]
    for context, message in messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        texts = translations_of(message)
        if message.get("numerus") == "yes" and (len(texts) != forms or not all("%n" in t for t in texts)):
            problems.append(f"{context}: {source!r}: needs {forms} plural forms, each with %n")
        for text in texts:
            if text and sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
    assert not problems, "\n".join(problems)


def test_hebrew_keeps_inserted_values_in_their_own_direction() -> None:
    """Each {value} in a Hebrew text sits in first-strong isolates: SKUs and numbers stay left to right,
    Hebrew values right to left, and brackets and full stops next to them stay where they belong."""
    problems = []
    for context, message in messages("he"):
        for text in translations_of(message):
            if text and not text.startswith(RLM):
                problems.append(f"{context}: {text!r}: starts without a right-to-left mark (U+200F), so a text "
                                f"that begins with a key name or a value would be laid out left to right")
            for match in PLACEHOLDER.finditer(text):
                before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
                # A percentage is one left-to-right piece with its sign: LRI {percent}% PDI.
                percent = before == LRI and text[match.end():].lstrip(" ").startswith("%" + PDI)
                if (before, after) != (FSI, PDI) and not percent:
                    problems.append(f"{context}: {text!r}: {match.group(0)} is not isolated")
    assert not problems, "\n".join(problems[:20])


def test_translation_files_are_up_to_date_with_the_sources() -> None:
    """A text added in ui/ or station/ without running scripts/update_translations.py fails here, as does a
    .ts edited without releasing its .qm."""
    stale = update_script().check()
    assert stale == [], f"run scripts/update_translations.py: {', '.join(stale)} would change"


def test_station_texts_from_code_and_yaml_are_collected() -> None:
    texts = update_script().station_texts(REPO)
    assert "That PIN is not right. Try again, or ask a lead to reset it." in texts  # a _() call
    assert "What is in the parcel?" in texts  # a checklist question
    assert "like new, no issues found" in texts  # the grading rules
    assert "Photograph the damaged box." in texts  # a photo prompt


def test_pseudo_locale_is_accented_longer_and_bracketed() -> None:
    script = update_script()
    text = script.pseudo("Scan {n} labels (Enter)")
    assert text.startswith("[") and text.endswith("]")
    assert "{n}" in text and "Scan" not in text
    assert len(text) >= len("Scan {n} labels (Enter)") * 1.3
    for context, message in messages("xx"):
        for translated in translations_of(message):
            assert translated.startswith("[") and translated.endswith("]"), (context, translated)
