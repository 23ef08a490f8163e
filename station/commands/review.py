"""`station review queue` and `station evidence-packet`: the leads' queue and the dispute PDF."""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path

from station.commands.common import read_pin, station_from
from station.context import StationContext
from station.people import UserSummary
from station.review.decisions import ReviewDone, approve, regrade
from station.review.packet import evidence_packet
from station.review.queue import QueueFilter, review_queue
from station.text import StationError, _, english_plural
from station.text_catalog import LANGUAGES, translator


def register(sub: argparse._SubParsersAction) -> None:
    packet = sub.add_parser("evidence-packet", help="write the evidence packet PDF of one inspection")
    packet.add_argument("inspection_id", metavar="INSPECTION_ID")
    packet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    packet.add_argument("--language", choices=("en", "he", "ru"),
                        help="the packet's language (default: the station's language, English for 'system')")
    packet.set_defaults(func=_packet)
    review = sub.add_parser("review", help="the shift leads' review queue")
    review_sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    queue = review_sub.add_parser("queue", help="inspections that need a lead")
    queue.add_argument("--status", choices=("open", "decided", "all"), default="open")
    queue.add_argument("--station")
    queue.add_argument("--category")
    queue.add_argument("--reason", help="only this reason (override, unexpected, wrong_item, sample, ...)")
    queue.add_argument("--format", choices=("table", "json"), default="table")
    queue.set_defaults(func=_queue)
    pin_note = ("The lead's PIN is read from STATION_PIN or asked on the terminal; it is never an argument, so it "
                "stays out of the shell history.")
    approve = review_sub.add_parser("approve", help="a lead agrees with an inspection's current outcome",
                                    description=pin_note)
    approve.add_argument("inspection_id", metavar="INSPECTION_ID")
    approve.add_argument("--lead", required=True, metavar="BADGE", help="the deciding lead's badge code")
    approve.add_argument("--reason", metavar="TEXT", help="a note for the record (optional when approving)")
    approve.set_defaults(func=_approve)
    change = review_sub.add_parser("regrade", help="a lead changes an inspection's grade and/or disposition",
                                   description=pin_note)
    change.add_argument("inspection_id", metavar="INSPECTION_ID")
    change.add_argument("--lead", required=True, metavar="BADGE", help="the deciding lead's badge code")
    change.add_argument("--grade", metavar="G", help="the new grade (default: keep the current one)")
    change.add_argument("--disposition", metavar="D", help="the new disposition (restock, refurbish, dispose, ...)")
    change.add_argument("--reason", required=True, metavar="TEXT", help="why: it goes into the evidence packet")
    change.set_defaults(func=_regrade)


def _inspection_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError as exc:
        raise StationError(_("{text} is not an inspection id (a UUID such as 0193…-…). List them with "
                             "`station inspections list`.", text=text)) from exc


def _packet(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    language = args.language or ctx.settings.language
    translate = translator(language if language in LANGUAGES else "en")
    path = evidence_packet(ctx, _inspection_id(args.inspection_id), args.output, translate=translate)
    print(path)
    return 0


def _queue(args: argparse.Namespace) -> int:
    queue = review_queue(station_from(args), QueueFilter(station=args.station, category=args.category,
                                                         reason=args.reason, status=args.status))
    if args.format == "json":
        print(json.dumps({"counts": queue.counts, "items": [{
            "id": str(i.inspection_id), "station": i.station_id, "inspector": i.inspector, "category": i.category,
            "sku": i.sku, "rma": i.rma_number, "grade": i.grade, "disposition": i.disposition,
            "completed_at": i.completed_at.isoformat(), "decided": i.decided,
            "reasons": [{"kind": r.kind, "text": r.text.render()} for r in i.reasons]} for i in queue.items]},
            ensure_ascii=False, indent=2))
        return 0
    for item in queue.items:
        print(f"{item.completed_at.astimezone():%Y-%m-%d %H:%M}  {item.inspection_id}  {item.rma_number or '-':12} "
              f"{item.grade} {item.disposition:10} {', '.join(r.kind for r in item.reasons)}")
    print(english_plural("%n inspection(s); ", len(queue.items))
          + ", ".join(f"{k}: {v}" for k, v in sorted(queue.counts.items())))
    return 0


def _signed_in_lead(ctx: StationContext, badge: str) -> UserSummary:
    """The lead named by the badge, after the same PIN check (and lockout) as the sign-in screen."""
    from station.services.auth import find_badge, sign_in

    lead = find_badge(ctx, badge)
    return sign_in(ctx, lead.id, read_pin(f"PIN of {lead.name}: "))


def _decided(done: ReviewDone) -> int:
    print(f"{done.action}d {done.inspection_id}: {done.previous_grade} {done.previous_disposition} -> "
          f"{done.grade} {done.disposition}")
    return 0


def _approve(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    inspection_id = _inspection_id(args.inspection_id)
    lead = _signed_in_lead(ctx, args.lead)
    return _decided(approve(ctx, lead.id, inspection_id, args.reason))


def _regrade(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    inspection_id = _inspection_id(args.inspection_id)
    lead = _signed_in_lead(ctx, args.lead)
    return _decided(regrade(ctx, lead.id, inspection_id, grade=args.grade, disposition=args.disposition,
                            reason=args.reason))
