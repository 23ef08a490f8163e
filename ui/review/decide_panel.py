"""The decide panel: approve, or regrade with a required reason; says plainly when this person may not decide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from station.services.review import EvidenceView
from ui.i18n import render
from ui.outcome_display import disposition_name
from ui.widgets import BigButton, titled


def dock_sized(combo: QComboBox) -> QComboBox:
    """A dropdown whose rows are as big as any other target at the dock (44 px, station.qss), not Qt's 28 px:
    the styled delegate is the one that reads the row height from the style sheet."""
    combo.setItemDelegate(QStyledItemDelegate(combo))
    return combo


class WheelOnlyWhenFocused(QObject):
    """A wheel turned over a dropdown on the way to the photo must not change the new grade: a dropdown takes
    the wheel only once it has the focus (a click or the keys gave it), and the wheel gives it no focus."""

    def guard(self, combo: QComboBox) -> QComboBox:
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.installEventFilter(self)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return super().eventFilter(watched, event)


class DecidePanel(QFrame):
    approve_requested = Signal(str)  # optional note
    regrade_requested = Signal(object, object, str)  # grade, disposition, reason
    packet_requested = Signal()
    leave = Signal()  # Esc in the reason field: back to the queue

    def __init__(self, grades: tuple[str, ...], dispositions: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decidePanel")
        self._view: EvidenceView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.outcome = titled("", "subtitle")
        self.outcome.setObjectName("reviewOutcome")
        outer.addWidget(self.outcome)
        self.why_not = titled("", "flag")
        self.why_not.setObjectName("decideRefusal")
        self.why_not.setVisible(False)
        outer.addWidget(self.why_not)
        self.grade_choice = QComboBox(self)
        self.grade_choice.setObjectName("regradeGrade")
        self.grade_choice.addItems(list(grades))
        self.grade_choice.setToolTip(self.tr("New outcome"))
        self.disposition_choice = QComboBox(self)
        self.disposition_choice.setObjectName("regradeDisposition")
        for disposition in dispositions:
            self.disposition_choice.addItem(disposition_name(disposition), disposition)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("regradeReason")
        self.reason.setPlaceholderText(self.tr("Why? Required to regrade; optional note when approving"))
        self.reason.setToolTip(self.tr("Reason"))
        self._wheel = WheelOnlyWhenFocused(self)
        for combo in (self.grade_choice, self.disposition_choice):
            self._wheel.guard(dock_sized(combo))
        # A column beside the photo, not a band under it: at 1440x900 the height is what the photo lacks. No form
        # labels beside the fields (the "Now:" line, the placeholder and the tooltips name them), so the column
        # stays narrow enough to leave the photo its width in every language.
        pair = QHBoxLayout()
        pair.addWidget(self.grade_choice)
        pair.addWidget(self.disposition_choice, 1)
        outer.addLayout(pair)
        outer.addWidget(self.reason)
        buttons = QGridLayout()
        self.approve_button = BigButton(self.tr("Approve"), "primary")
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setToolTip(self.tr("Ctrl+Enter"))
        self.regrade_button = BigButton(self.tr("Regrade"), "")
        self.regrade_button.setObjectName("regradeButton")
        self.packet_button = BigButton(self.tr("Evidence packet (PDF)"), "")
        self.packet_button.setObjectName("packetButton")
        buttons.addWidget(self.approve_button, 0, 0)
        buttons.addWidget(self.regrade_button, 0, 1)
        buttons.addWidget(self.packet_button, 1, 0, 1, 2)
        outer.addLayout(buttons)
        self.message = QLabel("", self)
        self.message.setObjectName("decideMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)  # its line is the photo's while there is nothing to say
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.approve_button.clicked.connect(lambda: self.approve_requested.emit(self.reason.text()))
        self.regrade_button.clicked.connect(self._regrade)
        self.packet_button.clicked.connect(self.packet_requested.emit)
        self.reason.returnPressed.connect(self._decide_by_enter)
        self.reason.installEventFilter(self)
        # Every decision by keys, wherever the focus is (the hints bar lists them). A letter typed into the reason
        # stays a letter: a line edit takes printable keys before any shortcut.
        for grade in grades:
            if len(grade) == 1 and grade.isalpha():
                self._key(grade.upper(), lambda g=grade: self.choose(grade=g))
        # Plain digits, as on Inspect's change of outcome; Alt+digit, the keys first printed here, still work.
        # The photo keeps its own 1 (zoom 1:1) while it has the focus (ZoomView takes the key before shortcuts).
        self._digit_dispositions = {Qt.Key.Key_1 + index: d for index, d in enumerate(dispositions[:9])}
        for index, disposition in enumerate(dispositions[:9]):
            self._key(f"{index + 1}", lambda d=disposition: self.choose(disposition=d))
            self._key(f"Alt+{index + 1}", lambda d=disposition: self.choose(disposition=d))
        self.disposition_choice.setToolTip(" · ".join(
            f"{i + 1}: {disposition_name(d)}" for i, d in enumerate(dispositions[:9])))
        self._key("R", lambda: self.reason.isEnabled() and self.reason.setFocus())
        self._key("Ctrl+Shift+Return", lambda: self.regrade_button.isEnabled() and self.regrade_button.click())
        self._key("P", lambda: self.packet_button.isEnabled() and self.packet_button.click())
        self.show_view(None)

    def _key(self, keys: str, action) -> None:
        QShortcut(QKeySequence(keys), self, activated=action)

    def choose(self, grade: str | None = None, disposition: str | None = None) -> None:
        """A new grade or disposition by key; then the reason field, since a regrade needs one."""
        if not self.grade_choice.isEnabled():
            return
        if grade is not None:
            self.grade_choice.setCurrentText(grade)
        if disposition is not None:
            self.disposition_choice.setCurrentIndex(max(0, self.disposition_choice.findData(disposition)))
        self.reason.setFocus()

    def _changed(self) -> bool:
        view = self._view
        return view is not None and (self.grade_choice.currentText(), self.disposition_choice.currentData()) != (
            view.grade, view.disposition)

    def _decide_by_enter(self) -> None:
        # Enter after the reason: a changed outcome is a regrade, the same one an approval with a note.
        button = self.regrade_button if self._changed() else self.approve_button
        if button.isEnabled():
            button.click()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.reason and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.leave.emit()
            return True
        # A grade's letter puts the keys in the reason; a digit there before any word is still the disposition
        # (D, 3, then the reason), once a word is typed it is text.
        if (watched is self.reason and event.type() == event.Type.KeyPress and not self.reason.text()
                and event.key() in self._digit_dispositions
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.choose(disposition=self._digit_dispositions[event.key()])
            return True
        return super().eventFilter(watched, event)

    def _regrade(self) -> None:
        self.regrade_requested.emit(self.grade_choice.currentText(), self.disposition_choice.currentData(),
                                    self.reason.text())

    def show_view(self, view: EvidenceView | None) -> None:
        same = view is not None and self._view is not None and self._view.inspection_id == view.inspection_id
        self._view = view
        if not same:  # a reopened inspection keeps "Regraded to …" in view
            self.message.clear()
            self.message.setVisible(False)
        self.reason.clear()
        if view is None:
            self.outcome.setText(self.tr("Choose an inspection from the queue."))
            self.why_not.setVisible(False)
            for widget in (self.approve_button, self.regrade_button, self.packet_button, self.grade_choice,
                           self.disposition_choice, self.reason):
                widget.setEnabled(False)
            return
        self.outcome.setText(self.tr("Now: grade {grade} · {disposition}").format(
            grade=view.grade, disposition=disposition_name(view.disposition)))
        self.grade_choice.setCurrentText(view.grade)
        self.disposition_choice.setCurrentIndex(max(0, self.disposition_choice.findData(view.disposition)))
        allowed = view.why_not_decide is None
        self.why_not.setText(render(view.why_not_decide) if view.why_not_decide is not None else "")
        self.why_not.setVisible(not allowed)
        for widget in (self.approve_button, self.regrade_button, self.grade_choice, self.disposition_choice,
                       self.reason):
            widget.setEnabled(allowed)
        self.packet_button.setEnabled(True)

    def show_message(self, text: str, state: str = "") -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def set_busy(self, busy: bool) -> None:
        allowed = self._view is not None and self._view.why_not_decide is None
        self.approve_button.setEnabled(allowed and not busy)
        self.regrade_button.setEnabled(allowed and not busy)
