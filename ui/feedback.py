"""Good-read / bad-read feedback: a flash with a word and an icon, and a tone, without QtMultimedia."""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtGui import QPixmap

# The painting and process classes, the WAV writer and the clock are imported where a flash or a tone first needs
# them: the sign-in screen shows the idle flash only, and each class PySide6 builds costs the first screen its enums.

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050
# Players tried in order; each plays a WAV file given as its last argument and then exits.
PLAYERS: tuple[tuple[str, ...], ...] = (("paplay",), ("pw-play",), ("aplay", "-q"))


def tone_wav(notes: list[tuple[float, float]], volume: float = 0.5) -> bytes:
    """A mono 16-bit WAV of (frequency Hz, seconds) notes; frequency 0 is a pause."""
    import io
    import math
    import struct
    import wave

    frames = bytearray()
    fade = int(SAMPLE_RATE * 0.005)  # 5 ms ramps: no click at the start and end of each note
    for freq, seconds in notes:
        count = int(SAMPLE_RATE * seconds)
        for i in range(count):
            ramp = min(1.0, i / fade, (count - 1 - i) / fade) if fade else 1.0
            value = math.sin(2 * math.pi * freq * i / SAMPLE_RATE) * volume * ramp if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


# Good: two short rising notes. Bad: one long low note. Photo needed: three quick equal mid notes (a
# "look here" knock). Complete: a rising three-note chord that ends long. They differ in pitch, rhythm
# and length, so they are told apart over dock noise and by people who hear some pitches poorly.
GOOD_NOTES = [(1320.0, 0.07), (0.0, 0.03), (1760.0, 0.09)]
BAD_NOTES = [(220.0, 0.40)]
PHOTO_NOTES = [(880.0, 0.06), (0.0, 0.06), (880.0, 0.06), (0.0, 0.06), (880.0, 0.06)]
COMPLETE_NOTES = [(1047.0, 0.08), (1319.0, 0.08), (1568.0, 0.22)]
TONES: dict[str, list[tuple[float, float]]] = {
    "good": GOOD_NOTES, "bad": BAD_NOTES, "photo": PHOTO_NOTES, "complete": COMPLETE_NOTES}


def _local_time() -> dt.time:
    import datetime

    return datetime.datetime.now().time()


