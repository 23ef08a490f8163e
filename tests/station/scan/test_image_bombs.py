"""A small file declaring a gigantic picture is refused by its header on every path that decodes images, before
any decoder reserves memory for it: each case runs in a child whose address space is capped at 1.5 GB, where a
decode of 30000×30000 pixels (2.7 GB as BGR) would fail loudly instead of being judged."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from station.context import StationContext

ROOT = Path(__file__).resolve().parents[3]
PHOTOS = ROOT / "tests" / "data" / "photos"
ADDRESS_SPACE = 1536 * 1024 * 1024


def _png_declaring(path: Path, width: int, height: int) -> Path:
    """A PNG of under 1 KB whose header declares width×height grey pixels (its data holds a few rows only)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = zlib.compress(b"\0" * (width + 1) * 4, 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
                     + chunk(b"IDAT", rows) + chunk(b"IEND", b""))
    return path


@pytest.fixture
def bomb(tmp_path: Path) -> Path:
    return _png_declaring(tmp_path / "parcel.png", 30_000, 30_000)


def _capped(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Runs `code` (with sys.argv[1:] = args) in a child that cannot reserve more than ADDRESS_SPACE."""
    prelude = ("import resource, sys\n"
               f"resource.setrlimit(resource.RLIMIT_AS, ({ADDRESS_SPACE}, {ADDRESS_SPACE}))\n")
    return subprocess.run([sys.executable, "-c", prelude + code, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def _station(*args: str) -> subprocess.CompletedProcess[str]:
    return _capped("from station.cli import main\nsys.exit(main(sys.argv[1:]))", *args)


def _refused(text: str) -> bool:
    return "gigantic picture" in text or "too many pixels" in text


def test_station_scan_refuses_the_bomb_by_its_header(bomb: Path) -> None:
    done = _station("scan", "--json", str(bomb))
    assert done.returncode == 1, done.stderr
    result = json.loads(done.stdout)
    assert _refused(result["error"]) and "smaller photo" in result["error"], result
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr and "Insufficient" not in done.stderr


def test_a_picture_over_the_scan_limit_but_under_pillows_is_refused_with_its_size(tmp_path: Path) -> None:
    # 12000×9000 = 108 MP: Pillow only warns about it, so the limit here is the station's own.
    done = _station("scan", str(_png_declaring(tmp_path / "wide.png", 12_000, 9_000)))
    assert done.returncode == 1 and "too many pixels (12000×9000)" in done.stdout, (done.stdout, done.stderr)


def test_photo_check_and_photo_calibrate_refuse_the_bomb(bomb: Path) -> None:
    check = _station("photo-check", "--json", str(bomb))
    assert check.returncode == 1 and _refused(json.loads(check.stdout)["error"]), (check.stdout, check.stderr)
    calibrate = _station("photo-calibrate", str(bomb), str(PHOTOS / "AP-2001-good.jpg"))
    assert calibrate.returncode != 0 and _refused(calibrate.stderr), calibrate.stderr
    assert "Traceback" not in check.stderr + calibrate.stderr


def test_the_evidence_store_and_a_dropped_file_refuse_the_bomb(bomb: Path, tmp_path: Path) -> None:
    code = """
import json
from pathlib import Path
from station.evidence.store import EvidenceStore, PhotoUnreadable
from station.scan.images import ImageUnreadable, read_image_file
out = {}
try:
    EvidenceStore(Path(sys.argv[2])).store_file(Path(sys.argv[1]))
except PhotoUnreadable as exc:
    out["store"] = exc.text.render()
try:
    read_image_file(sys.argv[1])  # what the Inspect page calls for a file dropped on the window
except ImageUnreadable as exc:
    out["drop"] = exc.text.render()
print(json.dumps(out))
"""
    done = _capped(code, str(bomb), str(tmp_path / "photos"))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert _refused(out.get("store", "")) and _refused(out.get("drop", "")), out
    assert not any((tmp_path / "photos").rglob("*.png")), "nothing of the bomb is stored"


def test_a_catalog_image_that_is_a_bomb_gives_no_match_instead_of_a_crash(bomb: Path) -> None:
    code = """
from pathlib import Path
from station.evidence.similarity import catalog_features
points, descriptors = catalog_features(Path(sys.argv[1]))
print(len(points), descriptors is None)
"""
    done = _capped(code, str(bomb))
    assert done.returncode == 0 and done.stdout.split() == ["0", "True"], (done.stdout, done.stderr)


def test_an_evidence_packet_leaves_out_a_catalog_image_that_is_a_bomb(ctx: StationContext, bomb: Path,
                                                                     tmp_path: Path) -> None:
    from db import models
    from station.review.packet import evidence_packet
    from tests.station.review.scenario import inspect_item

    done = inspect_item(ctx, "RMA-100001")
    with ctx.transaction() as session:
        inspection = session.get(models.Inspection, done)
        session.get(models.Product, inspection.sku).image = str(bomb)  # a path the shop's import gave
    packet = evidence_packet(ctx, done, tmp_path / "packet.pdf")
    words = subprocess.run(["pdftotext", str(packet), "-"], capture_output=True, text=True, check=True).stdout
    assert "RMA-100001" in words, "the packet is made, without the catalog picture"
