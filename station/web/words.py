"""The codes the database keeps (dispositions, roles, settlements, a container's move, a shop notice's state) as
the words a page shows, through the same translation files as the station: a Hebrew reader sees "חזרה למלאי", not
"restock". A code no list knows is shown as itself, readable ("return_to_vendor" -> "Return to vendor")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from station.grading.rules import disposition_label
from station.policy.refund import settlement_name
from station.text import Text, _

ROLES = {"inspector": _("Inspector"), "lead": _("Shift lead"), "refurb": _("Refurb"), "admin": _("Admin"),
         "client": _("Client")}
PLACEMENTS = {"placed": _("Put in"), "removed": _("Taken out")}
NOTICES = {"delivered": _("Told"), "waiting": _("Waiting to be sent"), "refused": _("The shop refused it")}


def _plain(code: str) -> Text:
    return _("{name}", name=code.replace("_", " ").capitalize())


KINDS: dict[str, Callable[[str], Text]] = {
    "disposition": disposition_label,
    "settlement": settlement_name,
    "role": lambda code: ROLES.get(code) or _plain(code),
    "placement": lambda code: PLACEMENTS.get(code) or _plain(code),
    "notice": lambda code: NOTICES.get(code) or _plain(code),
}


def word(kind: str, code: str | None) -> Text:
    """The word for one code of a kind (a key of KINDS)."""
    if not code:
        return Text("—")
    return KINDS[kind](code)


def words(kind: str, rows: Iterable[tuple[str, float]]) -> list[tuple[Text, float]]:
    """A chart's rows with their codes as words: (code, value) -> (word, value)."""
    return [(word(kind, code), value) for code, value in rows]
