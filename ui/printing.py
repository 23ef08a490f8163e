"""Printing grading slips with Qt: the print dialog, a remembered printer per slip kind, silent and file printing.

The slip is a PDF made by `station.slips`; QPrinter cannot take a PDF, so its pages are rendered to images
(pypdfium2) off the UI thread and painted on the printer. Each print is recorded as a `SlipPrint` fact.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from station.context import StationContext
from station.services.slips import (
    KIND_GRADING,
    PrintRecorded,
    printed_before,
    record_prints,
    remember_printer,
    slip_pdf,
)
from ui.i18n import error_text
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# Thermal printers are 203 or 300 dpi; more only makes the job bigger.
MAX_DPI = 300
_pdfium_lock = threading.Lock()  # pdfium is not safe to call from two threads at once


@dataclass(frozen=True)
class _Job:
    ids: list[uuid.UUID]
    size: str
    user_id: uuid.UUID | None
    reason: str | None


def page_size(size: str) -> QPageSize:
    if size == "a6":
        return QPageSize(QPageSize.PageSizeId.A6)
    return QPageSize(QSizeF(4, 6), QPageSize.Unit.Inch, "4x6 in label")


def render_pages(ctx: StationContext, ids: list[uuid.UUID], size: str, dpi: int) -> list[QImage]:
    """Runs off the UI thread: the slips' PDF, each page as an image at the printer's resolution."""
    return pdf_pages(slip_pdf(ctx, ids, size, translate=_translate), dpi)


def pdf_pages(data: bytes, dpi: int) -> list[QImage]:
    """Runs off the UI thread: each page of a PDF (a slip, a container or item label) as an image to paint."""
    import pypdfium2

    images = []
    with _pdfium_lock:
        document = pypdfium2.PdfDocument(data)
        try:
            for page in document:
                picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
                raw = picture.tobytes()
                image = QImage(raw, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888)
                images.append(image.copy())  # the copy owns its pixels; `raw` goes away
                page.close()
        finally:
            document.close()
    return images


def _translate(source: str, count: int | None = None) -> str:
    from ui.i18n import translate_station

    # With a count, the language's plural form ("1 day after the last day" on a flag's reason).
    return translate_station(source, count)


def paint(printer: QPrinter, images: list[QImage]) -> bool:
    """Paints one image per page, scaled to the page and centred; False when the printer refused to start."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index, image in enumerate(images):
            if index and not printer.newPage():
                return False
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = area.x() + (area.width() - scaled.width()) // 2
            y = area.y() + (area.height() - scaled.height()) // 2
            painter.setViewport(x, y, scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            painter.setWindow(area)
    finally:
        ok = painter.end()
    return ok


class SlipPrinting(QObject):
    """Prints slips for a page: with the dialog, silently to the remembered printer, or to a PDF file."""

    printed = Signal(object)  # PrintRecorded
    failed = Signal(str)  # a message for the person at the dock

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipPrinting")
        self.ctx = ctx
        self.runner = runner

    # ---- the three ways to print ----
    def print_with_dialog(self, window: QWidget, ids: list[uuid.UUID], user_id: uuid.UUID | None,
                          reason: str | None = None) -> bool:
        """Asks for the printer (the one remembered for grading slips comes first) once the slips may print;
        False when there is nothing to print."""
        return self._when_allowed(ids, user_id, reason, lambda job: self._ask_and_start(window, job))

    def print_silently(self, ids: list[uuid.UUID], user_id: uuid.UUID | None, reason: str | None = None) -> bool:
        """No dialog: the remembered printer, else the system's default; says so when there is none."""
        return self._when_allowed(ids, user_id, reason, self._start_silently)

    def print_to_file(self, ids: list[uuid.UUID], user_id: uuid.UUID | None, path: Path,
                      reason: str | None = None) -> bool:
        """Through QPrinter into a PDF file: what a print would produce, for a file share or a test."""
        return self._when_allowed(ids, user_id, reason, lambda job: self._start_to_file(job, path))

    def _ask_and_start(self, window: QWidget, job: _Job) -> None:
        printer = self._printer(job.size)
        dialog = QPrintDialog(printer, window)
        dialog.setWindowTitle(self.tr("Print grading slips"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            # Written to the settings file in the background; a printer not remembered is asked for again.
            self.runner.run(remember_printer, self.ctx, KIND_GRADING, printer.printerName(),
                            on_error=lambda exc: log.warning("printer not remembered: %s", exc))
        self._start(job, printer)

    def _start_silently(self, job: _Job) -> None:
        printer = self._printer(job.size)
        if not printer.isValid() or not printer.printerName():
            self.failed.emit(self.tr("No printer is set up for grading slips. Print once with the dialog to "
                                     "choose one, or ask a lead."))
            return
        self._start(job, printer)

    def _start_to_file(self, job: _Job, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self._layout(printer, job.size)
        self._start(job, printer)

    # ---- shared steps ----
    def _when_allowed(self, ids: list[uuid.UUID], user_id: uuid.UUID | None, reason: str | None,
                      then: Callable[[_Job], None]) -> bool:
        """A reprint needs its reason: whether these slips were printed before is read in the background, then
        `then(job)` runs on the UI thread (or `failed` says what to do)."""
        reason = (reason or "").strip() or None
        if not ids:
            self.failed.emit(self.tr("Select the items whose slips you want to print."))
            return False
        job = _Job(list(ids), self.ctx.settings.slip_size, user_id, reason)
        if reason is not None:
            then(job)
            return True

        def decided(before: bool) -> None:
            if before:
                self.failed.emit(self.tr("This slip was printed before. Type why you print it again, then print."))
            else:
                then(job)

        self.runner.run(printed_before, self.ctx, job.ids, on_result=decided,
                        on_error=lambda exc: self.failed.emit(error_text(exc)))
        return True

    def _printer(self, size: str) -> QPrinter:
        name = self.ctx.settings.slip_printers.get(KIND_GRADING)
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
        if info.isNull():
            info = QPrinterInfo.defaultPrinter()
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution) if not info.isNull() else QPrinter()
        self._layout(printer, size)
        return printer

    @staticmethod
    def _layout(printer: QPrinter, size: str) -> None:
        printer.setPageLayout(QPageLayout(page_size(size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        printer.setDocName("Grading slips")

    def _start(self, job: _Job, printer: QPrinter) -> None:
        dpi = min(printer.resolution(), MAX_DPI)
        self.runner.run(render_pages, self.ctx, job.ids, job.size, dpi,
                        on_result=lambda images: self._paint(job, printer, images),
                        on_error=lambda exc: self.failed.emit(error_text(exc)))

    def _paint(self, job: _Job, printer: QPrinter, images: list[QImage]) -> None:
        if not paint(printer, images):
            self.failed.emit(self.tr("The printer did not take the slips. Check that it is on and has labels, "
                                     "then print again."))
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            target = f"file:{printer.outputFileName()}"
        else:
            target = f"printer:{printer.printerName()}"
        # The print is a fact: written in the background like every other; `printed` follows once it is stored.
        self.runner.run(record_prints, self.ctx, job.ids, size=job.size, target=target, user_id=job.user_id,
                        reason=job.reason, on_result=self._recorded, on_error=lambda exc: self.failed.emit(
                            error_text(exc)))

    def _recorded(self, done: PrintRecorded) -> None:
        self.printed.emit(done)


def print_after_inspection(parent: QWidget, ctx: StationContext, runner: TaskRunner, inspection_id: uuid.UUID,
                           user_id: uuid.UUID | None, on_error: Callable[[str], None]) -> None:
    """The Inspect mode's hook: a silent print of the slip of the inspection just completed."""
    printing = parent.findChild(SlipPrinting, "afterInspectionPrinting")
    if printing is None:
        printing = SlipPrinting(ctx, runner, parent)
        printing.setObjectName("afterInspectionPrinting")
        printing.failed.connect(on_error)
    printing.print_silently([inspection_id], user_id)
