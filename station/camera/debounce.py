"""Debouncer: the same code seen in consecutive frames counts as one scan."""

from __future__ import annotations


class Debouncer:
    """accept() is True for a code not seen during the last window_s seconds.

    Every sighting renews the window, so a label held under the camera for a minute is one scan;
    taken away for longer than the window and shown again, it is a new scan.
    """

    def __init__(self, window_s: float = 3.0) -> None:
        if window_s < 0:
            raise ValueError("window_s must not be negative")
        self.window_s = window_s
        self._last_seen: dict[str, float] = {}

    def accept(self, text: str, now: float) -> bool:
        last = self._last_seen.get(text)
        self._last_seen[text] = now
        if len(self._last_seen) > 256:
            self._forget_before(now - self.window_s)
        return last is None or now - last > self.window_s

    def reset(self) -> None:
        self._last_seen.clear()

    def _forget_before(self, cutoff: float) -> None:
        self._last_seen = {text: seen for text, seen in self._last_seen.items() if seen >= cutoff}
