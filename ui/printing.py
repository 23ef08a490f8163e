"""Printing with Qt: grading slips here, and the one path every PDF (slip, container or item label) takes to a
printer, `RememberedPrinter`: the printer remembered for its kind, the print dialog when asked for, its choice kept.

A slip or label is a PDF; QPrinter cannot take a PDF, so its pages are rendered to images (pypdfium2) off the UI
thread and painted on the printer. Each slip print is recorded as a `SlipPrint` fact.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Literal

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


def label_pages(path: Path, dpi: int) -> list[QImage]:
    """Runs off the UI thread: each page of a label PDF written to disk as an image at the printer's resolution."""
    return pdf_pages(path.read_bytes(), dpi)


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


# When the print dialog is shown: every time (the remembered printer first in it), only while no printer is
# remembered for the kind (labels at the dock: asked once), or never (a silent print).
Ask = Literal["always", "unless_remembered", "never"]


class RememberedPrinter:
    """The one way slips and labels reach a printer: the printer remembered for the first of `kinds` that names
    one (a label falls back to the grading slips' printer, the dock's label printer), else the system's default;
    the print dialog as `Ask` says, whose choice is kept under `kinds[0]`; the pages rendered off the UI thread
    and painted. It says nothing itself: each caller words what the person at the dock is told."""

    def __init__(self, ctx: StationContext, runner: TaskRunner, kinds: tuple[str, ...], doc_name: str) -> None:
        self.ctx, self.runner = ctx, runner
        self.kinds, self.doc_name = kinds, doc_name

    def choose(self, window: QWidget | None, title: str, size: str, ask: Ask) -> QPrinter | None:
        """The printer to print on, or None: the dialog was cancelled, or a silent print has no printer."""
        printers = self.ctx.settings.slip_printers
        name = next((printers[kind] for kind in self.kinds if printers.get(kind)), None)
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
        if not info.isNull() and ask != "always":
            return self._printer(info, size)
        printer = self._printer(info if not info.isNull() else QPrinterInfo.defaultPrinter(), size)
        if ask == "never":
            return printer if printer.isValid() and printer.printerName() else None
        dialog = QPrintDialog(printer, window)
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            # Written to the settings file in the background; a printer not remembered is asked for again.
            self.runner.run(remember_printer, self.ctx, self.kinds[0], printer.printerName(),
                            on_error=lambda exc: log.warning("printer not remembered: %s", exc))
        return printer

    def to_file(self, path: Path, size: str) -> QPrinter:
        """Through QPrinter into a PDF file: what a print would produce, for a file share or a test."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self._layout(printer, size)
        return printer

    def start(self, printer: QPrinter, pages: Callable[[int], list[QImage]], *, refused: str,
              printed: Callable[[str], None], failed: Callable[[str], None]) -> None:
        """`pages(dpi)` runs off the UI thread; then `printed("printer:NAME" or "file:PATH")`, or `failed` with
        the error's words or `refused` when the printer would not start."""
        dpi = min(printer.resolution(), MAX_DPI)

        def painted(images: list[QImage]) -> None:
            if not paint(printer, images):
                failed(refused)
            elif printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
                printed(f"file:{printer.outputFileName()}")
            else:
                printed(f"printer:{printer.printerName()}")

        self.runner.run(pages, dpi, on_result=painted, on_error=lambda exc: failed(error_text(exc)))

    def _printer(self, info: QPrinterInfo, size: str) -> QPrinter:
        # High resolution even without a printer: the dialog may pick one, and a screen-resolution job would
        # render the pages at 96 dpi for a 203 or 300 dpi label printer.
        printer = (QPrinter(info, QPrinter.PrinterMode.HighResolution) if not info.isNull()
                   else QPrinter(QPrinter.PrinterMode.HighResolution))
        self._layout(printer, size)
        return printer

    def _layout(self, printer: QPrinter, size: str) -> None:
        printer.setPageLayout(QPageLayout(page_size(size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        printer.setDocName(self.doc_name)


class SlipPrinting(QObject):
    """Prints slips for a page: with the dialog, silently to the remembered printer, or to a PDF file."""

    printed = Signal(object)  # PrintRecorded
    failed = Signal(str)  # a message for the person at the dock

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipPrinting")
        self.ctx = ctx
        self.runner = runner
        self.printers = RememberedPrinter(ctx, runner, (KIND_GRADING,), "Grading slips")

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
        printer = self.printers.choose(window, self.tr("Print grading slips"), job.size, "always")
        if printer is not None:
            self._start(job, printer)

    def _start_silently(self, job: _Job) -> None:
        printer = self.printers.choose(None, "", job.size, "never")
        if printer is None:
            self.failed.emit(self.tr("No printer is set up for grading slips. Print once with the dialog to "
                                     "choose one, or ask a lead."))
            return
        self._start(job, printer)

    def _start_to_file(self, job: _Job, path: Path) -> None:
        self._start(job, self.printers.to_file(path, job.size))

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

    def _start(self, job: _Job, printer: QPrinter) -> None:
        self.printers.start(printer, partial(render_pages, self.ctx, job.ids, job.size),
                            refused=self.tr("The printer did not take the slips. Check that it is on and has "
                                            "labels, then print again."),
                            printed=lambda target: self._record(job, target), failed=self.failed.emit)

    def _record(self, job: _Job, target: str) -> None:
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
