"""Sign-in facts: wrong PINs, the sign-in that ends a run of them, and a lead's unlock; lockouts derive from them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class SignInFailure(Base):
    """A PIN that did not match, for one user at one station. The delay and the lockout count these."""

    __tablename__ = "signin_failures"
    __table_args__ = (Index("ix_signin_failures_user_failed", "user_id", "failed_at"), {"info": {"sync": "fact"}})
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SignInSuccess(Base):
    """A right PIN after wrong ones: the failures before it no longer count. Plain sign-ins write nothing."""

    __tablename__ = "signin_successes"
    __table_args__ = (Index("ix_signin_successes_user_signed", "user_id", "signed_in_at"), {"info": {"sync": "fact"}})
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    signed_in_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SignInUnlock(Base):
    """A lead or admin let a locked user try again; the central refuses one whose `unlocked_by` is neither."""

    __tablename__ = "signin_unlocks"
    __table_args__ = (Index("ix_signin_unlocks_user_unlocked", "user_id", "unlocked_at"), {"info": {"sync": "fact"}})
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    unlocked_by: Mapped[uuid.UUID] = mapped_column(Uuid)
    unlocked_at: Mapped[datetime] = mapped_column(UTCDateTime())
