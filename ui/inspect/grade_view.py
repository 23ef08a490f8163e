"""Grade step: the grade, the disposition as colour and word, the reasons; complete, or change with a reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from station.services.inspect import DraftView
from ui.i18n import render
from ui.inspect.outcome_choice import OutcomeChoice
from ui.outcome_display import OutcomeHeader
from ui.widgets import BigButton, scrolling, titled


class GradeView(QWidget):
    complete = Signal(object)  # Override or None
    back = Signal()
    choosing_changed = Signal()  # the change-outcome panel opened or closed: other keys apply

    def __init__(self, grades: tuple[str, ...], dispositions: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: DraftView | None = None
        page = QVBoxLayout(self)
        # The band and the change panel stay in view; only the reasons below them scroll.
        self.outcome = OutcomeHeader(self)
        self.grade, self.band = self.outcome.grade, self.outcome.band
        page.addWidget(self.outcome)
        self.choice = OutcomeChoice(grades, dispositions, self)
        self.choice.setVisible(False)
        self.choice.changed.connect(self._show_pending)
        self.choice.submit.connect(self._complete)
        self.choice.cancel.connect(self.cancel_override)
        self.choice.note_left.connect(self.setFocus)
        self.outcome.add_under_band(self.choice.keys_row)
        page.addWidget(self.choice)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(titled(self.tr("Why"), "subtitle"))
        self.reasons = titled("", "reasons")
        self.reasons.setObjectName("gradeReasons")
        outer.addWidget(self.reasons)
        # The return policy's recommendation: the inspection recommends, it never moves money.
        self.refund = titled("", "refund")
        self.refund.setObjectName("gradeRefund")
        outer.addWidget(self.refund)
        self.flags = titled("", "flag")
        self.flags.setObjectName("gradeFlags")
        outer.addWidget(self.flags)
        self.error = titled("", "error")
        self.error.setObjectName("gradeError")
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.body = scrolling(body, self)
        page.addWidget(self.body, 1)
        page.addStretch(0)  # with the reasons hidden while choosing, the buttons stay at the bottom
        nav = QHBoxLayout()
        back = BigButton(self.tr("Back (Backspace)"))
        back.clicked.connect(self.back)
        nav.addWidget(back, 1)
        self.change = BigButton(self.tr("Change outcome… (O)"))
        self.change.setObjectName("changeOutcome")
        self.change.clicked.connect(self.toggle_override)
        nav.addWidget(self.change, 1)
        self.done = BigButton(self.tr("Complete (Enter)"), "primary")
        self.done.setObjectName("completeInspection")
        self.done.clicked.connect(self._complete)
        nav.addWidget(self.done, 2)
        page.addLayout(nav)
        for button in (back, self.change, self.done):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @property
    def choosing(self) -> bool:
        return not self.choice.isHidden()

    def show_draft(self, draft: DraftView) -> None:
        self._draft = draft
        self.error.clear()
        self._close_choice()
        result = draft.grade
        if result is None:
            return
        self._show_proposed()
        self.reasons.setText("\n".join("• " + render(reason) for reason in result.reasons))
        advice = draft.recommendation
        self.refund.setText(self.tr("Recommended: {rule}").format(rule=render(advice.rule)) if advice else "")
        self.refund.setVisible(advice is not None)
        self.flags.setText("\n".join("⚑ " + render(flag.reason) for flag in draft.flags))
        self.flags.setVisible(bool(draft.flags))
        self.setFocus()

    def show_error(self, text: str) -> None:
        if self.choosing:
            # A refused change (the reason too short for the station) stays pending, its words under the band.
            self.choice.setEnabled(True)
            self.choice.show_message(text, "bad")
            if self.choice.other or self.choice.note.text():
                self.choice.note.setFocus()  # the words are what to mend
            self._show_pending()
        else:
            self.error.setText(text)

    def toggle_override(self) -> None:
        if self.choosing:
            self.cancel_override()
            return
        result = self._draft.grade if self._draft is not None else None
        if result is None:
            return
        self.choice.start(result.grade, result.disposition)
        # The checklist's reasons make room for the panel at 1440×900 (first, so the window never grows for a
        # moment and stays grown); Esc brings them back.
        self.body.setVisible(False)
        self.choice.setVisible(True)
        self.change.setText(self.tr("Cancel the change (Esc)"))
        self._show_pending()
        self.setFocus()
        self.choosing_changed.emit()

    def cancel_override(self) -> None:
        """Esc: the checklist's outcome again, on the band and in what Complete saves."""
        self._close_choice()
        self._show_proposed()
        self.setFocus()

    def _close_choice(self) -> None:
        was = self.choosing
        self.choice.setVisible(False)
        self.choice.setEnabled(True)
        self.body.setVisible(True)
        self.change.setText(self.tr("Change outcome… (O)"))
        if was:
            self.choosing_changed.emit()

    def _show_proposed(self) -> None:
        result = self._draft.grade if self._draft is not None else None
        if result is not None:
            self.outcome.show_grade(result.grade)
            self.outcome.show_disposition(result.disposition)

    def _show_pending(self) -> None:
        grade, disposition = self.choice.pending
        pending = self.choice.changes
        self.outcome.show_grade(grade, pending)
        self.outcome.show_disposition(disposition, pending)

    def _complete(self) -> None:
        if not self.choosing:
            self.complete.emit(None)
            return
        refusal = self.choice.refusal()
        if refusal is not None:
            self.choice.show_message(refusal, "bad")
            return
        override = self.choice.override()
        if override is not None:
            # Confirmed: the band drops its "pending" while the inspection is saved with this outcome, and the
            # panel takes no key meanwhile, so what is saved is what the band shows.
            self.outcome.show_grade(override.grade or "")
            self.outcome.show_disposition(override.disposition or "")
            self.setFocus()
            self.choice.setEnabled(False)
        self.complete.emit(override)

    def event(self, event: QEvent) -> bool:
        # Tab while choosing goes to the note, never along the window's focus chain.
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab and self.choosing
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.choice.note.setFocus()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.choosing and not self.choice.isEnabled():
            return  # the change is being saved
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._complete()
        elif key == Qt.Key.Key_O:
            self.toggle_override()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace) and self.choosing:
            self.cancel_override()
        elif self.choosing and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier) and self.choice.key(
                event.text()):
            return
        elif key == Qt.Key.Key_Backspace:
            self.back.emit()
        else:
            super().keyPressEvent(event)
