"""Change outcome (O): grade by its letter, disposition and reason by number, a note typed only when wanted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station.services.inspect import Override
from ui.outcome_display import disposition_name, repolish
from ui.widgets import FitButton, WrappingButton

# Digits left after the dispositions number the reasons; 0 is the tenth key should a scale have many extras.
DIGITS = "1234567890"
BIDI_MARKS = "\u200e\u200f\u2066\u2067\u2068\u2069 "


class NoteEdit(QLineEdit):
    """The optional note: Enter, Esc and Tab are the panel's keys even while the note is being typed."""

    key = Signal(int)  # Qt.Key of Enter, Esc or Tab

    def event(self, event: QEvent) -> bool:
        # Tab must not walk the window's focus chain (mode bar, language picker): it hands the keys back.
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.key.emit(event.key())
            return True
        return super().event(event)


class OutcomeChoice(QFrame):
    """Builds the inspector's `Override`; shows nothing that a mouse wheel could turn (buttons, no combo boxes).

    Every button takes no focus: the grade screen keeps the keys, and a letter is a grade unless the note has
    focus. The reason is stored in the inspector's own words, as a typed reason always was.
    """

    changed = Signal()  # the pending grade or disposition: the band above shows it
    submit = Signal()  # Enter
    cancel = Signal()  # Esc
    note_left = Signal()  # Tab in the note: keys back to the grade screen

    def __init__(self, grades: tuple[str, ...], dispositions: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideBox")
        self.grades, self.dispositions = grades, dispositions
        self.reasons = (
            self.tr("Damage the checklist missed"),
            self.tr("Customer's reason confirmed"),
            self.tr("Parts missing"),
            self.tr("Wrong item in the box"),
            self.tr("Better than the answers say"),
            self.tr("Other (type why)"),
        )
        keys = DIGITS[:len(dispositions) + len(self.reasons)]
        self.disposition_keys = dict(zip(keys, dispositions, strict=False))
        self.reason_keys = dict(zip(keys[len(dispositions):], range(len(self.reasons)), strict=False))
        self.proposed: tuple[str, str] = (grades[0], dispositions[0])
        self.grade, self.disposition = self.proposed
        self.reason: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        # The grade and disposition keys: placed by the grade screen right under the band they change.
        self.keys_row = QWidget(parent)
        self.keys_row.setObjectName("overrideKeys")
        row = QHBoxLayout(self.keys_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.grade_buttons: dict[str, FitButton] = {}
        for grade in grades:
            button = self._button(grade, lambda _=False, g=grade: self.choose_grade(g))
            button.setObjectName(f"overrideGrade-{grade}")
            self.grade_buttons[grade] = button
            row.addWidget(button)
        row.addSpacing(16)
        self.disposition_buttons: dict[str, FitButton] = {}
        for key, disposition in self.disposition_keys.items():
            button = self._button(f"{key}  {disposition_name(disposition)}",
                                  lambda _=False, d=disposition: self.choose_disposition(d))
            button.setObjectName(f"overrideDisposition-{disposition}")
            self.disposition_buttons[disposition] = button
            row.addWidget(button, 1)
        grid = QGridLayout()
        grid.setSpacing(4)
        keys_of = {index: key for key, index in self.reason_keys.items()}
        self.reason_buttons: list[WrappingButton] = []
        for index, text in enumerate(self.reasons):
            number = f"{keys_of[index]}  " if index in keys_of else ""
            button = WrappingButton(number + text, "option")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"overrideReason-{index + 1}")
            button.clicked.connect(lambda _=False, i=index: self.choose_reason(i))
            self.reason_buttons.append(button)
            grid.addWidget(button, index // 3, index % 3)
        outer.addLayout(grid)
        line = QHBoxLayout()
        # What is missing sits beside the note, in the panel's last line: never below the fold.
        self.message = QLabel("", self)
        self.message.setObjectName("overrideMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        line.addWidget(self.message, 1)
        self.note = NoteEdit(self)
        self.note.setObjectName("overrideNote")
        self.note.key.connect(self._note_key)
        line.addWidget(self.note, 1)
        outer.addLayout(line)
        self._placeholder()

    def _button(self, text: str, action) -> FitButton:
        # The app's 48 px buttons, not 56: beside the grade letter, under the band, the row has no more room.
        button = FitButton(text)
        button.setProperty("role", "option")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action)
        return button

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.keys_row.setVisible(visible)

    def changeEvent(self, event: QEvent) -> None:
        # The keys row lives under the band, outside this frame: it is enabled and disabled with it.
        if event.type() == QEvent.Type.EnabledChange:
            self.keys_row.setEnabled(self.isEnabled())
        super().changeEvent(event)

    # ---- state ----
    def start(self, grade: str, disposition: str) -> None:
        """Opens on the checklist's outcome: nothing changes until a key says so."""
        self.proposed = (grade, disposition)
        self.grade, self.disposition = grade, disposition
        self.reason = None
        self.note.clear()
        self.show_message(self.tr("Choose the new grade, disposition and reason."))
        self._mark()

    @property
    def pending(self) -> tuple[str, str]:
        return self.grade, self.disposition

    @property
    def changes(self) -> bool:
        return self.pending != self.proposed

    @property
    def other(self) -> bool:
        return self.reason == len(self.reasons) - 1

    def choose_grade(self, grade: str) -> None:
        self.grade = grade
        self._mark()
        self.changed.emit()

    def choose_disposition(self, disposition: str) -> None:
        self.disposition = disposition
        self._mark()
        self.changed.emit()

    def choose_reason(self, index: int) -> None:
        self.reason = index
        self._mark()
        self._placeholder()
        self.show_message(self.tr("Type why, then Enter.") if self.other else self.tr(
            "Enter completes with this outcome."))
        if self.other:
            # "Other" says nothing by itself: the words are typed now, so the keys go to the note.
            self.note.setFocus()

    def key(self, text: str) -> bool:
        """A key pressed on the grade screen while choosing; False when it is not one of the panel's."""
        letter = text.upper()
        if letter in self.grades:
            self.choose_grade(letter)
        elif text in self.disposition_keys:
            self.choose_disposition(self.disposition_keys[text])
        elif text in self.reason_keys:
            self.choose_reason(self.reason_keys[text])
        else:
            return False
        return True

    def refusal(self) -> str | None:
        """Why the change cannot be completed yet, in the words to show; None when it can."""
        if not self.changes:
            return None
        if self.reason is None:
            keys = list(self.reason_keys) or [""]
            return self.tr("Choose a reason ({first}–{last}), then Enter.").format(first=keys[0], last=keys[-1])
        if self.other and not self.note.text().strip():
            self.note.setFocus()
            return self.tr("\"Other\": type why in the field, then Enter.")
        return None

    def override(self) -> Override | None:
        """The change to complete with (after `refusal` said none), or None when nothing changed."""
        if not self.changes or self.reason is None:
            return None
        note = self.note.text().strip()
        if self.other:
            reason = note
        elif note:
            reason = self.tr("{reason}: {note}").format(reason=self.reasons[self.reason], note=note)
        else:
            reason = self.reasons[self.reason]
        grade, disposition = self.pending
        # The fact keeps the words only: the direction marks a right-to-left translation starts with are the
        # screen's business.
        return Override(grade, disposition, reason.strip(BIDI_MARKS))

    def show_message(self, text: str, state: str = "") -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        repolish(self.message)

    def hints(self) -> str:
        grades, dispositions, reasons = self.grades, list(self.disposition_keys), list(self.reason_keys)
        return self.tr("{first}–{last}: grade · {d1}–{d2}: disposition · {r1}–{r2}: reason · Tab: note · "
                       "Enter: complete · Esc: cancel").format(
            first=grades[0], last=grades[-1], d1=dispositions[0], d2=dispositions[-1],
            r1=reasons[0] if reasons else "", r2=reasons[-1] if reasons else "")

    # ---- look ----
    def _mark(self) -> None:
        for grade, button in self.grade_buttons.items():
            button.setProperty("selected", grade == self.grade)
            repolish(button)
        for disposition, button in self.disposition_buttons.items():
            button.setProperty("selected", disposition == self.disposition)
            repolish(button)
        for index, button in enumerate(self.reason_buttons):
            button.setProperty("selected", index == self.reason)
            repolish(button)

    def _placeholder(self) -> None:
        self.note.setPlaceholderText(self.tr("Type why (required for Other)") if self.other else self.tr(
            "A note for the lead (optional): Tab, then type"))

    def _note_key(self, key: int) -> None:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancel.emit()
        else:
            self.note_left.emit()
