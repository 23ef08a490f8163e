"""Central-only tables of the web view: who may sign in from a browser, and which brands' items a client sees.

Not migrated with the station's models: like db/sync_models.CENTRAL, they exist only on the central database and
`station central init` creates them (station/sync/central_web.py).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, MetaData, String, Table, Text, Uuid

from db.types import UTCDateTime

WEB = MetaData()

# A browser sign-in: a station user's badge (user_id set), or a brand's client (user_id empty, name given).
web_accounts = Table(
    "web_accounts", WEB,
    Column("badge", String(64), primary_key=True),
    Column("user_id", Uuid),
    Column("name", String(120), nullable=False),
    Column("language", String(10), nullable=False, server_default="en"),
    Column("password_hash", Text, nullable=False),
    Column("set_at", UTCDateTime(), nullable=False),
)

# The brands a client account sees; a client with none sees nothing.
web_account_brands = Table(
    "web_account_brands", WEB,
    Column("badge", String(64), primary_key=True),
    Column("brand", String(120), primary_key=True),
)

# Which brand a product belongs to (a 3PL's client): products stay the shop's catalog, the brand is the warehouse's.
web_product_brands = Table(
    "web_product_brands", WEB,
    Column("sku", String(64), primary_key=True),
    Column("brand", String(120), nullable=False, index=True),
)

# Wrong passwords typed in the browser: the wait and the lockout are counted from these, as at a station.
web_signin_failures = Table(
    "web_signin_failures", WEB,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("badge", String(64), nullable=False, index=True),
    Column("failed_at", UTCDateTime(), nullable=False),
)

# A right password or an admin's unlock: failures before it no longer count.
web_signin_clears = Table(
    "web_signin_clears", WEB,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("badge", String(64), nullable=False, index=True),
    Column("cleared_at", UTCDateTime(), nullable=False),
)
