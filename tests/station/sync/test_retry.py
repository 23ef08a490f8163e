"""One sync backoff for the window and `station sync`: its numbers come from the settings (and STATION_* overrides)."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.config import Settings, load_settings
from station.sync.retry import SyncSchedule


def test_failures_back_off_doubling_to_the_limit_with_jitter_then_the_interval_again() -> None:
    schedule = SyncSchedule.from_settings(Settings(sync_interval_s=30, sync_retry_first_s=5, sync_retry_max_s=300,
                                                   sync_retry_jitter=0.2))
    assert schedule.next_delay_s() == 30
    seen = []
    for _ in range(8):
        schedule.record(failed=True)
        seen.append(schedule.retry_delay_s())
    bases = [5, 10, 20, 40, 80, 160, 300, 300]
    assert all(base * 0.8 <= got <= base * 1.2 for base, got in zip(bases, seen, strict=True))
    schedule.record(failed=False)
    assert schedule.failures == 0 and schedule.next_delay_s() == 30


def test_no_jitter_gives_the_exact_numbers_and_a_limit_below_the_first_retry_is_the_first_retry() -> None:
    schedule = SyncSchedule.from_settings(Settings(sync_retry_first_s=60, sync_retry_max_s=10, sync_retry_jitter=0))
    schedule.record(failed=True)
    assert schedule.next_delay_s() == 60
    schedule.record(failed=True)
    assert schedule.next_delay_s() == 60


def test_the_numbers_can_be_set_per_station_and_overridden_for_one_run(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"sync_retry_first_s": 2, "sync_retry_max_s": 60}', encoding="utf-8")
    monkeypatch.setenv("STATION_SYNC_RETRY_MAX_S", "90")
    settings = load_settings(path)
    assert (settings.sync_retry_first_s, settings.sync_retry_max_s) == (2, 90)
    assert SyncSchedule.from_settings(settings, interval_s=7).interval_s == 7
