"""The item being inspected, always in view: catalog image, name, RMA, the customer's reason and purchase date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station.policy.return_reasons import return_reason
from station.services.inspect import DraftView
from ui.i18n import render
from ui.tasks import TaskRunner
from ui.translations import isolate, join_parts, ltr
from ui.widgets import ImageView


def read_catalog_image(path: Path | None) -> QImage | None:
    """Runs in the background: the product's catalog picture, decoded (a QImage may be made off the UI thread)."""
    if path is None or not path.exists():
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


class ItemPanel(QFrame):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        # The picture on screen is the one of this path: the panel is shown again after every answer, and reading
        # and scaling the same file each time, on the UI thread, held the window up to 100 ms on a busy station.
        self._image_path: Path | None = None
        self._image_shown = False
        self.setObjectName("itemPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.image = ImageView("")
        self.image.setObjectName("itemImage")
        self.image.setFixedSize(120, 120)
        layout.addWidget(self.image)
        text = QVBoxLayout()
        self.name = QLabel(self)
        self.name.setObjectName("itemName")
        self.name.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("itemDetails")
        self.details.setWordWrap(True)
        self.flags = QLabel(self)
        self.flags.setObjectName("itemFlags")
        self.flags.setProperty("role", "flag")
        self.flags.setWordWrap(True)
        text.addWidget(self.name)
        text.addWidget(self.details)
        text.addWidget(self.flags)
        layout.addLayout(text, 1)

    def show_draft(self, draft: DraftView) -> None:
        product = draft.product
        self._show_image(product.image)
        self.name.setText(f"{product.name}  [{product.sku}]")
        parts: list[str] = []
        line = draft.line
        if line is not None:
            parts.append(ltr(f"{line.rma_number} #{line.line_no}"))
            if line.reason:
                # The shop's reason codes in the inspector's language; a customer's own words as written.
                parts.append(self.tr("Reason: {reason}").format(reason=isolate(render(return_reason(line.reason)))))
            if line.purchase_date:
                parts.append(self.tr("Bought {date}").format(date=ltr(line.purchase_date.isoformat())))
            if line.expected_serial:
                parts.append(self.tr("Serial on RMA: {serial}").format(serial=ltr(line.expected_serial)))
        else:
            parts.append(self.tr("Unexpected return (no RMA)"))
        # Each part keeps its own direction, so RMA numbers, dates and serials read right inside Hebrew.
        self.details.setText(join_parts(parts))
        self.flags.setText("   ".join("⚑ " + render(flag.reason) for flag in draft.flags))
        self.flags.setVisible(bool(draft.flags))

    def _show_image(self, path: Path | None) -> None:
        if path == self._image_path and self._image_shown:
            return
        self._image_path, self._image_shown = path, False
        if path is None or self.runner.closed:
            self.image.set_pixmap(None)
            self._image_shown = path is None
            return
        self.runner.run(read_catalog_image, path, key="item-image",
                        on_result=lambda image: self._image_read(path, image),
                        on_error=lambda _exc: self._image_read(path, None))

    def _image_read(self, path: Path, image: QImage | None) -> None:
        if path != self._image_path:
            return  # another item came on screen while this one's picture was read
        if image is None:
            self.image.set_pixmap(None)
        else:
            self.image.set_image(image)
        self._image_shown = True
