"""`station demo load` and `station demo generate`: the demo catalog, RMAs and users, and completed inspections
made in bulk, for a first look, tests and benchmarks."""

from __future__ import annotations

import argparse

from station.commands.common import station_from
from station.demo.loading import load_demo
from station.text import english_plural


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="demo data")
    demo_sub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    load = demo_sub.add_parser("load", help="load the demo catalog, RMAs and users (safe to run again)")
    load.set_defaults(func=_load)
    generate = demo_sub.add_parser("generate", help="make completed, realistic inspections (with photos)")
    generate.add_argument("--inspections", type=int, required=True, metavar="N", help="how many to make")
    generate.add_argument("--no-photos", action="store_true", help="skip the photos (faster, for benchmarks)")
    generate.add_argument("--seed", type=int, default=None, help="the same seed makes the same answers")
    generate.set_defaults(func=_generate)


def _load(args: argparse.Namespace) -> int:
    added = load_demo(station_from(args))
    print(f"demo data loaded: {added.products} products, {added.rmas} RMAs, {added.users} users added")
    return 0


def _generate(args: argparse.Namespace) -> int:
    from station.demo.generate import generate_inspections

    made = generate_inspections(station_from(args), args.inspections, photos=not args.no_photos, seed=args.seed)
    print(f"made {english_plural('%n completed inspection(s)', made.inspections)} with {made.answers} answers and "
          f"{made.photos} photos; "
          f"{made.placed} put away in containers")
    return 0
