"""A realistic month of returns for report and dashboard tests: three stations, six weeks of work days, the real
checklists, grading rules and return policy, late and repeat returns, leads' reviews, and imported sales counts."""

from __future__ import annotations

import csv
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db import models
from db.policy_models import RefundRecommendation
from db.review_models import Review
from station.checklist.flow import unanswered, visible_answers
from station.checklist.model import Template
from station.context import StationContext
from station.ids import new_id
from station.imports.rmas import import_rmas
from station.imports.sales import import_sales
from station.policy.assess import assess, station_policy
from station.services.identify import Flag
from tests.flows import like_new

STATIONS = ("DOCK-01", "DOCK-02", "DOCK-03")


def _walk(template: Template, base: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Mostly the like-new answers, with a few questions answered otherwise: most returns are fine."""
    answers: dict[str, Any] = {}
    while pending := unanswered(template, answers):
        question = pending[0]
        if question.id in base and rng.random() > 0.12:
            answers[question.id] = base[question.id]
        elif question.kind == "yes_no":
            answers[question.id] = rng.random() < 0.5
        elif question.kind in ("single", "multi"):
            option = rng.choice(question.options).id
            answers[question.id] = option if question.kind == "single" else [option]
        elif question.kind == "number":
            answers[question.id] = rng.choice([v for v in (question.min, question.max) if v is not None] or [1.0])
        else:
            answers[question.id] = "ok"
    return visible_answers(template, answers)


def _side_data(ctx: StationContext, folder: Path, first: date, rng: random.Random) -> None:
    """Request dates for a few RMAs (some late) and units sold per product and month."""
    with ctx.read() as session:
        rmas = session.execute(select(models.ReturnAuthorization.rma_number,
                                      models.ReturnAuthorization.purchase_date)).all()
        skus = list(session.scalars(select(models.Product.sku)))
    dated = folder / "rma_dates.csv"
    with dated.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rma_number", "line_no", "sku", "purchase_date", "requested_date"])
        with ctx.read() as session:
            for number, purchased in rmas[::3]:
                line = session.scalar(select(models.RmaLine).where(models.RmaLine.rma_number == number))
                late = rng.random() < 0.3
                asked = purchased + timedelta(days=rng.randint(35, 60) if late else rng.randint(2, 25))
                writer.writerow([number, line.line_no, line.sku, purchased.isoformat(), asked.isoformat()])
    assert import_rmas(ctx.sessions, dated).problems == []
    sales = folder / "sales.csv"
    with sales.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "month", "units"])
        for sku in skus:
            for month in {first.replace(day=1), (first + timedelta(days=40)).replace(day=1)}:
                writer.writerow([sku, month.strftime("%Y-%m"), rng.randint(40, 400)])
    assert import_sales(ctx.sessions, sales).problems == []


def make_month(ctx: StationContext, folder: Path, *, per_shift: int = 14, days: int = 30, seed: int = 7,
               end: datetime | None = None) -> int:
    """Inspections on the work days of `days` days before `end`; returns how many were made."""
    rng = random.Random(seed)
    end = end or datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    first_day = (end - timedelta(days=days)).date()
    _side_data(ctx, folder, first_day, rng)
    policy = station_policy(ctx)
    with ctx.read() as session:
        lines = session.execute(select(models.RmaLine.rma_number, models.RmaLine.line_no, models.RmaLine.sku,
                                       models.RmaLine.expected_serial, models.Product.category)
                                .join(models.Product, models.Product.sku == models.RmaLine.sku)).all()
        inspectors = list(session.scalars(select(models.User.id).where(models.User.role == "inspector")))
        leads = list(session.scalars(select(models.User.id).where(models.User.role == "lead")))
    # Popular products come back more often: weight lines by a per-SKU popularity.
    popularity = {sku: rng.choice((1, 1, 2, 3, 6)) for sku in {line.sku for line in lines}}
    weights = [popularity[line.sku] for line in lines]
    bases = {c: like_new(t, ctx.rules) for c, t in ctx.templates.templates.items()}
    made = 0
    with ctx.transaction() as session, session.no_autoflush:
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            if day.weekday() == 6:
                continue
            # Two or three inspectors on shift, each working through a run of parcels back to back.
            for inspector in rng.sample(inspectors, k=min(len(inspectors), rng.choice((2, 2, 3)))):
                station = STATIONS[rng.choices((0, 1, 2), (5, 3, 2))[0]]
                clock = datetime(day.year, day.month, day.day, 6, tzinfo=UTC) + timedelta(
                    minutes=rng.randint(0, 360))
                for _i in range(rng.randint(per_shift // 2, per_shift + per_shift // 2)):
                    started = clock + timedelta(seconds=rng.randint(5, 40))
                    completed = started + timedelta(seconds=int(rng.lognormvariate(4.3, 0.4)))
                    clock = completed
                    if completed >= end:
                        break
                    _inspect(ctx, session, policy, rng.choices(lines, weights)[0], bases, rng, station, inspector,
                             started, completed, leads, end)
                    made += 1
    return made


def _inspect(ctx: StationContext, session: Any, policy: Any, line: Any, bases: dict[str, dict[str, Any]],
             rng: random.Random, station: str, inspector: Any, started: datetime, completed: datetime,
             leads: list[Any], end: datetime) -> None:
    template = ctx.templates.templates[line.category]
    answers = _walk(template, bases[line.category], rng)
    result = ctx.rules.grade(template, answers)
    serial = line.expected_serial
    if serial and rng.random() < 0.04:
        serial = "SWAP" + serial[4:]
    assessment = assess(session, policy, category=line.category, sku=line.sku, rma_number=line.rma_number,
                        line_no=line.line_no, serial=serial, grade=result.grade, answers=answers,
                        received_at=started)
    assert assessment is not None
    flags: list[Flag] = [Flag(f.kind, f.reason) for f in result.flags]
    for flag in assessment.flags:
        if flag.kind not in {f.kind for f in flags}:
            flags.append(Flag(flag.kind, flag.reason))
    row = models.Inspection(
        id=new_id(), station_id=station, inspector_id=inspector, rma_number=line.rma_number,
        rma_line_no=line.line_no, sku=line.sku, serial=serial, label_text=line.rma_number, label_kind="rma",
        category=line.category, template_version=template.version, rules_version=ctx.rules.version,
        proposed_grade=result.grade, proposed_disposition=result.disposition, grade=result.grade,
        disposition=result.disposition, reasons=[r.to_json() for r in result.reasons], override_reason=None,
        flags=[f.to_json() for f in flags], unexpected=False, started_at=started, completed_at=completed)
    advice = assessment.recommendation
    # Plain rows, no outbox or audit: reports read the facts only, and the month must build in seconds.
    session.add(row)
    session.add(RefundRecommendation(
        id=new_id(), inspection_id=row.id, station_id=station, settlement=advice.settlement, price=advice.price,
        fee=advice.fee, amount=advice.amount, rule=advice.rule.to_json(), policy_version=advice.policy_version,
        created_at=completed))
    decided = completed + timedelta(minutes=int(rng.lognormvariate(4.0, 0.8)))
    if flags and leads and decided < end:
        session.add(Review(id=new_id(), inspection_id=row.id, station_id=station, reviewer_id=rng.choice(leads),
                           action="approve", previous_grade=row.grade, previous_disposition=row.disposition,
                           grade=row.grade, disposition=row.disposition, reason=None, decided_at=decided))


def month_database(tmp_path_factory: Any, demo_database: Path) -> Path:
    """The demo store plus a month of returns, built once per test session and shared by report and UI tests."""
    import shutil

    from station.context import open_station

    folder = tmp_path_factory.getbasetemp() / "month-template"
    database = folder / "station.db"
    if database.exists():
        return database
    folder.mkdir()
    shutil.copyfile(demo_database, database)
    ctx = open_station(folder)
    make_month(ctx, folder)
    ctx.sessions.kw["bind"].dispose()
    return database
