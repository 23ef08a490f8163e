"""The destinations file: where each event type goes, how to reach it, and the retry schedule.

One YAML file for every relay of a central. Secrets never stand in it: each destination names the environment
variables that hold them, and a destination that is misconfigured (bad URL, missing secret, unknown event type)
stops the relay at start with a message naming it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from station.outbound.event_types import names
from station.text import StationError, _

# Shopify's reverse-fulfilment dispositions for ours; "missing" is what an empty box or a missing item becomes.
SHOPIFY_DISPOSITIONS = {"restock": "RESTOCKED", "refurbish": "PROCESSING_REQUIRED", "dispose": "NOT_RESTOCKED",
                        "missing": "MISSING"}


class Retry(BaseModel):
    """Exponential backoff with full jitter, spread over days like Stripe's webhook retries."""

    model_config = ConfigDict(extra="forbid")
    first_delay_s: float = 60.0
    max_delay_s: float = 6 * 3600.0
    give_up_after_s: float = 3 * 24 * 3600.0
    timeout_s: float = 30.0


class _Destination(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,59}$")
    events: list[str] = Field(min_length=1)
    active: bool = True


class WebhookDestination(_Destination):
    kind: Literal["webhook"]
    url: str
    secret_env: str  # a Standard Webhooks secret, "whsec_" and base64


class ShopifyDestination(_Destination):
    kind: Literal["shopify"]
    shop_url: str  # https://SHOP.myshopify.com
    api_version: str = "2025-10"
    token_env: str
    location_id: str  # where RESTOCKED items go: gid://shopify/Location/…
    auto_refund: bool = False  # the warehouse allows the recommended refund to be issued without a person
    dispositions: dict[str, str] = Field(default_factory=lambda: dict(SHOPIFY_DISPOSITIONS))
    missing_flags: list[str] = Field(default_factory=lambda: ["empty_box", "missing_item"])


class WooCommerceDestination(_Destination):
    kind: Literal["woocommerce"]
    url: str  # the shop's site; the REST API is under /wp-json/wc/v3
    key_env: str
    secret_env: str
    auto_refund: bool = False  # api_refund: pay back through the payment gateway, not only record the refund
    restock: dict[str, bool] = Field(default_factory=lambda: {"restock": True, "refurbish": False, "dispose": False})


class EmailDestination(_Destination):
    kind: Literal["email"]
    smtp_host: str
    smtp_port: int = 587
    starttls: bool = True
    sender: str  # the From address
    username_env: str | None = None
    password_env: str | None = None
    photo: bool = False  # the shop allows one inspection photo to go with the mail


Destination = Annotated[WebhookDestination | ShopifyDestination | WooCommerceDestination | EmailDestination,
                        Field(discriminator="kind")]


class Destinations(BaseModel):
    model_config = ConfigDict(extra="forbid")
    retry: Retry = Field(default_factory=Retry)
    destinations: list[Destination] = Field(default_factory=list)


def _http_url(name: str, value: str) -> None:
    import httpx

    try:
        url = httpx.URL(value)
    except Exception as exc:
        raise StationError(_("Destination {name}: {url} is not a URL ({problem}). Fix the destinations file.",
                             name=name, url=value, problem=str(exc))) from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise StationError(_("Destination {name}: {url} is not an http(s) URL. Fix the destinations file.",
                             name=name, url=value))


def secret(name: str, variable: str | None, environ: dict[str, str] | None = None) -> str | None:
    if variable is None:
        return None
    value = (os.environ if environ is None else environ).get(variable)
    if not value:
        raise StationError(_("Destination {name}: the environment variable {variable} with its secret is not set. "
                             "Set it for the relay (systemd: Environment= or EnvironmentFile=).",
                             name=name, variable=variable))
    return value


def check(config: Destinations, environ: dict[str, str] | None = None) -> None:
    """Refuses a destination that could never deliver, naming it, before the relay takes any work."""
    known = set(names())
    seen: set[str] = set()
    for d in config.destinations:
        if d.name in seen:
            raise StationError(_("Destination {name} is named twice in the destinations file.", name=d.name))
        seen.add(d.name)
        unknown = sorted(set(d.events) - known)
        if unknown:
            raise StationError(_("Destination {name}: unknown event types {types}. Known: {known}.", name=d.name,
                                 types=", ".join(unknown), known=", ".join(sorted(known))))
        if not d.active:
            continue
        if isinstance(d, WebhookDestination):
            _http_url(d.name, d.url)
            value = secret(d.name, d.secret_env, environ)
            from standardwebhooks.webhooks import Webhook

            try:
                Webhook(str(value))
            except Exception as exc:
                raise StationError(_("Destination {name}: the secret in {variable} is not a Standard Webhooks "
                                     "secret (whsec_ and base64).", name=d.name, variable=d.secret_env)) from exc
        elif isinstance(d, ShopifyDestination):
            _http_url(d.name, d.shop_url)
            secret(d.name, d.token_env, environ)
            if set(d.events) - {"inspection.completed"}:
                raise StationError(_("Destination {name}: a Shopify return is processed once, at inspection; "
                                     "list only inspection.completed.", name=d.name))
        elif isinstance(d, WooCommerceDestination):
            _http_url(d.name, d.url)
            secret(d.name, d.key_env, environ)
            secret(d.name, d.secret_env, environ)
            if set(d.events) - {"inspection.completed"}:
                raise StationError(_("Destination {name}: a WooCommerce refund is made once, at inspection; "
                                     "list only inspection.completed.", name=d.name))
        elif isinstance(d, EmailDestination):
            if set(d.events) - {"inspection.completed"}:
                raise StationError(_("Destination {name}: the customer's e-mail says what was found at inspection; "
                                     "list only inspection.completed.", name=d.name))
            secret(d.name, d.username_env, environ)
            secret(d.name, d.password_env, environ)


def load(path: Path, environ: dict[str, str] | None = None) -> Destinations:
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise StationError(_("The destinations file {path} cannot be read ({problem}).", path=str(path),
                             problem=exc.strerror or str(exc))) from exc
    except yaml.YAMLError as exc:
        raise StationError(_("The destinations file {path} is not valid YAML ({problem}).", path=str(path),
                             problem=str(exc))) from exc
    try:
        config = Destinations.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = "/".join(str(p) for p in first["loc"])
        entries = raw.get("destinations") if isinstance(raw, dict) else None
        index = first["loc"][1] if len(first["loc"]) > 1 and first["loc"][0] == "destinations" else None
        name = (entries[index].get("name") if isinstance(index, int) and isinstance(entries, list)
                and isinstance(entries[index], dict) else None)
        raise StationError(_("The destinations file {path}: {where} ({name}): {problem}.", path=str(path),
                             where=where, name=name or "-", problem=first["msg"])) from exc
    check(config, environ)
    return config
