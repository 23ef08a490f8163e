"""`station inspections list`: completed inspections as a table or JSON."""

from __future__ import annotations

import argparse
import json

from station.commands.common import station_from
from station.services.reports import list_inspections
from station.text import english_plural


def register(sub: argparse._SubParsersAction) -> None:
    inspections = sub.add_parser("inspections", help="completed inspections")
    inspections_sub = inspections.add_subparsers(dest="inspections_command", metavar="ACTION", required=True)
    listing = inspections_sub.add_parser("list", help="list completed inspections")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.add_argument("--limit", type=int, default=None)
    listing.set_defaults(func=_list)


def _list(args: argparse.Namespace) -> int:
    rows = list_inspections(station_from(args), args.limit)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"{row['completed_at'][:19]}  {row['rma'] or '-':12} {row['sku'] or '-':10} "
              f"{row['grade']} {row['disposition']:10} {row['inspector']}")
    print(english_plural("%n inspection(s)", len(rows)))
    return 0
