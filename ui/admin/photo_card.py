"""One of the two calibration photos: how to take it, the two ways to take it, the picture and its sharpness."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.admin.limits_view import score
from ui.widgets import ImageView, WrappingButton, titled


class PhotoCard(QFrame):
    take = Signal()  # from the camera
    from_file = Signal()

    def __init__(self, kind: str, title: str, how: str, take_text: str, file_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"calibration-{kind}")
        self.setProperty("role", "calibrationPhoto")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(titled(title, "subtitle", self))
        layout.addWidget(titled(how, "hint", self))
        # The two cards' instructions differ in length: the pictures and buttons line up at the bottom.
        layout.addStretch(1)
        self.picture = ImageView(self.tr("Not taken yet"), self)
        self.picture.setObjectName(f"calibrationPicture-{kind}")
        self.picture.setMinimumSize(QSize(120, 80))
        self.picture.setMaximumHeight(110)
        layout.addWidget(self.picture)
        self.result = titled("", "message", self)
        self.result.setObjectName(f"calibrationResult-{kind}")
        layout.addWidget(self.result)
        # Wrapping: two cards share half the page, and a longer language must not cut the key off the button.
        self.take_button = WrappingButton(take_text, "primary", self)
        self.take_button.setObjectName(f"take-{kind}")
        self.take_button.clicked.connect(self.take)
        layout.addWidget(self.take_button)
        self.file_button = WrappingButton(file_text, "", self)
        self.file_button.setObjectName(f"file-{kind}")
        self.file_button.clicked.connect(self.from_file)
        layout.addWidget(self.file_button)
        for button in (self.take_button, self.file_button):
            # The page takes the keys (S, B, Shift+S, Shift+B); a focused button would swallow Space and Enter.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def measuring(self) -> None:
        self.result.setText(self.tr("Measuring…"))
        self._state("")

    def measured(self, sharpness: float, image: QImage | None) -> None:
        self.result.setText(self.tr("Sharpness {score}").format(score=score(sharpness)))
        self._state("good")
        if image is not None and not image.isNull():
            self.picture.set_image(image)
        else:
            self.picture.set_pixmap(None)

    def failed(self) -> None:
        # The page's message line says what is wrong; the card only says that this photo is missing.
        self.result.setText(self.tr("Not measured: take it again."))
        self._state("bad")
        self.picture.set_pixmap(None)

    def clear(self) -> None:
        self.result.clear()
        self._state("")
        self.picture.set_pixmap(None)

    def _state(self, state: str) -> None:
        self.result.setProperty("state", state)
        self.result.style().polish(self.result)