def in_quiet_time(now: dt.time, start: dt.time | None, end: dt.time | None) -> bool:
    """Whether `now` falls in the daily quiet time [start, end); a window may run past midnight."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= now < end
    return now >= start or now < end


class TonePlayer(QObject):
    """Plays the four tones (good, bad, photo needed, complete) through a system player in a detached
    process, else beeps; at `volume`, and never in the daily quiet time (night mute)."""

    def __init__(self, parent: QObject | None = None, muted: bool = False,
                 player: list[str] | None = None, volume: float = 0.5,
                 quiet: tuple[dt.time | None, dt.time | None] = (None, None),
                 clock: Callable[[], dt.time] | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self.player = player if player is not None else find_player()
        self.volume = volume
        self.quiet = quiet
        self.clock = clock or _local_time
        self.played: list[str] = []  # names of the tones played, newest last (tests and diagnostics)
        self._files: dict[tuple[str, float], Path] = {}

    def configure(self, *, sounds: bool, volume: float, quiet_from: dt.time | None,
                  quiet_until: dt.time | None) -> None:
        self.muted = not sounds
        self.volume = volume
        self.quiet = (quiet_from, quiet_until)

    @property
    def silent_now(self) -> bool:
        return self.muted or self.volume <= 0 or in_quiet_time(self.clock(), *self.quiet)

    def good(self) -> None:
        self._play("good", GOOD_NOTES)

    def bad(self) -> None:
        self._play("bad", BAD_NOTES)

    def photo_needed(self) -> None:
        self._play("photo", PHOTO_NOTES)

    def complete(self) -> None:
        self._play("complete", COMPLETE_NOTES)

    def _play(self, name: str, notes: list[tuple[float, float]]) -> None:
        if self.silent_now:
            return
        self.played.append(name)
        if not self.player:
            QApplication.beep()
            return
        volume = round(self.volume, 2)
        path = self._files.get((name, volume))
        if path is None:
            folder = _tone_dir() / f"volume-{int(volume * 100)}"
            folder.mkdir(exist_ok=True)
            path = folder / f"{name}.wav"
            path.write_bytes(tone_wav(notes, volume))
            self._files[(name, volume)] = path
        from PySide6.QtCore import QProcess

        # Detached: the UI thread never waits for the sound, and no child is left to reap.
        started, _pid = QProcess.startDetached(self.player[0], [*self.player[1:], str(path)])
        if not started:
            log.warning("sound player %s could not start; beeping instead", self.player[0])
            QApplication.beep()


def find_player() -> list[str] | None:
    for command in PLAYERS:
        path = shutil.which(command[0])
        if path:
            return [path, *command[1:]]
    return None


_TONE_DIR: Path | None = None


def _tone_dir() -> Path:
    global _TONE_DIR
    if _TONE_DIR is None:
        _TONE_DIR = Path(tempfile.mkdtemp(prefix="station-tones-"))
        atexit.register(shutil.rmtree, _TONE_DIR, True)
    return _TONE_DIR


def status_icon(good: bool, size: int = 48) -> QPixmap:
    """A drawn tick in a circle or a cross in a square: shape tells them apart, not only colour."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor("#0b7a2a") if good else QColor("#b3121b")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    margin = size * 0.04
    if good:
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - margin, size / 2 - margin)
    else:
        side = size - 2 * margin
        painter.drawRoundedRect(margin, margin, side, side, size * 0.12, size * 0.12)
    pen = QPen(QColor("white"), size * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if good:
        path.moveTo(size * 0.27, size * 0.52)
        path.lineTo(size * 0.44, size * 0.69)
        path.lineTo(size * 0.74, size * 0.34)
    else:
        path.moveTo(size * 0.3, size * 0.3)
        path.lineTo(size * 0.7, size * 0.7)
        path.moveTo(size * 0.7, size * 0.3)
        path.lineTo(size * 0.3, size * 0.7)
    painter.drawPath(path)
    painter.end()
    return pixmap


def camera_icon(size: int = 48) -> QPixmap:
    """A drawn camera in a rounded square: "take a photo", told apart from tick and cross by shape."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#0b4fb3"))
    painter.drawRoundedRect(0, 0, size, size, size * 0.2, size * 0.2)
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(size * 0.16, size * 0.32, size * 0.68, size * 0.46, size * 0.06, size * 0.06)
    painter.drawRect(size * 0.38, size * 0.22, size * 0.24, size * 0.12)
    painter.setBrush(QColor("#0b4fb3"))
    painter.drawEllipse(QPointF(size * 0.5, size * 0.55), size * 0.14, size * 0.14)
    painter.end()
    return pixmap


class ScanFlash(QFrame):
    """``QFrame#scanFlash`` whose ``state`` property ("idle", "good", "bad", "photo") the stylesheet colours.

    ``good()``/``bad()`` show an icon, a word and an optional detail, play the tone, and go back to
    idle after ``hold_ms``. Colours come from the stylesheet; the icon and word carry the meaning.
    """

    def __init__(self, parent: QWidget | None = None, tones: TonePlayer | None = None,
                 hold_ms: int = 1500) -> None:
        super().__init__(parent)
        self.setObjectName("scanFlash")
        self.setProperty("state", "idle")
        self.tones = tones if tones is not None else TonePlayer(self)
        self.hold_ms = hold_ms
        self._icon = QLabel(self)
        self._icon.setObjectName("scanFlashIcon")
        self._word = QLabel(self)
        self._word.setObjectName("scanFlashWord")
        self._detail = QLabel(self)
        self._detail.setObjectName("scanFlashDetail")
        self._detail.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self._icon)
        layout.addWidget(self._word)
        layout.addWidget(self._detail, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self._word.setText(self.tr("Ready to scan"))  # idle, as clear() leaves it

    @property
    def state(self) -> str:
        return str(self.property("state"))

    @property
    def word(self) -> str:
        return self._word.text()

    @property
    def detail(self) -> str:
        return self._detail.text()

    @property
    def muted(self) -> bool:
        return self.tones.muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self.tones.muted = value

    def good(self, detail: str = "") -> None:
        self._show("good", self.tr("Read OK"), detail)
        self.tones.good()

    def already_done(self, detail: str = "") -> None:
        """A label read well whose items are all inspected: neither a green "Read OK" nor a failed read."""
        self._show("seen", self.tr("Already inspected"), detail)
        self.tones.good()

    def saved(self, detail: str = "") -> None:
        """An inspection was completed and stored: the good colour, its own word and the "complete" tone."""
        self._show("good", self.tr("Saved"), detail)
        self.tones.complete()

    def photo_needed(self, detail: str = "") -> None:
        """The checklist asks for evidence: a camera icon, a word and the "photo needed" tone."""
        self._show("photo", self.tr("Photo needed"), detail)
        self.tones.photo_needed()

    def bad(self, detail: str = "") -> None:
        self._show("bad", self.tr("Not recognised"), detail)
        self.tones.bad()

    def clear(self) -> None:
        self._timer.stop()
        self._set_state("idle")
        self._icon.clear()
        self._word.setText(self.tr("Ready to scan"))
        self._detail.clear()

    def _show(self, state: str, word: str, detail: str) -> None:
        self._set_state(state)
        size = max(32, self.fontMetrics().height() * 2)
        if state == "seen":
            self._icon.clear()  # no tick (nothing to do) and no cross (nothing failed)
        else:
            self._icon.setPixmap(camera_icon(size) if state == "photo" else status_icon(state == "good", size))
        # Kept when the icon is cleared, so the word does not jump sideways between flashes.
        self._icon.setMinimumSize(size, size)
        self._word.setText(word)
        self._detail.setText(detail)
        self._icon.setAccessibleName(word)
        if self.hold_ms > 0:
            self._timer.start(self.hold_ms)

    def _set_state(self, state: str) -> None:
        from PySide6.QtCore import Qt

        self.setProperty("state", state)
        # A dynamic property changes the style only after a re-polish; a widget not polished yet (the flash being
        # built) takes the property when it is.
        for widget in (self, self._word, self._detail):
            if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.update()
