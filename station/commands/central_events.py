"""`station central relay` and `station central events list|show|retry|replay`: the central's outbound events."""

from __future__ import annotations

import argparse
import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from station.text import StationError, _, english_plural

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)


def register(actions: argparse._SubParsersAction) -> None:
    relay = actions.add_parser("relay", help="send the central's events to webhooks, shops and customers")
    _url(relay)
    relay.add_argument("--destinations", type=Path, required=True, metavar="FILE",
                       help="the destinations file (YAML); secrets come from the environment variables it names")
    relay.add_argument("--once", action="store_true", help="send what is due now, then exit (scripts, cron)")
    relay.add_argument("--batch", type=int, default=200, help="deliveries taken per transaction (default 200)")
    relay.add_argument("--workers", type=int, default=16, help="deliveries sent at once (default 16)")
    relay.set_defaults(func=_relay)

    events = actions.add_parser("events", help="list, show, retry or replay the central's outbound events")
    which = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    listing = which.add_parser("list", help="the newest events and where each stands")
    _url(listing)
    listing.add_argument("--since", type=_when, help="from this time on (ISO 8601, e.g. 2026-12-01T00:00Z)")
    listing.add_argument("--state", choices=("waiting", "delivered", "dead"), help="only events with such a delivery")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(func=_list)
    show = which.add_parser("show", help="one event: its payload and every delivery with the last answer")
    _url(show)
    show.add_argument("event_id", metavar="ID")
    show.set_defaults(func=_show)
    retry = which.add_parser("retry", help="send dead letters again (one event's, a destination's, or all)")
    _url(retry)
    retry.add_argument("event_id", nargs="?", metavar="ID")
    retry.add_argument("--destination", metavar="NAME")
    retry.set_defaults(func=_retry)
    replay = which.add_parser("replay", help="send every event since a time again, with the same ids")
    _url(replay)
    replay.add_argument("--since", type=_when, required=True, help="ISO 8601 time, e.g. 2026-12-01T00:00Z")
    replay.add_argument("--destination", metavar="NAME", help="only to this destination")
    replay.set_defaults(func=_replay)


def _url(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="the central database, as its owner (default: --central)")


def _when(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value} is not an ISO 8601 time (e.g. 2026-12-01T00:00Z)") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _engine(args: argparse.Namespace) -> Engine:
    from sqlalchemy import create_engine

    from station.sync.connection import normalise_url

    url = args.url or getattr(args, "central", None)
    if not url:
        raise StationError(_("Name the central database: station central relay --url postgresql://USER@HOST/DB"))
    # A pool (unlike the stations' engine): the relay keeps its connection between batches.
    return create_engine(normalise_url(str(url)), pool_pre_ping=True,
                         connect_args={"application_name": "station-relay", "connect_timeout": 10})


def _relay(args: argparse.Namespace) -> int:
    import signal
    import threading

    from station.outbound import config as outbound_config
    from station.outbound.relay import open_relay

    config = outbound_config.load(args.destinations)
    engine = _engine(args)
    try:
        with open_relay(engine, config, batch_size=args.batch, workers=args.workers) as relay:
            if args.once:
                done = relay.run_once()
                print(f"delivered {done.delivered}, to retry {done.retried}, dead letters {done.dead}")
                return 0
            stop = threading.Event()
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_a: stop.set())
            print(f"relaying to {', '.join(relay.names)}", flush=True)
            relay.run(stop)
    finally:
        engine.dispose()
    return 0


def _list(args: argparse.Namespace) -> int:
    from station.outbound.admin import list_events

    engine = _engine(args)
    try:
        rows = list_events(engine, since=args.since, state=args.state, limit=args.limit)
    finally:
        engine.dispose()
    for row in rows:
        where = ", ".join(f"{d.destination} {d.state}" + (f" ({d.attempts})" if d.state != "delivered" else "")
                          for d in row.deliveries) or "no destination"
        print(f"{row.created_at:%Y-%m-%d %H:%M:%S} {row.id} {row.type:28} {row.rma_number or '-':14} {where}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from station.outbound.admin import show_event

    engine = _engine(args)
    try:
        row = show_event(engine, args.event_id)
    finally:
        engine.dispose()
    print(json.dumps(row.payload, indent=2, ensure_ascii=False))
    for d in row.deliveries:
        print(f"{d.destination}: {d.state}, {english_plural('%n attempt(s)', d.attempts)}, key {d.idempotency_key}"
              + (f", next {d.next_attempt_at:%Y-%m-%d %H:%M:%S}" if d.state == "waiting" else "")
              + (f", last answer: {d.last_answer}" if d.last_answer else ""))
    return 0


def _retry(args: argparse.Namespace) -> int:
    from station.outbound.admin import retry_dead

    engine = _engine(args)
    try:
        count = retry_dead(engine, event_id=args.event_id, destination=args.destination)
    finally:
        engine.dispose()
    print(english_plural("%n dead letter(s) back in the queue", count))
    return 0


def _replay(args: argparse.Namespace) -> int:
    from station.outbound.admin import replay

    engine = _engine(args)
    try:
        count = replay(engine, args.since, destination=args.destination)
    finally:
        engine.dispose()
    print(f"{count} deliveries queued again")
    return 0
