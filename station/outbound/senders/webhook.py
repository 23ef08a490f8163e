"""Webhooks signed per the Standard Webhooks spec: webhook-id (the idempotency key), -timestamp, -signature."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
from standardwebhooks.webhooks import Webhook

from station.outbound.answers import Answer, from_error, from_response
from station.outbound.config import WebhookDestination, secret


class WebhookSender:
    def __init__(self, destination: WebhookDestination, client: httpx.Client) -> None:
        self.destination = destination
        self.client = client
        self.signer = Webhook(str(secret(destination.name, destination.secret_env)))

    def send(self, payload: dict[str, Any], key: str, extras: Any) -> Answer:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        # Signed at each attempt: receivers refuse old timestamps, and the id stays the same across attempts.
        now = datetime.now(UTC)
        headers = {
            "content-type": "application/json",
            "webhook-id": key,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": self.signer.sign(key, now, body),
        }
        try:
            response = self.client.post(self.destination.url, content=body.encode(), headers=headers)
        except httpx.HTTPError as exc:
            return from_error(exc)
        return from_response(response)
