"""The returns summary for a period: reasons, rates, mixes, pace, processing and review times, money, flags, trend.

Every figure is one aggregate query written once for SQLite and PostgreSQL (station/reports/sql.py spells the
few differences); Python only sorts, names and divides what the database counted.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, String, cast, func, literal_column, select, text, true
from sqlalchemy.orm import Session, sessionmaker

from db import models
from db.evidence_models import PhotoReuse
from db.policy_models import RefundRecommendation, SalesCount
from station.evidence.checks import REUSED_PHOTO_FLAG
from station.reports.sql import hour_of, monday_of, nearest_rank, percentiles_of, seconds_between, week_of

try:  # Review facts belong to the review area; without them the turnaround is unknown, not zero.
    from db.review_models import Review
except ImportError:  # pragma: no cover
    Review = None  # type: ignore[assignment,misc]
try:  # likewise the refurb re-grades
    from db.refurb_models import RefurbOutcome
except ImportError:  # pragma: no cover
    RefurbOutcome = None  # type: ignore[assignment,misc]

I = models.Inspection  # noqa: E741  (read as "the inspections table")
TOP_PRODUCTS = 10
# For this read-only transaction on PostgreSQL: sorts of a million durations stay in memory, and short report
# queries skip JIT compilation, which costs more than it saves on them.
SESSION_SETTINGS = ("SET LOCAL work_mem = '64MB'", "SET LOCAL jit = off")


@dataclass(frozen=True)
class ReportFilter:
    since: date | None = None  # local dates, inclusive
    until: date | None = None
    station: str | None = None
    category: str | None = None
    sku: str | None = None


@dataclass(frozen=True)
class Percentiles:
    count: int
    median_s: float | None
    p90_s: float | None


@dataclass(frozen=True)
class RateRow:
    key: str  # a SKU or a category
    name: str
    category: str
    returns: int
    units_sold: int | None
    rate: float | None  # returns / units sold, where sales counts were imported


@dataclass(frozen=True)
class InspectorPace:
    inspector: str
    items: int
    hours: int  # distinct clock hours with a completed inspection
    per_hour: float


@dataclass(frozen=True)
class MoneyRow:
    settlement: str
    count: int
    amount: Decimal
    fee: Decimal


@dataclass
class Summary:
    since: date | None
    until: date | None
    inspections: int
    reasons: list[tuple[str, int]] = field(default_factory=list)
    grades: list[tuple[str, int]] = field(default_factory=list)
    dispositions: list[tuple[str, int]] = field(default_factory=list)
    categories: list[RateRow] = field(default_factory=list)
    products: list[RateRow] = field(default_factory=list)  # most returned first
    inspectors: list[InspectorPace] = field(default_factory=list)
    processing: Percentiles = Percentiles(0, None, None)
    review_turnaround: Percentiles | None = None  # None: no review facts at this store
    money: list[MoneyRow] = field(default_factory=list)
    flags: list[tuple[str, int]] = field(default_factory=list)
    weeks: list[tuple[str, int]] = field(default_factory=list)
    stations: list[str] = field(default_factory=list)

    @property
    def top_products(self) -> list[RateRow]:
        return self.products[:TOP_PRODUCTS]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"] = self.since.isoformat() if self.since else None
        data["until"] = self.until.isoformat() if self.until else None
        data["money"] = [{**asdict(m), "amount": str(m.amount), "fee": str(m.fee)} for m in self.money]
        for key in ("reasons", "grades", "dispositions", "flags", "weeks"):
            data[key] = [{"key": k, "count": n} for k, n in getattr(self, key)]
        data["top_products"] = [asdict(p) for p in self.top_products]
        return data


def _utc_start(day: date, zone: tzinfo | None) -> datetime:
    local = datetime.combine(day, time.min)
    return (local.replace(tzinfo=zone) if zone is not None else local.astimezone()).astimezone(UTC)


def _offset_seconds(zone: tzinfo | None) -> int:
    now = datetime.now(UTC)
    offset = now.astimezone(zone).utcoffset() if zone is not None else now.astimezone().utcoffset()
    return int(offset.total_seconds()) if offset else 0


def _where(query: Select[Any], filters: ReportFilter, zone: tzinfo | None) -> Select[Any]:
    if filters.since is not None:
        query = query.where(I.completed_at >= _utc_start(filters.since, zone))
    if filters.until is not None:
        query = query.where(I.completed_at < _utc_start(filters.until + timedelta(days=1), zone))
    if filters.station:
        query = query.where(I.station_id == filters.station)
    if filters.category:
        query = query.where(I.category == filters.category)
    if filters.sku:
        query = query.where(I.sku == filters.sku)
    return query


def summary_queries(filters: ReportFilter, zone: tzinfo | None = None, dialect: str = "sqlite"
                    ) -> dict[str, Select[Any]]:
    """Every query of the summary, by name; the benchmark runs these same statements by hand."""
    # Inlined, not bound: the week expression must read the same in SELECT and GROUP BY for PostgreSQL.
    shift = literal_column(str(int(_offset_seconds(zone))))
    mix = _where(select(I.sku, I.category, I.grade, I.disposition, week_of(I.completed_at, shift),
                        func.count()), filters, zone).group_by(
        I.sku, I.category, I.grade, I.disposition, week_of(I.completed_at, shift))
    reason = func.coalesce(models.ReturnAuthorization.reason, literal_column("''"))
    reasons = _where(select(reason, func.count()).select_from(I).outerjoin(
        models.ReturnAuthorization, models.ReturnAuthorization.rma_number == I.rma_number), filters, zone
    ).group_by(reason)
    pace = _where(select(I.inspector_id, func.count(), func.count(func.distinct(hour_of(I.completed_at)))),
                  filters, zone).group_by(I.inspector_id)
    R = RefundRecommendation
    money_columns = (R.settlement, func.count(), func.sum(R.amount), func.sum(R.fee))
    if filters.category or filters.sku:
        money = _where(select(*money_columns).select_from(I).join(R, R.inspection_id == I.id), filters, zone)
    else:
        # A recommendation is written in its inspection's transaction with the same time and station, so the period
        # and station filters apply to it directly, sparing a join of a million rows with a million.
        money = select(*money_columns)
        if filters.since is not None:
            money = money.where(R.created_at >= _utc_start(filters.since, zone))
        if filters.until is not None:
            money = money.where(R.created_at < _utc_start(filters.until + timedelta(days=1), zone))
        if filters.station:
            money = money.where(R.station_id == filters.station)
    money = money.group_by(R.settlement)
    queries: dict[str, Select[Any]] = {
        "mix": mix, "reasons": reasons, "pace": pace, "money": money,
        "flags": _flag_kinds(filters, zone, dialect),
        # A reused photo found by sync after completion is a flag too, once per inspection.
        "reused_later": _where(select(func.count(func.distinct(I.id))).select_from(I).join(
            PhotoReuse, PhotoReuse.inspection_id == I.id), filters, zone).where(
            ~cast(I.flags, String).contains(f'"{REUSED_PHOTO_FLAG}"')),
        "processing": _percentiles(_where(select(seconds_between(I.started_at, I.completed_at).label("v")),
                                          filters, zone), dialect),
        "stations": select(I.station_id).distinct(),
    }
    if Review is not None:
        # The first decision on the period's inspections only (by the reviews' inspection_id index), not on every
        # inspection of the year.
        first = select(Review.inspection_id, func.min(Review.decided_at).label("decided_at")).where(
            Review.inspection_id.in_(_where(select(I.id), filters, zone))).group_by(Review.inspection_id).subquery()
        turnaround = _where(select(seconds_between(I.completed_at, first.c.decided_at).label("v")).select_from(I)
                            .join(first, first.c.inspection_id == I.id), filters, zone)
        queries["review"] = _percentiles(turnaround, dialect)
    return queries


def _percentiles(values: Select[Any], dialect: str) -> Select[Any]:
    """The median and p90 by nearest rank, computed in the database so a million rows never leave it."""
    inner = values.subquery()
    if dialect == "postgresql":
        # One ordered-set aggregate; percentile_disc is the nearest-rank definition the window form below spells.
        return select(func.count(inner.c.v).label("n"), percentiles_of(inner.c.v).label("p"))
    ranked = select(inner.c.v, func.row_number().over(order_by=inner.c.v).label("rn"),
                    func.count().over().label("n")).subquery()
    return select(ranked.c.rn, ranked.c.n, ranked.c.v).where(
        (ranked.c.rn == nearest_rank(5, ranked.c.n)) | (ranked.c.rn == nearest_rank(9, ranked.c.n))
    ).order_by(ranked.c.rn)


def _flag_kinds(filters: ReportFilter, zone: tzinfo | None, dialect: str) -> Select[Any]:
    # Flags are a JSON list on the inspection; each database unnests JSON with its own table function.
    # Constants are written into the SQL, not bound: PostgreSQL plans a prepared statement's parameters generically,
    # and a generic plan of this unnesting join is many times slower.
    empty = literal_column("'[]'")
    flagged = _where(select(I.flags.label("flags")), filters, zone).where(cast(I.flags, String) != empty).subquery()
    if dialect == "postgresql":
        element = func.json_array_elements(flagged.c.flags).table_valued("value").alias("e")
        kind = element.c.value.op("->>")(literal_column("'kind'"))
    else:
        element = func.json_each(flagged.c.flags).table_valued("value").alias("e")
        kind = func.json_extract(element.c.value, literal_column("'$.kind'"))
    return select(kind.label("kind"), func.count()).select_from(flagged).join(element, true()).group_by(kind)


def _pick(rows: list[Any]) -> Percentiles:
    # Rounded to a tenth of a second: SQLite's julianday arithmetic leaves float dust on whole seconds.
    if rows and "p" in rows[0]._fields:
        count, found = int(rows[0].n), rows[0].p
        if not count or found is None:
            return Percentiles(0, None, None)
        return Percentiles(count, round(float(found[0]), 1), round(float(found[1]), 1))
    if not rows:
        return Percentiles(0, None, None)
    count = int(rows[0].n)
    by_rank = {int(r.rn): round(float(r.v), 1) for r in rows}
    return Percentiles(count, by_rank.get((count * 5 + 9) // 10), by_rank.get((count * 9 + 9) // 10))


def report_summary(sessions: sessionmaker[Session], filters: ReportFilter, zone: tzinfo | None = None) -> Summary:
    """Reads whichever store `sessions` opens: the station's own, or the central database."""
    with sessions() as session, session.begin():
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            for setting in SESSION_SETTINGS:
                session.execute(text(setting))
        queries = summary_queries(filters, zone, dialect)
        results = {name: session.execute(query).all() for name, query in queries.items()}
        names = {str(k): v for k, v in session.execute(select(models.User.id, models.User.name)).all()}
        products = {sku: (name, category) for sku, name, category in session.execute(
            select(models.Product.sku, models.Product.name, models.Product.category))}
        sales = _sales(session, filters)
        results["changed"] = _changed_outcomes(session, filters, zone)
    return _assemble(filters, results, names, products, sales)


