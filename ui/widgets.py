"""Small widgets the pages share: big buttons for gloved hands, scaled images, titled labels."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStackedWidget, QWidget

if TYPE_CHECKING:
    # Imported where used: the sign-in screen shows neither images nor a scrolling area, and each class PySide6
    # builds costs the first screen its enums.
    from PySide6.QtGui import QImage, QPixmap, QResizeEvent
    from PySide6.QtWidgets import QScrollArea


class FitButton(QPushButton):
    """A button never narrower than its text.

    Fitted once it is polished (Qt polishes a widget before it is first laid out or shown) and again when its text,
    font or style changes: before that its size is not the one it will have, and measuring it would polish it early,
    once per change of parent, for every button of a page not yet shown (a sign-in screen's keypad).
    """

    # Set once Qt has polished the button (its Polish event handled), as Qt::WA_WState_Polished is: asking Qt for
    # the attribute would build the Qt namespace's enums before the first screen is painted.
    _polished = False

    def setText(self, text: str) -> None:
        super().setText(text)
        if self._polished:
            self._fit_text()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        kind = event.type()
        if kind == QEvent.Type.Polish:
            self._polished = True
            self._fit_text()
        elif self._polished and kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_text()
        return handled

    def _fit_text(self) -> None:
        # The stylesheet's min-width would let a layout squeeze the button below its text; in a longer
        # language the words would be cut. Its text's width is the least it may have.
        self.setMinimumWidth(self.sizeHint().width())


class BigButton(FitButton):
    """A button at least 56 px tall and never narrower than its text; `role` picks its look in the stylesheet
    (primary, danger, option)."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        # The text set apart from the constructor: QPushButton(text, parent) is also QPushButton(icon, ...) to
        # PySide, whose telling them apart builds QIcon's enums for the first screen (3 ms).
        super().__init__(parent)
        self.setText(text)
        self.setMinimumHeight(56)
        self.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
        if role:
            self.setProperty("role", role)
        # Tab and click focus (Qt.FocusPolicy.StrongFocus) is what a push button takes under Fusion, the station's
        # style everywhere; setting it again here built the Qt namespace's enums for the first screen.


class WrappingButton(BigButton):
    """A big button whose text wraps onto more lines when the button is narrow (answer options in two columns
    in a longer language): it grows taller instead of cutting words or pushing the window wider."""

    PADDING = 40  # the stylesheet's left and right padding and border, with room to spare

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        self._full = text
        self._floor = 0  # the minimum height asked for by the page or the stylesheet
        self._held = -1  # the minimum height this button last set itself
        super().__init__(text, role, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        super().setText(text)  # FitButton's setText refits, and refitting wraps

    def _fit_text(self) -> None:
        # At least the longest word: words are never cut, only moved to the next line.
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in self._full.split()), default=0)
        self.setMinimumWidth(longest + self.PADDING)
        self._wrap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = QPushButton.text(self).count("\n") + 1
        tall_enough = lines * self.fontMetrics().lineSpacing() + 28  # the stylesheet's padding and border
        return QSize(hint.width(), max(hint.height(), self.minimumHeight(), tall_enough))

    def _wrap(self) -> None:
        room = max(1, self.width() - self.PADDING)
        metrics = self.fontMetrics()
        lines: list[str] = []
        for paragraph in self._full.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(candidate) > room:
                    lines.append(line)
                    line = word
                else:
                    line = candidate
            lines.append(line)
        wrapped = "\n".join(lines)
        if wrapped != QPushButton.text(self):
            QPushButton.setText(self, wrapped)
            self.updateGeometry()
        self._hold_height(len(lines))

    def _hold_height(self, lines: int) -> None:
        """Keeps the button's minimum height at least as tall as its wrapped lines. A minimum height set on the
        button (by the page or the stylesheet's min-height) wins over its size hint in every layout, so inside
        a scrolling page short of room the button was squeezed to that one-line minimum and its second line
        cut off ("…plastic)"). The height the page or the stylesheet asked for stays the floor."""
        current = self.minimumHeight()
        if current != self._held:  # set by someone else since this button last set it
            self._floor = current
        wanted = max(self._floor, lines * self.fontMetrics().lineSpacing() + 28)  # the stylesheet's padding
        if wanted != current:
            self._held = wanted
            self.setMinimumHeight(wanted)
            # Wrapping happens in resizeEvent, while a layout places this button; asked again once that layout
            # is done, so the change is not lost in the middle of it.
            QTimer.singleShot(0, self, self.updateGeometry)


class StepStack(QStackedWidget):
    """Steps shown one at a time that ask only for the room of the step in view: a step left behind (two RMA
    lines with their buttons) must not keep the window taller than the dock's screen on the next step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint().expandedTo(current.minimumSize()) if current else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current else super().sizeHint()


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down when a longer language or a bigger font makes it
    taller than the dock's screen; it never takes keyboard focus, so the page's own keys keep working."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea(parent)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # Transparent, so the page's background shows through as it did without the area.
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return area


def titled(text: str, role: str = "title", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


class ImageView(QLabel):
    """Shows an image scaled to fit, keeping its aspect; a placeholder text when there is none."""

    clicked = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._placeholder = placeholder
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(120, 90))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setProperty("role", "image")
        self.setText(placeholder)

    def set_path(self, path: Path | None) -> None:
        from PySide6.QtGui import QPixmap

        pixmap = QPixmap(str(path)) if path is not None and path.exists() else QPixmap()
        self.set_pixmap(pixmap if not pixmap.isNull() else None)

    def set_image(self, image: QImage) -> None:
        from PySide6.QtGui import QPixmap

        self.set_pixmap(QPixmap.fromImage(image))

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap
        if pixmap is None:
            from PySide6.QtGui import QPixmap

            self.setPixmap(QPixmap())
            self.setText(self._placeholder)
        else:
            self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        from PySide6.QtCore import Qt

        if self._pixmap is not None and not self._pixmap.isNull():
            self.setPixmap(self._pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

    def mousePressEvent(self, event) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)
