"""`station demo load`: the demo catalog, RMAs and users, for a first look and for tests."""

from __future__ import annotations

import argparse

from station.commands.common import station_from
from station.demo.loading import load_demo


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="demo data")
    demo_sub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    load = demo_sub.add_parser("load", help="load the demo catalog, RMAs and users (safe to run again)")
    load.set_defaults(func=_load)


def _load(args: argparse.Namespace) -> int:
    added = load_demo(station_from(args))
    print(f"demo data loaded: {added.products} products, {added.rmas} RMAs, {added.users} users added")
    return 0
