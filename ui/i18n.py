"""Renders the domain's translatable texts in the UI language (Qt's translators, context "station")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.text import Text


def translate_station(source: str, count: int | None = None) -> str:
    """The domain's text in the UI language; safe to hand to a worker thread (printing, PDFs). With a count, the
    language's plural form for it, with the count in place of %n."""
    if count is None:
        return QCoreApplication.translate("station", source)
    return QCoreApplication.translate("station", source, None, count)


def render(text: Text) -> str:
    return text.render(translate_station)


def error_text(exc: BaseException) -> str:
    """What to show for an error: the StationError's own words, else a generic message (details go to the log)."""
    from station.text import StationError

    if isinstance(exc, StationError):
        return render(exc.text)
    return QCoreApplication.translate(
        "station", "Something went wrong. Your saved answers are kept. Try again, or call a lead if it repeats.")
