"""Photo step: what still needs a photo, the camera picture, thumbnails; Space takes, Enter goes on."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station.services.inspect import DraftView, PhotoView
from ui.i18n import render
from ui.widgets import BigButton, ImageView, titled


class PhotosView(QWidget):
    take = Signal(object)  # question id or None
    from_file = Signal(object)
    remove = Signal(str)
    retake = Signal(str)  # photo id: remove it, the need it filled comes back
    keep = Signal(str, str)  # photo id, the inspector's reason
    proceed = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: str | None = None
        self._missing = 0
        self._pending: str | None = None  # the photo that failed the check and waits for Retake or Keep
        self._warned = False  # Enter was pressed once with a photo failed: the next Enter goes on
        page = QVBoxLayout(self)
        # The title and what is still needed run across the page: in the thumbnails' column they wrapped onto
        # three lines and took the height the thumbnails and a failed photo's choices need.
        page.addWidget(titled(self.tr("Photos"), "title"))
        self.needs = titled("", "message")
        self.needs.setObjectName("photoNeeds")
        page.addWidget(self.needs)
        outer = QHBoxLayout()
        page.addLayout(outer, 1)
        left = QVBoxLayout()
        self.thumbs = QListWidget(self)
        self.thumbs.setObjectName("photoThumbs")
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(160, 120))
        self.thumbs.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # It scrolls: when a failed photo's panel and long texts need the height, the strip gives it up first.
        self.thumbs.setMinimumHeight(40)
        left.addWidget(self.thumbs, 1)
        self.error = titled("", "error")
        self.error.setObjectName("photoError")
        left.addWidget(self.error)
        remove = BigButton(self.tr("Remove photo (Delete)"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.clicked.connect(self._remove_selected)
        left.addWidget(remove)
        outer.addLayout(left, 2)
        right = QVBoxLayout()
        self.preview = ImageView(self.tr("No camera picture: use a photo file"))
        self.preview.setObjectName("photoPreview")
        self.preview.setMinimumHeight(60)  # likewise: the live picture shrinks before a button is pushed off
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
        outer.addLayout(right, 3)
        # Across the page: in the left column its words wrapped to a sliver and the Retake and Keep buttons were
        # cut off; here the camera picture and the thumbnails give up the height it needs.
        page.addWidget(self._check_panel())
        # Under both columns: in a longer language the two rows of buttons would not fit side by side.
        page.addLayout(nav)
        for button in (self.take_button, file_button, back, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _check_panel(self) -> QFrame:
        """What the evidence checks found in the last photo; Retake or Keep with a reason when it failed."""
        self.check_panel = QFrame(self)
        self.check_panel.setObjectName("photoCheck")
        layout = QVBoxLayout(self.check_panel)
        self.check_text = titled("", "message")
        self.check_text.setObjectName("photoCheckText")
        layout.addWidget(self.check_text)
        self.keep_reason = QLineEdit(self.check_panel)
        self.keep_reason.setObjectName("keepReason")
        self.keep_reason.setPlaceholderText(self.tr("Why keep this photo anyway? (a few words)"))
        self.keep_reason.textChanged.connect(self._reason_changed)
        self.keep_reason.returnPressed.connect(self._keep)
        self.keep_reason.setMinimumHeight(56)
        # The reason and both choices on one line: the panel takes the least height from the photos.
        row = QHBoxLayout()
        row.addWidget(self.keep_reason, 1)
        self.retake_button = BigButton(self.tr("Retake (R)"), "primary")
        self.retake_button.setObjectName("retakePhoto")
        self.retake_button.clicked.connect(self._retake)
        row.addWidget(self.retake_button)
        self.keep_button = BigButton(self.tr("Keep with this reason"))
        self.keep_button.setObjectName("keepPhoto")
        self.keep_button.clicked.connect(self._keep)
        row.addWidget(self.keep_button)
        for button in (self.retake_button, self.keep_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addLayout(row)
        self.check_panel.setVisible(False)
        return self.check_panel

    def _show_checks(self, draft: DraftView) -> None:
        pending = next(((n, p) for n, p in reversed(list(enumerate(draft.photos, 1)))
                        if p.checks is not None and p.checks.needs_decision), None)
        last = draft.photos[-1] if draft.photos else None
        lines: list[str] = []
        if pending is not None:
            number, photo = pending
            lines.append(self.tr("The photo for “{photo}” is not good enough as evidence:").format(
                photo=self._photo_name(number, photo)))
            lines += ["• " + render(text) for text in photo.checks.messages()]  # type: ignore[union-attr]
        warned = pending is not None
        if last is not None and last.checks is not None:
            hint = last.checks.hint_text()
            if hint is not None:
                lines.append(render(hint))
                warned = True
            elif last.checks.whole_item and last.checks.similarity is not None:
                # The score is shown for every item photo, so a low one is no surprise and a high one reassures.
                lines.append(self.tr("The photo matches the product's catalog picture {score} %.").format(
                    score=round(100 * last.checks.similarity)))
            if last.checks.reused:
                lines.append(self.tr("This picture was already used for another inspection. Take a new photo of "
                                     "this item; a lead will look at it."))
                warned = True
        self._pending = pending[1].id if pending is not None else None
        self.check_text.setText("\n".join(lines))
        self.check_panel.setProperty("state", "bad" if pending is not None else "warn" if warned else "good")
        self.check_panel.style().unpolish(self.check_panel)
        self.check_panel.style().polish(self.check_panel)
        self.check_panel.setVisible(bool(lines))
        for widget in (self.keep_reason, self.retake_button, self.keep_button):
            widget.setVisible(pending is not None)
        self.keep_reason.clear()
        self._reason_changed("")

    def _photo_name(self, number: int, photo: PhotoView) -> str:
        # Called by what the checklist asked it for, so the inspector sees which need a photo fills.
        return render(photo.prompt) if photo.prompt is not None else self.tr("Photo {n}").format(n=number)

    def _thumb_label(self, number: int, photo: PhotoView) -> str:
        name = self._photo_name(number, photo)
        if photo.checks is None or photo.checks.ok:
            return name
        if photo.checks.kept_reason:
            return self.tr("{photo} (kept)").format(photo=name)
        return self.tr("{photo} (retake?)").format(photo=name)

    def _reason_changed(self, text: str) -> None:
        self.keep_button.setEnabled(len(text.strip()) >= 3)

    def _retake(self) -> None:
        if self._pending is not None:
            self.retake.emit(self._pending)

    def _keep(self) -> None:
        if self._pending is not None and len(self.keep_reason.text().strip()) >= 3:
            self.keep.emit(self._pending, self.keep_reason.text().strip())

    def show_draft(self, draft: DraftView) -> None:
        self.error.clear()
        self._missing = len(draft.photos_missing)
        self._target = draft.photos_missing[0].question_id if draft.photos_missing else None
        self._warned = False
        failed = any(p.checks is not None and p.checks.needs_decision for p in draft.photos)
        if draft.photos_missing:
            lines = [self.tr("Still needed:")] + ["• " + render(need.prompt) for need in draft.photos_missing]
            self.needs.setProperty("state", "bad")
        elif failed:
            # Never "all is well" beside a photo that failed its check.
            lines = [self.tr("A photo failed its check: retake it (R) or keep it with a reason.")]
            self.needs.setProperty("state", "warn")
        else:
            lines = [self.tr("All required photos are taken. Add more if they help, or go on to the grade.")]
            self.needs.setProperty("state", "good")
        self.needs.setText("\n".join(lines))
        self.needs.style().unpolish(self.needs)
        self.needs.style().polish(self.needs)
        self.next_button.setEnabled(not draft.photos_missing)
        self.thumbs.clear()
        for index, photo in enumerate(draft.photos):
            label = self._thumb_label(index + 1, photo)
            item = QListWidgetItem(QIcon(QPixmap(str(photo.thumbnail))), label)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.thumbs.addItem(item)
        # The newest photo is the one a Delete most likely means; arrows pick another.
        self.thumbs.setCurrentRow(self.thumbs.count() - 1)
        self._show_checks(draft)
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

    def _move_selection(self, key: int) -> None:
        # "Forward" follows the reading direction: in Hebrew the next photo is to the left.
        forward = Qt.Key.Key_Left if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else Qt.Key.Key_Right
        step = 1 if key in (forward, Qt.Key.Key_Down) else -1
        row = max(0, min(self.thumbs.count() - 1, self.thumbs.currentRow() + step))
        self.thumbs.setCurrentRow(row)

    def _proceed(self) -> None:
        if self._missing:
            self.show_error(self.tr("A photo is still needed (see above). Take it with Space, or use a photo "
                                    "file (F)."))
            return
        if self._pending is not None and not self._warned:
            # Asked once: a second Enter goes on with the photo as it is, and the lead sees its check.
            self._warned = True
            # Across the page, where it is read whole: the left column's error line is too narrow for it.
            self.needs.setText(self.tr("A photo failed its check: R retakes it, Enter again goes to the grade."))
            self.needs.setProperty("state", "bad")
            self.needs.style().unpolish(self.needs)
            self.needs.style().polish(self.needs)
            return
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
        elif key == Qt.Key.Key_R and self._pending is not None:
            self._retake()
        elif key == Qt.Key.Key_Delete:
            self._remove_selected()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and self.thumbs.count():
            self._move_selection(key)
        else:
            super().keyPressEvent(event)
