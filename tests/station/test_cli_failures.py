"""`station` never shows a person a traceback: an unexpected failure is one line that says what to do, with a
non-zero exit; -v logs the technical detail for IT."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from station.cli import EXIT_UNEXPECTED, main

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A data folder whose database file is not a database (a disk fault, or a file copied over it)."""
    folder = tmp_path / "station"
    folder.mkdir()
    (folder / "station.db").write_bytes(bytes(range(256)) * 32)
    return folder


@pytest.mark.parametrize("command", [["inspections", "list"], ["export", "inspections"], ["report", "summary"],
                                     ["import", "products", str(DEMO / "products.csv")], ["audit", "verify"]])
def test_an_unexpected_failure_is_one_line_and_a_non_zero_exit(damaged: Path, command: list[str],
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(damaged), *command])
    out, err = capsys.readouterr()
    assert code == EXIT_UNEXPECTED
    assert "Traceback" not in out + err and 'File "' not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"station {command[0]} failed: ") and "file is not a database" in lines[0]
    assert f"Run it again as station -v {command[0]}" in lines[0] and "call IT" in lines[0]
    assert "sqlalche.me" not in lines[0], "a developer's link is no help at the dock"


def test_with_v_the_traceback_is_logged_for_it(damaged: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "station.cli", "-v", "--data-dir", str(damaged), "inspections",
                           "list"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == EXIT_UNEXPECTED
    assert "Traceback" in done.stderr and "DatabaseError" in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("station inspections failed: ")


def test_bad_input_to_several_commands_ends_in_a_message_not_a_traceback(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "rmas.csv"
    latin.write_bytes("rma_number,line_no,sku,customer\nRMA-1,1,FW-3008,Zoë\n".encode("latin-1"))
    cases = [
        (["--data-dir", str(tmp_path / "s"), "import", "rmas", str(latin)], "not UTF-8"),
        (["--data-dir", str(tmp_path / "s"), "import", "sales", str(tmp_path / "missing.csv")], "cannot be opened"),
        (["scan", str(tmp_path / "nothing-here.png")], "was not found"),
        (["label", "--rma-pattern", r"(R)\1", "RMA-1234"], "backreferences"),
        (["photo-check", str(latin)], "not a picture"),
    ]
    for argv, words in cases:
        code = main(argv)
        out, err = capsys.readouterr()
        assert code != 0, argv
        assert "Traceback" not in out + err, argv
        assert words in out + err, (argv, out, err)
