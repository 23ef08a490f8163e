"""The audit chain's seal: an HMAC of each event's hash under a key the central issued for the station and keeps.

Why: anyone who can open the station's database file can rewrite a fact, recompute its row hash, the event hash
and every event after it, and the outbox rows too: the recipe is in this repository. The seal needs the key,
which is not in the database file: the central issues it at a station's first sync (``sync_station_key``) and
keeps it, and the station holds it in ``chain-keys.json`` beside its database. The central refuses an event
whose seal does not match (a trigger), and `audit verify` checks every seal it has the key for: locally with the
station's key file, with ``--central`` with the keys the central keeps.

What it does not protect against: someone who can read the whole data folder as the station's own user (key file
and settings with the database login) can still seal a forged event before it is sent; from the first push on,
the central's copy of the chain, which no station role may change, shows any later rewrite.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

KEY_FILE = "chain-keys.json"


@dataclass(frozen=True)
class ChainKey:
    key: str  # hex
    sealed_from: int  # the first event of the chain that must carry a seal


def seal(key: ChainKey, event_hash: str) -> str:
    return hmac.new(bytes.fromhex(key.key), event_hash.encode("ascii"), hashlib.sha256).hexdigest()


def sealer(key: ChainKey) -> Callable[[str], str]:
    """`seal` with the key decoded once: what verifying a year of events calls for each one."""
    secret = bytes.fromhex(key.key)
    return lambda event_hash: hmac.digest(secret, event_hash.encode("ascii"), "sha256").hex()


def sealed_correctly(key: ChainKey, seq: int, event_hash: str, event_seal: str | None) -> bool:
    if seq < key.sealed_from:
        return True
    return event_seal is not None and hmac.compare_digest(event_seal, seal(key, event_hash))


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def load_keys(data_dir: Path) -> dict[str, ChainKey]:
    path = key_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {station: ChainKey(str(entry["key"]), int(entry["sealed_from"])) for station, entry in raw.items()}


def save_key(data_dir: Path, station_id: str, key: ChainKey) -> None:
    """Written atomically, readable by the station's user only."""
    keys = load_keys(data_dir)
    keys[station_id] = key
    path = key_path(data_dir)
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({s: {"key": k.key, "sealed_from": k.sealed_from} for s, k in keys.items()}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


_cache: dict[Path, tuple[int, dict[str, ChainKey]]] = {}


def keys_of_session(session: Session) -> dict[str, ChainKey]:
    """The keys kept beside a station's SQLite file (none for another database): read again when the file
    changes, so a key fetched by the sync thread is used by the next fact."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite" or not bind.url.database or bind.url.database == ":memory:":
        return {}
    path = key_path(Path(bind.url.database).parent)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        return {}
    cached = _cache.get(path)
    if cached is None or cached[0] != stamp:
        cached = _cache[path] = (stamp, load_keys(path.parent))
    return cached[1]
