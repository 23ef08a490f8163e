"""The modes of the main window (Inspect, Review, Refurb, Dashboard, Admin): who may use each, and its page.

A mode's page is a QWidget built as `PageClass(ctx, runner)` the first time it is opened. It may have
`begin(user)` (called each time the mode is shown), `end()` (sign-out), `handle_scan(text, source)` (scanner
and typed scans while the mode is shown) and `camera_codes(codes)`. Add a mode with one line below.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Mode:
    key: str
    title: str  # English source; shown through translate("modes", title)
    page: str  # "module:Class"
    roles: frozenset[str]
    shortcut: str  # e.g. "F2"

    def label(self) -> str:
        return QCoreApplication.translate("modes", self.title)

    def page_class(self) -> type:
        module, _, name = self.page.partition(":")
        return getattr(importlib.import_module(module), name)


def _mark(text: str) -> str:
    # Marks the literal for pyside6-lupdate (context "modes") while keeping the English source.
    return QCoreApplication.translate("modes", text) and text


MODES: tuple[Mode, ...] = (
    Mode("inspect", _mark("Inspect"), "ui.inspect.page:InspectPage",
         frozenset({"inspector", "lead", "refurb", "admin"}), "F2"),
    Mode("review", _mark("Review"), "ui.review.page:ReviewPage", frozenset({"lead", "admin"}), "F3"),
    Mode("refurb", _mark("Refurb"), "ui.refurb.page:RefurbPage", frozenset({"refurb", "lead", "admin"}), "F4"),
    Mode("dashboard", _mark("Dashboard"), "ui.dashboard.page:DashboardPage", frozenset({"lead", "admin"}), "F5"),
    Mode("admin", _mark("Admin"), "ui.admin.page:AdminPage", frozenset({"admin"}), "F6"),
    Mode("containers", _mark("Containers"), "ui.containers.page:ContainersPage",
         frozenset({"inspector", "lead", "refurb", "admin"}), "F7"),
)


def modes_for(role: str) -> list[Mode]:
    return [mode for mode in MODES if role in mode.roles]


def default_mode(role: str) -> Mode:
    """Where a person starts after signing in: the first mode listed for their role."""
    preferred = {"lead": "review", "refurb": "refurb", "admin": "inspect"}.get(role, "inspect")
    allowed = modes_for(role)
    return next((m for m in allowed if m.key == preferred), allowed[0] if allowed else MODES[0])
