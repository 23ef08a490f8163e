"""The ``station`` command: global options, and one subcommand module per area of work."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from station import __version__
from station.text import StationError

# Each module has register(subparsers) and gives its parsers a `func(args) -> int`.
COMMAND_MODULES = (
    "station.commands.demo",
    "station.commands.inspections",
    "station.commands.scan",
    "station.commands.sync",
    "station.commands.central",
    "station.commands.review",
    "station.commands.audit",
    "station.commands.slips",
    "station.commands.photos",
    "station.commands.imports",
    "station.commands.report",
    "station.commands.users",
    "station.commands.containers",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station",
        description="Returns inspection station. The window starts with `station-window` (or scripts/run).",
    )
    parser.add_argument("--version", action="version", version=f"station {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the station's database, photos and settings")
    parser.add_argument("--central", metavar="URL", help="central database URL (default: the embedded store)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log technical detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except StationError as exc:
        print(f"station: {exc.text.render()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
