"""Every photographed demo label, decoded by the real pipeline, identifies its RMA line."""

from __future__ import annotations

import csv

from station.config import RESOURCES
from station.context import StationContext
from station.scan.images import read_image_file
from station.scan.pipeline import ScanPipeline
from station.services.identify import identify


def test_each_camera_frame_identifies_its_rma(ctx: StationContext) -> None:
    pipeline = ScanPipeline.default()
    with (RESOURCES / "demo" / "camera" / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 25
    misses = []
    for row in rows:
        codes = pipeline.decode(read_image_file(RESOURCES / "demo" / "camera" / row["file"]))
        if not codes:
            misses.append(row["file"])
            continue
        ident = identify(ctx, codes[0].text)
        assert ident.outcome == "rma", (row["file"], codes[0].text, ident.message.render())
        assert {line.rma_number for line in ident.lines} == {row["rma_number"]}, row["file"]
        if row["format"] == "DataMatrix":
            assert ident.label.kind == "gs1" and ident.label.serial and len(ident.lines) == 1
            assert ident.flags == []
    assert misses == [], f"the pipeline read none of {misses}"
