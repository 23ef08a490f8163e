"""Imports from a shop's CSV files: idempotent, a bad row named by line and field, good rows still in; exports."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from db import models
from db.policy_models import RmaDates, SalesCount
from station.cli import main
from station.context import StationContext
from station.imports.export import FIELDS
from station.imports.products import import_products
from station.imports.rmas import import_rmas
from station.imports.sales import import_sales

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"


def _write(path: Path, header: list[str], *rows: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_the_demo_files_import_into_an_empty_store_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    from station.context import open_station

    ctx = open_station(tmp_path / "fresh")
    first = import_products(ctx.sessions, DEMO / "products.csv")
    assert (first.added, first.updated, first.problems) == (47, 0, [])
    rmas = import_rmas(ctx.sessions, DEMO / "rmas.csv")
    assert (rmas.added, rmas.problems) == (232, [])
    again = import_products(ctx.sessions, DEMO / "products.csv"), import_rmas(ctx.sessions, DEMO / "rmas.csv")
    assert [(r.added, r.updated, r.unchanged) for r in again] == [(0, 0, 47), (0, 0, 232)]
    with ctx.read() as session:
        assert session.scalar(select(func.count()).select_from(models.ReturnAuthorization)) == 200
        rma = session.get(models.ReturnAuthorization, "RMA-100003")
        assert rma.customer == "יוסי כהן" and rma.purchase_date == date(2026, 11, 13)
    ctx.sessions.kw["bind"].dispose()


def test_a_bad_row_names_its_line_and_field_and_the_good_rows_still_import(ctx: StationContext,
                                                                          tmp_path: Path) -> None:
    path = _write(tmp_path / "products.csv", ["sku", "gtin", "name", "category", "price", "serialized"],
                  ["NEW-1", "4006381333931", "Desk lamp", "home_kitchen", "29.90", "false"],
                  ["NEW-2", "", "Broken price", "home_kitchen", "twelve", "false"],
                  ["NEW-3", "12AB", "Bad GTIN", "toys", "5", "false"],
                  ["NEW-4", "", "Bad category", "Garden Tools", "5", "false"],
                  ["NEW-5", "", "", "toys", "5", "false"],
                  ["NEW-6", "7290016100013", "GTIN taken", "toys", "5", "false"],
                  ["EL-1001", "7290016100013", "Wireless Noise-Cancelling Headphones", "electronics", "199.00",
                   "true"])
    result = import_products(ctx.sessions, path)
    assert (result.added, result.updated) == (1, 1)
    assert [(p.line, p.field) for p in result.problems] == [
        (3, "price"), (4, "gtin"), (5, "category"), (6, "name"), (7, "gtin")]
    assert "'twelve' is not an amount" in str(result.problems[0])
    assert "line 7, field 'gtin': GTIN 7290016100013 belongs to EL-1001" in str(result.problems[-1])
    with ctx.read() as session:
        assert session.get(models.Product, "NEW-1").price == Decimal("29.90")
        assert session.get(models.Product, "EL-1001").price == Decimal("199.00"), "a price change is an update"
        assert session.get(models.Product, "NEW-2") is None


def test_rma_rows_with_dates_and_problems(ctx: StationContext, tmp_path: Path) -> None:
    path = _write(tmp_path / "rmas.csv", ["rma_number", "customer", "reason", "purchase_date", "line_no", "sku",
                                          "quantity", "requested_date", "delivery_date"],
                  ["RMA-700001", "Ann Lee", "Wrong size", "2026-10-01", "1", "AP-2007", "1", "2026-10-20",
                   "2026-10-03"],
                  ["RMA-700001", "Ann Lee", "Wrong size", "2026-10-01", "2", "AP-2008", "2", "2026-10-20",
                   "2026-10-03"],
                  ["RMA-700002", "Bo", "Changed my mind", "01/10/2026", "1", "AP-2007", "1", "", ""],
                  ["RMA-700003", "Cy", "Changed my mind", "2026-10-01", "one", "AP-2007", "1", "", ""],
                  ["RMA-700004", "Di", "Changed my mind", "2026-10-01", "1", "AP-2007", "0", "", ""],
                  # Asked at 23:30 in New York on 31 October: already 1 November in UTC, still the 31st there.
                  ["RMA-700005", "Ed", "Changed my mind", "2026-10-01", "1", "AP-2007", "1",
                   "2026-10-31T23:30:00-04:00", ""])
    from zoneinfo import ZoneInfo

    result = import_rmas(ctx.sessions, path, ZoneInfo("America/New_York"))
    assert [(p.line, p.field) for p in result.problems] == [(4, "purchase_date"), (5, "line_no"), (6, "quantity")]
    assert result.added == 3
    with ctx.read() as session:
        dates = session.get(RmaDates, "RMA-700001")
        assert (dates.requested_on, dates.delivered_on) == (date(2026, 10, 20), date(2026, 10, 3))
        assert session.get(RmaDates, "RMA-700005").requested_on == date(2026, 10, 31)
        assert session.get(models.ReturnAuthorization, "RMA-700002") is None
    assert import_rmas(ctx.sessions, path, ZoneInfo("America/New_York")).added == 0


def test_a_file_without_a_column_leaves_that_field_alone(ctx: StationContext, tmp_path: Path) -> None:
    path = _write(tmp_path / "dates.csv", ["rma_number", "line_no", "sku", "requested_date"],
                  ["RMA-100003", "1", "FW-3006", "2026-11-20"])
    assert import_rmas(ctx.sessions, path).updated == 1
    with ctx.read() as session:
        rma = session.get(models.ReturnAuthorization, "RMA-100003")
        assert rma.customer == "יוסי כהן" and rma.reason == "Unopened, no longer needed"


def test_sales_counts_by_month(ctx: StationContext, tmp_path: Path) -> None:
    path = _write(tmp_path / "sales.csv", ["sku", "month", "units"], ["EL-1001", "2026-11", "120"],
                  ["EL-1001", "2026-13", "5"], ["EL-1002", "2026-11", "-3"])
    result = import_sales(ctx.sessions, path)
    assert result.added == 1 and [(p.line, p.field) for p in result.problems] == [(3, "month"), (4, "units")]
    _write(path, ["sku", "month", "units"], ["EL-1001", "2026-11", "130"])
    assert import_sales(ctx.sessions, path).updated == 1
    with ctx.read() as session:
        assert session.get(SalesCount, ("EL-1001", date(2026, 11, 1))).units == 130


def test_the_command_reports_bad_rows_on_stderr_and_fails(ctx: StationContext, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "p.csv", ["sku", "name", "category", "price"], ["OK-1", "Fine", "toys", "1.00"],
                  ["OK-2", "Bad", "toys", "x"])
    assert main(["--data-dir", str(ctx.data_dir), "import", "products", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "1 added" in out and "p.csv, line 3, field 'price'" in err
    missing = _write(tmp_path / "m.csv", ["sku", "name"], ["X", "Y"])
    assert main(["--data-dir", str(ctx.data_dir), "import", "products", str(missing)]) == 2
    assert "has no column category, price" in capsys.readouterr().err


def test_imports_into_the_central_database(pg_schema, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from db.migrate import upgrade
    from tests.conftest import PG_URL

    engine, schema = pg_schema
    upgrade(engine, schema=schema)
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    for what, name in (("products", "products.csv"), ("rmas", "rmas.csv"), ("products", "products.csv")):
        assert main(["--central", url, "import", what, str(DEMO / name)]) == 0
    out = capsys.readouterr().out
    assert "232 added" in out and "0 added, 0 updated, 47 unchanged" in out
    with sessionmaker(engine)() as session:
        assert session.scalar(select(func.count()).select_from(models.RmaLine)) == 232


def test_export_csv_and_jsonl_hold_the_same_inspections(ctx: StationContext, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.station.review.scenario import inspect_item

    done = [inspect_item(ctx, "RMA-100001"), inspect_item(ctx, "RMA-100009")]
    out = tmp_path / "x.csv"
    assert main(["--data-dir", str(ctx.data_dir), "export", "inspections", "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == [str(i) for i in done]
    assert rows[1]["flags"] == "repeat_returner" and rows[0]["settlement"] == "refund"
    assert main(["--data-dir", str(ctx.data_dir), "export", "inspections", "--format", "jsonl",
                 "--since", date.today().isoformat()]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in rows] and lines[1]["flags"] == ["repeat_returner"]
    assert lines[0]["amount"] == rows[0]["amount"] and "grade A under the Footwear policy" in lines[0]["refund_rule"]
    assert main(["--data-dir", str(ctx.data_dir), "export", "inspections", "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out.strip() == ",".join(FIELDS), "no inspections: the header alone"