def _changed_outcomes(session: Session, filters: ReportFilter, zone: tzinfo | None) -> list[tuple[str, str, str, str]]:
    """(own grade, own disposition, current grade, current disposition) of each inspection a later decision
    changed: the grade and disposition mixes count what the item is now, as the slip and the refurb queue do.
    The database picks them (station.outcome.current_outcome_rows); an area without decision rows makes it read
    them through station.outcome a few hundred inspections at a time."""
    from station.outcome import current_outcome_rows, current_outcomes, decision_rows

    sources = decision_rows()
    if sources is not None:
        # The database compares the decisions (indexed by inspection) of the period's inspections only.
        current = current_outcome_rows(sources, _where(select(I.id), filters, zone), changed_only=True).subquery()
        return [tuple(row) for row in session.execute(
            select(I.grade, I.disposition, current.c.grade, current.c.disposition)
            .join(current, current.c.inspection_id == I.id)
            .where((current.c.grade != I.grade) | (current.c.disposition != I.disposition)))]
    decided = select(Review.inspection_id) if Review is not None else None
    if RefurbOutcome is not None:
        refurbed = select(RefurbOutcome.inspection_id)
        decided = refurbed if decided is None else decided.union(refurbed)
    if decided is None:
        return []
    changed = []
    inspections = session.scalars(_where(select(I).where(I.id.in_(decided)), filters, zone)).all()
    outcomes = current_outcomes(session, inspections)
    for inspection in inspections:
        now = outcomes[inspection.id]
        if (now.grade, now.disposition) != (inspection.grade, inspection.disposition):
            changed.append((inspection.grade, inspection.disposition, now.grade, now.disposition))
    return changed


