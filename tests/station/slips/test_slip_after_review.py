"""`station slip ID` for an item whose outcome a lead approved or changed: the slip says who changed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli import main
from station.context import StationContext
from station.review.decisions import approve, regrade
from tests.station.review.scenario import lead, overridden
from tests.station.slips.rendering import pdf_text


@pytest.mark.parametrize("decision", ["approve", "regrade"])
def test_slip_of_an_item_a_lead_decided_on(ctx: StationContext, station_dir: Path, tmp_path: Path,
                                           decision: str, capsys) -> None:
    inspection_id = overridden(ctx, "RMA-100002")  # the inspector's C / refurbish, flagged for a lead
    if decision == "approve":
        approve(ctx, lead(ctx), inspection_id, "agreed, scuffed")
        grade, word, why = "C", "REFURBISH", "Lead: agreed, scuffed"
    else:
        regrade(ctx, lead(ctx), inspection_id, grade="D", disposition="dispose", reason="cracked housing")
        grade, word, why = "D", "DISPOSE", "Lead: cracked housing"
    out = tmp_path / "slip.pdf"
    code = main(["--data-dir", str(station_dir), "slip", str(inspection_id), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    text = " ".join(pdf_text(out)[0].split())
    assert "Outcome changed by a lead's review" in text
    assert f"GRADE {grade}" in text and word in text
    assert f"Why • {why}" in text
