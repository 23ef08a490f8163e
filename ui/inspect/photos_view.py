"""Photo step: what still needs a photo, the camera picture, thumbnails; Space takes, Enter goes on."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station.services.inspect import DraftView
from ui.i18n import render
from ui.widgets import BigButton, ImageView, titled


class PhotosView(QWidget):
    take = Signal(object)  # question id or None
    from_file = Signal(object)
    remove = Signal(str)
    proceed = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: str | None = None
        self._missing = 0
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(titled(self.tr("Photos"), "title"))
        self.needs = titled("", "message")
        self.needs.setObjectName("photoNeeds")
        left.addWidget(self.needs)
        self.thumbs = QListWidget(self)
        self.thumbs.setObjectName("photoThumbs")
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(160, 120))
        self.thumbs.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(self.thumbs, 1)
        self.error = titled("", "error")
        self.error.setObjectName("photoError")
        left.addWidget(self.error)
        remove = BigButton(self.tr("Remove selected photo"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.clicked.connect(self._remove_selected)
        left.addWidget(remove)
        outer.addLayout(left, 2)
        right = QVBoxLayout()
        self.preview = ImageView(self.tr("No camera picture: use a photo file"))
        self.preview.setObjectName("photoPreview")
        right.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.take_button = BigButton(self.tr("Take photo (Space)"), "primary")
        self.take_button.setObjectName("takePhoto")
        self.take_button.clicked.connect(lambda: self.take.emit(self._target))
        buttons.addWidget(self.take_button)
        file_button = BigButton(self.tr("Photo file… (F)"))
        file_button.clicked.connect(lambda: self.from_file.emit(self._target))
        buttons.addWidget(file_button)
        right.addLayout(buttons)
        nav = QHBoxLayout()
        back = BigButton(self.tr("Back (Backspace)"))
        back.clicked.connect(self.back)
        nav.addWidget(back)
        self.next_button = BigButton(self.tr("To the grade (Enter)"), "primary")
        self.next_button.setObjectName("photosDone")
        self.next_button.clicked.connect(self._proceed)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        outer.addLayout(right, 3)
        for button in (self.take_button, file_button, back, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_draft(self, draft: DraftView) -> None:
        self.error.clear()
        self._missing = len(draft.photos_missing)
        self._target = draft.photos_missing[0].question_id if draft.photos_missing else None
        if draft.photos_missing:
            lines = [self.tr("Still needed:")] + ["• " + render(need.prompt) for need in draft.photos_missing]
            self.needs.setProperty("state", "bad")
        else:
            lines = [self.tr("All required photos are taken. Add more if they help, or go on to the grade.")]
            self.needs.setProperty("state", "good")
        self.needs.setText("\n".join(lines))
        self.needs.style().unpolish(self.needs)
        self.needs.style().polish(self.needs)
        self.next_button.setEnabled(not draft.photos_missing)
        self.thumbs.clear()
        for index, photo in enumerate(draft.photos):
            label = self.tr("Photo {n}").format(n=index + 1)
            item = QListWidgetItem(QIcon(QPixmap(str(photo.thumbnail))), label)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.thumbs.addItem(item)
        self.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def set_preview(self, image: QImage) -> None:
        if self.isVisible():
            self.preview.set_image(image)

    def _remove_selected(self) -> None:
        item = self.thumbs.currentItem()
        if item is not None:
            self.remove.emit(item.data(Qt.ItemDataRole.UserRole))

    def _proceed(self) -> None:
        if self._missing == 0:
            self.proceed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.take.emit(self._target)
        elif key == Qt.Key.Key_F:
            self.from_file.emit(self._target)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._proceed()
        elif key == Qt.Key.Key_Backspace:
            self.back.emit()
        else:
            super().keyPressEvent(event)
