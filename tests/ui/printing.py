"""Stands for the person at the dock in a print question, once it is open (the machine has no printer, so the
first print of a label asks): the print dialog answered with "print to file", or the thermal printer's address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog


def answer_print_dialog(path: Path | None) -> None:
    """The next print dialog prints to the PDF file `path`, or is cancelled (None)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, answer)
            return
        if path is None:
            dialog.done(QDialog.DialogCode.Rejected)
            return
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)


def answer_printer_address(address: str) -> None:
    """The next question for the thermal printer is answered with `address` (host:port, a device or a queue)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        dialog.setTextValue(address)
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)
