"""Completed, realistic inspections made in bulk (with photos) for tests, demos and benchmarks.

Each one walks a real checklist with plausible answers, is graded by the real rules, and is written as facts
with their outbox rows exactly as completing an inspection writes them, many per transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from db import models
from station.checklist.flow import photos_needed, unanswered, visible_answers
from station.checklist.model import Question, Template
from station.context import StationContext
from station.demo.loading import demo_is_loaded, load_demo
from station.evidence.store import StoredPhoto
from station.facts import add_fact
from station.grading.rules import GradeResult
from station.ids import new_id, utc_now
from station.services.identify import Flag
from station.text import StationError, _

# How often each grade comes back in a typical returns stream, best first.
GRADE_MIX = (0.45, 0.2, 0.15, 0.1, 0.1)
NOTES = ("small scuff on the back", "box corner dented", "smells of smoke", "sticker residue", "tag cut off")
WALKS_PER_CATEGORY = 300


@dataclass(frozen=True)
class Generated:
    inspections: int
    answers: int
    photos: int
    placed: int = 0  # items put away in containers by the put-away rules


def _choice(question: Question, rng: random.Random) -> Any:
    if question.kind == "yes_no":
        return rng.random() < 0.5
    if question.kind == "single":
        return rng.choice(question.options).id
    if question.kind == "multi":
        exclusive = [o for o in question.options if o.exclusive]
        if exclusive and rng.random() < 0.4:
            return [rng.choice(exclusive).id]
        plain = [o for o in question.options if not o.exclusive]
        picked = {o.id for o in rng.sample(plain, k=rng.randint(1, min(2, len(plain))))}
        return [o.id for o in plain if o.id in picked]
    if question.kind == "number":
        low = question.min if question.min is not None else 0.0
        high = question.max if question.max is not None else low + 100.0
        return round(rng.uniform(low, high), 1)
    return rng.choice(NOTES)


def _walk(template: Template, rng: random.Random) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    while True:
        pending = unanswered(template, answers)
        if not pending:
            return visible_answers(template, answers)
        answers[pending[0].id] = _choice(pending[0], rng)


class _Walks:
    """Per category, a pool of finished answer sets by grade, so each inspection only samples one."""

    def __init__(self, ctx: StationContext, rng: random.Random) -> None:
        self.ctx, self.rng = ctx, rng
        self.pools: dict[str, dict[str, list[tuple[dict[str, Any], GradeResult]]]] = {}

    def pick(self, template: Template) -> tuple[dict[str, Any], GradeResult]:
        pool = self.pools.get(template.category)
        if pool is None:
            pool = {}
            for _ in range(WALKS_PER_CATEGORY):
                answers = _walk(template, self.rng)
                result = self.ctx.rules.grade(template, answers)
                pool.setdefault(result.grade, []).append((answers, result))
            self.pools[template.category] = pool
        grades = [g for g in self.ctx.rules.grades if g in pool]
        weights = [GRADE_MIX[min(i, len(GRADE_MIX) - 1)] for i, g in enumerate(self.ctx.rules.grades) if g in pool]
        return self.rng.choice(pool[self.rng.choices(grades, weights)[0]])


def _photo(ctx: StationContext, rng: random.Random, title: str, caption: str) -> StoredPhoto:
    """A distinct picture per photo: an item-like shape on a table, with a caption that names the inspection."""
    import cv2
    import numpy as np

    height, width = 480, 640
    base = np.array([rng.randint(150, 220), rng.randint(150, 220), rng.randint(150, 220)], dtype=np.uint8)
    frame = np.tile(base, (height, width, 1))
    noise = np.random.default_rng(rng.getrandbits(32)).integers(0, 24, (height, width, 1), dtype=np.uint8)
    frame = cv2.add(frame, np.repeat(noise, 3, axis=2))
    x, y = rng.randint(60, 200), rng.randint(60, 160)
    colour = (rng.randint(0, 120), rng.randint(0, 120), rng.randint(0, 120))
    cv2.rectangle(frame, (x, y), (x + rng.randint(200, 360), y + rng.randint(140, 260)), colour, -1)
    cv2.putText(frame, title[:40], (20, 40), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2)
    cv2.putText(frame, caption, (20, height - 20), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (20, 20, 20), 1)
    return ctx.evidence.store_frame(frame)


def generate_inspections(ctx: StationContext, count: int, *, photos: bool = True, seed: int | None = None,
                         per_transaction: int = 200, progress: Callable[[int], None] | None = None) -> Generated:
    if count < 0:
        raise StationError(_("The number of inspections cannot be negative."))
    if not demo_is_loaded(ctx):
        load_demo(ctx)
    rng = random.Random(seed)
    with ctx.read() as session:
        lines = session.execute(
            select(models.RmaLine.rma_number, models.RmaLine.line_no, models.RmaLine.expected_serial,
                   models.Product.sku, models.Product.category, models.Product.name)
            .join(models.Product, models.Product.sku == models.RmaLine.sku)
            .order_by(models.RmaLine.rma_number, models.RmaLine.line_no)).all()
        inspectors = list(session.scalars(select(models.User.id).where(models.User.role == "inspector",
                                                                         models.User.active)))
        inspectors = inspectors or list(session.scalars(select(models.User.id)))
    lines = [line for line in lines if line.category in ctx.templates.templates]
    if not lines or not inspectors:
        raise StationError(_("There are no RMAs with a known checklist, or no users, to make inspections from. "
                             "Run `station demo load` first."))
    walks = _Walks(ctx, rng)
    placer = None
    if ctx.putaway.rules is not None:
        from station.putaway.bulk import BulkPlacer

        with ctx.read() as session:
            placer = BulkPlacer(session, ctx.putaway.rules, ctx.station_id)
    placed = 0
    clock = utc_now() - timedelta(seconds=95 * count)
    made = Generated(0, 0, 0)
    while made.inspections < count:
        rows: list[models.Base] = []
        for _i in range(min(per_transaction, count - made.inspections)):
            line = rng.choice(lines)
            template = ctx.templates.templates[line.category]
            answers, result = walks.pick(template)
            started = clock + timedelta(seconds=rng.randint(5, 30))
            completed = started + timedelta(seconds=rng.randint(35, 160))
            clock = completed
            inspection_id = new_id()
            flags = [Flag(f.kind, f.reason).to_json() for f in result.flags]
            rows.append(models.Inspection(
                id=inspection_id, station_id=ctx.station_id, inspector_id=rng.choice(inspectors),
                rma_number=line.rma_number, rma_line_no=line.line_no, sku=line.sku, serial=line.expected_serial,
                label_text=line.rma_number, label_kind="rma", category=line.category,
                template_version=template.version, rules_version=ctx.rules.version,
                proposed_grade=result.grade, proposed_disposition=result.disposition, grade=result.grade,
                disposition=result.disposition, reasons=[r.to_json() for r in result.reasons],
                override_reason=None, flags=flags, unexpected=False, started_at=started, completed_at=completed))
            step = (completed - started) / (len(answers) + 1)
            order = [q.id for q in template.questions if q.id in answers]
            for position, question_id in enumerate(order):
                question = next(q for q in template.questions if q.id == question_id)
                rows.append(models.InspectionAnswer(
                    id=new_id(), inspection_id=inspection_id, position=position, question_id=question_id,
                    question_text=question.text, value=answers[question_id],
                    answered_at=started + step * (position + 1)))
            if placer is not None:
                # Every generated item sits where the rules put it, so the demo has full and open containers.
                rows.extend(placer.place(inspection_id, line.category, result.grade, result.disposition,
                                         bool(flags), completed))
                placed += 1
            made = Generated(made.inspections + 1, made.answers + len(order), made.photos, placed)
            if photos:
                needs = photos_needed(template, answers) or [None]
                for number, need in enumerate(needs, start=1):
                    stored = _photo(ctx, rng, line.name, f"{line.rma_number} {str(inspection_id)[:8]} #{number}")
                    rows.append(models.Photo(
                        id=new_id(), inspection_id=inspection_id, station_id=ctx.station_id, sha256=stored.sha256,
                        question_id=need.question_id if need is not None else None, width=stored.width,
                        height=stored.height, size_bytes=stored.size_bytes, taken_at=completed - step))
                    made = Generated(made.inspections, made.answers, made.photos + 1, made.placed)
        with ctx.transaction() as session:
            for row in rows:
                add_fact(session, row)
        if progress is not None:
            progress(made.inspections)
    return made
