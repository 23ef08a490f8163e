"""A person's preferences kept with their user: the language the station speaks to them."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from station.people import UserSummary
from station.text import StationError, _

if TYPE_CHECKING:
    from station.context import StationContext

# The languages the station ships, English first (the source language and the fallback).
LANGUAGES: tuple[str, ...] = ("en", "he", "ru")
# Stretched, accented texts for finding untranslated strings and cut-off labels; never offered to people.
PSEUDO_LANGUAGE = "xx"


class PreferenceRefused(StationError):
    """An unknown language or user."""


def supported_language(code: str | None) -> str:
    """`code` if the station ships it (a region such as he_IL counts as he), else English."""
    base = (code or "").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def set_language(ctx: StationContext, user_id: uuid.UUID, language: str) -> UserSummary:
    """Remembers the language a person chose; it is used from their next sign-in, at any station that syncs it.

    The users table is reference data (not a fact), so the row is updated in place.
    """
    # Imported here: the window imports this module at start, before the database is needed.
    from db import models
    from station.services.auth import list_users

    if language not in LANGUAGES:
        raise PreferenceRefused(_("The station does not speak \"{language}\". Pick English, Hebrew or Russian.",
                                  language=language))
    with ctx.transaction() as session:
        user = session.get(models.User, user_id)
        if user is None or not user.active:
            raise PreferenceRefused(_("This user cannot sign in here. Ask a lead."))
        user.language = language
        summary = UserSummary(user.id, user.name, user.role, user.language)
    # The sign-in list carries each person's language, so the next start greets them in it at once.
    list_users(ctx)
    return summary
