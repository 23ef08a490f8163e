"""The layers hold: ui -> station -> db, and no Qt below ui (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_station_and_db_modules_never_name_qt() -> None:
    offenders = [str(p.relative_to(REPO)) for folder in ("station", "db") for p in (REPO / folder).rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8") or "shiboken" in p.read_text(encoding="utf-8")]
    assert offenders == []
