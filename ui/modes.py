"""The modes of the main window (Inspect, Review, Refurb, Dashboard, Admin): who may use each, and its page.

A mode's page is a `ModePage` built as `PageClass(ctx, runner)` the first time it is opened; the window talks
to it only through that class's methods and signals. Add a mode with one line below.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from station.people import UserSummary


class ModePageApi(Protocol):
    """What the main window may call on a mode's page, and all it may call: it never reaches into a page's
    widgets. `ModePage` below gives every call a do-nothing default."""

    frame_provider: Callable[[], Any] | None  # the station camera's latest frame, set by the window

    def begin(self, user: UserSummary) -> None: ...  # the mode is shown (again) to this person
    def end(self) -> None: ...  # sign-out, or the page is about to be rebuilt in another language
    def hints(self) -> str: ...  # the keys for what the page shows now, printed under it
    def handle_scan(self, text: str, source: str) -> None: ...  # scanner and typed scans while shown
    def camera_codes(self, codes: list[Any]) -> None: ...  # codes the camera decoded while shown
    def set_preview(self, image: QImage) -> None: ...  # the camera's live picture while shown


class ModePage(QWidget):
    """Base of the mode pages. Its signals tell the window what to show around the page: `hints_changed` when
    the keys under the page changed, `problem(text)` for a message that belongs in the dock's flash bar."""

    hints_changed = Signal()
    problem = Signal(str)

    frame_provider: Callable[[], Any] | None = None

    def begin(self, user: UserSummary) -> None:
        pass

    def end(self) -> None:
        pass

    def hints(self) -> str:
        return ""

    def handle_scan(self, text: str, source: str = "scanner") -> None:
        pass

    def camera_codes(self, codes: list[Any]) -> None:
        pass

    def set_preview(self, image: QImage) -> None:
        pass


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
    # The dock's mode: admins set the station up and have no put-away to do (and their mode bar is full).
    Mode("containers", _mark("Containers"), "ui.containers.page:ContainersPage",
         frozenset({"inspector", "lead", "refurb"}), "F7"),
)


def modes_for(role: str) -> list[Mode]:
    return [mode for mode in MODES if role in mode.roles]


def default_mode(role: str) -> Mode:
    """Where a person starts after signing in: the first mode listed for their role."""
    preferred = {"lead": "review", "refurb": "refurb", "admin": "inspect"}.get(role, "inspect")
    allowed = modes_for(role)
    return next((m for m in allowed if m.key == preferred), allowed[0] if allowed else MODES[0])
