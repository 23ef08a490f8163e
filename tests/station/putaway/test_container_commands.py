"""The container commands on a station whose demo items were put away by the rules; the closed container's label
is rendered and its QR read back, as a scanner at the dock would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from station.cli import main
from station.context import StationContext
from station.demo.generate import generate_inspections
from station.services import putaway
from station.text import english_plural
from tests.station.slips.rendering import pages_as_png, pdf_text, qr_texts, save_screens


def _run(capsys: pytest.CaptureFixture[str], station_dir: Path, *argv: str) -> tuple[int, str]:
    code = main(["--data-dir", str(station_dir), *argv])
    return code, capsys.readouterr().out


def test_generated_items_fill_containers_and_the_commands_show_close_and_print_them(
        ctx: StationContext, station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = generate_inspections(ctx, 160, photos=False, seed=7)
    assert made.placed == 160
    assert putaway.waiting_items(ctx) == []

    code, out = _run(capsys, station_dir, "containers", "list", "--json")
    everything = json.loads(out)
    assert code == 0 and {"closed", "open"} == {c["status"] for c in everything}
    assert sum(len(c["items"]) for c in everything) == 160
    assert set(everything[0]) == {"id", "kind", "zone", "status", "location", "items"}
    code, out = _run(capsys, station_dir, "containers", "list", "--open", "--json")
    open_ones = json.loads(out)
    assert open_ones and all(c["status"] == "open" for c in open_ones)

    chosen = max(open_ones, key=lambda c: len(c["items"]))
    code, out = _run(capsys, station_dir, "container", "show", chosen["id"], "--json")
    shown = json.loads(out)
    assert shown["items"] == chosen["items"] and len(shown["lines"]) == len(chosen["items"])

    code, out = _run(capsys, station_dir, "container", "close", chosen["id"])
    assert code == 0 and "closed" in out
    code, out = _run(capsys, station_dir, "container", "close", chosen["id"])
    assert code == 1 and "already closed" in out

    pdf = tmp_path / "label.pdf"
    assert _run(capsys, station_dir, "container", "label", chosen["id"], "-o", str(pdf))[0] == 0
    png = pages_as_png(pdf, tmp_path)
    assert len(png) == 1 and qr_texts(png[0]) == [chosen["id"]]
    text = pdf_text(pdf)[0]
    assert chosen["id"] in text and english_plural("%n item(s)", len(chosen["items"])) in text
    save_screens(pdf, "container-label", tmp_path)
    zpl = tmp_path / "label.zpl"
    assert _run(capsys, station_dir, "container", "label", chosen["id"], "-o", str(zpl), "--zpl")[0] == 0
    assert f"^FDMA,{chosen['id']}^FS" in zpl.read_text()

    manifest = tmp_path / "manifest.csv"
    assert _run(capsys, station_dir, "container", "manifest", chosen["id"], "-o", str(manifest))[0] == 0
    with manifest.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["inspection_id"] for r in rows) == sorted(chosen["items"])
    assert all(r["grade"] and r["disposition"] for r in rows)
    manifest_pdf = tmp_path / "manifest.pdf"
    assert _run(capsys, station_dir, "container", "manifest", chosen["id"], "-o", str(manifest_pdf))[0] == 0
    assert chosen["items"][0] in "".join(pdf_text(manifest_pdf)).replace("\n", "")

    assert main(["--data-dir", str(station_dir), "container", "show", "T-99999"]) == 2
    assert "not known at this station" in capsys.readouterr().err


def test_the_item_label_pdf_carries_a_qr_that_names_the_inspection(
        ctx: StationContext, station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.station.putaway.items import restock_item

    item = restock_item(ctx)
    pdf = tmp_path / "item.pdf"
    assert _run(capsys, station_dir, "item-label", str(item), "-o", str(pdf), "--pdf")[0] == 0
    [read] = qr_texts(pages_as_png(pdf, tmp_path)[0])
    assert putaway.item_for_scan(ctx, read) == item
    save_screens(pdf, "item-label", tmp_path)
