"""`station scan` and `station label`: JSON lines per image, exit codes, the parsed label."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from station.commands import scan as scan_command


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    scan_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.func(args)
    return code, capsys.readouterr().out


def test_scan_prints_one_json_object_per_image(shared_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = shared_data / "barcodes" / "images" / "datamatrix"
    code, out = _run(["scan", str(folder), "--json"], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(lines) == len([p for p in folder.iterdir() if p.is_file()])
    first = next(x for x in lines if x["file"].endswith("datamatrix-2-01.webp"))
    assert first["codes"] == [{"format": "DataMatrix", "text": "http://google.com/m"}]
    assert set(first) == {"file", "codes", "ms"} and first["ms"] >= 0


def test_scan_reports_unreadable_files_and_exits_non_zero(tmp_path: Path, shared_data: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a png")
    good = shared_data / "barcodes" / "images" / "qrcode" / "qrcode-4-01.webp"
    code, out = _run(["scan", str(good), str(bad), str(tmp_path / "missing.jpg"), "--json"], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code != 0
    assert [("error" in x) for x in lines] == [False, True, True]
    assert lines[0]["codes"][0]["format"] == "QRCode"
    assert "not a readable image" in lines[1]["error"]


def test_label_prints_kind_and_present_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["--data-dir", str(tmp_path), "label", "https://id.example.com/01/09506000134352/21/ABC",
                      "--json"], capsys)
    assert code == 0
    assert json.loads(out) == {"kind": "digital_link", "raw": "https://id.example.com/01/09506000134352/21/ABC",
                               "gtin": "09506000134352", "serial": "ABC"}


def test_label_uses_the_rma_pattern_from_the_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"rma_pattern": r"RET\d{6}"}))
    _code, out = _run(["--data-dir", str(tmp_path), "label", "RET123456", "--json"], capsys)
    assert json.loads(out) == {"kind": "rma", "raw": "RET123456", "rma": "RET123456"}
