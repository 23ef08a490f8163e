"""Perceptual hash of a photo (64-bit DCT pHash, as imagehash computes it) and the distance between two."""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

HASH_BITS = 64
# Hashes this close are the same picture re-encoded, resized, brightened or slightly cropped; two different
# photos of the same item differ in far more bits (measured on tests/data/photos, see scripts/bench_evidence.py).
NEAR_DUPLICATE_BITS = 14


def phash(bgr: np.ndarray) -> str:
    """16 hex digits: the signs of the lowest 8×8 DCT frequencies of the 32×32 grey picture against their median."""
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    small = cv2.resize(grey, (32, 32), interpolation=cv2.INTER_AREA).astype(np.float32)
    low = cv2.dct(small)[:8, :8]
    bits = (low > np.median(low)).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def is_near_duplicate(a: str, b: str, limit: int = NEAR_DUPLICATE_BITS) -> bool:
    return distance(a, b) <= limit


class HashIndex:
    """Many stored hashes, compared with one target at a time by a vectorised XOR and popcount.

    Built once for a batch of targets: parsing the hex of every stored hash costs more than comparing them.
    """

    def __init__(self, entries: Iterable[tuple[str, object]]) -> None:
        items = list(entries)
        self._keys = [key for _hash, key in items]
        self._hashes = np.array([int(h, 16) for h, _key in items], dtype=np.uint64)

    def add(self, entries: Iterable[tuple[str, object]]) -> None:
        """More stored hashes: parsing only the new ones lets a long-lived index follow a growing store."""
        items = list(entries)
        if items:
            self._keys.extend(key for _hash, key in items)
            self._hashes = np.concatenate([self._hashes, np.array([int(h, 16) for h, _key in items],
                                                                  dtype=np.uint64)])

    def __len__(self) -> int:
        return len(self._keys)

    def within(self, target: str, limit: int = NEAR_DUPLICATE_BITS) -> list[tuple[int, object]]:
        """(distance, key) of every stored hash within the limit, closest first."""
        if not self._keys:
            return []
        counts = np.bitwise_count(np.bitwise_xor(self._hashes, np.uint64(int(target, 16))))
        found = [(int(counts[i]), self._keys[i]) for i in np.flatnonzero(counts <= limit)]
        return sorted(found, key=lambda pair: pair[0])

