"""How an outcome is shown in every mode: the grade letter and the disposition as a coloured band and a word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def disposition_name(disposition: str) -> str:
    # Context "station": the same words the domain's grade reasons use, translated once.
    names = {"restock": QCoreApplication.translate("station", "Restock"),
             "refurbish": QCoreApplication.translate("station", "Refurbish"),
             "dispose": QCoreApplication.translate("station", "Dispose")}
    return names.get(disposition, disposition.replace("_", " ").capitalize())


def repolish(widget: QWidget) -> None:
    """Re-applies the stylesheet after a property the stylesheet selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class OutcomeHeader(QWidget):
    """`QLabel#gradeLetter` beside `QLabel#dispositionBand`; colour never carries the meaning alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.grade = QLabel("", self)
        self.grade.setObjectName("gradeLetter")
        self.grade.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade.setMinimumWidth(180)
        row.addWidget(self.grade)
        self.band = QLabel("", self)
        self.band.setObjectName("dispositionBand")
        self.band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.band, 1)

    def show_grade(self, grade: str) -> None:
        self.grade.setText(grade)
        self.grade.setProperty("grade", grade)
        repolish(self.grade)

    def show_disposition(self, disposition: str) -> None:
        self.band.setText(disposition_name(disposition).upper())
        self.band.setProperty("disposition", disposition)
        repolish(self.band)
