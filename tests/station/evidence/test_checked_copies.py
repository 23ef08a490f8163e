"""A review copy or thumbnail swapped on disk: audit verify names it, and the packet and the viewer show the
picture the verified original gives, never the swapped one."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from station.audit.verify import verify_store
from station.cli import main
from station.context import StationContext, open_station
from station.evidence.store import REVIEW_SIZE
from station.review.evidence import load_evidence
from station.review.packet import evidence_packet
from tests.station.review.scenario import demo_photos, overridden

OTHER_PICTURE = Path(__file__).resolve().parents[2] / "data" / "photos" / "TY-5001-blur.jpg"


def _signature(image: np.ndarray) -> np.ndarray:
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return cv2.resize(grey, (64, 48), interpolation=cv2.INTER_AREA).astype(np.float32)


def _difference(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(_signature(a) - _signature(b)).mean())


def _swap(path: Path, picture: Path, longest: int) -> bytes:
    """Another picture at the copy's size, written over the copy (as someone with the disk could)."""
    image = cv2.imread(str(picture))
    scale = longest / max(image.shape[:2])
    swapped = cv2.imencode(".jpg", cv2.resize(image, None, fx=scale, fy=scale))[1].tobytes()
    path.write_bytes(swapped)
    return swapped


def _embedded(pdf: Path, folder: Path) -> list[np.ndarray]:
    subprocess.run(["pdfimages", "-j", str(pdf), str(folder / "img")], check=True, capture_output=True)
    return [cv2.imread(str(p)) for p in sorted(folder.glob("img-*"))]


def _restarted(ctx: StationContext) -> StationContext:
    """The station opened again: nothing it checked before the swap is remembered."""
    again = open_station(ctx.data_dir)
    ctx.sessions.kw["bind"].dispose()
    return again


def test_a_swapped_review_copy_is_reported_and_never_reaches_the_packet_or_viewer(
        ctx: StationContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    done = overridden(ctx, "RMA-100020", photos=demo_photos(2))
    photo = load_evidence(ctx, done).photos[0]
    original = cv2.imread(str(photo.original))
    honest = photo.review.read_bytes()
    ctx = _restarted(ctx)

    swapped = _swap(photo.review, OTHER_PICTURE, REVIEW_SIZE)
    _swap(photo.thumbnail, OTHER_PICTURE, 240)
    swapped_image = cv2.imdecode(np.frombuffer(swapped, np.uint8), cv2.IMREAD_COLOR)
    assert _difference(swapped_image, original) > 20, "the swapped picture must look different"

    with ctx.read() as session:
        report = verify_store(session, ctx.evidence, ctx.station_id)
    changed = [p for p in report.problems if p.kind == "photo_copy_changed"]
    assert [p.where for p in changed] == [f"photos {photo.id}"] * 2, report.problems
    assert "review copy" in changed[0].message.render() and "thumbnail" in changed[1].message.render()
    assert all(p.kind == "photo_copy_changed" for p in report.problems)
    assert main(["--data-dir", str(ctx.data_dir), "audit", "verify"]) == 1
    assert "review copy of photo" in capsys.readouterr().err

    out = evidence_packet(ctx, done, tmp_path / "packet.pdf")
    pictures = _embedded(out, tmp_path)
    assert min(_difference(p, original) for p in pictures) < 4.0, "the photo's own picture is in the packet"
    assert min(_difference(p, swapped_image) for p in pictures) > 20, "the swapped picture is not"

    # The viewer's paths hold the copy made again from the original, byte for byte what capture made.
    view = load_evidence(ctx, done)
    assert view.photos[0].review.read_bytes() == honest
    assert _difference(cv2.imread(str(view.photos[0].thumbnail)), original) < 4.0
    with ctx.read() as session:
        assert verify_store(session, ctx.evidence, ctx.station_id).ok

    # Swapped again after the check was remembered: a changed file is checked again.
    replacement = photo.review.with_name("swap.tmp")
    replacement.write_bytes(swapped)
    replacement.replace(photo.review)
    assert load_evidence(ctx, done).photos[0].review.read_bytes() == honest
    ctx.sessions.kw["bind"].dispose()


def test_a_damaged_original_offers_no_copy_made_from_it(ctx: StationContext, tmp_path: Path) -> None:
    done = overridden(ctx, "RMA-100020", photos=demo_photos(1))
    photo = load_evidence(ctx, done).photos[0]
    ctx = _restarted(ctx)
    data = bytearray(photo.original.read_bytes())
    data[len(data) // 2] ^= 0xFF
    photo.original.write_bytes(bytes(data))
    damaged = load_evidence(ctx, done).photos[0]
    assert damaged.review == damaged.thumbnail == damaged.original, "no copy of a damaged original is offered"
    out = evidence_packet(ctx, done, tmp_path / "packet.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "DOES NOT MATCH" in " ".join(text.split())
    ctx.sessions.kw["bind"].dispose()


def test_the_packet_checks_every_copy_again_even_when_the_check_kept_on_disk_was_forged(ctx: StationContext,
                                                                                      tmp_path: Path) -> None:
    import json
    import os

    done = overridden(ctx, "RMA-100020", photos=demo_photos(1))
    photo = load_evidence(ctx, done).photos[0]
    original = cv2.imread(str(photo.original))
    ctx = _restarted(ctx)
    swapped = cv2.imdecode(np.frombuffer(_swap(photo.review, OTHER_PICTURE, REVIEW_SIZE), np.uint8),
                           cv2.IMREAD_COLOR)
    # Someone who knows how the station remembers its checks writes the swapped file's times into that memo.
    memo = ctx.evidence.root / "checked" / photo.sha256[:2] / f"{photo.sha256}.json"
    assert memo.exists(), "the check made at capture is kept beside the copies"
    keys = [[st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
            for st in (os.stat(p) for p in (photo.original, photo.review, photo.thumbnail))]
    memo.write_text(json.dumps(keys), encoding="utf-8")
    ctx = _restarted(ctx)

    pictures = _embedded(evidence_packet(ctx, done, tmp_path / "packet.pdf"), tmp_path)
    assert min(_difference(p, original) for p in pictures) < 4.0
    assert min(_difference(p, swapped) for p in pictures) > 20
    ctx.sessions.kw["bind"].dispose()


def test_an_open_inspection_shows_its_photos_copies_made_from_the_original(ctx: StationContext) -> None:
    from station.services import inspect as inspection

    draft = inspection.attach_photo(ctx, _started(ctx).id, question_id=None, path=demo_photos(1)[0])
    photo = draft.photos[-1]
    honest = photo.thumbnail.read_bytes()
    ctx = _restarted(ctx)
    _swap(photo.thumbnail, OTHER_PICTURE, 240)
    assert inspection.load_draft(ctx, draft.id).photos[-1].thumbnail.read_bytes() == honest
    ctx.sessions.kw["bind"].dispose()


def _started(ctx: StationContext):
    from tests.station.services.test_inspection_flow import _start

    return _start(ctx, "RMA-100020")
