"""`station review approve|regrade`: a lead decides from a script as in the Review mode, PIN never an argument."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models
from db.review_models import Review
from station.cli import main
from station.config import RESOURCES
from station.context import StationContext
from station.outcome import current_outcome
from tests.station.review.scenario import overridden
from tests.station.slips.rendering import pdf_text


def _demo(role: str) -> dict[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if r["role"] == role)


def _outcome(ctx: StationContext, inspection_id) -> tuple[str, str, str]:
    with ctx.read() as session:
        now = current_outcome(session, session.get(models.Inspection, inspection_id))
        return now.grade, now.disposition, now.source


def _reviews(ctx: StationContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(Review)) or 0


def test_a_lead_regrades_from_the_command_line_and_the_slip_shows_it(
        ctx: StationContext, station_dir: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    item = overridden(ctx, "RMA-100002")
    lead = _demo("lead")
    monkeypatch.setenv("STATION_PIN", lead["pin"])
    code = main(["--data-dir", str(station_dir), "review", "regrade", str(item), "--lead", lead["badge_code"],
                 "--grade", "D", "--disposition", "dispose", "--reason", "cracked housing under the tape"])
    assert code == 0, capsys.readouterr().err
    assert "C refurbish -> D dispose" in capsys.readouterr().out
    assert _outcome(ctx, item) == ("D", "dispose", "review")
    out = tmp_path / "slip.pdf"
    assert main(["--data-dir", str(station_dir), "slip", str(item), "-o", str(out)]) == 0, capsys.readouterr().err
    text = " ".join(pdf_text(out)[0].split())
    assert "GRADE D" in text and "DISPOSE" in text and "Lead: cracked housing under the tape" in text


def test_a_lead_approves_with_an_optional_note(ctx: StationContext, station_dir: Path, monkeypatch,
                                               capsys) -> None:
    item = overridden(ctx, "RMA-100004")
    lead = _demo("lead")
    monkeypatch.setenv("STATION_PIN", lead["pin"])
    assert main(["--data-dir", str(station_dir), "review", "approve", str(item), "--lead", lead["badge_code"]]) == 0
    assert _outcome(ctx, item) == ("C", "refurbish", "review")
    with ctx.read() as session:
        review = session.scalars(select(Review)).one()
        assert (review.action, review.reason) == ("approve", None)


@pytest.mark.parametrize(("role", "pin", "expected"), [
    ("inspector", None, "Only a shift lead may approve or regrade"),
    ("lead", "0000", "That PIN is not right"),
])
def test_the_same_checks_as_the_review_mode(ctx: StationContext, station_dir: Path, monkeypatch, capsys,
                                            role: str, pin: str | None, expected: str) -> None:
    item = overridden(ctx, "RMA-100006")
    person = _demo(role)
    monkeypatch.setenv("STATION_PIN", pin or person["pin"])
    code = main(["--data-dir", str(station_dir), "review", "regrade", str(item), "--lead", person["badge_code"],
                 "--grade", "B", "--reason", "fine after all"])
    assert code == 2
    assert expected in capsys.readouterr().err
    assert _reviews(ctx) == 0 and _outcome(ctx, item)[2] == "inspection"


def test_regrade_needs_a_reason_and_the_pin_is_never_an_argument(ctx: StationContext, station_dir: Path,
                                                                 monkeypatch, capsys) -> None:
    item = overridden(ctx, "RMA-100008")
    lead = _demo("lead")
    with pytest.raises(SystemExit):
        main(["--data-dir", str(station_dir), "review", "regrade", str(item), "--lead", lead["badge_code"],
              "--grade", "B"])
    assert "--reason" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--data-dir", str(station_dir), "review", "approve", str(item), "--lead", lead["badge_code"],
              "--pin", lead["pin"]])
    monkeypatch.delenv("STATION_PIN", raising=False)  # and no terminal to ask on: says how to give it
    assert main(["--data-dir", str(station_dir), "review", "approve", str(item), "--lead", lead["badge_code"]]) == 2
    assert "STATION_PIN" in capsys.readouterr().err
    assert _reviews(ctx) == 0
