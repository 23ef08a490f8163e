"""What a destination answered, reduced to what the relay does next: done, try again later, or give up."""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Literal

import httpx

# Answers that say "not now" rather than "never": timeouts, conflicts while locked, too early, throttled.
RETRIED_STATUSES = frozenset({408, 409, 423, 425, 429})


@dataclass(frozen=True)
class Answer:
    outcome: Literal["delivered", "retry", "refused"]
    text: str
    status: int | None = None
    retry_after_s: float | None = None


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        import time

        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def short(text: str, limit: int = 500) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def from_response(response: httpx.Response) -> Answer:
    status = response.status_code
    said = short(f"HTTP {status} {response.reason_phrase}: {response.text}")
    if 200 <= status < 300:
        return Answer("delivered", short(f"HTTP {status}"), status)
    if status >= 500 or status in RETRIED_STATUSES:
        return Answer("retry", said, status, retry_after(response))
    return Answer("refused", said, status)


def from_error(exc: Exception) -> Answer:
    """Connection refused, a timeout, a reset: the destination is away for now."""
    return Answer("retry", short(f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__))
