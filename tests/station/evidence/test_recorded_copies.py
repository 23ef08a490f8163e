"""The hashes of a photo's review copy and thumbnail are recorded when they are made, and audit verify checks the
copies against them instead of making them again; a photo stored before copies were recorded is checked the long
way, with the same answer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from station.evidence.store import COPIES, EvidenceStore

PHOTOS = Path(__file__).resolve().parents[2] / "data" / "photos"


def _stored(tmp_path: Path) -> tuple[EvidenceStore, str]:
    store = EvidenceStore(tmp_path / "photos")
    photo = store.store_file(sorted(PHOTOS.glob("*.jpg"))[0])
    return store, photo.sha256


def test_the_copies_hashes_are_recorded_when_made(tmp_path: Path) -> None:
    store, sha = _stored(tmp_path)
    record = json.loads(store._copies_record_path(sha).read_text(encoding="utf-8"))
    assert record == {kind: hashlib.sha256(store.copy_path(sha, kind).read_bytes()).hexdigest()
                      for kind, _longest, _quality in COPIES}
    assert store.changed_copies(sha) == []


def test_verify_checks_the_copies_against_their_record(tmp_path: Path) -> None:
    store, sha = _stored(tmp_path)
    thumbnail = store.copy_path(sha, "thumbnail")
    thumbnail.write_bytes(store.copy_path(sha, "review").read_bytes())  # another picture, in the thumbnail's place
    assert store.changed_copies(sha) == ["thumbnail"]
    # The record, not a copy made again, is what decides: a record naming other bytes names the untouched copy.
    path = store._copies_record_path(sha)
    record = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**record, "review": "0" * 64}), encoding="utf-8")
    assert store.changed_copies(sha) == ["review", "thumbnail"]


def test_a_photo_stored_before_copies_were_recorded_is_checked_the_long_way(tmp_path: Path) -> None:
    store, sha = _stored(tmp_path)
    store._copies_record_path(sha).unlink()
    assert store.changed_copies(sha) == []
    thumbnail = store.copy_path(sha, "thumbnail")
    thumbnail.write_bytes(store.copy_path(sha, "review").read_bytes())
    assert store.changed_copies(sha) == ["thumbnail"]
    assert not store._copies_record_path(sha).exists()  # verify repairs and records nothing
    # The station makes the copy again when it is shown, and records it then.
    assert store.checked_copies(sha, recheck=True) is not None
    assert store._copies_record_path(sha).exists() and store.changed_copies(sha) == []
