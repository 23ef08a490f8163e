"""Debouncer: a label held under the camera is one scan; shown again after the window, a new one."""

from __future__ import annotations

import pytest

from station.camera.debounce import Debouncer


def test_same_code_in_consecutive_frames_is_reported_once() -> None:
    debouncer = Debouncer(window_s=3.0)
    assert [debouncer.accept("RMA-1234", t / 10) for t in range(0, 100)] == [True] + [False] * 99


def test_a_code_seen_again_after_the_window_is_a_new_scan() -> None:
    debouncer = Debouncer(window_s=3.0)
    assert debouncer.accept("RMA-1234", 0.0)
    assert not debouncer.accept("RMA-1234", 2.9)
    assert debouncer.accept("RMA-1234", 6.0)


def test_different_codes_are_independent() -> None:
    debouncer = Debouncer(window_s=3.0)
    assert debouncer.accept("A", 0.0) and debouncer.accept("B", 0.1)
    assert not debouncer.accept("A", 0.2)


def test_zero_window_reports_every_frame_and_negative_is_refused() -> None:
    debouncer = Debouncer(window_s=0.0)
    assert debouncer.accept("A", 1.0) and debouncer.accept("A", 1.5)
    with pytest.raises(ValueError):
        Debouncer(window_s=-1)


def test_memory_stays_bounded_over_a_long_shift() -> None:
    debouncer = Debouncer(window_s=1.0)
    for i in range(10_000):
        debouncer.accept(f"code-{i}", float(i))
    assert len(debouncer._last_seen) <= 257
    debouncer.reset()
    assert debouncer.accept("code-9999", 9999.5)
