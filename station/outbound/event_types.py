"""The event types the central database emits: one line each, naming the fact table, when and what it says.

Each type's payload is built inside PostgreSQL by its query in ``payload_sql.py``, for all the transaction's new
facts at once, at the commit of the transaction that stored them, so the photos and the refund recommendation
pushed in the same batch are in it (station/outbound/store.py). Its public contract is
``docs/events/<type>.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str  # what receivers see in "type"
    version: int  # the payload's schema version; raised when a field changes meaning or goes
    table: str  # the fact table whose new row makes the event
    when: str | None = None  # a condition on NEW, as SQL: no event when it is false

    # The names of the per-fact functions and trigger that made this type's events before (dropped on upgrade).
    @property
    def function(self) -> str:
        return f"outbound_data_{self.table}_{self.name.replace('.', '_')}"

    @property
    def emitter(self) -> str:
        return f"outbound_emit_{self.table}_{self.name.replace('.', '_')}"

    @property
    def trigger(self) -> str:
        return "outbound_" + self.name.replace(".", "_")


EVENT_TYPES: tuple[EventType, ...] = (
    EventType("inspection.completed", 1, "inspections"),
    EventType("item.received_unexpectedly", 1, "inspections", "NEW.unexpected"),
    # An approval keeps the outcome: only a regrade that changes it is news for the shop.
    EventType("outcome.changed", 1, "reviews", "(NEW.grade, NEW.disposition) IS DISTINCT FROM "
                                               "(NEW.previous_grade, NEW.previous_disposition)"),
    EventType("outcome.changed", 1, "refurb_outcomes"),
    EventType("container.closed", 1, "container_closes"),
)


def names() -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.name for t in EVENT_TYPES))
