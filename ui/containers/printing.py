"""Printing a closed container's label (4x6 in) with Qt, the way grading slips print: the label PDF's page is
rendered off the UI thread and painted on a QPrinter; the printer remembered for container labels (else the one
for grading slips: the dock's label printer) takes it without asking, otherwise the print dialog asks once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from station.context import StationContext
from station.services.slips import KIND_GRADING, remember_printer
from ui.i18n import error_text
from ui.printing import MAX_DPI, page_size, paint, pdf_pages
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

KIND_CONTAINER = "container"


def label_pages(path: Path, dpi: int) -> list[QImage]:
    """Runs off the UI thread: each page of the label PDF as an image at the printer's resolution."""
    return pdf_pages(path.read_bytes(), dpi)


class ContainerLabelPrinting(QObject):
    """Prints container labels for the Containers mode: the remembered printer, the dialog, or a PDF file."""

    printed = Signal(str)  # where it went: "printer:NAME" or "file:PATH"
    failed = Signal(str)  # a message for the person at the dock

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("containerLabelPrinting")
        self.ctx, self.runner = ctx, runner

    def print_label(self, window: QWidget | None, label: Path) -> None:
        """The remembered printer without a question; without one, the print dialog (and its choice is kept)."""
        printers = self.ctx.settings.slip_printers
        name = printers.get(KIND_CONTAINER) or printers.get(KIND_GRADING)
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
        if not info.isNull():
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            self._layout(printer)
            self._start(label, printer)
            return
        default = QPrinterInfo.defaultPrinter()
        printer = (QPrinter(default, QPrinter.PrinterMode.HighResolution) if not default.isNull()
                   else QPrinter(QPrinter.PrinterMode.HighResolution))
        self._layout(printer)
        dialog = QPrintDialog(printer, window)
        dialog.setWindowTitle(self.tr("Print the container label"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.failed.emit(self.tr("The label was not printed. It is saved as {file}: print it from there.")
                             .format(file=label))
            return
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            self.runner.run(remember_printer, self.ctx, KIND_CONTAINER, printer.printerName(),
                            on_error=lambda exc: log.warning("printer not remembered: %s", exc))
        self._start(label, printer)

    def print_to_file(self, label: Path, target: Path) -> None:
        """Through QPrinter into a PDF file: what a print would produce, for a file share or a test."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        self._layout(printer)
        self._start(label, printer)

    @staticmethod
    def _layout(printer: QPrinter) -> None:
        printer.setPageLayout(QPageLayout(page_size("4x6"), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        printer.setDocName("Container label")

    def _start(self, label: Path, printer: QPrinter) -> None:
        dpi = min(printer.resolution(), MAX_DPI)
        self.runner.run(label_pages, label, dpi, on_result=lambda images: self._paint(printer, images),
                        on_error=lambda exc: self.failed.emit(error_text(exc)))

    def _paint(self, printer: QPrinter, images: list[QImage]) -> None:
        if not paint(printer, images):
            self.failed.emit(self.tr("The printer did not take the container label. Check that it is on and has "
                                     "labels, then print the saved label again."))
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            self.printed.emit(f"file:{printer.outputFileName()}")
        else:
            self.printed.emit(f"printer:{printer.printerName()}")
