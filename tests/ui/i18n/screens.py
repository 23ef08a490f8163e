"""What a person sees: the visible texts of a window, and the ones that are cut off or not translated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

# Latin letters left in a pseudo-translated screen: three or more in a row are English that skipped translation.
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Words that are the same in every language at the dock: key names, codes and formats.
KEY_NAMES = {"Enter", "Esc", "Backspace", "Space", "Ctrl", "PgUp", "PgDn", "GTIN", "RMA", "SKU", "IMEI", "PDF",
             "SHA", "JPEG", "PNG", "WebP", "BMP", "TIFF", "YAML", "UUID", "QR"}


@dataclass(frozen=True)
class Seen:
    widget: QWidget
    text: str

    @property
    def name(self) -> str:
        w = self.widget
        return f"{type(w).__name__}#{w.objectName() or '-'} in {type(w.parentWidget()).__name__}"


def visible_texts(root: QWidget) -> Iterator[Seen]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            yield Seen(widget, widget.text())
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            yield Seen(widget, widget.placeholderText())


def untranslated(seen: Iterable[Seen], data: Iterable[str]) -> list[str]:
    """Texts that still hold English words once the data shown (names, SKUs, numbers) is taken out."""
    values = sorted({d for d in data if d}, key=len, reverse=True)
    problems = []
    for item in seen:
        text = item.text
        for value in values:
            text = text.replace(value, " ")
        words = [w for w in _LATIN_WORD.findall(text) if w not in KEY_NAMES]
        if words:
            problems.append(f"{item.name}: {item.text!r} (English: {', '.join(words)})")
    return problems


def cut_off(seen: Iterable[Seen]) -> list[str]:
    """Labels and buttons whose text does not fit in the space the layout gave them."""
    problems = []
    for item in seen:
        widget = item.widget
        if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if needed_height > widget.height() + 2:
                problems.append(f"{item.name}: {item.text!r} needs {needed_height}px height, has {widget.height()}")
        elif isinstance(widget, QLabel | QAbstractButton):
            hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
            if hint.width() > widget.width() + 2:
                problems.append(f"{item.name}: {item.text!r} needs {hint.width()}px width, has {widget.width()}")
    return problems


def settle() -> None:
    """Applies posted layout requests, so sizes are measured after the texts that were just set."""
    for _round in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
