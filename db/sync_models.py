"""Sync bookkeeping: the station's sync state and photo uploads (both dialects), and the central-only tables.

The station-side tables live on ``Base`` and come from the Alembic history. The central-only tables (the change
log, the content-addressed photo blobs, the station-role map, the stations' installs, the central's identity)
are on ``CENTRAL`` and are created by ``station central init`` on PostgreSQL only, together with their triggers,
roles and row-level security; a station's SQLite file never holds them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Mapped, mapped_column

from db.models import NAMING, Base
from db.types import UTCDateTime

# ---- station side ---------------------------------------------------------------------------


class SyncState(Base):
    """One row (id 1): where the pull stands and how the last sync went, for the header and `sync status`."""

    __tablename__ = "sync_state"
    __table_args__ = {"info": {"sync": "local"}}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Identity of the central database the cursor belongs to: another central starts the pull again.
    central_id: Mapped[str | None] = mapped_column(String(40))
    # The pull cursor: the central change log's (transaction id, sequence) of the last change applied.
    pull_txid: Mapped[int] = mapped_column(BigInteger, default=0)
    pull_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    offline_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # "offline" (retried on a timer) or "error" (needs someone); None when the last sync went through.
    problem_kind: Mapped[str | None] = mapped_column(String(20))
    # A translatable Text as JSON: what happened and what to do.
    problem: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # This data folder's install of the station id (made at its first sync), and whether it has learnt what the
    # central holds for that id: None (not yet), "restoring" (pulling its own earlier records back), "joined".
    install_id: Mapped[str | None] = mapped_column(String(36))
    install_state: Mapped[str | None] = mapped_column(String(20))
    joined_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PhotoUpload(Base):
    """A photo file's journey to the central blob store: uploaded (verified there) or found damaged here."""

    __tablename__ = "sync_photo_uploads"
    __table_args__ = {"info": {"sync": "local"}}
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(20))  # uploaded | damaged | missing
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    problem: Mapped[str | None] = mapped_column(Text)


# ---- central only (PostgreSQL) -----------------------------------------------------------------

CENTRAL = MetaData(naming_convention=NAMING)

# One row per statement that wrote synced rows (split into chunks of at most 1000 keys): which table, which
# keys, which station. Ordered by (txid, seq); readers only take rows of transactions older than every one
# still running, so a change that commits late is never skipped.
change_log = Table(
    "sync_change_log", CENTRAL,
    Column("seq", BigInteger, primary_key=True, autoincrement=True),
    Column("txid", BigInteger, nullable=False),
    Column("table_name", String(63), nullable=False),
    Column("op", String(10), nullable=False),  # upsert | delete
    Column("station_id", String(40)),
    Column("row_keys", postgresql.ARRAY(Text), nullable=False),
    Index("ix_sync_change_log_txid_seq", "txid", "seq"),
)

# Photos by SHA-256; a CHECK (added by central init) makes the server refuse bytes that do not match the name.
photo_blobs = Table(
    "sync_photo_blobs", CENTRAL,
    Column("sha256", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("size_bytes", Integer, nullable=False),
    Column("station_id", String(40)),
    Column("uploaded_at", UTCDateTime(), nullable=False),
)

# Which database role speaks for which station: the row-level security policies read it.
station_roles = Table(
    "sync_station_roles", CENTRAL,
    Column("role_name", String(63), primary_key=True),
    Column("station_id", String(40), nullable=False, unique=True),
)

# Each data folder that has synced as a station id: one at a time may record for that id. A newer install
# retires the one before it only once that one has been silent for a while (see station/sync/install.py).
installs = Table(
    "sync_installs", CENTRAL,
    Column("station_id", String(40), primary_key=True),
    Column("install_id", String(36), primary_key=True),
    Column("host", Text, nullable=False),
    Column("first_seen", UTCDateTime(), nullable=False),
    Column("last_seen", UTCDateTime(), nullable=False),
    Column("retired_at", UTCDateTime()),
    Column("replaced_by", String(36)),
)

# Each station's chain key (station/audit/seal.py): issued once, handed only to the station's live install, never
# readable by a station role; events from `sealed_from` on must carry its seal.
station_keys = Table(
    "sync_station_keys", CENTRAL,
    Column("station_id", String(40), primary_key=True),
    Column("chain_key", String(64), nullable=False),
    # The key's HMAC pads (key XOR 0x36…, key XOR 0x5c…), so checking an event's seal costs two SHA-256.
    Column("inner_pad", LargeBinary, nullable=False),
    Column("outer_pad", LargeBinary, nullable=False),
    Column("sealed_from", Integer, nullable=False),
    Column("issued_at", UTCDateTime(), nullable=False),
)

central_info = Table(
    "sync_central_info", CENTRAL,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
