"""The first steps of an inspection: the scan prompt, what the label identified, the unexpected-return search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.policy.return_reasons import return_reason
from station.services.identify import Identification, ProductView, RmaLineView
from ui.i18n import render
from ui.widgets import BigButton, ImageView, titled


class ScanView(QWidget):
    """Waiting for the next label: camera preview, a field to type into, and the last result."""

    submitted = Signal(str)
    open_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(titled(self.tr("Scan the return label"), "title"))
        layout.addWidget(titled(self.tr("Hold the label under the camera, use the hand scanner, type the RMA "
                                        "number, or drop a photo of the label here."), "hint"))
        self.preview = ImageView(self.tr("No camera picture"))
        self.preview.setObjectName("cameraPreview")
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.setObjectName("scanEntry")
        self.entry.setPlaceholderText(self.tr("RMA number, SKU, GTIN or serial"))
        self.entry.returnPressed.connect(self._submit)
        row.addWidget(self.entry, 3)
        go = BigButton(self.tr("Find (Enter)"), "primary")
        go.clicked.connect(self._submit)
        row.addWidget(go, 1)
        from_file = BigButton(self.tr("Label photo…"))
        from_file.clicked.connect(self.open_file)
        row.addWidget(from_file, 1)
        layout.addLayout(row)
        self.message = titled("", "message")
        self.message.setObjectName("scanMessage")
        layout.addWidget(self.message)
        self.last = titled("", "last")
        self.last.setObjectName("lastResult")
        layout.addWidget(self.last)

    def _submit(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.submitted.emit(text)

    def show_message(self, text: str, state: str = "info") -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


def _info_form(rows: list[tuple[str, str]]) -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
    for label, value in rows:
        value_label = QLabel(value)
        value_label.setWordWrap(True)
        value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel(label), value_label)
    return form


def _clear(layout: QVBoxLayout | QFormLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())  # type: ignore[arg-type]


class IdentifyView(QWidget):
    """The RMA line with the catalog image, the stated reason and purchase date; choose a line and start."""

    start = Signal(object)  # RmaLineView
    open_inspection = Signal(object)  # uuid of the earlier inspection
    cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[RmaLineView] = []
        self._ident: Identification | None = None
        layout = QHBoxLayout(self)
        self.image = ImageView(self.tr("No catalog image"))
        self.image.setObjectName("catalogImage")
        layout.addWidget(self.image, 2)
        right = QVBoxLayout()
        self.heading = titled("", "title")
        right.addWidget(self.heading)
        self.message = titled("", "message")
        self.message.setObjectName("identifyMessage")
        right.addWidget(self.message)
        self.details = QVBoxLayout()
        right.addLayout(self.details)
        self.flags = titled("", "flag")
        right.addWidget(self.flags)
        right.addStretch(1)
        self.buttons = QVBoxLayout()
        right.addLayout(self.buttons)
        layout.addLayout(right, 3)

    def show_identification(self, ident: Identification) -> None:
        self._ident = ident
        self._lines = [line for line in ident.lines]
        _clear(self.details)
        _clear(self.buttons)
        first = ident.lines[0] if ident.lines else None
        product = first.product if first else ident.product
        self.image.set_path(product.image if product else None)
        self.heading.setText(product.name if product else (first.sku if first else ""))
        self.message.setText(render(ident.message))
        self.flags.setText("\n".join("⚑ " + render(f.reason) for f in ident.flags))
        if first is not None:
            rows = [(self.tr("RMA"), first.rma_number), (self.tr("Order"), first.order_number or "—"),
                    (self.tr("Customer"), first.customer or "—"),
                    # The shop's reason in the reader's words; a customer's own words as written.
                    (self.tr("Reason given"), render(return_reason(first.reason)) if first.reason else "—"),
                    (self.tr("Purchased"), first.purchase_date.isoformat() if first.purchase_date else "—")]
            form = _info_form(rows)
            holder = QFrame()
            holder.setLayout(form)
            self.details.addWidget(holder)
        pending = [line for line in ident.lines if not line.fully_inspected]
        for index, line in enumerate(ident.lines):
            name = line.product.name if line.product else line.sku
            serial = f" · {self.tr('serial')} {line.expected_serial}" if line.expected_serial else ""
            # "key 1", not "(1)": a bare number in brackets after an item reads like its quantity.
            key = (self.tr(" · key {key}").format(key=index + 1) if len(ident.lines) > 1
                   else self.tr(" (Enter)"))
            if line.fully_inspected:
                button = BigButton(self.tr("Open inspection: line {line}, {name}").format(line=line.line_no,
                                                                                         name=name) + key)
                button.clicked.connect(lambda _=False, i=line.inspected[-1]: self.open_inspection.emit(i))
            else:
                button = BigButton(self.tr("Inspect line {line}: {name} [{sku}]{serial}").format(
                    line=line.line_no, name=name, sku=line.sku, serial=serial) + key, "primary")
                button.clicked.connect(lambda _=False, chosen=line: self.start.emit(chosen))
            button.setObjectName(f"line-{line.line_no}")
            self.buttons.addWidget(button)
        cancel = BigButton(self.tr("Scan another label (Esc)"))
        cancel.clicked.connect(self.cancel)
        self.buttons.addWidget(cancel)
        if pending:
            self.buttons.itemAt(ident.lines.index(pending[0])).widget().setFocus()
        elif ident.lines:
            self.buttons.itemAt(0).widget().setFocus()

    @property
    def all_inspected(self) -> bool:
        return bool(self._lines) and all(line.fully_inspected for line in self._lines)

    def keyPressEvent(self, event) -> None:
        pending = [line for line in self._lines if not line.fully_inspected]
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(pending) == 1:
            self.start.emit(pending[0])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.all_inspected:
            # Nothing left to inspect: the obvious thing is to see what was found the first time.
            self.open_inspection.emit(self._lines[0].inspected[-1])
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(self._lines):
            line = self._lines[key - Qt.Key.Key_1]
            if line.fully_inspected:
                self.open_inspection.emit(line.inspected[-1])
            else:
                self.start.emit(line)
        elif key == Qt.Key.Key_Escape:
            self.cancel.emit()
        else:
            super().keyPressEvent(event)


class UnexpectedView(QWidget):
    """No RMA for this label: find the product by SKU, GTIN or name; the inspection goes to a lead."""

    search = Signal(str)
    start = Signal(object)  # ProductView
    cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(titled(self.tr("Unexpected return"), "title"))
        self.message = titled("", "message")
        self.message.setObjectName("unexpectedMessage")
        layout.addWidget(self.message)
        self.query = QLineEdit(self)
        self.query.setObjectName("productSearch")
        self.query.setPlaceholderText(self.tr("Product name, SKU or GTIN"))
        self.query.textChanged.connect(self.search)
        self.query.returnPressed.connect(self._start_selected)
        layout.addWidget(self.query)
        self.results = QListWidget(self)
        self.results.setObjectName("productResults")
        self.results.itemActivated.connect(lambda _item: self._start_selected())
        layout.addWidget(self.results, 1)
        row = QHBoxLayout()
        go = BigButton(self.tr("Inspect as unexpected return (Enter)"), "primary")
        go.clicked.connect(self._start_selected)
        row.addWidget(go, 2)
        back = BigButton(self.tr("Scan another label (Esc)"))
        back.clicked.connect(self.cancel)
        row.addWidget(back, 1)
        layout.addLayout(row)

    def show_identification(self, ident: Identification) -> None:
        self.message.setText(render(ident.message))
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.show_products([ident.product] if ident.product else [])
        self.query.setFocus()

    def show_products(self, products: list[ProductView]) -> None:
        self.results.clear()
        for product in products:
            item = QListWidgetItem(f"{product.name}   [{product.sku}]   {product.gtin or ''}")
            item.setData(Qt.ItemDataRole.UserRole, product)
            self.results.addItem(item)
        if products:
            self.results.setCurrentRow(0)

    def _start_selected(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.start.emit(item.data(Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel.emit()
        elif event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.results.keyPressEvent(event)
        else:
            super().keyPressEvent(event)
