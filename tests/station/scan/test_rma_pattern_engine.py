"""The warehouse's own RMA pattern cannot hang the station: it is matched in linear time (RE2), and a pattern
RE2 cannot run is refused when the settings load, with the field named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from station.config import load_settings
from station.scan.label import InvalidRmaPattern, parse_label
from station.text import StationError

ROOT = Path(__file__).resolve().parents[3]
CATASTROPHIC = "(a+)+$"
LABEL = "a" * 40 + "!"  # a backtracking engine tries about 2**40 ways to split the a's before it gives up


def test_a_catastrophic_pattern_answers_at_once_on_the_label_that_would_hang_python_re(tmp_path: Path) -> None:
    # In a child, so that a regression shows as a timeout of minutes, not as a test run that never ends.
    done = subprocess.run([sys.executable, "-m", "station.cli", "--data-dir", str(tmp_path), "label", "--json",
                           "--rma-pattern", CATASTROPHIC, LABEL], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"kind": "unknown", "raw": LABEL}


def test_the_same_pattern_from_the_settings_still_finds_what_it_should() -> None:
    assert parse_label("a" * 40, rma_pattern=CATASTROPHIC).rma == "a" * 40
    assert parse_label(LABEL, rma_pattern=CATASTROPHIC).kind == "unknown"


def test_the_default_pattern_keeps_working() -> None:
    assert parse_label("RMA-100001").rma == "RMA-100001"
    inside = parse_label("https://returns.example.com/track?rma=RMA-100009&x=1")
    assert inside.kind == "rma" and inside.rma == "RMA-100009"
    assert parse_label("RMA-12").kind != "rma"


@pytest.mark.parametrize("pattern", [r"(RMA)-\d+-\1", r"(?=RMA)\w+-\d+", r"(?<!X)RMA-\d+"])
def test_a_pattern_re2_cannot_run_is_refused_at_settings_load_naming_the_field(tmp_path: Path, pattern: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"rma_pattern": pattern}), encoding="utf-8")
    with pytest.raises(StationError) as refused:
        load_settings(path)
    text = refused.value.text.render()
    assert "rma_pattern" in text and pattern in text and "backreferences" in text, text
    assert "Traceback" not in text


def test_a_refused_pattern_from_the_environment_is_refused_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATION_RMA_PATTERN", r"(\d)\1")
    with pytest.raises(StationError, match="rma_pattern"):
        load_settings(tmp_path / "settings.json")


def test_a_refused_pattern_given_to_the_parser_is_an_invalid_rma_pattern() -> None:
    with pytest.raises(InvalidRmaPattern, match="backreferences"):
        parse_label("RMA-1234", rma_pattern=r"(R)\1")
