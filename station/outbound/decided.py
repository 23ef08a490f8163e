"""What a shop acts on: the item's outcome when the shop is told, and no word before a lead has decided.

An `inspection.completed` event says what the inspector found, and a webhook receiver gets it as it was (the
`outcome.changed` events that follow tell it the rest). A shop, a WooCommerce refund and the customer's mail act
once: Shopify closes the return, so a later `outcome.changed` can no longer reach it. So, for those destinations:
- the outcome they act on is the current one as the central knows it when the delivery is sent (a lead's regrade
  or a refurb re-grade that arrived in the same sync, or before the relay got to it, wins over the inspector's);
- the refund they act on is the one recorded with that decision (the same policy rule applied to the decided
  grade), so the shop refunds and the customer's mail says what the item is worth as decided;
- an inspection flagged for a lead (any flag at completion, as the station's put-away reads it: the item waits in
  the quarantine cage) is not sent before a lead's review or a refurb re-grade exists for it. The delivery stays
  waiting without an attempt counted, so it never runs into the give-up time, and goes at the next pass after the
  decision arrives.

Both are SQL fragments of the relay's claim, so a pass costs no extra round trip per delivery.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from station.outbound.config import Destinations, EmailDestination, ShopifyDestination, WooCommerceDestination

# Destinations that act on the outcome once and for good; webhooks receive every event as it was made.
ACTING_KINDS = (ShopifyDestination, WooCommerceDestination, EmailDestination)
DECISION_TABLES = ("reviews", "refurb_outcomes")


def acting_destinations(config: Destinations) -> list[str]:
    return [d.name for d in config.destinations if d.active and isinstance(d, ACTING_KINDS)]


def decision_tables(connection: Connection) -> list[str]:
    """The decision tables this central has (an area not installed yet has none)."""
    return [t for t in DECISION_TABLES
            if connection.execute(text("SELECT to_regclass(:t)"), {"t": t}).scalar() is not None]


def _decisions(tables: list[str]) -> str:
    return " UNION ALL ".join(f"SELECT x.id, x.grade, x.disposition, x.decided_at FROM {t} x "
                              f"WHERE x.inspection_id = e.inspection_id" for t in tables)


def held_sql(tables: list[str]) -> str:
    """True for a delivery that waits for a lead: to an acting destination (``:acting``), an inspection's
    completion with flags, and no decision on it yet."""
    if not tables:  # a central where no decision can arrive: nothing to wait for
        return "false"
    return (f"(e.type = 'inspection.completed' AND d.destination = ANY(:acting) "
            f"AND coalesce(e.payload->'data'->'flags', '[]'::jsonb) <> '[]'::jsonb "
            f"AND NOT EXISTS ({_decisions(tables)}))")


# The refund the station recorded with a decision, in the completion payload's own shape.
_DECISION_REFUND = ("(SELECT jsonb_build_object('settlement', f.settlement, 'price', f.price::text, "
                    "'fee', f.fee::text, 'amount', f.amount::text, 'policy_version', f.policy_version) "
                    "FROM decision_refunds f WHERE f.decision_id = v.id)")


def has_decision_refunds(connection: Connection) -> bool:
    return connection.execute(text("SELECT to_regclass('decision_refunds')")).scalar() is not None


def current_sql(tables: list[str], refunds: bool = False) -> str:
    """The latest decision's grade, disposition and, with ``refunds``, the refund recorded for it (JSON; refund
    NULL for a decision recorded without one) for an acting destination's completion, else NULL."""
    if not tables:
        return "NULL::jsonb"
    refund = _DECISION_REFUND if refunds else "NULL::jsonb"
    return (f"CASE WHEN e.type = 'inspection.completed' AND d.destination = ANY(:acting) THEN "
            f"(SELECT jsonb_build_object('grade', v.grade, 'disposition', v.disposition, 'refund', {refund}) "
            f"FROM ({_decisions(tables)}) v ORDER BY v.decided_at DESC, v.id DESC LIMIT 1) END")
