"""After Complete: where the item goes, in big type, and the confirm scan of its container; the calls behind it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from station.context import StationContext
from station.scan.label import parse_label
from station.services import putaway, scans
from station.services.identify import RmaLineView, identify
from ui.i18n import render
from ui.widgets import titled


@dataclass(frozen=True)
class AfterComplete:
    """What the grade screen shows once the inspection is saved: the plan, and what was done for it already."""

    plan: putaway.PutAway
    item_label: Path | None = None  # the item's own label, written for the printer
    print_as: str = "off"  # the station prints that label at once: "pdf", "zpl", or "off" (only written)
    placed: putaway.Placed | None = None  # placed at once: this warehouse does not confirm by scan
    files: list[Path] = field(default_factory=list)  # a container's label and manifest, when it closed full
    lines_left: list[RmaLineView] = field(default_factory=list)  # the RMA's lines still to inspect


@dataclass(frozen=True)
class PlacementScan:
    """A scan while an item waits to be placed: another return label (ask first), or the container's answer."""

    outcome: str  # "other_label" | "badge" | "answered"
    placed: putaway.Placed | None = None
    files: list[Path] = field(default_factory=list)


def print_folders(ctx: StationContext) -> tuple[Path, Path]:
    """Where item labels and full containers' labels and manifests are written when no printer takes them."""
    return ctx.data_dir / "item-labels", ctx.data_dir / "containers"


def _closed_files(ctx: StationContext, code: str) -> list[Path]:
    folder = print_folders(ctx)[1]
    folder.mkdir(parents=True, exist_ok=True)
    return [putaway.container_label(ctx, code, folder / f"{code}-label.pdf"),
            putaway.container_label(ctx, code, folder / f"{code}-label.zpl", zpl=True),
            putaway.container_manifest(ctx, code, folder / f"{code}-manifest.pdf"),
            putaway.container_manifest(ctx, code, folder / f"{code}-manifest.csv")]


def after_complete(ctx: StationContext, inspection_id: uuid.UUID, user_id: uuid.UUID | None,
                   label_text: str | None = None) -> AfterComplete:
    """Runs in the background right after Complete: the put-away plan, the item label, the placement if no scan,
    and the lines of the same RMA still to inspect."""
    plan = putaway.put_away_for(ctx, inspection_id)
    left = [line for line in identify(ctx, label_text).lines if not line.fully_inspected] if label_text else []
    label = None
    # A station that prints item labels writes the one its printer takes; otherwise the rules' format is kept
    # on file for whoever prints it later.
    print_as = ctx.settings.item_label_print
    size = {"pdf": "4x6", "zpl": "zpl"}.get(print_as, plan.item_label)
    if size != "none":
        folder = print_folders(ctx)[0]
        folder.mkdir(parents=True, exist_ok=True)
        suffix = ".zpl" if size == "zpl" else ".pdf"
        label = putaway.item_label(ctx, inspection_id, folder / f"{inspection_id}{suffix}", size)
    if plan.confirm_scan or plan.placed_in is not None:
        return AfterComplete(plan, label, print_as=print_as, lines_left=left)
    placed = putaway.confirm_placement(ctx, inspection_id, None, user_id)
    files = _closed_files(ctx, placed.container_code) if placed.closed and placed.container_code else []
    return AfterComplete(plan, label, print_as, placed, files, left)


def waiting_plan(ctx: StationContext) -> putaway.PutAway | None:
    """Runs in the background at sign-in: the oldest item inspected here and never placed, with where it goes."""
    waiting = putaway.waiting_items(ctx, limit=1)
    return putaway.put_away_for(ctx, waiting[0].inspection_id) if waiting else None


def placement_scan(ctx: StationContext, inspection_id: uuid.UUID, text: str, user_id: uuid.UUID | None
                   ) -> PlacementScan:
    """Runs in the background: a scan while the item waits; a container's barcode is the confirm scan."""
    if putaway.read_scan(ctx, text).kind == "unknown":
        label = parse_label(text, rma_pattern=ctx.settings.rma_pattern)
        if label.kind in ("rma", "tracking") or label.rma:
            return PlacementScan("other_label")
        if scans.is_badge(ctx, text):
            return PlacementScan("badge")
    placed = putaway.confirm_placement(ctx, inspection_id, text, user_id)
    files = _closed_files(ctx, placed.container_code) if placed.closed and placed.container_code else []
    return PlacementScan("answered", placed, files)


class PutAwayView(QWidget):
    """The item in the inspector's hands and where it goes; the next scan is the container's barcode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: putaway.PutAway | None = None
        layout = QVBoxLayout(self)
        self.done = titled("", "subtitle")
        self.done.setObjectName("putawayDone")
        self.done.setWordWrap(True)
        layout.addWidget(self.done)
        self.headline = titled("", "title")
        self.headline.setObjectName("putawayHeadline")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.prompt = titled(self.tr("Scan the container's barcode to confirm."), "hint")
        self.prompt.setObjectName("putawayPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.message = titled("", "message")
        self.message.setObjectName("putawayMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.files = titled("", "hint")
        self.files.setObjectName("putawayFiles")
        self.files.setWordWrap(True)
        layout.addWidget(self.files)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_plan(self, plan: putaway.PutAway, done_text: str = "") -> None:
        self.plan = plan
        self.done.setText(done_text)
        self.done.setVisible(bool(done_text))
        self.headline.setText(render(plan.headline))
        self.show_message("")
        self.files.clear()

    def show_message(self, text: str, state: str = "info") -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def show_error(self, text: str) -> None:
        self.show_message(text, "bad")

    def show_files(self, text: str) -> None:
        self.files.setText(text)
