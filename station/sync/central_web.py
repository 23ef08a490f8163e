"""The web view's part of the central set-up: its tables, its database roles, and the row-level security that
keeps a brand's client to its own brands' items whatever the web process asks for.

The web process logs in as ``<prefix>_webview``, a NOINHERIT role that can read nothing by itself: each request
takes one role for its transaction (``SET LOCAL ROLE``): ``<prefix>_readers`` for leads, managers and admins,
``<prefix>_web_clients`` with the client's badge in ``station.web_client`` for a brand, ``<prefix>_web_signin``
to check a password, and the web "station" ``WEB``'s own role to add a lead's review, with the same server-side
checks as any station's review (station/sync/central_setup.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from db.web_models import WEB
from station.sync import tables

WEB_STATION = "WEB"
# The client's badge, set per transaction by the web process (SET LOCAL); the policies below read it.
CLIENT_SETTING = "station.web_client"
_CLIENT = f"current_setting('{CLIENT_SETTING}', true)"
# Search and the inspection page over a million inspections (scripts/bench_web.py): each index names its query.
INDEXES = (
    # search by RMA number: WHERE i.rma_number = :q
    "CREATE INDEX IF NOT EXISTS web_inspections_rma ON inspections (rma_number)",
    # search by serial: WHERE i.serial = :q
    "CREATE INDEX IF NOT EXISTS web_inspections_serial ON inspections (serial)",
    # search by SKU, newest first: WHERE i.sku = :q ORDER BY completed_at DESC
    "CREATE INDEX IF NOT EXISTS web_inspections_sku ON inspections (sku, completed_at DESC)",
    # search by tracking number (the scanned label): WHERE i.label_text = :q
    "CREATE INDEX IF NOT EXISTS web_inspections_label ON inspections (md5(label_text))",
    # search by order number: return_authorizations.order_number = :q, then its inspections
    "CREATE INDEX IF NOT EXISTS web_rmas_order ON return_authorizations (order_number)",
    # the inspection page: its reviews, refurb outcomes and audit events by row id
    "CREATE INDEX IF NOT EXISTS web_reviews_inspection ON reviews (inspection_id)",
    "CREATE INDEX IF NOT EXISTS web_audit_row ON audit_events (row_id)",
    "CREATE INDEX IF NOT EXISTS web_photo_checks_photo ON photo_checks (photo_id)",
)


def login_role(prefix: str) -> str:
    return f"{prefix}_webview"


def client_role(prefix: str) -> str:
    return f"{prefix}_web_clients"


def signin_role(prefix: str) -> str:
    return f"{prefix}_web_signin"


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _role(connection: Connection, role: str, options: str) -> None:
    if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar():
        connection.execute(text(f"CREATE ROLE {_q(connection, role)} {options}"))


def _policy(connection: Connection, table: str, role: str, using: str) -> None:
    """A RESTRICTIVE policy: ANDed with the table's others, so the client's scope holds whatever else is allowed."""
    t = _q(connection, table)
    connection.execute(text(f"DROP POLICY IF EXISTS web_client_scope ON {t}"))
    connection.execute(text(f"CREATE POLICY web_client_scope ON {t} AS RESTRICTIVE FOR SELECT "
                            f"TO {_q(connection, role)} USING ({using})"))


def _open_reference(connection: Connection, table: str) -> None:
    # Reference tables had no row-level security: turning it on needs a policy that keeps them readable to all.
    t = _q(connection, table)
    connection.execute(text(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"DROP POLICY IF EXISTS web_all ON {t}"))
    connection.execute(text(f"CREATE POLICY web_all ON {t} FOR SELECT USING (true)"))


def install_web(connection: Connection, prefix: str, readers: str, writer: str) -> None:
    """Called by central_setup.install once the facts' roles exist; ``writer`` is the WEB station's role."""
    WEB.create_all(connection)
    for statement in INDEXES:
        connection.execute(text(statement))
    clients, signin, login = client_role(prefix), signin_role(prefix), login_role(prefix)
    _role(connection, clients, "NOLOGIN")
    _role(connection, signin, "NOLOGIN")
    _role(connection, login, "LOGIN NOINHERIT")
    q = {name: _q(connection, name) for name in (clients, signin, login, readers, writer)}
    schema = _q(connection, str(connection.execute(text("SELECT current_schema()")).scalar()))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {q[clients]}, {q[signin]}, {q[writer]}"))
    for member in (readers, clients, signin, writer):
        connection.execute(text(f"GRANT {q[member]} TO {q[login]}"))
    # Signing in: the password hashes and the failures, nothing of the warehouse's data.
    connection.execute(text(f"GRANT SELECT ON web_accounts, web_account_brands, web_signin_failures, "
                            f"web_signin_clears TO {q[signin]}"))
    connection.execute(text(f"GRANT INSERT ON web_signin_failures, web_signin_clears TO {q[signin]}"))
    connection.execute(text(f"GRANT USAGE ON SEQUENCE web_signin_failures_id_seq, web_signin_clears_id_seq "
                            f"TO {q[signin]}"))
    connection.execute(text(f"GRANT SELECT (id, name, role, active, language) ON users TO {q[signin]}"))
    connection.execute(text(f"GRANT SELECT ON users, web_product_brands, drafts TO {q[readers]}"))
    # The lead's review goes in as the WEB station; its audit event checks no install is restoring the chain.
    connection.execute(text(f"GRANT SELECT ON sync_state TO {q[writer]}"))
    # A client: its own brands, the products, RMAs and inspections of those brands, and what hangs on them.
    for table in ("web_account_brands", "web_product_brands"):
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"DROP POLICY IF EXISTS web_all ON {table}"))
        connection.execute(text(f"CREATE POLICY web_all ON {table} FOR SELECT USING (true)"))
    _policy(connection, "web_account_brands", clients, f"badge = {_CLIENT}")
    _policy(connection, "web_product_brands", clients, "brand IN (SELECT a.brand FROM web_account_brands a)")
    connection.execute(text(f"GRANT SELECT ON web_account_brands, web_product_brands TO {q[clients]}"))
    own_skus = "sku IN (SELECT b.sku FROM web_product_brands b)"
    for fact in tables.fact_tables():
        name = fact.name
        if name == "inspections":
            using = own_skus
        elif "inspection_id" in fact.table.c:
            using = "EXISTS (SELECT 1 FROM inspections i WHERE i.id = inspection_id)"
        else:
            using = "false"  # containers, sign-ins, the audit chain: the warehouse's own business
        _policy(connection, name, clients, using)
        connection.execute(text(f"GRANT SELECT ON {_q(connection, name)} TO {q[clients]}"))
    scoped = {
        "products": own_skus,
        "rma_lines": own_skus,
        "return_authorizations": "EXISTS (SELECT 1 FROM rma_lines l WHERE l.rma_number = "
                                 "return_authorizations.rma_number)",
        "shop_notices": "EXISTS (SELECT 1 FROM inspections i WHERE i.id = inspection_id)",
        # Empty on the central, but the evidence view looks there for photos still in a draft (station code).
        "drafts": "false",
    }
    for name, using in scoped.items():
        _open_reference(connection, name)
        _policy(connection, name, clients, using)
        connection.execute(text(f"GRANT SELECT ON {_q(connection, name)} TO {q[clients]}"))
    connection.execute(text(f"GRANT SELECT ON checklist_templates, grading_rules TO {q[clients]}"))
    # Names only: a client never reads a PIN hash or a badge.
    connection.execute(text(f"GRANT SELECT (id, name) ON users TO {q[clients]}"))
    connection.execute(text(f"GRANT SELECT ON sync_photo_blobs TO {q[clients]}"))
    _policy(connection, "sync_photo_blobs", clients,
            "EXISTS (SELECT 1 FROM photos p WHERE p.sha256 = sync_photo_blobs.sha256)")
