"""Named points in a sync where the fault tests strike: a hard kill, a dropped connection, a second delivery.

Production never sets ``STATION_SYNC_KILL_AT`` nor registers a listener, so a checkpoint costs one lookup.
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from collections.abc import Callable
from typing import Any

KILL_ENV = "STATION_SYNC_KILL_AT"

_listeners: dict[str, list[Callable[..., None]]] = {}
_hits: Counter[str] = Counter()


def checkpoint(name: str, **info: Any) -> None:
    """``STATION_SYNC_KILL_AT=push.committed:3`` kills this process (SIGKILL) the third time it passes there."""
    for listener in _listeners.get(name, ()):
        listener(**info)
    wanted = os.environ.get(KILL_ENV)
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _hits[name] += 1
    if _hits[name] >= int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def listen(name: str, listener: Callable[..., None]) -> Callable[[], None]:
    """Calls ``listener(**info)`` at the checkpoint; returns the function that stops it."""
    _listeners.setdefault(name, []).append(listener)
    return lambda: _listeners.get(name, []).remove(listener)
