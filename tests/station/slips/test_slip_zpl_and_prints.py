"""ZPL labels for thermal printers, every print recorded as a fact, reprints with a reason, and the commands."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models
from db.refurb_models import SlipPrint
from station.context import StationContext
from station.slips.content import SlipContent
from station.slips.prints import ReprintNeedsReason, printed_before, record_prints
from station.slips.reference import slip_reference
from station.slips.zpl import render_zpl
from station.text import _
from tests.station.refurb.graded import complete
from tests.station.slips.rendering import pages_as_png, pdf_text, qr_texts


def _slip(name: str) -> SlipContent:
    inspection_id = uuid.uuid4()
    return SlipContent(inspection_id, slip_reference(inspection_id), name, "EL-1001", None, "RMA-100001 / 1", "B",
                       "restock", [_("Small scratch ^on the lid~ (Q3)")], "Maria Santos", "DOCK-01",
                       datetime.now(UTC), 0)


def test_zpl_has_one_label_per_slip_with_the_qr_reference_and_bitmaps_for_other_scripts() -> None:
    latin, hebrew = _slip("USB-C cable 2 m"), _slip("אוזניות אלחוטיות")
    zpl = render_zpl([latin, hebrew])
    labels = zpl.split("^XZ")[:-1]
    assert len(labels) == 2 and all(label.strip().startswith("^XA") for label in labels)
    assert "^CI28" in labels[0] and "^PW812" in labels[0]
    assert f"^BQN,2,8^FDMA,{latin.reference}^FS" in labels[0]
    assert "USB-C cable 2 m" in labels[0] and "RESTOCK" in labels[0]
    # ZPL's command characters in data are hex-escaped under ^FH, never raw.
    assert "_5Eon the lid_7E" in labels[0]
    assert "אוזניות" not in labels[1]  # Zebra's font has no Hebrew: the name is a graphic field
    for match in re.finditer(r"\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)", labels[1]):
        total, _same, row, data = match.groups()
        assert int(total) == len(data) // 2 and int(total) % int(row) == 0 and set(data) != {"0"}
    assert "^GFA" in labels[1]


def test_every_print_is_a_fact_and_a_reprint_needs_a_reason(ctx: StationContext) -> None:
    first, second = complete(ctx, "RMA-100002"), complete(ctx, "RMA-100003", damaged=False)
    assert printed_before(ctx, [first, second]) == set()
    done = record_prints(ctx, [first], size="4x6", target="printer:Zebra")
    assert done.reprints == 0 and printed_before(ctx, [first, second]) == {first}
    with pytest.raises(ReprintNeedsReason) as raised:
        record_prints(ctx, [first, second], size="4x6", target="printer:Zebra", reason="x")
    assert "printed before" in raised.value.text.render()
    again = record_prints(ctx, [first, second], size="a6", target="file:/tmp/x.pdf", reason="label torn")
    assert again.reprints == 1
    with ctx.read() as session:
        rows = session.scalars(select(SlipPrint).order_by(SlipPrint.printed_at, SlipPrint.id)).all()
        outbox = session.scalars(select(models.OutboxEntry.row_id).where(
            models.OutboxEntry.table_name == "slip_prints")).all()
    assert (rows[0].inspection_id, rows[0].reprint_reason) == (first, None)
    assert {(r.inspection_id, r.reprint_reason, r.size) for r in rows[1:]} == {
        (first, "label torn", "a6"), (second, None, "a6")}
    assert set(outbox) == {str(r.id) for r in rows}


def _station(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def test_commands_write_one_slip_a_batch_and_zpl(ctx: StationContext, station_dir: Path, tmp_path: Path) -> None:
    ids = [complete(ctx, "RMA-100002"), complete(ctx, "RMA-100003", damaged=False)]
    one = tmp_path / "one.pdf"
    done = _station(station_dir, "slip", str(ids[0]), "-o", str(one), "--size", "a6")
    assert done.returncode == 0, done.stderr
    assert qr_texts(pages_as_png(one, tmp_path)[0]) == [slip_reference(ids[0])]
    again = _station(station_dir, "slip", slip_reference(ids[0]), "-o", str(one))
    assert again.returncode == 2 and "printed before" in again.stderr and "Traceback" not in again.stderr
    short = _station(station_dir, "slip", ids[0].hex[-12:], "-o", str(one), "--reason", "wet label")
    assert short.returncode == 0, short.stderr
    batch = tmp_path / "batch.pdf"
    today = datetime.now().date().isoformat()
    done = _station(station_dir, "slips", "--since", today, "-o", str(batch), "--reason", "shift reprint")
    assert done.returncode == 0, done.stderr
    assert "2 slips written" in done.stdout and len(pdf_text(batch)) == 2
    zpl = _station(station_dir, "slip", str(ids[1]), "--zpl", "--reason", "thermal label for the shelf")
    assert zpl.returncode == 0 and zpl.stdout.startswith("^XA") and slip_reference(ids[1]) in zpl.stdout
    missing = _station(station_dir, "slip", str(uuid.uuid4()), "-o", str(one))
    assert missing.returncode == 2 and "No inspection" in missing.stderr
    with ctx.read() as session:
        targets = session.scalars(select(SlipPrint.target).order_by(SlipPrint.printed_at)).all()
    assert len(targets) == 5 and targets[-1] == "zpl:stdout"
