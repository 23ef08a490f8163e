"""One item at the refurb desk: what it is and why, the work recorded so far, and the form for new work."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.services.refurb import MAX_MINUTES, RefurbItem, WorkRequest
from ui.i18n import render
from ui.widgets import BigButton, ImageView, scrolling, titled


class WorkView(QWidget):
    save_work = Signal(object)  # WorkRequest
    add_photo = Signal()
    regrade = Signal()
    print_slip = Signal(str)  # reprint reason ("" for a first print)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photos: list[Path] = []
        # Time spent starts as the minutes since the item was opened and counts on until the technician types
        # another value: a 0 that blocks Save costs an input on every item.
        self.clock: Callable[[], float] = time.monotonic
        self._opened_at = self.clock()
        self._minutes_typed = False
        self._minutes_tick = QTimer(self)
        self._minutes_tick.setInterval(30_000)
        self._minutes_tick.timeout.connect(self._count_minutes)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.name = titled("", "title")
        self.name.setObjectName("refurbItemName")
        left.addWidget(self.name)
        self.details = titled("", "hint")
        self.details.setObjectName("refurbItemDetails")
        left.addWidget(self.details)
        self.reasons = titled("", "reasons")
        self.reasons.setObjectName("refurbItemReasons")
        left.addWidget(self.reasons)
        self.image = ImageView(self.tr("No catalog image"))
        self.image.setMaximumHeight(200)
        left.addWidget(self.image)
        left.addWidget(titled(self.tr("Work so far"), "subtitle"))
        self.history = QListWidget(self)
        self.history.setObjectName("refurbHistory")
        self.history.setWordWrap(True)
        left.addWidget(self.history, 1)
        outer.addLayout(left, 2)

        form_box = QWidget(self)
        right = QVBoxLayout(form_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(titled(self.tr("Record the work"), "subtitle"))
        form = QFormLayout()
        self.work_done = QLineEdit(self)
        self.work_done.setObjectName("refurbWorkDone")
        self.work_done.setPlaceholderText(self.tr("What was done (required)"))
        form.addRow(self.tr("Work done"), self.work_done)
        self.parts = QLineEdit(self)
        self.parts.setObjectName("refurbParts")
        self.parts.setPlaceholderText(self.tr("Parts used, separated by commas"))
        form.addRow(self.tr("Parts"), self.parts)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("refurbMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self._setting_minutes = False
        form.addRow(self.tr("Time spent"), self.minutes)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("refurbNotes")
        self.notes.setPlaceholderText(self.tr("Notes for the next person (optional)"))
        self.notes.setMaximumHeight(90)
        form.addRow(self.tr("Notes"), self.notes)
        right.addLayout(form)
        photo_row = QHBoxLayout()
        self.photo_list = titled(self.tr("No photos after the work yet"), "hint")
        self.photo_list.setObjectName("refurbPhotos")
        photo_row.addWidget(self.photo_list, 2)
        add = BigButton(self.tr("Add photo after… (Ctrl+O)"))
        add.setObjectName("refurbAddPhoto")
        add.clicked.connect(self.add_photo)
        photo_row.addWidget(add, 1)
        right.addLayout(photo_row)
        self.error = titled("", "error")
        self.error.setObjectName("refurbError")
        right.addWidget(self.error)
        self.message = titled("", "message")
        self.message.setObjectName("refurbWorkMessage")
        right.addWidget(self.message)
        save = BigButton(self.tr("Save work (Ctrl+S)"), "primary")
        save.setObjectName("refurbSaveWork")
        save.clicked.connect(self._save)
        right.addWidget(save)
        self.regrade_button = BigButton(self.tr("Re-grade with the checklist (Ctrl+G)"))
        self.regrade_button.setObjectName("refurbRegrade")
        self.regrade_button.clicked.connect(self.regrade)
        right.addWidget(self.regrade_button)
        right.addStretch(1)
        slip_row = QHBoxLayout()
        self.print_button = BigButton(self.tr("Print slip (Ctrl+P)"))
        self.print_button.setObjectName("refurbPrintSlip")
        self.print_button.clicked.connect(lambda: self.print_slip.emit(self.reprint_reason.text()))
        slip_row.addWidget(self.print_button, 1)
        self.reprint_reason = QLineEdit(self)
        self.reprint_reason.setObjectName("refurbReprintReason")
        self.reprint_reason.setPlaceholderText(self.tr("Reason, if printed before"))
        slip_row.addWidget(self.reprint_reason, 1)
        right.addLayout(slip_row)
        back = BigButton(self.tr("Back to the queue (Esc)"))
        back.setObjectName("refurbBack")
        back.clicked.connect(self.back)
        right.addWidget(back)
        for button in (add, save, self.regrade_button, self.print_button, back):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The form scrolls when a longer language or a bigger font makes it taller than the screen.
        outer.addWidget(scrolling(form_box, self), 3)
        # Every button by keys, wherever the focus is in the form (the hints bar lists them).
        for keys, button in (("Ctrl+S", save), ("Ctrl+G", self.regrade_button), ("Ctrl+P", self.print_button),
                             ("Ctrl+O", add)):
            QShortcut(QKeySequence(keys), self, activated=lambda b=button: b.isEnabled() and b.click(),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def show_item(self, refurb: RefurbItem, clear_form: bool = True) -> None:
        item = refurb.item
        self.name.setText(item.item_name)
        self.details.setText(self.tr("Grade {grade} · SKU {sku} · serial {serial} · {rma} · slip {ref}").format(
            grade=item.grade, sku=item.sku, serial=item.serial or "—", rma=item.rma or self.tr("no RMA"),
            ref=item.short_reference))
        self.reasons.setText("\n".join("• " + render(reason) for reason in item.reasons))
        self.image.set_path(item.product_image)
        self.history.clear()
        for work in refurb.work:
            parts = ", ".join(work.parts) or "—"
            line = self.tr("{when} · {who} · {minutes} min\n{work} · parts: {parts}").format(
                when=work.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M"), who=work.technician,
                minutes=work.minutes, work=work.work_done, parts=parts)
            if work.photos:
                line += "\n" + self.tr("%n photo(s) after", "", len(work.photos))
            self.history.addItem(line)
        if not refurb.work:
            self.history.addItem(self.tr("No work recorded yet."))
        self.regrade_button.setEnabled(bool(refurb.work))
        if clear_form:
            self.work_done.clear()
            self.parts.clear()
            self._opened_at = self.clock()
            self._minutes_typed = False
            self._count_minutes()
            self._minutes_tick.start()
            self.notes.clear()
            self.reprint_reason.clear()
            self._photos = []
            self._show_photos()
        self.error.clear()
        self.message.clear()
        self.work_done.setFocus()

    def _count_minutes(self) -> None:
        if self._minutes_typed:
            self._minutes_tick.stop()
            return
        self._setting_minutes = True
        self.minutes.setValue(max(1, math.ceil((self.clock() - self._opened_at) / 60)))
        self._setting_minutes = False

    def _minutes_changed(self, _value: int) -> None:
        if not self._setting_minutes:
            self._minutes_typed = True

    def add_photo_file(self, path: Path) -> None:
        self._photos.append(path)
        self._show_photos()

    def _show_photos(self) -> None:
        if self._photos:
            self.photo_list.setText(", ".join(p.name for p in self._photos))
        else:
            self.photo_list.setText(self.tr("No photos after the work yet"))

    def show_error(self, text: str) -> None:
        self.message.clear()
        self.error.setText(text)

    def show_message(self, text: str, state: str = "good") -> None:
        self.error.clear()
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _save(self) -> None:
        self._count_minutes()
        parts = tuple(p.strip() for p in self.parts.text().split(",") if p.strip())
        self.save_work.emit(WorkRequest(self.work_done.text(), parts, self.minutes.value(),
                                        self.notes.toPlainText(), tuple(self._photos)))
