"""Renders the domain's translatable texts in the UI language (Qt's translators, context "station")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.text import Text


def _translate(source: str) -> str:
    return QCoreApplication.translate("station", source)


def render(text: Text) -> str:
    return text.render(_translate)


def error_text(exc: BaseException) -> str:
    """What to show for an error: the StationError's own words, else a generic message (details go to the log)."""
    from station.text import StationError

    if isinstance(exc, StationError):
        return render(exc.text)
    return QCoreApplication.translate(
        "station", "Something went wrong. Your saved answers are kept. Try again, or call a lead if it repeats.")
