"""Grading slips: the PDF of a batch, and the record of what was printed where."""

from station.slips.documents import slip_pdf
from station.slips.prints import KIND_GRADING, PrintRecorded, printed_before, record_prints, remember_printer

__all__ = ["KIND_GRADING", "PrintRecorded", "printed_before", "record_prints", "remember_printer", "slip_pdf"]
