"""Printing from Inspect without stopping the dock: the item's own label at Complete (4x6 in PDF through Qt, or
2x1 in ZPL sent raw to the thermal printer) and a container's label when it closes full.

The remembered printer takes each label without a question; only when none is remembered does a dialog ask, once,
and its answer is kept. Rendering and sending run off the UI thread, so the next scan is never held up.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from station.context import StationContext
from station.services.raw_print import send_raw
from station.services.slips import KIND_GRADING, remember_printer
from ui.i18n import error_text
from ui.printing import RememberedPrinter, label_pages
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

KIND_ITEM_LABEL = "item_label"  # the Qt printer for 4x6 in item labels
KIND_ITEM_LABEL_ZPL = "item_label_zpl"  # the raw target of 2x1 in ZPL item labels


class ItemLabelPrinting(QObject):
    """Prints the item's own label as the station's setting says: pdf or zpl."""

    printed = Signal(str)  # where it went: "printer:NAME", "file:PATH" or "raw:TARGET"
    failed = Signal(str)  # what to do, for the inspector

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemLabelPrinting")
        self.ctx, self.runner = ctx, runner
        self.printers = RememberedPrinter(ctx, runner, (KIND_ITEM_LABEL, KIND_GRADING), "Item label")

    def print_label(self, window: QWidget | None, label: Path, kind: str) -> None:
        if kind == "zpl":
            self._print_zpl(window, label)
        else:
            self._print_pdf(window, label)

    # ---- ZPL: raw to the thermal printer ----
    def _print_zpl(self, window: QWidget | None, label: Path) -> None:
        target = self.ctx.settings.slip_printers.get(KIND_ITEM_LABEL_ZPL, "").strip()
        if not target:
            target, ok = QInputDialog.getText(
                window, self.tr("Label printer for item labels"),
                self.tr("No thermal printer is set for item labels. Type its address (host:9100), its device "
                        "(/dev/usb/lp0) or its print queue; it is kept for the next labels."),
                QLineEdit.EchoMode.Normal, "")
            target = target.strip()
            if not ok or not target:
                self.failed.emit(self._saved_text(label))
                return
            self.runner.run(remember_printer, self.ctx, KIND_ITEM_LABEL_ZPL, target,
                            on_error=lambda exc: log.warning("printer not remembered: %s", exc))
        self.runner.run(_send_file, target, label, on_result=lambda where: self.printed.emit(f"raw:{where}"),
                        on_error=lambda exc: self.failed.emit(error_text(exc) + " " + self._saved_text(label)))

    # ---- PDF: through QPrinter, as grading slips print ----
    def _print_pdf(self, window: QWidget | None, label: Path) -> None:
        printer = self.printers.choose(window, self.tr("Print the item's label"), "4x6", "unless_remembered")
        if printer is None:
            self.failed.emit(self._saved_text(label))
            return
        self.printers.start(printer, partial(label_pages, label),
                            refused=self.tr("The printer did not take the item's label. Check that it is on and "
                                            "has labels."),
                            printed=self.printed.emit,
                            failed=lambda text: self.failed.emit(text + " " + self._saved_text(label)))

    def _saved_text(self, label: Path) -> str:
        return self.tr("The item's label was not printed; it is saved as {file}.").format(file=label)


def _send_file(target: str, label: Path) -> str:
    """Runs off the UI thread: the written ZPL file, as it is, to the printer."""
    return send_raw(target, label.read_bytes())
