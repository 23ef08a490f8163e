"""Fills a station with a year of one dock's work at a site of several docks, quickly, for `bench_year.py`.

What a busy dock holds after a year: its own completed inspections (answers, photos and their checks, the
leads' reviews and the refurb team's outcomes), the same from every other dock of the site (they arrive by
pull), every fact's hash-chained audit event, and the outbox rows of the last 30 days (older sent rows are
pruned by sync). Rows are written in bulk, not through the services one by one, but with the same encoding and
the same chain as `station.facts.add_fact`, so `station audit verify` passes on the result.

    .venv/bin/python scripts/make_year.py --data-dir /tmp/year            # 365 days x 274 items x 10 docks
    .venv/bin/python scripts/make_year.py --data-dir /tmp/y --days 30 --per-day 100 --docks 3 --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from db import evidence_models, models, refurb_models
from db.review_models import AuditEvent, Review
from db.sync_models import PhotoUpload
from station.audit.chain import GENESIS, event_digest
from station.audit.chain import _sha as content_digest  # the digest add_fact takes of a row
from station.context import StationContext, open_station
from station.rows import plain

# Sent outbox rows are pruned after this long (station.sync.push.SENT_RETENTION).
OUTBOX_DAYS = 30
PHOTO_POOL = 48
UNSENT_ROWS = 60  # outbox rows still waiting at the end
REVIEWED_SHARE = 0.9  # of the flagged inspections, decided by a lead
REFURBISHED_SHARE = 0.95  # of the items graded refurbish more than a week ago, finished by the refurb team


def uuid7_at(when: datetime, rng: random.Random) -> uuid.UUID:
    """A UUIDv7 for a moment in the past, so ids keep the time order they would have had."""
    ms = int(when.timestamp() * 1000) & ((1 << 48) - 1)
    rand_a, rand_b = rng.getrandbits(12), rng.getrandbits(62)
    value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)


@dataclass
class Chain:
    """One station's audit chain as it is written, kept in memory so no row is read back."""

    station_id: str
    seq: int = 0
    prev: str = GENESIS


