"""Work put aside at Inspect: inspections left open and items graded but not yet placed, and a tray to resume one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station.context import StationContext
from station.services import inspect as inspection
from station.services import putaway
from ui.widgets import titled


@dataclass(frozen=True)
class AsideEntry:
    kind: str  # "draft": an inspection left open; "waiting": graded, waiting to be placed
    id: uuid.UUID  # the draft's id, or the inspection's
    text: str  # what the tray shows for it (the product, the RMA line, the SKU)


def aside_entries(ctx: StationContext, user_id: uuid.UUID, open_id: uuid.UUID | None = None) -> list[AsideEntry]:
    """Runs in the background: this person's open inspections, then the items inspected at this station and never
    placed; the one on screen (`open_id`, a draft or an item waiting) is not aside."""
    entries = []
    for draft in inspection.open_drafts(ctx, user_id):
        if draft.id == open_id:
            continue
        where = f" · {draft.line.rma_number}/{draft.line.line_no}" if draft.line is not None else ""
        entries.append(AsideEntry("draft", draft.id, f"{draft.product.name}{where}"))
    for item in putaway.waiting_items(ctx):
        if item.inspection_id == open_id:
            continue
        entries.append(AsideEntry("waiting", item.inspection_id, item.sku or ""))
    return entries


class AsideTray(QDialog):
    """The list of work put aside: digits or arrows pick a line, Enter resumes it, Esc closes."""

    def __init__(self, entries: list[AsideEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("asideTray")
        self.setWindowTitle(self.tr("Put aside"))
        self.entries = entries
        self.chosen: AsideEntry | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(titled(self.tr("Put aside ({n})").format(n=len(entries)), "title"))
        self.list = QListWidget(self)
        self.list.setObjectName("asideList")
        for index, entry in enumerate(entries):
            what = (self.tr("open inspection") if entry.kind == "draft" else self.tr("waiting to be placed"))
            number = f"{index + 1}  " if index < 9 else ""
            self.list.addItem(QListWidgetItem(f"{number}{entry.text} — {what}"))
        if entries:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        layout.addWidget(titled(self.tr("1–9 pick · Enter: resume · Esc: close"), "hint"))
        self.list.itemActivated.connect(lambda _item: self._resume())
        self.resize(720, 420)

    def _resume(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self.chosen = self.entries[row]
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(self.entries):
            self.list.setCurrentRow(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._resume()
        else:
            super().keyPressEvent(event)
