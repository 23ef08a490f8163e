"""Files from a shop that are not what an import expects: each gets one clear line, a non-zero exit and no
traceback, and nothing the station already holds is lost."""

from __future__ import annotations

import csv
import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models
from db.policy_models import SalesCount
from station.cli import main
from station.context import StationContext

HEADER = "sku,name,category,price\n"
# The first line changes a known product: when the file is refused, that change must not be kept either.
CHANGE = "EL-1001,Wireless Noise-Cancelling Headphones,electronics,1.00\n"


def _catalog(ctx: StationContext) -> dict[str, tuple[str, str, Decimal]]:
    with ctx.read() as session:
        return {p.sku: (p.name, p.category, p.price) for p in session.scalars(select(models.Product))}


def _import(ctx: StationContext, what: str, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--data-dir", str(ctx.data_dir), "import", what, str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {name: folder / f"{name}.csv" for name in (
        "latin-1", "utf-16", "utf-16 without its mark", "binary", "a 200 KB field", "10 MB without a newline",
        "an unterminated quote")}
    files["latin-1"].write_bytes((HEADER + CHANGE + "NEW-1,Café crème,home_kitchen,4.50\n").encode("latin-1"))
    files["utf-16"].write_bytes((HEADER + CHANGE).encode("utf-16"))
    files["utf-16 without its mark"].write_bytes((HEADER + CHANGE).encode("utf-16-le"))
    files["binary"].write_bytes(bytes(random.Random(19).getrandbits(8) for _ in range(4096)))
    files["a 200 KB field"].write_text(HEADER + CHANGE + "NEW-1," + "n" * 200_000 + ",toys,1.00\n", encoding="utf-8")
    files["10 MB without a newline"].write_text("x" * 10_000_000, encoding="utf-8")
    files["an unterminated quote"].write_text(HEADER + CHANGE + 'NEW-1,"Desk lamp,home_kitchen,29.90\n'
                                              "NEW-2,Chair,home_kitchen,49.90\n", encoding="utf-8")
    return files


WORDS = {"latin-1": "line 3 holds bytes that are not UTF-8", "utf-16": "saved as UTF-16",
         "utf-16 without its mark": "NUL characters", "binary": "not UTF-8 text",
         "a 200 KB field": "line 3 holds a cell of more than", "10 MB without a newline": "line 1 holds a cell",
         "an unterminated quote": "quote (\") that opens a cell on line 3 is never closed"}


@pytest.mark.parametrize("case", list(WORDS))
def test_a_file_that_is_no_readable_csv_is_refused_whole_with_one_line(ctx: StationContext, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str],
                                                                      case: str) -> None:
    before = _catalog(ctx)
    code, out, err = _import(ctx, "products", _bad_files(tmp_path)[case], capsys)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert WORDS[case] in lines[0] and "Nothing was imported" in lines[0], lines[0]
    assert "import again" in lines[0] or "Save it as CSV UTF-8" in lines[0]
    assert _catalog(ctx) == before, "the first line's change was rolled back with the rest"


def test_a_csv_saved_with_a_byte_order_mark_still_imports(ctx: StationContext, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes((HEADER + "NEW-1,Lampe à poser,home_kitchen,29.90\n").encode("utf-8-sig"))
    code, out, _err = _import(ctx, "products", path, capsys)
    assert code == 0 and "1 added" in out
    assert _catalog(ctx)["NEW-1"] == ("Lampe à poser", "home_kitchen", Decimal("29.90"))


def test_a_line_of_many_cells_is_named_and_the_other_lines_import(ctx: StationContext, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "NEW-1,Lamp,toys,1.00\n" + "NEW-2,Chair,toys,2.00," * 500_000, encoding="utf-8")
    code, out, err = _import(ctx, "products", path, capsys)
    assert code == 1 and "1 added" in out
    assert "long.csv, line 3: has 2000001 cells, more than the 4 columns" in err
    assert "NEW-2" not in _catalog(ctx)


def test_numbers_too_large_for_the_database_are_named_rows(ctx: StationContext, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    sales = tmp_path / "sales.csv"
    sales.write_text("sku,month,units\nEL-1001,2026-11,100000000000000000000\nEL-1002,2026-11,7\n", encoding="utf-8")
    code, out, err = _import(ctx, "sales", sales, capsys)
    assert code == 1 and "1 added" in out
    assert "line 2, field 'units': '100000000000000000000' is too large (at most 2147483647)" in err
    rmas = tmp_path / "rmas.csv"
    rmas.write_text("rma_number,line_no,sku,quantity\nRMA-880001,1,FW-3008," + "9" * 5000 + "\n"
                    "RMA-880002,99999999999999999999,FW-3008,1\n", encoding="utf-8")
    code, _out, err = _import(ctx, "rmas", rmas, capsys)
    assert code == 1 and "line 2, field 'quantity'" in err and "line 3, field 'line_no'" in err
    with ctx.read() as session:
        assert session.get(SalesCount, ("EL-1002", date(2026, 11, 1))).units == 7
        assert session.get(models.ReturnAuthorization, "RMA-880001") is None


def test_the_same_id_twice_in_one_file_is_reported_with_both_lines_and_neither_is_imported(
        ctx: StationContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _catalog(ctx)["EL-1001"]
    path = tmp_path / "twice.csv"
    path.write_text(HEADER + "EL-1001,Headphones,electronics,1.00\nNEW-1,Lamp,toys,5.00\n"
                    "EL-1001,Headphones,electronics,2.00\n", encoding="utf-8")
    code, out, err = _import(ctx, "products", path, capsys)
    assert code == 1 and "1 added" in out
    assert "twice.csv, line 2, field 'sku': EL-1001 is also on line 4" in err
    assert "twice.csv, line 4, field 'sku': EL-1001 is also on line 2" in err
    assert "import the file again" in err
    assert _catalog(ctx)["EL-1001"] == before, "not the last line's price, nor the first's"
    rmas = tmp_path / "rmas.csv"
    rmas.write_text("rma_number,line_no,sku\nRMA-880003,1,FW-3008\nRMA-880003,2,FW-3009\nRMA-880003,1,FW-3006\n",
                    encoding="utf-8")
    code, out, err = _import(ctx, "rmas", rmas, capsys)
    assert code == 1 and "1 added" in out and "RMA-880003 1 is also on line 4" in err


def test_a_nul_or_control_character_in_a_name_is_refused(ctx: StationContext, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nul.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["sku", "name", "category", "price"], ["NEW-1", "Desk\x00lamp", "toys", "1"],
                                      ["NEW-2", "Lamp \x1b[31mred", "toys", "1"], ["NEW-3", "Chair", "toys", "1"]])
    code, out, err = _import(ctx, "products", path, capsys)
    assert code == 1 and "1 added" in out
    assert "line 2, field 'name': holds the control character '\\x00'" in err
    assert "line 3, field 'name': holds the control character '\\x1b'" in err
    assert "\x00" not in err and "\x1b" not in err
    assert {"NEW-1", "NEW-2"}.isdisjoint(_catalog(ctx)) and "NEW-3" in _catalog(ctx)
