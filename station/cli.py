"""The ``station`` command: global options, and one subcommand module per area of work."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from station import __version__
from station.terminal_text import printable
from station.text import StationError, _

log = logging.getLogger(__name__)

# sysexits.h's EX_SOFTWARE: apart from the small codes that commands give their own meaning (sync --once: 0-3).
EXIT_UNEXPECTED = 70

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
        print(f"station: {printable(exc.text.render(), keep_newlines=True)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("station: stopped.").render(), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`station export inspections | head`): nothing more to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # a person gets one line, never a traceback; -v logs it for IT
        return _unexpected(args, exc)


def _unexpected(args: argparse.Namespace, exc: Exception) -> int:
    if args.verbose:
        log.error("station %s failed", args.command, exc_info=exc)
    # A database error's own words are in .orig; its text also carries a link for developers, not for the dock.
    detail = getattr(exc, "orig", None) or exc
    reason = " ".join(f"{type(exc).__name__}: {detail}".split())
    print(_("station {command} failed: {reason}. Run it again as station -v {command} … for the details, or call "
            "IT.", command=args.command, reason=printable(reason[:200])).render(), file=sys.stderr)
    return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