def _sales(session: Session, filters: ReportFilter) -> dict[str, int]:
    query = select(SalesCount.sku, func.sum(SalesCount.units)).group_by(SalesCount.sku)
    if filters.since is not None:
        query = query.where(SalesCount.month >= filters.since.replace(day=1))
    if filters.until is not None:
        query = query.where(SalesCount.month <= filters.until)
    return {sku: int(units) for sku, units in session.execute(query)}


def _assemble(filters: ReportFilter, results: dict[str, list[Any]], names: dict[str, str],
              products: dict[str, tuple[str, str]], sales: dict[str, int]) -> Summary:
    grades: Counter[str] = Counter()
    dispositions: Counter[str] = Counter()
    weeks: Counter[str] = Counter()
    by_sku: Counter[str] = Counter()
    category_of: dict[str, str] = {}
    for sku, category, grade, disposition, week, count in results["mix"]:
        grades[grade] += count
        dispositions[disposition] += count
        weeks[monday_of(week).isoformat()] += count
        by_sku[sku or ""] += count
        category_of[sku or ""] = category
    for own_grade, own_disposition, grade, disposition in results.get("changed", []):
        grades[own_grade] -= 1
        grades[grade] += 1
        dispositions[own_disposition] -= 1
        dispositions[disposition] += 1
    grades, dispositions = +grades, +dispositions  # a grade nobody holds any more leaves the chart
    total = sum(grades.values())
    product_rows = [_rate(sku, products.get(sku, (sku, category_of[sku]))[0], category_of[sku], n, sales.get(sku))
                    for sku, n in by_sku.items()]
    product_rows.sort(key=lambda r: (-r.returns, r.key))
    per_category: dict[str, int] = defaultdict(int)
    category_units: dict[str, int | None] = {}
    for row in product_rows:
        per_category[row.category] += row.returns
    for sku, (_name, category) in products.items():
        if sku in sales:
            category_units[category] = (category_units.get(category) or 0) + sales[sku]
    categories = sorted((_rate(c, c, c, n, category_units.get(c)) for c, n in per_category.items()),
                        key=lambda r: (-r.returns, r.key))
    pace = [InspectorPace(names.get(str(_as_uuid(i)), str(i)), int(n), int(h), round(n / h, 2) if h else 0.0)
            for i, n, h in results["pace"]]
    pace.sort(key=lambda p: (-p.items, p.inspector))
    flags = Counter({str(k): int(n) for k, n in results["flags"]})
    flags[REUSED_PHOTO_FLAG] += int(results["reused_later"][0][0] or 0) if results.get("reused_later") else 0
    money = sorted((MoneyRow(s, int(n), Decimal(a or 0).quantize(Decimal("0.01")),
                             Decimal(f or 0).quantize(Decimal("0.01"))) for s, n, a, f in results["money"]),
                   key=lambda m: m.settlement)
    return Summary(
        since=filters.since, until=filters.until, inspections=total,
        reasons=sorted(((r or "", int(n)) for r, n in results["reasons"]), key=lambda x: (-x[1], x[0])),
        grades=sorted(grades.items()), dispositions=sorted(dispositions.items(), key=lambda x: (-x[1], x[0])),
        categories=categories, products=product_rows, inspectors=pace,
        processing=_pick(results["processing"]),
        review_turnaround=_pick(results["review"]) if "review" in results else None,
        money=money, flags=sorted(((k, n) for k, n in flags.items() if n), key=lambda x: (-x[1], x[0])),
        weeks=sorted(weeks.items()), stations=sorted(str(s) for (s,) in results["stations"]))


def _rate(key: str, name: str, category: str, returns: int, units: int | None) -> RateRow:
    return RateRow(key, name, category, returns, units, round(returns / units, 4) if units else None)


def _as_uuid(value: Any) -> uuid.UUID | str:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return str(value)
