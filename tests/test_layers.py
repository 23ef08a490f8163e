"""The layers hold: ui -> station -> db, no Qt below ui, no cycle among the station's packages, and sync never
reaches up into the use cases (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


CONTRACTS = 6


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    linter = Path(sys.executable).parent / "lint-imports"
    return subprocess.run([str(linter), "--no-cache"], cwd=folder, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(folder)})


def test_import_contracts_are_kept() -> None:
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{CONTRACTS} kept, 0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line", "broken"), [
    # A cycle between two packages that import nothing of each other today.
    ("station/grading/__init__.py", "import station.slips.content", "No cycles among the station's packages"),
    ("station/sync/__init__.py", "import station.services.inspect", "never reach up into the use cases"),
])
def test_a_cycle_or_an_upward_import_breaks_a_contract(tmp_path: Path, module: str, line: str, broken: str) -> None:
    for folder in ("station", "db", "ui"):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert f"{broken}" in result.stdout and "BROKEN" in result.stdout


def test_station_and_db_modules_never_name_qt() -> None:
    offenders = [str(p.relative_to(REPO)) for folder in ("station", "db") for p in (REPO / folder).rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8") or "shiboken" in p.read_text(encoding="utf-8")]
    assert offenders == []
