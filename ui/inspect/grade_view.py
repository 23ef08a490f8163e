"""Grade step: the grade, the disposition as colour and word, the reasons; complete, or change with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.services.inspect import DraftView, Override
from ui.i18n import render
from ui.outcome_display import OutcomeHeader, disposition_name
from ui.widgets import BigButton, scrolling, titled


class GradeView(QWidget):
    complete = Signal(object)  # Override or None
    back = Signal()

    def __init__(self, grades: tuple[str, ...], dispositions: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: DraftView | None = None
        page = QVBoxLayout(self)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.outcome = OutcomeHeader(self)
        self.grade, self.band = self.outcome.grade, self.outcome.band
        outer.addWidget(self.outcome)
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
        self.override_box = QFrame(self)
        self.override_box.setObjectName("overrideBox")
        form = QFormLayout(self.override_box)
        self.grade_choice = QComboBox(self.override_box)
        self.grade_choice.setObjectName("overrideGrade")
        self.grade_choice.addItems(list(grades))
        self.disposition_choice = QComboBox(self.override_box)
        self.disposition_choice.setObjectName("overrideDisposition")
        for disposition in dispositions:
            self.disposition_choice.addItem(disposition_name(disposition), disposition)
        self.override_reason = QLineEdit(self.override_box)
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setPlaceholderText(self.tr("Why do you change it? (required)"))
        self.override_reason.returnPressed.connect(self._complete)
        form.addRow(self.tr("Grade"), self.grade_choice)
        form.addRow(self.tr("Disposition"), self.disposition_choice)
        form.addRow(self.tr("Reason"), self.override_reason)
        self.override_box.setVisible(False)
        outer.addWidget(self.override_box)
        self.error = titled("", "error")
        self.error.setObjectName("gradeError")
        outer.addWidget(self.error)
        outer.addStretch(1)
        # Long reasons or the outcome form scroll; the buttons below stay in view.
        self.body = scrolling(body, self)
        page.addWidget(self.body, 1)
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

    def show_draft(self, draft: DraftView) -> None:
        self._draft = draft
        self.error.clear()
        self.override_box.setVisible(False)
        self.override_reason.clear()
        result = draft.grade
        if result is None:
            return
        self.outcome.show_grade(result.grade)
        self.outcome.show_disposition(result.disposition)
        self.reasons.setText("\n".join("• " + render(reason) for reason in result.reasons))
        advice = draft.recommendation
        self.refund.setText(self.tr("Recommended: {rule}").format(rule=render(advice.rule)) if advice else "")
        self.refund.setVisible(advice is not None)
        self.flags.setText("\n".join("⚑ " + render(flag.reason) for flag in draft.flags))
        self.flags.setVisible(bool(draft.flags))
        self.grade_choice.setCurrentText(result.grade)
        index = self.disposition_choice.findData(result.disposition)
        self.disposition_choice.setCurrentIndex(max(0, index))
        self.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def toggle_override(self) -> None:
        self.override_box.setVisible(not self.override_box.isVisible())
        if self.override_box.isVisible():
            self.grade_choice.setFocus()
            self.body.ensureWidgetVisible(self.override_box)
        else:
            self.setFocus()

    def _complete(self) -> None:
        if self.override_box.isVisible():
            self.complete.emit(Override(self.grade_choice.currentText(), self.disposition_choice.currentData(),
                                        self.override_reason.text()))
        else:
            self.complete.emit(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._complete()
        elif key == Qt.Key.Key_O:
            self.toggle_override()
        elif key == Qt.Key.Key_Backspace:
            self.back.emit()
        elif key == Qt.Key.Key_Escape and self.override_box.isVisible():
            self.toggle_override()
        else:
            super().keyPressEvent(event)
