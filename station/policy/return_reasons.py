"""The shop's return reasons in words each reader sees in their language; a customer's own words stay as typed."""

from __future__ import annotations

from station.text import Text, _

# The shop's reason codes and the standard phrases its RMAs carry, by their plain key.
_KNOWN: dict[str, Text] = {
    "changed_my_mind": _("Changed my mind"),
    "changed_mind": _("Changed my mind"),
    "not_as_described": _("Not as described"),
    "arrived_damaged": _("Arrived damaged"),
    "damaged": _("Arrived damaged"),
    "wrong_size": _("Wrong size"),
    "unopened_no_longer_needed": _("Unopened, no longer needed"),
    "no_longer_needed": _("Unopened, no longer needed"),
    "wrong_item_sent": _("Wrong item sent"),
    "wrong_item": _("Wrong item sent"),
    "does_not_work": _("Does not work"),
    "defective": _("Does not work"),
}


def _key(reason: str) -> str:
    kept = "".join(c if c.isalnum() else " " for c in reason.lower())
    return "_".join(kept.split())


def return_reason(reason: str | None) -> Text | None:
    """A known reason (code or standard phrase) as translatable text; anything else exactly as the customer wrote."""
    if reason is None or not reason.strip():
        return None
    # "{words}" is no catalog entry: free text is never looked up, so it is never "translated" by accident.
    return _KNOWN.get(_key(reason)) or Text("{words}", {"words": reason.strip()})
