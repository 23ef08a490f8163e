"""The refurb queue on screen: oldest first, a category filter, a scan field, open and batch slip printing."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.services.refurb import QueueItem, RefurbQueuePage
from ui.review.decide_panel import dock_sized
from ui.translations import ltr
from ui.widgets import BigButton, titled

# Rows read at a time: a year holds thousands waiting, and filling every row stalled the window; the oldest come
# first and a category narrows.
PAGE = 200


class QueueView(QWidget):
    more_wanted = Signal(int)  # the next page is asked for from this offset
    submitted = Signal(str)  # typed scan
    open_item = Signal(object)  # uuid
    print_selected = Signal(list)  # [uuid]
    category_changed = Signal(object)  # str or None

    def __init__(self, categories: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._total = 0
        self._asked_more = False
        self.page_size = PAGE
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = titled(self.tr("Refurb queue"), "title")
        top.addWidget(self.title, 1)
        self.category = QComboBox(self)
        self.category.setObjectName("refurbCategory")
        dock_sized(self.category)
        self.category.addItem(self.tr("All categories"), None)
        for category in categories:
            self.category.addItem(category.replace("_", " ").capitalize(), category)
        self.category.currentIndexChanged.connect(lambda _i: self.category_changed.emit(self.category.currentData()))
        top.addWidget(self.category)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.setObjectName("refurbScanEntry")
        self.entry.setPlaceholderText(self.tr("Scan the slip's QR code or the item's label, or type it"))
        self.entry.returnPressed.connect(self._submit)
        self.entry.installEventFilter(self)  # ↑/↓ choose in the list while the scan field keeps the keys
        row.addWidget(self.entry, 3)
        find = BigButton(self.tr("Find (Enter)"), "primary")
        find.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        find.clicked.connect(self._submit)
        row.addWidget(find, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("refurbQueue")
        self.table.setHorizontalHeaderLabels([self.tr("Waiting since"), self.tr("Item"), self.tr("SKU"),
                                              self.tr("Grade"), self.tr("RMA"), self.tr("Work")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)  # rows big enough for a gloved finger
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.note = titled("", "hint")
        self.note.setObjectName("refurbQueueNote")
        layout.addWidget(self.note)
        self.message = titled("", "message")
        self.message.setObjectName("refurbMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.open_button = BigButton(self.tr("Open (Enter)"), "primary")
        self.open_button.setObjectName("refurbOpen")
        self.open_button.clicked.connect(self._open_current)
        buttons.addWidget(self.open_button, 2)
        self.print_button = BigButton(self.tr("Print slips of the selection (Ctrl+P)"))
        self.print_button.setObjectName("refurbPrintSelection")
        self.print_button.clicked.connect(lambda: self.print_selected.emit(self.selected_ids()))
        buttons.addWidget(self.print_button, 1)
        self.reprint_reason = QLineEdit(self)
        self.reprint_reason.setObjectName("refurbBatchReprintReason")
        self.reprint_reason.setPlaceholderText(self.tr("Reason, if printed before"))
        buttons.addWidget(self.reprint_reason, 1)
        for button in (self.open_button, self.print_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_button.click,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addLayout(buttons)

    @property
    def shown(self) -> int:
        return len(self._items)

    @property
    def more_waiting(self) -> bool:
        return len(self._items) < self._total

    def show_page(self, page: RefurbQueuePage) -> None:
        self.show_items(page.items, page.total)

    def add_page(self, page: RefurbQueuePage) -> None:
        """The next page asked for with ↓ at the end: its rows follow and the first of them is chosen."""
        self._asked_more = False
        if page.offset != len(self._items) or not page.items:
            return  # the category changed meanwhile: the queue is read again anyway
        first = len(self._items)
        self._items = self._items + page.items
        self._total = page.total
        self._add_rows(page.items, first)
        self._show_counts()
        self.table.selectRow(first)

    def show_items(self, items: list[QueueItem], total: int | None = None) -> None:
        chosen = set(self.selected_ids())
        self._items = items
        self._total = len(items) if total is None else total
        self._asked_more = False
        self.table.setRowCount(0)
        self._add_rows(items, 0)
        self._show_counts()
        # Refilled cells lose their selection: choose again what was chosen, else the oldest, so Enter opens it.
        self.table.clearSelection()
        rows = [row for row, item in enumerate(items) if item.inspection_id in chosen] or ([0] if items else [])
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            self.table.selectionModel().select(self.table.model().index(row, 0), flags)

    def _show_counts(self) -> None:
        self.title.setText(self.tr("Refurb queue: %n item(s)", "", self._total))
        self.note.setText(self.tr("First %n shown — narrow with the category, or ↓ at the end for more", "",
                                  len(self._items)) if self.more_waiting else "")
        self.note.setVisible(self.more_waiting)

    def _add_rows(self, items: list[QueueItem], first: int) -> None:
        self.table.setRowCount(first + len(items))
        for row, item in enumerate(items, start=first):
            # The date and time keep their order inside a right-to-left table.
            cells = [ltr(item.waiting_since.astimezone().strftime("%Y-%m-%d %H:%M")), item.item_name, item.sku,
                     item.grade, item.rma or "—", str(item.work_count)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, str(item.inspection_id))
                self.table.setItem(row, column, cell)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self._items[row].inspection_id for row in rows if row < len(self._items)]

    def show_message(self, text: str, state: str = "") -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _submit(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.submitted.emit(text)
        else:
            self._open_current()

    def _open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_item.emit(ids[0])

    def _at_end_wants_more(self, watched: QObject, event: QEvent) -> bool:
        """↓ or PgDn on the last row (in the list, or from the scan field) reads the next page."""
        if watched not in (self.entry, self.table) or not isinstance(event, QKeyEvent) \
                or event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            return False
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        last = rows[-1] if rows else self.table.currentRow()
        if not self.more_waiting or last != len(self._items) - 1:
            return False
        if not self._asked_more:
            self._asked_more = True
            self.more_wanted.emit(len(self._items))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._at_end_wants_more(watched, event):
            return True
        if watched is self.entry and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and self._items:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                rows = sorted({index.row() for index in self.table.selectedIndexes()}) or [0]
                step = -1 if key == Qt.Key.Key_Up else 1
                self.table.selectRow(max(0, min(len(self._items) - 1, rows[0] + step)))
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
        else:
            super().keyPressEvent(event)
