"""The one path of slips and labels to a printer: when the print dialog asks, what it gives back, what is kept,
and what the caller hears when the printer will not start. The machine has no printer, so every print asks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from station.context import StationContext
from station.services.slips import KIND_GRADING
from tests.ui.printing import answer_print_dialog
from ui.printing import MAX_DPI, RememberedPrinter
from ui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(5000)


@pytest.fixture(autouse=True)
def no_printer() -> None:
    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this machine has printers; a print here would really print")


def _white_label(dpi: int) -> list[QImage]:
    image = QImage(4 * dpi, 6 * dpi, QImage.Format.Format_RGB888)
    image.fill(0xFFFFFF)
    return [image]


def test_without_a_printer_a_silent_print_has_none_and_a_label_asks_the_dialog(
        qtbot, ctx: StationContext, runner: TaskRunner, tmp_path: Path) -> None:
    printers = RememberedPrinter(ctx, runner, ("container", KIND_GRADING), "Container label")
    assert printers.choose(None, "Print", "4x6", "never") is None
    target = tmp_path / "label.pdf"
    answer_print_dialog(target)
    printer = printers.choose(None, "Print", "4x6", "unless_remembered")
    assert printer is not None and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    assert printer.outputFileName() == str(target) and printer.docName() == "Container label"
    # Whatever the dialog picks gets the pages at a label printer's resolution, not the screen's 96 dpi.
    assert printer.resolution() >= MAX_DPI
    printed: list[str] = []
    printers.start(printer, _white_label, refused="refused", printed=printed.append, failed=pytest.fail)
    qtbot.waitUntil(lambda: bool(printed), timeout=20000)
    assert printed == [f"file:{target}"] and target.read_bytes().startswith(b"%PDF")
    assert ctx.settings.slip_printers == {}  # a file is no printer to remember


def test_a_remembered_printer_that_is_gone_asks_again_and_a_cancel_gives_none(
        qtbot, ctx: StationContext, runner: TaskRunner) -> None:
    ctx.settings.slip_printers = {"container": "Zebra-gone"}
    printers = RememberedPrinter(ctx, runner, ("container", KIND_GRADING), "Container label")
    for ask in ("unless_remembered", "always"):
        answer_print_dialog(None)
        assert printers.choose(None, "Print", "4x6", ask) is None
    assert printers.choose(None, "Print", "4x6", "never") is None


def test_a_printer_that_will_not_start_is_told_with_the_callers_words(
        qtbot, ctx: StationContext, runner: TaskRunner, tmp_path: Path) -> None:
    printers = RememberedPrinter(ctx, runner, (KIND_GRADING,), "Grading slips")
    printer = printers.to_file(tmp_path / "no-such-folder" / "slip.pdf", "a6")
    failed: list[str] = []
    printers.start(printer, _white_label, refused="The printer did not take the slips.", printed=pytest.fail,
                   failed=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=20000)
    assert failed == ["The printer did not take the slips."]
