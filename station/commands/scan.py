"""The `station scan` and `station label` commands: decode image files and explain a label's text."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from station.config import default_data_dir, load_settings, settings_path
from station.terminal_text import json_line, printable, valid_text
from station.text import StationError, _

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    scan = subparsers.add_parser("scan", help="decode the barcodes in image files or folders of images")
    scan.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
    scan.add_argument("--json", action="store_true", help="one JSON object per image, one per line")
    scan.set_defaults(func=run_scan)

    label = subparsers.add_parser("label", help="explain what a scanned label text means")
    label.add_argument("text", metavar="TEXT")
    label.add_argument("--json", action="store_true", help="print the parsed label as one JSON object")
    label.add_argument("--rma-pattern", help="regular expression for RMA numbers (default: from the settings)")
    label.set_defaults(func=run_label)


def _image_files(paths: list[Path]) -> Iterator[Path]:
    from station.camera.sources import IMAGE_SUFFIXES

    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
        else:
            # Named files are tried whatever their suffix; an unreadable one gets its own error line.
            yield path


def run_scan(args: argparse.Namespace) -> int:
    from station.scan.images import ImageUnreadable, read_image_file
    from station.scan.pipeline import ScanPipeline

    pipeline = ScanPipeline.default()
    failed = 0
    for path in _image_files(args.paths):
        start = time.perf_counter()
        result: dict[str, Any] = {"file": str(path)}
        try:
            image = read_image_file(path)
        except ImageUnreadable as exc:
            failed += 1
            result.update(codes=[], error=exc.text.render())
        else:
            result["codes"] = [code.to_json() for code in pipeline.decode(image)]
        result["ms"] = round((time.perf_counter() - start) * 1000, 1)
        if args.json:
            print(json_line(result))
        else:
            _print_scan(result)
        sys.stdout.flush()
    return 1 if failed else 0


def _print_scan(result: dict[str, Any]) -> None:
    # A file's name and a code's text are anyone's: their control characters are shown, never sent to the terminal.
    name = printable(result["file"])
    if "error" in result:
        print(f"{name}: {printable(result['error'])}")
    elif not result["codes"]:
        print(f"{name}: {_('no code found').render()}")
    for code in result["codes"]:
        print(f"{name}: {code['format']} '{printable(code['text'])}'")


def _rma_pattern(args: argparse.Namespace) -> str:
    from station.scan.label import DEFAULT_RMA_PATTERN

    if args.rma_pattern:
        return str(args.rma_pattern)
    explicit = getattr(args, "data_dir", None) is not None
    data_dir = args.data_dir if explicit else default_data_dir()
    try:
        return load_settings(settings_path(data_dir, explicit)).rma_pattern
    except StationError as exc:
        # A broken settings file must not stop someone from checking a label from the command line.
        log.warning("settings not used (%s); the default RMA pattern applies", exc.text.render())
        return DEFAULT_RMA_PATTERN


def run_label(args: argparse.Namespace) -> int:
    from station.scan.label import parse_label

    # Bytes that were not UTF-8 on the command line are kept as \xNN text, so --json is always valid UTF-8.
    label = parse_label(valid_text(args.text), rma_pattern=_rma_pattern(args))
    data = label.to_json()
    if args.json:
        print(json_line(data))
    else:
        for key, value in data.items():
            print(f"{key}: {printable(str(value))}")
    return 0
