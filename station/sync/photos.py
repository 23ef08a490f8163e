"""Photos follow the facts: each file is checked against its SHA-256 before upload, and the central store's own
hash of what it holds is checked after. The central store is a content-addressed table behind a small interface
that object storage can implement later.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import Connection, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from db.sync_models import PhotoUpload, photo_blobs
from station.context import StationContext
from station.evidence.store import PhotoCorrupt
from station.ids import utc_now
from station.sync import state
from station.sync.faults import checkpoint
from station.text import _

log = logging.getLogger(__name__)

# Photos per central transaction, and bytes: a dropped link loses at most this much work.
GROUP_PHOTOS = 20
GROUP_BYTES = 16 * 1024 * 1024


class PhotoBlobStore(Protocol):
    """Where photos live centrally, by SHA-256. ``digest`` is the store's own hash of what it holds."""

    def existing(self, shas: Sequence[str]) -> set[str]: ...

    def put_many(self, photos: Sequence[tuple[str, bytes]], station_id: str) -> None: ...

    def digests(self, shas: Sequence[str]) -> dict[str, str]: ...

    def get(self, sha: str) -> bytes | None: ...


class PostgresPhotoStore:
    """The central ``sync_photo_blobs`` table; a CHECK makes the server refuse bytes that do not match the key."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def existing(self, shas: Sequence[str]) -> set[str]:
        if not shas:
            return set()
        with self.connection.begin():
            return set(self.connection.execute(
                text("SELECT sha256 FROM sync_photo_blobs WHERE sha256 = ANY(CAST(:s AS text[]))"),
                {"s": list(shas)}).scalars())

    def put_many(self, photos: Sequence[tuple[str, bytes]], station_id: str) -> None:
        now = utc_now()
        with self.connection.begin():
            self.connection.execute(
                pg_insert(photo_blobs).on_conflict_do_nothing(index_elements=["sha256"]),
                [{"sha256": sha, "data": data, "size_bytes": len(data), "station_id": station_id,
                  "uploaded_at": now} for sha, data in photos])
            checkpoint("photos.before_commit", connection=self.connection)

    def digests(self, shas: Sequence[str]) -> dict[str, str]:
        if not shas:
            return {}
        with self.connection.begin():
            return dict(self.connection.execute(text(
                "SELECT sha256, encode(sha256(data), 'hex') FROM sync_photo_blobs "
                "WHERE sha256 = ANY(CAST(:s AS text[]))"), {"s": list(shas)}).all())

    def get(self, sha: str) -> bytes | None:
        with self.connection.begin():
            return self.connection.execute(text("SELECT data FROM sync_photo_blobs WHERE sha256 = :s"),
                                           {"s": sha}).scalar()


@dataclass
class PhotoResult:
    uploaded: int = 0
    bytes: int = 0
    already: int = 0
    damaged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def record_states(ctx: StationContext, marks: dict[str, tuple[str, str | None]]) -> None:
    """Each photo file's state on its way to the central (uploaded, damaged, missing), with the problem if any."""
    if not marks:
        return
    now = utc_now()
    with ctx.transaction() as session:
        for sha, (what, problem) in marks.items():
            row = session.get(PhotoUpload, sha)
            if row is None:
                session.add(PhotoUpload(sha256=sha, state=what, checked_at=now, problem=problem))
            else:
                row.state, row.checked_at, row.problem = what, now, problem


def _read_checked(ctx: StationContext, sha: str) -> tuple[bytes | None, str | None, str | None]:
    """(bytes, state, problem): the file's bytes when they still match their name, else why not."""
    try:
        return ctx.evidence.read_verified(sha), None, None
    except FileNotFoundError:
        return None, "missing", "the photo file is missing from this station's disk"
    except PhotoCorrupt as exc:
        return None, "damaged", exc.text.render()
    except OSError as exc:
        return None, "damaged", f"the photo file cannot be read ({exc.strerror or exc})"


def _flush(ctx: StationContext, store: PhotoBlobStore, group: list[tuple[str, bytes]], result: PhotoResult) -> None:
    if not group:
        return
    store.put_many(group, ctx.station_id)
    checkpoint("photos.committed")
    held = store.digests([sha for sha, _data in group])
    good = {sha: ("uploaded", None) for sha, _data in group if held.get(sha) == sha}
    for sha, _data in group:
        if sha not in good:
            # The CHECK makes this impossible on PostgreSQL; another store might still get it wrong.
            log.error("central photo store holds %s with hash %s", sha, held.get(sha))
    record_states(ctx, good)
    result.uploaded += len(good)
    result.bytes += sum(len(data) for sha, data in group if sha in good)
    group.clear()


def upload(ctx: StationContext, store: PhotoBlobStore, *, should_stop: Callable[[], bool] = lambda: False
           ) -> PhotoResult:
    result = PhotoResult()
    with ctx.read() as session:
        pending, _damaged = state.photos_pending(session, ctx.station_id)
    if not pending:
        return result
    there = store.existing(pending)
    marks: dict[str, tuple[str, str | None]] = {}
    group: list[tuple[str, bytes]] = []
    size = 0
    for sha in pending:
        if should_stop():
            break
        data, problem_state, problem = _read_checked(ctx, sha)
        if data is None:
            # Flagged, never uploaded: a damaged file must not reach the central store as if it were good.
            log.warning("photo %s not uploaded: %s", sha[:12], problem)
            marks[sha] = (problem_state or "damaged", problem)
            (result.missing if problem_state == "missing" else result.damaged).append(sha)
            continue
        if sha in there:
            marks[sha] = ("uploaded", None)
            result.already += 1
            continue
        group.append((sha, data))
        size += len(data)
        if len(group) >= GROUP_PHOTOS or size >= GROUP_BYTES:
            _flush(ctx, store, group, result)
            size = 0
    _flush(ctx, store, group, result)
    record_states(ctx, marks)
    return result


def fetch(ctx: StationContext, store: PhotoBlobStore, sha: str) -> bool:
    """Brings another station's photo into this station's evidence store (for review), checked by hash."""
    if ctx.evidence.original_path(sha).exists():
        return True
    data = store.get(sha)
    if data is None:
        return False
    if hashlib.sha256(data).hexdigest() != sha:
        raise PhotoCorrupt(_("Photo {sha} came from the central database damaged. Try again later; tell IT if it "
                             "stays.", sha=sha[:12]))
    ctx.evidence.store_bytes(data)
    return True
