"""`station report summary`: the dashboard's figures for a period, as text or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date

from station.commands.imports import sessions_for
from station.policy.zone import configured_zone
from station.reports.summary import ReportFilter, report_summary
from station.text import english_plural


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="returns reports")
    report_sub = report.add_subparsers(dest="report_command", metavar="WHAT", required=True)
    summary = report_sub.add_parser("summary", help="return reasons, rates, grades, pace, times, money, flags")
    summary.add_argument("--since", type=date.fromisoformat, metavar="DATE", help="first day (YYYY-MM-DD)")
    summary.add_argument("--until", type=date.fromisoformat, metavar="DATE", help="last day, included")
    summary.add_argument("--station", help="one station only")
    summary.add_argument("--category", help="one category only")
    summary.add_argument("--sku", help="one product only")
    summary.add_argument("--json", action="store_true", help="print JSON")
    summary.set_defaults(func=_summary)


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f} min"


def _summary(args: argparse.Namespace) -> int:
    filters = ReportFilter(args.since, args.until, args.station, args.category, args.sku)
    result = report_summary(sessions_for(args), filters, configured_zone())
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{english_plural('%n inspection(s)', result.inspections)} since {result.since or 'the start'}")
    print("grades: " + ", ".join(f"{g} {n}" for g, n in result.grades))
    print("dispositions: " + ", ".join(f"{d} {n}" for d, n in result.dispositions))
    print("reasons: " + ", ".join(f"{r or '—'} {n}" for r, n in result.reasons))
    print(f"processing: median {_minutes(result.processing.median_s)}, p90 {_minutes(result.processing.p90_s)}")
    review = result.review_turnaround
    print(f"review turnaround: median {_minutes(review.median_s if review else None)}, "
          f"p90 {_minutes(review.p90_s if review else None)}")
    print("money: " + ", ".join(f"{m.settlement} {m.count} × {m.amount}" for m in result.money))
    print("flags: " + ", ".join(f"{k} {n}" for k, n in result.flags))
    print("most returned: " + ", ".join(f"{p.key} {p.returns}" for p in result.top_products))
    return 0
