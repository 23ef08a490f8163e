"""Printing a closed container's label (4x6 in) with Qt, the way grading slips print: the label PDF's page is
rendered off the UI thread and painted on a QPrinter; the printer remembered for container labels (else the one
for grading slips: the dock's label printer) takes it without asking, otherwise the print dialog asks once.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from station.context import StationContext
from station.services.slips import KIND_GRADING
from ui.printing import RememberedPrinter, label_pages
from ui.tasks import TaskRunner

KIND_CONTAINER = "container"


class ContainerLabelPrinting(QObject):
    """Prints container labels for the Containers mode: the remembered printer, the dialog, or a PDF file."""

    printed = Signal(str)  # where it went: "printer:NAME" or "file:PATH"
    failed = Signal(str)  # a message for the person at the dock

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("containerLabelPrinting")
        self.ctx, self.runner = ctx, runner
        self.printers = RememberedPrinter(ctx, runner, (KIND_CONTAINER, KIND_GRADING), "Container label")

    def print_label(self, window: QWidget | None, label: Path) -> None:
        """The remembered printer without a question; without one, the print dialog (and its choice is kept)."""
        printer = self.printers.choose(window, self.tr("Print the container label"), "4x6", "unless_remembered")
        if printer is None:
            self.failed.emit(self.tr("The label was not printed. It is saved as {file}: print it from there.")
                             .format(file=label))
            return
        self._start(label, printer)

    def print_to_file(self, label: Path, target: Path) -> None:
        """Through QPrinter into a PDF file: what a print would produce, for a file share or a test."""
        self._start(label, self.printers.to_file(target, "4x6"))

    def _start(self, label: Path, printer: QPrinter) -> None:
        self.printers.start(printer, partial(label_pages, label),
                            refused=self.tr("The printer did not take the container label. Check that it is on "
                                            "and has labels, then print the saved label again."),
                            printed=self.printed.emit, failed=self.failed.emit)