@dataclass
class Batch:
    rows: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    outbox: list[dict[str, Any]] = field(default_factory=list)

    def add(self, model: type, values: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(values)


@cache
def _columns(model: type) -> tuple[str, ...]:
    return tuple(attr.key for attr in model.__mapper__.column_attrs)  # type: ignore[attr-defined]


def _row(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """Every column of the model, as the store will hold it (a column not given is NULL)."""
    return {key: values.get(key) for key in _columns(model)}


class YearWriter:
    """Writes facts as `add_fact` would (row, audit event, outbox row for this station's recent ones), in bulk."""

    def __init__(self, own_station: str, outbox_since: datetime, now: datetime, rng: random.Random) -> None:
        self.own, self.outbox_since, self.now, self.rng = own_station, outbox_since, now, rng
        self.chains: dict[str, Chain] = {}
        self.batch = Batch()

    def fact(self, model: type, given: dict[str, Any], station_id: str, actor: uuid.UUID | None,
             at: datetime) -> None:
        row = _row(model, given)
        values = {key: plain(value) for key, value in row.items()}  # what station.rows.row_values gives
        table = model.__tablename__  # type: ignore[attr-defined]
        chain = self.chains.setdefault(station_id, Chain(station_id))
        chain.seq += 1
        row_hash = content_digest(values)
        digest = event_digest(station_id, chain.seq, actor, table, str(row["id"]), row_hash, chain.prev, at)
        event = _row(AuditEvent, {"id": uuid7_at(at, self.rng), "station_id": station_id, "seq": chain.seq,
                                  "actor_id": actor, "table_name": table, "row_id": str(row["id"]),
                                  "row_hash": row_hash, "prev_hash": chain.prev, "hash": digest, "recorded_at": at})
        chain.prev = digest
        self.batch.add(model, row)
        self.batch.add(AuditEvent, event)
        if station_id == self.own and at >= self.outbox_since:
            sent = at + timedelta(minutes=1)
            for name, fact in ((table, row), ("audit_events", event)):
                payload = values if fact is row else {key: plain(value) for key, value in event.items()}
                self.batch.outbox.append({"table_name": name, "row_id": str(fact["id"]), "payload": payload,
                                          "created_at": at, "sent_at": sent, "attempts": 1, "quarantined": False})

    def flush(self, session: Session) -> int:
        written = 0
        # Parents before children: the order of the fact tables in the models.
        for model in (models.Inspection, models.InspectionAnswer, models.Photo, evidence_models.PhotoCheck, Review,
                      refurb_models.RefurbWork, refurb_models.RefurbOutcome, AuditEvent):
            rows = self.batch.rows.get(model, [])
            if rows:
                session.execute(insert(model), rows)
                written += len(rows)
        if self.batch.outbox:
            session.execute(insert(models.OutboxEntry), self.batch.outbox)
            written += len(self.batch.outbox)
        self.batch = Batch()
        return written


def _photo_pool(ctx: StationContext, rng: random.Random, size: int) -> list[Any]:
    """A few real stored pictures that the year's photo rows point at (content-addressed: stored once each)."""
    import cv2
    import numpy as np

    pool = []
    for number in range(size):
        frame = np.full((480, 640, 3), rng.randint(140, 220), dtype=np.uint8)
        frame = cv2.add(frame, np.random.default_rng(number).integers(0, 24, frame.shape, dtype=np.uint8))
        x, y = rng.randint(40, 200), rng.randint(40, 160)
        cv2.rectangle(frame, (x, y), (x + 260, y + 200), (rng.randint(0, 120),) * 3, -1)
        cv2.putText(frame, f"year photo {number}", (20, 40), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2)
        pool.append(ctx.evidence.store_frame(frame))
    return pool


def _walks(ctx: StationContext, rng: random.Random) -> Callable[[Any], tuple[dict[str, Any], Any]]:
    from station.demo.generate import _Walks

    walks = _Walks(ctx, rng)
    return walks.pick


def _days(days: int, now: datetime) -> Iterator[datetime]:
    start = (now - timedelta(days=days)).replace(hour=6, minute=0, second=0, microsecond=0)
    for number in range(days):
        yield start + timedelta(days=number)


def make_year(data_dir: Path, *, days: int = 365, per_day: int = 274, docks: int = 10, seed: int = 1,
              photo_pool: int = PHOTO_POOL, progress: Callable[[str], None] = print) -> dict[str, int]:
    from station.demo.loading import demo_is_loaded, load_demo
    from station.services.identify import Flag

    started = time.perf_counter()
    rng = random.Random(seed)
    ctx = open_station(data_dir)
    if not demo_is_loaded(ctx):
        load_demo(ctx)
    with ctx.read() as session:
        lines = session.execute(
            select(models.RmaLine.rma_number, models.RmaLine.line_no, models.RmaLine.expected_serial,
                   models.Product.sku, models.Product.category)
            .join(models.Product, models.Product.sku == models.RmaLine.sku)).all()
        people = {role: list(session.scalars(select(models.User.id).where(models.User.role == role)))
                  for role in ("inspector", "lead", "refurb")}
    lines = [line for line in lines if line.category in ctx.templates.templates]
    photos = _photo_pool(ctx, rng, photo_pool)
    pick = _walks(ctx, rng)
    now = datetime.now(UTC)
    writer = YearWriter(ctx.station_id, now - timedelta(days=OUTBOX_DAYS), now, rng)
    stations = [ctx.station_id] + [f"SITE-DOCK-{n:02d}" for n in range(2, docks + 1)]
    counts: dict[str, int] = {"inspections": 0, "answers": 0, "photos": 0, "reviews": 0, "refurb_outcomes": 0,
                              "rows": 0}
    refurb_waiting: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for day_number, day in enumerate(_days(days, now)):
        for station_id in stations:
            clock = day
            for _item in range(per_day):
                line = rng.choice(lines)
                template = ctx.templates.templates[line.category]
                answers, result = pick(template)
                started_at = clock + timedelta(seconds=rng.randint(5, 30))
                completed = started_at + timedelta(seconds=rng.randint(35, 120))
                clock = completed
                inspector = rng.choice(people["inspector"])
                flags = [Flag(f.kind, f.reason).to_json() for f in result.flags]
                inspection = dict(
                    id=uuid7_at(completed, rng), station_id=station_id, inspector_id=inspector,
                    rma_number=line.rma_number, rma_line_no=line.line_no, sku=line.sku, serial=line.expected_serial,
                    label_text=line.rma_number, label_kind="rma", category=line.category,
                    template_version=template.version, rules_version=ctx.rules.version,
                    proposed_grade=result.grade, proposed_disposition=result.disposition, grade=result.grade,
                    disposition=result.disposition, reasons=[r.to_json() for r in result.reasons],
                    override_reason=None, flags=flags, unexpected=False, started_at=started_at,
                    completed_at=completed)
                writer.fact(models.Inspection, inspection, station_id, inspector, completed)
                order = [q for q in template.questions if q.id in answers]
                step = (completed - started_at) / (len(order) + 1)
                for position, question in enumerate(order):
                    answered = started_at + step * (position + 1)
                    writer.fact(models.InspectionAnswer, dict(
                        id=uuid7_at(answered, rng), inspection_id=inspection["id"], position=position,
                        question_id=question.id, question_text=question.text, value=answers[question.id],
                        answered_at=answered), station_id, inspector, completed)
                counts["answers"] += len(order)
                for _photo in range(rng.choice((2, 3, 3, 4, 5))):
                    stored = rng.choice(photos)
                    taken = completed - step
                    photo = dict(
                        id=uuid7_at(taken, rng), inspection_id=inspection["id"], station_id=station_id,
                        sha256=stored.sha256, question_id=None, width=stored.width, height=stored.height,
                        size_bytes=stored.size_bytes, taken_at=taken)
                    writer.fact(models.Photo, photo, station_id, inspector, completed)
                    writer.fact(evidence_models.PhotoCheck, dict(
                        id=uuid7_at(taken, rng), photo_id=photo["id"], inspection_id=inspection["id"],
                        station_id=station_id, photo_sha256=stored.sha256, phash=f"{rng.getrandbits(64):016x}",
                        ok=True, problems=[], measures={"sharpness": round(rng.uniform(8, 40), 2)},
                        whole_item=True, camera="0", similarity=round(rng.uniform(0.5, 0.95), 3),
                        catalog_sku=line.sku, reused=[], kept_reason=None, checked_at=taken, limits=None),
                        station_id, inspector, completed)
                    counts["photos"] += 1
                counts["inspections"] += 1
                if flags and people["lead"] and rng.random() < REVIEWED_SHARE:
                    decided = completed + timedelta(hours=rng.randint(1, 6))
                    lead = rng.choice(people["lead"])
                    writer.fact(Review, dict(
                        id=uuid7_at(decided, rng), inspection_id=inspection["id"], station_id=station_id,
                        reviewer_id=lead, action="approve", previous_grade=inspection["grade"],
                        previous_disposition=inspection["disposition"], grade=inspection["grade"],
                        disposition=inspection["disposition"], reason=None, decided_at=decided),
                        station_id, lead, decided)
                    counts["reviews"] += 1
                if result.disposition == "refurbish":
                    refurb_waiting.append((station_id, inspection, answers))
        cutoff = day - timedelta(days=7)
        while refurb_waiting and refurb_waiting[0][1]["completed_at"] < cutoff:
            station_id, inspection, answers = refurb_waiting.pop(0)
            if not people["refurb"] or rng.random() >= REFURBISHED_SHARE:
                continue
            done = inspection["completed_at"] + timedelta(days=rng.randint(1, 6))
            technician = rng.choice(people["refurb"])
            writer.fact(refurb_models.RefurbWork, dict(
                id=uuid7_at(done, rng), station_id=station_id, inspection_id=inspection["id"], technician_id=technician,
                work_done="cleaned and tested", parts=[], minutes=rng.randint(5, 40), notes=None, recorded_at=done),
                station_id, technician, done)
            writer.fact(refurb_models.RefurbOutcome, dict(
                id=uuid7_at(done, rng), station_id=station_id, inspection_id=inspection["id"],
                technician_id=technician, template_version=inspection["template_version"],
                rules_version=inspection["rules_version"], answers=answers, proposed_grade="B",
                proposed_disposition="restock", grade="B", disposition="restock", reasons=[], override_reason=None,
                decided_at=done), station_id, technician, done)
            counts["refurb_outcomes"] += 1
        with ctx.transaction() as session:
            counts["rows"] += writer.flush(session)
        if day_number % 30 == 29 or day_number == days - 1:
            progress(f"day {day_number + 1}/{days}: {counts['inspections']} inspections, {counts['rows']} rows, "
                     f"{time.perf_counter() - started:.0f} s")
    with ctx.transaction() as session:
        # Every photo file of the year is on the central by now, as after any sync.
        session.execute(insert(PhotoUpload), [{"sha256": stored.sha256, "state": "uploaded", "checked_at": now,
                                               "problem": None} for stored in {p.sha256: p for p in photos}.values()])
        # The last few items have not reached the central yet, as on any dock between two syncs.
        last = session.scalar(select(func.max(models.OutboxEntry.seq))) or 0
        session.execute(update(models.OutboxEntry).where(models.OutboxEntry.seq > last - UNSENT_ROWS)
                        .values(sent_at=None))
    ctx.sessions.kw["bind"].dispose()
    counts["seconds"] = int(time.perf_counter() - started)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="the station's data folder (made if missing)")
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=274, help="items each dock completes a day")
    parser.add_argument("--docks", type=int, default=10, help="docks at the site, this one included")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.days < 1 or args.per_day < 1 or args.docks < 1:
        parser.error("--days, --per-day and --docks must be 1 or more")
    counts = make_year(args.data_dir, days=args.days, per_day=args.per_day, docks=args.docks, seed=args.seed)
    print(" ".join(f"{key}={value}" for key, value in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
