"""The few SQL expressions that SQLite and PostgreSQL spell differently, so every report query is written once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement, literal_column


class seconds_between(FunctionElement[float]):  # a SQL function, named like one
    """Seconds from the first timestamp to the second."""

    type = Float()
    inherit_cache = True


@compiles(seconds_between)
def _seconds_default(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({end}) - julianday({start})) * 86400.0)"


class hour_of(FunctionElement[Any]):
    """The clock hour a timestamp falls in (UTC): distinct hours are the hours someone worked. Compared, never read."""

    inherit_cache = True


@compiles(hour_of)
def _hour_default(element: Any, compiler: Any, **kw: Any) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    return f"date_trunc('hour', {moment} AT TIME ZONE 'UTC')"


@compiles(hour_of, "sqlite")
def _hour_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    return f"strftime('%Y-%m-%d %H', {moment})"


class week_of(FunctionElement[Any]):
    """A timestamp's week as a whole number: weeks since the Monday before 1 January 1970, after shifting the time
    by a fixed number of seconds (the zone). Numbers group faster than dates; `monday_of` turns one back."""

    inherit_cache = True


# 1 January 1970 was a Thursday: three days later, weeks counted from the epoch start on a Monday.
_MONDAY_SHIFT = 3 * 86400
WEEK_S = 7 * 86400


@compiles(week_of)
def _week_default(element: Any, compiler: Any, **kw: Any) -> str:
    moment, shift = (compiler.process(c, **kw) for c in element.clauses)
    return f"floor((date_part('epoch', {moment}) + {shift} + {_MONDAY_SHIFT}) / {WEEK_S})"


@compiles(week_of, "sqlite")
def _week_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    moment, shift = (compiler.process(c, **kw) for c in element.clauses)
    return f"((CAST(strftime('%s', {moment}) AS INTEGER) + {shift} + {_MONDAY_SHIFT}) / {WEEK_S})"


def monday_of(week: Any) -> date:
    return date(1970, 1, 1) + timedelta(seconds=int(week) * WEEK_S - _MONDAY_SHIFT)


def nearest_rank(fraction_tenths: int, count: ColumnElement[int]) -> ColumnElement[int]:
    """The 1-based rank of the nearest-rank percentile: ceil(n * p), in integer arithmetic both databases share."""
    return (count * literal_column(str(int(fraction_tenths))) + literal_column("9")) // literal_column("10")


class percentiles_of(FunctionElement[Any]):
    """PostgreSQL's ordered-set aggregate: the nearest-rank median and p90 of one column, in one pass."""

    inherit_cache = True


@compiles(percentiles_of)
def _percentiles_default(element: Any, compiler: Any, **kw: Any) -> str:
    (value,) = (compiler.process(c, **kw) for c in element.clauses)
    return f"percentile_disc(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {value})"
