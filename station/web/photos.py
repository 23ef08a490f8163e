"""Photos for the browser from the central photo store: each fetched once into the web's cache, where its
thumbnail and review copy are made once and kept (station.evidence.store)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from station.evidence.store import EvidenceStore

SIZES = ("thumb", "review", "original")


def visible(session: Session, sha256: str) -> bool:
    """Whether this person may see the photo: a client's policies hide other brands' photos."""
    return session.execute(text("SELECT 1 FROM photos WHERE sha256 = :s LIMIT 1"), {"s": sha256}).first() is not None


def fetch(session: Session, store: EvidenceStore, shas: Iterable[str]) -> None:
    """Originals not yet in the cache, from the central's blobs (the store checks each against its SHA-256)."""
    missing = [s for s in shas if not store.original_path(s).exists()]
    if not missing:
        return
    rows = session.execute(text("SELECT sha256, data FROM sync_photo_blobs WHERE sha256 = ANY(CAST(:s AS text[]))"),
                           {"s": missing})
    for _sha, data in rows:
        store.store_bytes(bytes(data))


def photo_file(session: Session, store: EvidenceStore, sha256: str, size: str) -> Path | None:
    fetch(session, store, [sha256])
    if size == "original":
        path = store.original_path(sha256)
        return path if path.exists() else None
    copies = store.checked_copies(sha256)
    if copies is None:
        return None
    return copies.thumbnail if size == "thumb" else copies.review
