"""The Admin mode's page: a camera's blur limit calibrated from a sharp and a blurred photo; the station at a glance."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.context import StationContext
from station.people import UserSummary
from station.services.calibration import (
    FILE_CAMERA,
    CalibrationPhoto,
    CameraLimits,
    cameras,
    measure_photo,
    save_limits,
    suggest,
)
from ui.admin.limits_view import LimitsView, score
from ui.admin.photo_card import PhotoCard
from ui.i18n import error_text
from ui.modes import ModePage
from ui.tasks import TaskRunner
from ui.translations import join_parts
from ui.widgets import ImageView, WrappingButton, scrolling, titled

if TYPE_CHECKING:
    from station.services.calibration import ThresholdSuggestion

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff)"
KINDS = ("sharp", "blurred")
PICTURE_SIZE = (320, 240)  # the cards show the photo this big at most


def breakable(text: str) -> str:
    """A path may break after each slash: a long file name in a message must not widen the page."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


def _measure_with_picture(source: Path | Any) -> tuple[CalibrationPhoto, QImage]:
    """Runs in the background: the measures, and the picture for the card (a QImage may be made off the UI
    thread; decoding a 12 MP photo there would stall the window)."""
    from ui.camera_worker import frame_to_qimage

    photo = measure_photo(source)
    if isinstance(source, Path):
        # Decoded straight to the card's size: a 100 MP phone photo never becomes a 400 MB picture here.
        reader = QImageReader(str(source))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(QSize(*PICTURE_SIZE), Qt.AspectRatioMode.KeepAspectRatio))
        return photo, reader.read()
    image = frame_to_qimage(source)
    if not image.isNull():
        image = image.scaled(*PICTURE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return photo, image


class AdminPage(ModePage):
    measured = Signal(str)  # "sharp" or "blurred", once its sharpness is shown
    suggested = Signal(object)  # ThresholdSuggestion, or None when the photos do not tell
    saved = Signal(object)  # CameraLimits

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        self.ctx = ctx
        self.runner = runner
        self.user: UserSummary | None = None
        self.frame_provider: Any = None  # set by the main window: the camera's latest frame, or None
        self.limits: list[CameraLimits] = []
        self.photos: dict[str, tuple[Path | Any, CalibrationPhoto]] = {}
        self.suggestion: ThresholdSuggestion | None = None
        self._saved_suggestion = False
        self._round = 0  # photos measured for an earlier camera choice are dropped when they arrive
        self._taken = 0  # counts photos taken: a suggestion for an earlier pair is dropped when it arrives
        self._preview_on = False

        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(10, 4, 10, 4)
        columns.setSpacing(16)
        columns.addLayout(self._calibration_column(), 4)
        # The wider column: each photo card keeps its take button on one line in English.
        columns.addLayout(self._photo_column(), 6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A longer language or a bigger font scrolls the page instead of pushing the window past the screen.
        outer.addWidget(scrolling(content, self))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._load_cameras(ctx.settings.camera)

    # ---- layout ----
    def _calibration_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(titled(self.tr("Camera calibration"), "title", self))
        column.addWidget(titled(self.tr("Take a sharp and a blurred photo of one item: the station suggests the "
                                        "blur limit."), "hint", self))
        row = QHBoxLayout()
        camera_label = QLabel(self.tr("Camera (C)"), self)
        row.addWidget(camera_label)
        self.camera_picker = QComboBox(self)
        self.camera_picker.setObjectName("calibrationCamera")
        # C opens it; left without focus so that S, B and Enter always reach the page.
        self.camera_picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.camera_picker.activated.connect(lambda _index: self._camera_chosen())
        # A long camera name (a path, a longer language) is shortened in the closed box, not the page widened.
        self.camera_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.camera_picker.setMinimumContentsLength(12)
        camera_label.setBuddy(self.camera_picker)
        row.addWidget(self.camera_picker, 1)
        column.addLayout(row)
        self.limits_view = LimitsView(self)
        column.addWidget(self.limits_view)
        self.explanation = titled("", "message", self)
        self.explanation.setObjectName("calibrationExplanation")
        column.addWidget(self.explanation)
        self.save_button = WrappingButton("", "primary", self)
        self.save_button.setObjectName("saveCalibration")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        column.addWidget(self.save_button)
        self.message = titled("", "message", self)
        self.message.setObjectName("calibrationMessage")
        # The domain's messages can be long: they wrap within the column and never widen the page.
        policy = self.message.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.message.setSizePolicy(policy)
        column.addWidget(self.message)
        column.addStretch(1)
        return column

    def _photo_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.preview = ImageView(self.tr("No camera picture: take the photos from files"), self)
        self.preview.setObjectName("calibrationPreview")
        self.preview.setMinimumHeight(160)
        self.preview.setWordWrap(True)  # the placeholder, in a longer language
        # Its picture must not ask for the room it was given last time: the page would outgrow the screen and
        # scroll. It takes what the cards leave.
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setMaximumHeight(380)  # when a longer language makes the page scroll, the cards stay in view
        column.addWidget(self.preview, 1)
        self.source_note = titled("", "hint", self)
        self.source_note.setObjectName("calibrationSourceNote")
        column.addWidget(self.source_note)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.cards = {
            "sharp": PhotoCard("sharp", self.tr("1. The sharp photo"),
                               self.tr("The item still, in focus, well lit."),
                               self.tr("Take the sharp photo (S)"), self.tr("From a file… (Shift+S)"), self),
            "blurred": PhotoCard("blurred", self.tr("2. The blurred photo"),
                                 self.tr("The same item, the camera moving as it takes it."),
                                 self.tr("Take the blurred photo (B)"), self.tr("From a file… (Shift+B)"), self),
        }
        for kind, card in self.cards.items():
            card.take.connect(lambda k=kind: self.take_from_camera(k))
            card.from_file.connect(lambda k=kind: self.take_from_file(k))
            cards.addWidget(card, 1)
        column.addLayout(cards)
        # Under the photos, where the camera preview gives way: the calibration column needs all its height.
        column.addWidget(self._station_box())
        return column

    def _station_box(self) -> QFrame:
        """Two short lines: which station this is, its camera, its folder and how sync is doing."""
        box = QFrame(self)
        box.setObjectName("stationBox")
        layout = QGridLayout(box)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        # The data folder's path is the longest value: its column gets the most room.
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(3, 2)
        settings = self.ctx.settings
        # Names, ids and paths keep their own direction; in Hebrew each line still starts at the right.
        pairs = (
            (self.tr("Station"), join_parts([settings.station_name, self.ctx.station_id], " · ")),
            (self.tr("Camera setting"), join_parts([settings.camera])),
            (self.tr("Data folder"), join_parts([breakable(str(self.ctx.data_dir))])),
            (self.tr("Sync"), ""),
        )
        values: list[QLabel] = []
        for index, (name, value) in enumerate(pairs):
            row, column = divmod(index, 2)
            name_label = QLabel(name, box)
            name_label.setProperty("role", "boxName")
            name_label.setWordWrap(True)
            layout.addWidget(name_label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            value_label = QLabel(value, box)
            value_label.setWordWrap(True)
            value_label.setProperty("role", "boxValue")
            layout.addWidget(value_label, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
            values.append(value_label)
        self.sync_text = values[-1]
        self.sync_text.setObjectName("adminSyncStatus")
        return box

    # ---- mode ----
    def begin(self, user: UserSummary) -> None:
        from station.services.sync import sync_status
        from ui.main_window import sync_line

        self.user = user
        self._preview_on = True
        # Another admin, or a setting changed since: show the limits as they are now (read from the settings,
        # no database).
        self._load_cameras(self.camera)
        self.runner.run(sync_status, self.ctx, key="admin-sync-status",
                        on_result=lambda status: self.sync_text.setText(sync_line(status)[1]),
                        on_error=lambda exc: self.sync_text.setText(error_text(exc)))
        self.setFocus()

    def end(self) -> None:
        self.user = None
        self._preview_on = False
        self._clear_photos()
        self.message.clear()

    def hints(self) -> str:
        return self.tr("S: sharp photo · B: blurred photo (move the camera) · Shift+S / Shift+B: from a file · "
                       "C: camera · Enter: save")

    def set_preview(self, image: QImage) -> None:
        if self._preview_on and self.isVisible():
            self.preview.set_image(image)

    # ---- cameras ----
    @property
    def camera(self) -> str:
        chosen = self.camera_picker.currentData()
        return chosen if chosen is not None else self.ctx.settings.camera

    @property
    def takes_from_camera(self) -> bool:
        """Only the station's own camera is in front of the admin; other limits need photos from their source."""
        return self.camera == self.ctx.settings.camera

    def camera_name(self, camera: str) -> str:
        if camera == FILE_CAMERA:
            return self.tr("Photo files")
        if camera == self.ctx.settings.camera:
            return self.tr("{camera} (this station's camera)").format(camera=camera)
        return camera

    def _load_cameras(self, keep: str) -> None:
        self.limits = cameras(self.ctx)
        self.camera_picker.clear()
        for entry in self.limits:
            self.camera_picker.addItem(self.camera_name(entry.camera), entry.camera)
        self.camera_picker.setCurrentIndex(max(0, self.camera_picker.findData(keep)))
        self._show_camera()

    def choose_camera(self, camera: str) -> None:
        index = self.camera_picker.findData(camera)
        if index >= 0:
            self.camera_picker.setCurrentIndex(index)
            self._camera_chosen()

    def _camera_chosen(self) -> None:
        # Photos of another camera say nothing about this one.
        self._clear_photos()
        self.message.clear()
        self._show_camera()
        self.setFocus()  # back from the picker's list: S, B and Enter reach the page again

    def _show_camera(self) -> None:
        camera = self.camera
        entry = next((e for e in self.limits if e.camera == camera), None)
        if entry is not None:
            self.limits_view.show_limits(entry)
        if camera == FILE_CAMERA:
            self.save_button.setText(self.tr("Save for photo files (Enter)"))
            note = self.tr("Photo files are judged by these limits: take both test photos from files.")
        else:
            self.save_button.setText(self.tr("Save for camera {camera} (Enter)").format(camera=camera))
            note = "" if self.takes_from_camera else self.tr(
                "This station does not use this camera now: take both test photos from files made with it.")
        self.source_note.setText(note)
        self.source_note.setVisible(bool(note))
        for card in self.cards.values():
            card.take_button.setEnabled(self.takes_from_camera)
        self._show_suggestion()

    # ---- the two photos ----
    def take_from_camera(self, kind: str) -> None:
        if not self.takes_from_camera:
            self._say(self.tr("Photos for {camera} come from files: press Shift+S or Shift+B.").format(
                camera=self.camera_name(self.camera)), "bad")
            return
        frame = self.frame_provider() if self.frame_provider is not None else None
        if frame is None:
            self._say(self.tr("No camera picture. Take the photo from a file instead (Shift+S or Shift+B)."), "bad")
            return
        self.measure(kind, frame)

    def take_from_file(self, kind: str) -> None:
        title = self.tr("The sharp photo") if kind == "sharp" else self.tr("The blurred photo")
        path, _filter = QFileDialog.getOpenFileName(self, title, "", IMAGE_FILTER)
        if path:
            self.measure(kind, Path(path))

    def measure(self, kind: str, source: Path | Any) -> None:
        """Measures a photo (a file's path or a camera frame) off the UI thread, as the quality gate would."""
        self.photos.pop(kind, None)
        self.suggestion = None
        self._saved_suggestion = False
        self._show_suggestion()
        self.message.clear()
        self.cards[kind].measuring()
        self._taken += 1
        done_round = self._round
        self.runner.run(_measure_with_picture, source, key=f"admin-measure-{kind}",
                        on_result=lambda result: self._measured(done_round, kind, source, *result),
                        on_error=lambda exc: self._not_measured(done_round, kind, exc))

    def _measured(self, done_round: int, kind: str, source: Path | Any, photo: CalibrationPhoto,
                  image: QImage) -> None:
        if done_round != self._round:
            return
        self.photos[kind] = (source, photo)
        self.cards[kind].measured(photo.measures.sharpness, image)
        self.measured.emit(kind)
        if all(k in self.photos for k in KINDS):
            self._suggest()
        elif kind == "sharp":
            self._say(self.tr("Now the blurred photo (B): move the camera while it takes it."), "")
        else:
            self._say(self.tr("Now the sharp photo (S): hold the item still."), "")

    def _not_measured(self, done_round: int, kind: str, exc: BaseException) -> None:
        if done_round != self._round:
            return
        self.cards[kind].failed()
        self._say(breakable(error_text(exc)), "bad")

    def _suggest(self) -> None:
        camera, pair = self.camera, (self._round, self._taken)
        self.explanation.setText(self.tr("Comparing the two photos…"))
        self.runner.run(suggest, self.ctx, camera, self.photos["sharp"][0], self.photos["blurred"][0],
                        key="admin-suggest", on_result=lambda found: self._suggested(pair, found),
                        on_error=lambda exc: self._unclear(pair, exc))

    def _suggested(self, pair: tuple[int, int], found: ThresholdSuggestion) -> None:
        if pair != (self._round, self._taken):
            return
        self.suggestion = found
        self._show_suggestion()
        self._say("", "")  # the Save button says what Enter does; the explanation needs the room
        self.suggested.emit(found)

    def _unclear(self, pair: tuple[int, int], exc: BaseException) -> None:
        if pair != (self._round, self._taken):
            return
        self.suggestion = None
        self._show_suggestion()
        self._say(breakable(error_text(exc)) + " " + self.tr("Nothing was saved."), "bad")
        self.suggested.emit(None)

    def _show_suggestion(self) -> None:
        found = self.suggestion
        self.limits_view.show_suggestion(found.thresholds if found is not None else None)
        self.save_button.setEnabled(found is not None and not self._saved_suggestion)
        if found is None:
            self.explanation.clear()
            return
        entry = next((e for e in self.limits if e.camera == self.camera), None)
        current = score(entry.limits.sharpness_min) if entry is not None else "—"
        limit = score(found.thresholds.sharpness_min)
        # Two short sentences rather than one long one: each wraps on its own in a narrow column.
        self.explanation.setText("\n".join((
            self.tr("Suggested blur limit {limit} (now {current}): photos sharper than {limit} pass.").format(
                limit=limit, current=current),
            self.tr("The blurred test photo scored {blurred}, the sharp one {sharp}.").format(
                blurred=score(found.blurred.sharpness), sharp=score(found.sharp.sharpness)))))

    def _clear_photos(self) -> None:
        self._round += 1
        self.photos.clear()
        self.suggestion = None
        self._saved_suggestion = False
        for card in self.cards.values():
            card.clear()
        self._show_suggestion()

    # ---- saving ----
    def save(self) -> None:
        if self.user is None:
            return
        if self.suggestion is None:
            self._say(self.tr("Take both photos first: the sharp one (S), then the blurred one (B)."), "bad")
            return
        if self._saved_suggestion:
            return
        self.save_button.setEnabled(False)
        self.runner.run(save_limits, self.ctx, self.user.id, self.camera, self.suggestion.thresholds,
                        key="admin-save", on_result=self._saved, on_error=self._not_saved)

    def _saved(self, entry: CameraLimits) -> None:
        if self.user is None:
            return  # signed out, or the page rebuilt in another language, while saving: the save itself stands
        self._saved_suggestion = True
        self._load_cameras(entry.camera)
        limit = score(entry.limits.sharpness_min)
        if entry.camera == FILE_CAMERA:
            text = self.tr("Saved for photo files: from now on they pass when sharper than {limit}.")
        else:
            text = self.tr("Saved for camera {camera}: from now on its photos pass when sharper than {limit}.")
        self._say(text.format(camera=entry.camera, limit=limit), "good")
        self.saved.emit(entry)

    def _not_saved(self, exc: BaseException) -> None:
        if self.user is None:
            return
        self.save_button.setEnabled(self.suggestion is not None)
        self._say(breakable(error_text(exc)), "bad")

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().polish(self.message)

    # ---- keys: the dock's keyboard, gloves on ----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_S, Qt.Key.Key_B):
            kind = "sharp" if key == Qt.Key.Key_S else "blurred"
            if shift:
                self.take_from_file(kind)
            else:
                self.take_from_camera(kind)
        elif key == Qt.Key.Key_C:
            self.camera_picker.showPopup()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        else:
            super().keyPressEvent(event)
