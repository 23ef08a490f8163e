"""The leads' queue: filters, counts per reason (each a filter button), the inspections oldest first."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.services.review import QueueFilter, ReviewQueue
from ui.i18n import render
from ui.outcome_display import disposition_name
from ui.review.decide_panel import dock_sized
from ui.widgets import titled

ANY_DATE = QDate(2000, 1, 1)
# Rows asked for at a time: a year's open queue holds thousands, and filling and sizing every row of them stalled
# the window for seconds; a lead works from the top and narrows with the filters.
PAGE = 200  # the default of QueuePanel.page_size


def age_text(moment: datetime, now: datetime | None = None) -> str:
    minutes = max(0, int(((now or datetime.now(UTC)) - moment).total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("QueuePanel", "{n} min").format(n=minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("QueuePanel", "{n} h").format(n=minutes // 60)
    return QCoreApplication.translate("QueuePanel", "{n} d").format(n=minutes // (24 * 60))


class QueuePanel(QWidget):
    filters_changed = Signal()
    chosen = Signal(object)  # inspection id
    more_wanted = Signal(int)  # the next page is asked for from this offset

    def __init__(self, grades: tuple[str, ...], dispositions: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self._queue: ReviewQueue | None = None
        self._items: list = []  # the rows shown: the pages read so far
        self._asked_more = False
        self.page_size = PAGE
        self._reason: str | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = titled(self.tr("Review queue"), "subtitle")
        layout.addWidget(self.heading)
        # Filters in two columns, each saying what it filters ("Any station"), so no labels are needed.
        grid = QGridLayout()
        grid.setSpacing(4)
        self.status = QComboBox(self)
        self.status.setObjectName("queueStatus")
        for text, value in ((self.tr("Waiting for a lead"), "open"), (self.tr("Decided"), "decided"),
                            (self.tr("All"), "all")):
            self.status.addItem(text, value)
        self.order = QComboBox(self)
        self.order.setObjectName("queueOrder")
        self.order.addItem(self.tr("Oldest first"), False)
        self.order.addItem(self.tr("Newest first"), True)
        self.station = self._combo("queueStation", self.tr("Any station"))
        self.inspector = self._combo("queueInspector", self.tr("Any inspector"))
        self.category = self._combo("queueCategory", self.tr("Any category"))
        self.grade = self._combo("queueGrade", self.tr("Any grade"))
        for grade in grades:
            self.grade.addItem(self.tr("Grade {grade}").format(grade=grade), grade)
        self.disposition = self._combo("queueDisposition", self.tr("Any disposition"))
        for disposition in dispositions:
            self.disposition.addItem(disposition_name(disposition), disposition)
        self.since = self._date("queueSince", self.tr("From any day"))
        self.until = self._date("queueUntil", self.tr("To any day"))
        for position, widget in enumerate((self.status, self.order, self.station, self.inspector, self.category,
                                           self.grade, self.disposition, QWidget(self), self.since, self.until)):
            grid.addWidget(widget, position // 2, position % 2)
        layout.addLayout(grid)
        for combo in (self.status, self.station, self.inspector, self.category, self.grade, self.disposition,
                      self.order):
            dock_sized(combo)
            combo.currentIndexChanged.connect(self._changed)
        self.since.dateChanged.connect(self._changed)
        self.until.dateChanged.connect(self._changed)
        self.reasons = QGridLayout()
        self.reasons.setSpacing(4)
        self._reason_buttons: list[QPushButton] = []
        layout.addLayout(self.reasons)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("queueTable")
        self.table.setHorizontalHeaderLabels([self.tr("Age"), self.tr("Item"), self.tr("Outcome"), self.tr("Why")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.summary = titled("", "hint")
        self.summary.setObjectName("queueSummary")
        layout.addWidget(self.summary)

    def _combo(self, name: str, anything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(anything, None)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _date(self, name: str, anything: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(anything)
        edit.setDate(ANY_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _changed(self) -> None:
        if not self._filling:
            self.filters_changed.emit()

    def filters(self) -> QueueFilter:
        def day(edit: QDateEdit):
            return None if edit.date() == ANY_DATE else edit.date().toPython()

        return QueueFilter(station=self.station.currentData(), inspector_id=self.inspector.currentData(),
                           category=self.category.currentData(), grade=self.grade.currentData(),
                           disposition=self.disposition.currentData(), since=day(self.since), until=day(self.until),
                           reason=self._reason, status=self.status.currentData(),
                           newest_first=bool(self.order.currentData()))

    def set_reason(self, kind: str | None) -> None:
        self._reason = kind
        self.filters_changed.emit()

    @property
    def current_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._queue is None:
            return None
        return self._items[rows[0].row()].inspection_id

    @property
    def shown(self) -> int:
        return len(self._items)

    @property
    def more_waiting(self) -> bool:
        return self._queue is not None and len(self._items) < self._queue.matching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ↓ or PgDn on the last row reads the next page, so the keyboard walks on past the first rows.
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)  # type: ignore[attr-defined]
                and self.table.currentRow() == self.table.rowCount() - 1 and self.more_waiting):
            if not self._asked_more:
                self._asked_more = True
                self.more_wanted.emit(len(self._items))
            return True
        return super().eventFilter(watched, event)

    def show_queue(self, queue: ReviewQueue, keep: uuid.UUID | None = None) -> None:
        self._filling = True
        self._queue = queue
        self._items = list(queue.items)
        self._asked_more = False
        self._refill(self.station, [(s, s) for s in queue.stations])
        self._refill(self.inspector, [(name, i) for i, name in queue.inspectors])
        self._refill(self.category, [(c, c) for c in queue.categories])
        self._show_reasons(queue)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        select_row = self._add_rows(queue.items, keep)
        if select_row >= 0:
            self.table.selectRow(select_row)
        else:  # the open inspection left this list (decided): no other row may look chosen
            self.table.clearSelection()
            # Nor be the keys' starting point: the next ↑ or ↓ chooses the first row.
            self.table.setCurrentIndex(self.table.model().index(-1, -1))
        self.table.blockSignals(False)
        self._show_summary()
        self._filling = False

    def add_page(self, queue: ReviewQueue) -> None:
        """The next page the lead asked for (↓ at the end): its rows follow, and the first of them is chosen."""
        self._asked_more = False
        if self._queue is None or queue.offset != len(self._items) or not queue.items:
            return  # the filters changed meanwhile: the whole queue is read again anyway
        self._queue = queue
        first = len(self._items)
        self._items += queue.items
        self._add_rows(queue.items, None)
        self._show_summary()
        self.table.selectRow(first)

    def _add_rows(self, items: list, keep: uuid.UUID | None) -> int:
        first = self.table.rowCount()
        self.table.setRowCount(first + len(items))
        now = datetime.now(UTC)
        select_row = -1
        for row, item in enumerate(items, start=first):
            cells = [age_text(item.completed_at, now), f"{item.product}\n{item.rma_number or '—'} · {item.inspector}",
                     f"{item.grade} · {disposition_name(item.disposition)}",
                     "\n".join(reason_name(r.kind) for r in item.reasons)]
            details = "\n".join([f"{item.station_id} · {item.inspection_id}",
                                  *("⚑ " + render(r.text) for r in item.reasons)])
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(details)
                self.table.setItem(row, column, cell)
            if item.inspection_id == keep:
                select_row = row
        for row in range(first, first + len(items)):  # only the new rows are sized
            self.table.resizeRowToContents(row)
        return select_row

    def _show_summary(self) -> None:
        if self._queue is None:
            return
        matching = self._queue.matching
        if len(self._items) < matching:
            self.summary.setText(self.tr("First %n of {total} — narrow with the filters, or ↓ at the end for more",
                                         "", len(self._items)).format(total=QLocale().toString(matching)))
        else:
            self.summary.setText(self.tr("%n inspection(s)", "", len(self._items)))

    def _refill(self, combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def _show_reasons(self, queue: ReviewQueue) -> None:
        for button in self._reason_buttons:
            self.reasons.removeWidget(button)
            button.deleteLater()
        self._reason_buttons = []
        entries: list[tuple[str | None, str]] = [(None, self.tr("All ({n})").format(n=queue.total))]
        entries += [(kind, f"{reason_name(kind)} ({n})") for kind, n in sorted(queue.counts.items())]
        for position, (kind, text) in enumerate(entries):
            button = QPushButton(text, self)
            button.setObjectName(f"reason-{kind or 'all'}")
            button.setProperty("role", "chip")
            button.setCheckable(True)
            button.setChecked(kind == self._reason)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=kind: self.set_reason(k))
            self.reasons.addWidget(button, position // 2, position % 2)
            self._reason_buttons.append(button)

    def _selected(self) -> None:
        chosen = self.current_id
        if chosen is not None:
            self.chosen.emit(chosen)

    def select_first(self) -> None:
        if self.table.rowCount():
            self.table.selectRow(0)

    def reason_counts(self) -> dict[str, int]:
        return dict(self._queue.counts) if self._queue else {}


def reason_name(kind: str) -> str:
    # One context for lupdate and for the lookup: widget.tr() here was collected as context "widget" and looked
    # up as "QueuePanel", so every chip stayed English in Hebrew and Russian.
    names = {
        "override": QCoreApplication.translate("ReviewReasons", "Inspector override"),
        "unexpected": QCoreApplication.translate("ReviewReasons", "Unexpected return"),
        "wrong_item": QCoreApplication.translate("ReviewReasons", "Wrong item"),
        "serial_mismatch": QCoreApplication.translate("ReviewReasons", "Serial mismatch"),
        "empty_box": QCoreApplication.translate("ReviewReasons", "Empty box"),
        "missing_item": QCoreApplication.translate("ReviewReasons", "Missing item"),
        "unsafe": QCoreApplication.translate("ReviewReasons", "Unsafe"),
        "account_locked": QCoreApplication.translate("ReviewReasons", "Account locked"),
        "high_value_dispose": QCoreApplication.translate("ReviewReasons", "High-value disposal"),
        "sample": QCoreApplication.translate("ReviewReasons", "Quality sample"),
        "photo_quality": QCoreApplication.translate("ReviewReasons", "Photo quality"),
        "reused_photo": QCoreApplication.translate("ReviewReasons", "Reused photo"),
        "wrong_item_hint": QCoreApplication.translate("ReviewReasons", "Wrong item hint"),
        "outside_window": QCoreApplication.translate("ReviewReasons", "Outside window"),
        "repeat_returner": QCoreApplication.translate("ReviewReasons", "Repeat returner"),
        "used_unopened": QCoreApplication.translate("ReviewReasons", "Used, sold as unopened"),
    }
    return names.get(kind, kind.replace("_", " ").capitalize())
