"""How an outcome is shown in every mode: the grade letter and the disposition as a coloured band and a word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


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
        self._beside = QVBoxLayout()
        self._beside.setContentsMargins(0, 0, 0, 0)
        self._beside.addWidget(self.band, 1)
        row.addLayout(self._beside, 1)

    def add_under_band(self, widget: QWidget) -> None:
        """`widget` in the room under the band beside the tall grade letter (the keys that change them)."""
        self._beside.addWidget(widget)

    def show_grade(self, grade: str, pending: bool = False) -> None:
        self.grade.setText(grade)
        self.grade.setProperty("grade", grade)
        self.grade.setProperty("pending", pending)
        repolish(self.grade)

    def show_disposition(self, disposition: str, pending: bool = False) -> None:
        """`pending`: chosen but not saved yet, said in words beside the dashed frame the stylesheet draws."""
        name = disposition_name(disposition).upper()
        self.band.setText(QCoreApplication.translate("OutcomeHeader", "{disposition} (pending)").format(
            disposition=name) if pending else name)
        self.band.setProperty("disposition", disposition)
        self.band.setProperty("pending", pending)
        repolish(self.band)

    @property
    def pending(self) -> bool:
        return bool(self.band.property("pending"))
