"""Keyboard-wedge scanners: tells a scanner's key burst from human typing anywhere in the application."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_KEY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}


@cache
def _keys() -> tuple[frozenset[Qt.Key], frozenset[Qt.Key], Qt.KeyboardModifier]:
    """The terminators, the modifier keys and the command modifiers: made at the first key, since the filter listens
    from the first paint and Qt's key enums are the Qt namespace's, whose building would delay that paint."""
    from PySide6.QtCore import Qt

    terminators = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
    modifier_keys = frozenset({
        Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
    })
    command = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    return terminators, modifier_keys, command


def _monotonic_ms() -> float:
    return time.monotonic_ns() / 1_000_000


@dataclass
class _HeldKey:
    # A plain reference: shiboken6.isValid() tells whether Qt deleted the object since.
    target: QObject
    type: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    scan_code: int
    virtual_key: int
    native_modifiers: int

    @classmethod
    def of(cls, target: QObject, event: QKeyEvent) -> _HeldKey:
        return cls(target, event.type(), event.key(), event.modifiers(), event.text(),
                   event.nativeScanCode(), event.nativeVirtualKey(), event.nativeModifiers())

    def rebuild(self) -> QKeyEvent:
        return QKeyEvent(self.type, self.key, self.modifiers, self.scan_code, self.virtual_key,
                         self.native_modifiers, self.text)


class WedgeScanFilter(QObject):
    """Application-wide event filter that turns a keyboard-wedge burst into ``scanned(text)``.

    Printable keys are held back for a moment (about two key gaps). If the next key comes within
    ``max_gap_ms`` the burst grows; a terminator (Enter, Return, Tab) or the configured suffix after
    at least ``min_chars`` fast characters makes it a scan, and none of its keys reach a widget. Any
    slower key, a non-printable key, a mouse press or the hold timer running out re-delivers the held
    keys, in order, to the object that was to receive them, so human typing is only delayed, never lost.

    With a ``prefix``, the prefix alone marks a scan, however slowly the scanner types. Choose
    prefix/suffix characters that nobody types by hand.

    Times come from ``clock`` (monotonic milliseconds) when given, which lets tests drive time.
    Otherwise the key events' own timestamps are used, so keys that queued up while the UI thread
    was busy keep their real spacing instead of looking like a burst.
    """

    scanned = Signal(str)

    def __init__(
        self,
        max_gap_ms: int = 40,
        min_chars: int = 4,
        prefix: str = "",
        suffix: str = "",
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self.min_chars = min_chars
        self.prefix = prefix
        self.suffix = suffix
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._text = ""
        self._last_time: float | None = None
        self._last_base = ""
        self._scan_done_at: float | None = None
        self._swallow_release: int | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_hold_timeout)
        self._app: QCoreApplication | None = None

    def install(self, app: QCoreApplication | None = None) -> None:
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("WedgeScanFilter needs a QApplication")
        app.installEventFilter(self)
        self._app = app

    def remove(self) -> None:
        self.flush()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def flush(self) -> None:
        """Re-delivers held keys to where they were going: they were typed by a person."""
        held, self._held, self._text = self._held, [], ""
        self._last_time = None
        self._timer.stop()
        self._replaying = True
        try:
            for key in held:
                if shiboken6.isValid(key.target):
                    QCoreApplication.sendEvent(key.target, key.rebuild())
        finally:
            self._replaying = False

    # --- the filter ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype == QEvent.Type.MouseButtonPress:
            # Typing then clicking (e.g. "Save") must see the typed text in place first.
            if self._held and not self._replaying:
                self.flush()
            return False
        if etype not in _KEY_EVENTS or self._replaying:
            return False
        # Real keyboard input reaches the QWindow first, then its focus widget; test input may go to a
        # widget directly. Held keys are taken at the first of these, so there is no second copy; the
        # copies of a key let through (to the focus widget, or up to parents) change no state.
        if not isinstance(watched, QWidget | QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        if etype == QEvent.Type.ShortcutOverride:
            return self._on_shortcut_override(event)
        if etype == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)
        return self._on_press(watched, event)

    def _now(self, event: QKeyEvent) -> tuple[str, float]:
        if self._clock is not None:
            return "clock", self._clock()
        stamp = event.timestamp()
        if stamp:
            return "event", float(stamp)
        return "monotonic", _monotonic_ms()

    def _gap(self, base: str, now: float) -> float:
        if self._last_time is None or base != self._last_base:
            return float("inf")
        return now - self._last_time

    def _prefix_mode(self) -> bool:
        return bool(self.prefix) and self._text.startswith(self.prefix)

    def _prefix_candidate(self, text: str) -> bool:
        return bool(self.prefix) and self.prefix.startswith(text)

    def _fits(self, event: QKeyEvent) -> bool:
        """A key that may belong to a scan: printable text, or a programmed prefix/suffix character."""
        text = event.text()
        if not text or event.isAutoRepeat():
            return False
        special = self._prefix_candidate(self._text + text) or (bool(self.suffix) and text in self.suffix)
        if special:
            return True
        return text.isprintable() and not (event.modifiers() & _keys()[2])

    def _payload(self) -> str:
        text = self._text
        if self._prefix_mode():
            text = text[len(self.prefix):]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        return text

    def _on_shortcut_override(self, event: QKeyEvent) -> bool:
        # Mid-burst, a key must arrive as a key press, not trigger a one-key shortcut (or a Return
        # shortcut that would swallow the scan's terminator).
        if not self._held or not (self._fits(event) or event.key() in _keys()[0]):
            return False
        base, now = self._now(event)
        if self._prefix_mode() or self._gap(base, now) <= self.max_gap_ms:
            event.accept()
            return True
        return False

    def _on_release(self, watched: QObject, event: QKeyEvent) -> bool:
        if self._swallow_release is not None and event.key() == self._swallow_release:
            self._swallow_release = None
            return True
        if any(k.type == QEvent.Type.KeyPress and k.key == event.key() for k in self._held):
            # Its press is held back; the release must follow it, never overtake it.
            self._held.append(_HeldKey.of(watched, event))
            return True
        return False

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        terminators, modifier_keys, _command = _keys()
        if key in modifier_keys:
            return False  # scanners press Shift for capitals; it neither breaks nor extends a burst
        base, now = self._now(event)
        gap = self._gap(base, now)

        if key in terminators:
            if self._held and (self._prefix_mode() or gap <= self.max_gap_ms) and self._complete(now):
                self._swallow_release = key
                return True
            if not self._held and self._scan_done_at is not None and self._last_base == base \
                    and 0 <= now - self._scan_done_at <= self.max_gap_ms:
                # The Enter a scanner sends after its programmed suffix: part of the scan just made.
                self._scan_done_at = None
                self._swallow_release = key
                return True
            self.flush()
            return False

        if not self._fits(event):
            self.flush()
            return False

        if self._held and not self._prefix_mode() and gap > self.max_gap_ms:
            self.flush()  # a slow key: what was held was typed by hand
        if self._held and not self._prefix_mode() and self._prefix_candidate(event.text()) \
                and not self._prefix_candidate(self._text + event.text()):
            self.flush()  # the scanner's prefix starts a new burst after something typed by hand
        self._held.append(_HeldKey.of(watched, event))
        self._text += event.text()
        self._last_time, self._last_base = now, base
        if self.suffix and self._text.endswith(self.suffix) and self._complete(now):
            return True
        self._arm_timer()
        return True

    def _complete(self, now: float) -> bool:
        payload = self._payload()
        if len(payload) < self.min_chars:
            return False
        self._held, self._text = [], ""
        self._last_time = None
        self._timer.stop()
        self._scan_done_at = now
        # Delivered from the event loop, not from inside the filter, so a slot may open a dialog.
        QTimer.singleShot(0, self, lambda: self.scanned.emit(payload))
        return True

    def _hold_ms(self) -> int:
        if self._prefix_mode() or (self.prefix and self._prefix_candidate(self._text)):
            # A scanner that announces itself may type slowly; a person typing the prefix waits longer.
            return max(500, 10 * self.max_gap_ms)
        # Two gaps, not one: a busy UI thread may run this timer before queued keys of the same burst.
        return 2 * self.max_gap_ms

    def _arm_timer(self) -> None:
        self._timer.start(self._hold_ms())

    def _on_hold_timeout(self) -> None:
        if not self._held:
            return
        if self._clock is not None and self._last_time is not None:
            remaining = self._hold_ms() - (self._clock() - self._last_time)
            if remaining > 0:
                # Tests drive time through the clock; the real timer only says when to look again.
                self._timer.start(max(1, min(int(remaining), self._hold_ms())))
                return
        self.flush()
