"""Who may work at the refurb desk: checked in the services, not only by hiding the mode."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from db import models
from station.text import StationError, _

REFURB_ROLES = frozenset({"refurb", "lead", "admin"})


class NotAllowed(StationError):
    """The signed-in person's role may not do this."""


def require_refurb(session: Session, user_id: uuid.UUID) -> models.User:
    user = session.get(models.User, user_id)
    if user is None or not user.active or user.role not in REFURB_ROLES:
        raise NotAllowed(_("Only the refurb team or a lead may record refurbishment and re-grade. Ask a lead."))
    return user
