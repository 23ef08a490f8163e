"""The one question when a new return label is scanned during an inspection: put this item aside, or stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.widgets import BigButton, titled

LRI, PDI = "\u2066", "\u2069"  # keep the scanned code left to right inside a right-to-left sentence


class ParkQuestion(QDialog):
    """Enter puts the open item aside and opens the new label; Esc stays. Neither discards anything.

    Big stacked buttons instead of a QMessageBox row: they fit long languages and gloved fingers.
    """

    def __init__(self, label: str, item_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parkQuestion")
        self.setWindowTitle(self.tr("New label scanned"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.message = titled(self.tr("You scanned {label} while {name} is open. Put {name} aside and open the "
                                      "new label?").format(label=LRI + label + PDI, name=item_name), "question")
        self.message.setObjectName("parkMessage")
        layout.addWidget(self.message)
        layout.addWidget(titled(self.tr("Nothing is lost: scan its label again to go on with it."), "hint"))
        self.park_button = BigButton(self.tr("Put aside, open the new label (Enter)"), "primary")
        self.park_button.setObjectName("parkAndOpen")
        self.park_button.setDefault(True)
        self.park_button.clicked.connect(self.accept)
        layout.addWidget(self.park_button)
        self.stay_button = BigButton(self.tr("Stay with this item (Esc)"))
        self.stay_button.setObjectName("stayHere")
        self.stay_button.clicked.connect(self.reject)
        layout.addWidget(self.stay_button)
        # Wide enough for the longer button in this language, so the labels wrap and the buttons never cut.
        self.ensurePolished()
        widest = max(b.sizeHint().width() for b in (self.park_button, self.stay_button))
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(640, widest + margins.left() + margins.right()))
        self.park_button.setFocus()

    def text(self) -> str:
        return self.message.text()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Wrapped labels: the height follows from the width, which is only known now.
        self.resize(self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width())))
