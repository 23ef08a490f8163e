"""When the next sync pass runs: the plain interval, or after failures a doubling, jittered backoff."""

from __future__ import annotations

import random
from dataclasses import dataclass

from station.config import Settings


@dataclass
class SyncSchedule:
    """Counts failures in a row; the window's worker and `station sync` both ask it how long to wait."""

    interval_s: float
    first_retry_s: float
    max_retry_s: float
    jitter: float
    failures: int = 0

    @classmethod
    def from_settings(cls, settings: Settings, *, interval_s: float | None = None) -> SyncSchedule:
        return cls(interval_s if interval_s is not None else settings.sync_interval_s, settings.sync_retry_first_s,
                   max(settings.sync_retry_max_s, settings.sync_retry_first_s), settings.sync_retry_jitter)

    def record(self, *, failed: bool) -> None:
        self.failures = self.failures + 1 if failed else 0

    def retry_delay_s(self) -> float:
        base = min(self.max_retry_s, self.first_retry_s * 2 ** max(0, self.failures - 1))
        return base * random.uniform(1 - self.jitter, 1 + self.jitter)

    def next_delay_s(self) -> float:
        """After the pass just recorded: the backoff while passes fail, the interval otherwise."""
        return self.retry_delay_s() if self.failures else self.interval_s
