"""`station report summary --json` against counts computed directly from `station export inspections`."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from station.cli import main
from station.context import StationContext


def _nearest_rank(values: list[float], tenths: int) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[(len(ordered) * tenths + 9) // 10 - 1]


def _expected(records: list[dict[str, Any]]) -> dict[str, Any]:
    money: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0), Decimal(0)])
    hours: dict[str, set[str]] = defaultdict(set)
    for r in records:
        entry = money[r["settlement"]]
        entry[0] += 1
        entry[1] += Decimal(r["amount"])
        entry[2] += Decimal(r["fee"])
        hours[r["inspector"]].add(datetime.fromisoformat(r["completed_at"]).strftime("%Y-%m-%d %H"))
    local_days = [datetime.fromisoformat(r["completed_at"]).astimezone().date() for r in records]
    reviewed = [(datetime.fromisoformat(r["first_review_at"]) - datetime.fromisoformat(r["completed_at"]))
                .total_seconds() for r in records if r["first_review_at"]]
    return {
        "inspections": len(records),
        "grades": Counter(r["grade"] for r in records),
        "dispositions": Counter(r["disposition"] for r in records),
        "reasons": Counter(r["return_reason"] or "" for r in records),
        "flags": Counter(kind for r in records for kind in r["flags"]),
        "products": Counter(r["sku"] for r in records),
        "categories": Counter(r["category"] for r in records),
        "weeks": Counter((d - timedelta(days=d.weekday())).isoformat() for d in local_days),
        "inspectors": {name: (Counter(r["inspector"] for r in records)[name], len(h)) for name, h in hours.items()},
        "money": {k: (int(v[0]), str(v[1]), str(v[2])) for k, v in money.items()},
        "median": _nearest_rank([r["seconds"] for r in records], 5),
        "p90": _nearest_rank([r["seconds"] for r in records], 9),
        "review_median": _nearest_rank(reviewed, 5),
        "review_p90": _nearest_rank(reviewed, 9),
    }


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _pairs(items: list[dict[str, Any]]) -> Counter[str]:
    return Counter({i["key"]: i["count"] for i in items})


def _check(summary: dict[str, Any], records: list[dict[str, Any]]) -> None:
    expected = _expected(records)
    assert summary["inspections"] == expected["inspections"] > 100
    for key in ("grades", "dispositions", "reasons", "flags", "weeks"):
        assert _pairs(summary[key]) == expected[key], key
    assert Counter({p["key"]: p["returns"] for p in summary["products"]}) == expected["products"]
    assert Counter({c["key"]: c["returns"] for c in summary["categories"]}) == expected["categories"]
    most = [p["returns"] for p in summary["top_products"]]
    assert most == sorted(expected["products"].values(), reverse=True)[:len(most)] and len(most) == 10
    assert {p["inspector"]: (p["items"], p["hours"]) for p in summary["inspectors"]} == expected["inspectors"]
    assert {m["settlement"]: (m["count"], m["amount"], m["fee"]) for m in summary["money"]} == expected["money"]
    assert summary["processing"]["median_s"] == pytest.approx(expected["median"], abs=0.1)
    assert summary["processing"]["p90_s"] == pytest.approx(expected["p90"], abs=0.1)
    assert summary["review_turnaround"]["median_s"] == pytest.approx(expected["review_median"], abs=0.1)
    assert summary["review_turnaround"]["p90_s"] == pytest.approx(expected["review_p90"], abs=0.1)


def test_the_summary_matches_counts_from_the_exported_inspections(month_ctx: StationContext,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = str(month_ctx.data_dir)
    records = [json.loads(line) for line in _run(capsys, "--data-dir", data, "export", "inspections", "--format",
                                                 "jsonl").splitlines()]
    summary = json.loads(_run(capsys, "--data-dir", data, "report", "summary", "--json"))
    _check(summary, records)
    assert {"outside_window", "repeat_returner", "serial_mismatch"} <= {f["key"] for f in summary["flags"]}
    assert all(r["settlement"] and r["refund_rule"] for r in records), "every inspection has its recommendation"


def test_a_period_counts_only_its_own_days(month_ctx: StationContext, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(month_ctx.data_dir)
    since = (date.today() - timedelta(days=14)).isoformat()
    records = [json.loads(line) for line in _run(capsys, "--data-dir", data, "export", "inspections", "--since",
                                                 since, "--format", "jsonl").splitlines()]
    everything = json.loads(_run(capsys, "--data-dir", data, "report", "summary", "--json"))
    summary = json.loads(_run(capsys, "--data-dir", data, "report", "summary", "--since", since, "--json"))
    assert 0 < summary["inspections"] < everything["inspections"]
    _check(summary, records)
    assert all(datetime.fromisoformat(r["completed_at"]).astimezone().date().isoformat() >= since for r in records)


def test_return_rates_use_the_imported_sales_counts(month_ctx: StationContext) -> None:
    from station.reports.summary import ReportFilter, report_summary

    summary = report_summary(month_ctx.sessions, ReportFilter(category="electronics"))
    assert {c.key for c in summary.categories} == {"electronics"}
    for row in summary.products:
        assert row.units_sold and row.rate == round(row.returns / row.units_sold, 4)
    total_units = sum(r.units_sold or 0 for r in summary.products)
    category = summary.categories[0]
    assert category.returns == sum(r.returns for r in summary.products)
    assert category.units_sold is not None and category.units_sold >= total_units


def test_the_same_queries_on_postgresql_match_its_export(month_ctx: StationContext, pg_schema, tmp_path) -> None:
    import dataclasses

    from sqlalchemy.orm import sessionmaker

    from db.migrate import upgrade
    from station.demo.loading import load_demo
    from station.imports.export import inspection_records
    from station.reports.summary import ReportFilter, report_summary
    from tests.station.reports.month import make_month

    engine, schema = pg_schema
    upgrade(engine, schema=schema)
    central = dataclasses.replace(month_ctx, sessions=sessionmaker(engine, expire_on_commit=False))
    load_demo(central)
    make_month(central, tmp_path, days=9, seed=11)
    records = json.loads(json.dumps(list(inspection_records(central.sessions))))
    summary = json.loads(json.dumps(report_summary(central.sessions, ReportFilter()).to_json(), default=str))
    _check(summary, records)
