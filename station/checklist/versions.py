"""Which checklist an inspection uses: the one rule for drafts, re-grades and a lead's evidence view."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from station.checklist.loading import TemplateSet
from station.checklist.model import Template
from station.text import StationError, _


class ChecklistMissing(StationError):
    """No checklist of an item's category is loaded at this station."""


def checklist_version(templates: TemplateSet, category: str, version: int | None = None,
                      session: Session | None = None) -> Template | None:
    """The version asked for — loaded from the files, else the copy the store kept when it was loaded — so a
    checklist edited mid-shift never changes an open inspection or how a finished one reads; without a version,
    or when that version is known nowhere, the newest loaded one."""
    if version is not None:
        found = templates.get(category, version)
        if found is None and session is not None:
            found = _stored(session, category, version)
        if found is not None:
            return found
    return templates.get(category)


def require_checklist(templates: TemplateSet, category: str, version: int | None = None,
                      session: Session | None = None) -> Template:
    template = checklist_version(templates, category, version, session)
    if template is None:
        raise ChecklistMissing(_(
            "There is no checklist for the category \"{category}\" at this station. Put the item aside and call "
            "a lead.", category=category))
    return template


def _stored(session: Session, category: str, version: int) -> Template | None:
    content = session.scalar(select(models.ChecklistTemplateVersion.content).where(
        models.ChecklistTemplateVersion.category == category, models.ChecklistTemplateVersion.version == version))
    try:
        return Template.model_validate(content) if content else None
    except ValueError:
        return None
