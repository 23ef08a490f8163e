"""The re-grade's outcome: the new grade, restock or dispose as colour and word, and the reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from station.services.refurb import RegradeView
from ui.i18n import render
from ui.outcome_display import OutcomeHeader, disposition_name, repolish
from ui.widgets import BigButton, titled


class OutcomeView(QWidget):
    confirm = Signal(str, str)  # outcome ("restock" | "dispose"), reason
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice: str | None = None
        self._proposed: str | None = None
        outer = QVBoxLayout(self)
        self.outcome = OutcomeHeader(self)
        self.grade, self.band = self.outcome.grade, self.outcome.band
        outer.addWidget(self.outcome)
        self.proposal = titled("", "hint")
        self.proposal.setObjectName("refurbProposal")
        outer.addWidget(self.proposal)
        outer.addWidget(titled(self.tr("Why"), "subtitle"))
        self.reasons = titled("", "reasons")
        self.reasons.setObjectName("refurbRegradeReasons")
        outer.addWidget(self.reasons)
        choices = QHBoxLayout()
        self.restock = BigButton(self.tr("Restock (R)"), "option")
        self.restock.setObjectName("refurbChooseRestock")
        self.restock.clicked.connect(lambda: self.choose("restock"))
        choices.addWidget(self.restock)
        self.dispose = BigButton(self.tr("Dispose (D)"), "option")
        self.dispose.setObjectName("refurbChooseDispose")
        self.dispose.clicked.connect(lambda: self.choose("dispose"))
        choices.addWidget(self.dispose)
        outer.addLayout(choices)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("refurbOutcomeReason")
        self.reason.setPlaceholderText(self.tr("Why, when you choose against the checklist (required then)"))
        self.reason.returnPressed.connect(self._confirm)
        outer.addWidget(self.reason)
        self.error = titled("", "error")
        self.error.setObjectName("refurbOutcomeError")
        outer.addWidget(self.error)
        outer.addStretch(1)
        nav = QHBoxLayout()
        back = BigButton(self.tr("Back (Backspace)"))
        back.clicked.connect(self.back)
        nav.addWidget(back, 1)
        self.done = BigButton(self.tr("Confirm (Enter)"), "primary")
        self.done.setObjectName("refurbConfirm")
        self.done.clicked.connect(self._confirm)
        nav.addWidget(self.done, 2)
        outer.addLayout(nav)
        for button in (self.restock, self.dispose, back, self.done):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_regrade(self, view: RegradeView) -> None:
        result = view.grade
        self.error.clear()
        self.reason.clear()
        if result is None:
            return
        self._proposed = view.proposed_outcome
        self.outcome.show_grade(result.grade)
        self.reasons.setText("\n".join("• " + render(reason) for reason in result.reasons))
        if view.proposed_outcome is None:
            self.proposal.setText(self.tr("The checklist still finds work to do ({disposition}). Record more work, "
                                          "or choose restock or dispose and say why.").format(
                disposition=disposition_name(result.disposition)))
        else:
            self.proposal.setText(self.tr("The checklist says: {disposition}. Confirm, or choose the other and say "
                                          "why.").format(disposition=disposition_name(view.proposed_outcome)))
        self.choose(view.proposed_outcome)
        self.setFocus()

    def choose(self, outcome: str | None) -> None:
        self._choice = outcome
        shown = outcome or "refurbish"
        self.outcome.show_disposition(shown)
        self.restock.setProperty("selected", outcome == "restock")
        self.dispose.setProperty("selected", outcome == "dispose")
        for widget in (self.restock, self.dispose):
            repolish(widget)
        if outcome is not None and outcome != self._proposed:
            self.reason.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _confirm(self) -> None:
        self.confirm.emit(self._choice or "", self.reason.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._confirm()
        elif key == Qt.Key.Key_R:
            self.choose("restock")
        elif key == Qt.Key.Key_D:
            self.choose("dispose")
        elif key == Qt.Key.Key_Backspace:
            self.back.emit()
        else:
            super().keyPressEvent(event)
