"""`station slip ID -o FILE.pdf` and `station slips --since DATE -o FILE.pdf`: grading slips as PDF or ZPL."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from station.commands.common import station_from
from station.slips.content import find_inspection, inspections_since
from station.slips.documents import slip_pdf, slip_zpl
from station.slips.prints import record_prints
from station.text import StationError, _, _n


def register(sub: argparse._SubParsersAction) -> None:
    one = sub.add_parser("slip", help="the grading slip of one inspection, as PDF or ZPL")
    one.add_argument("inspection", metavar="INSPECTION_ID",
                     help="inspection id, the slip's QR text (RIS:…) or the short reference printed on it")
    one.add_argument("-o", "--output", type=Path, help="file to write (ZPL without -o goes to standard output)")
    one.add_argument("--size", choices=("4x6", "a6"), help="paper size (default: the station's setting)")
    one.add_argument("--zpl", action="store_true", help="ZPL for Zebra-type thermal printers instead of PDF")
    one.add_argument("--reason", help="why the slip is printed again (required for a reprint)")
    one.set_defaults(func=_one)
    batch = sub.add_parser("slips", help="the grading slips of every inspection since a date, as one PDF")
    batch.add_argument("--since", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="inspections completed on or after this day (local time)")
    batch.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    batch.add_argument("--size", choices=("4x6", "a6"), help="paper size (default: the station's setting)")
    batch.add_argument("--reason", help="why slips printed before are printed again")
    batch.set_defaults(func=_batch)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise StationError(_("Cannot write {path} ({problem}). Choose another file.", path=str(path),
                             problem=exc.strerror or str(exc))) from exc


def _one(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    inspection_id = find_inspection(ctx, args.inspection)
    if args.zpl:
        text = slip_zpl(ctx, [inspection_id])
        target = f"zpl:{args.output.resolve()}" if args.output else "zpl:stdout"
        record_prints(ctx, [inspection_id], size="zpl", target=target, reason=args.reason)
        if args.output:
            _write(args.output, text.encode("utf-8"))
        else:
            sys.stdout.write(text)
        return 0
    if args.output is None:
        raise StationError(_("Say where to write the PDF with -o FILE.pdf."))
    size = args.size or ctx.settings.slip_size
    data = slip_pdf(ctx, [inspection_id], size)
    record_prints(ctx, [inspection_id], size=size, target=f"file:{args.output.resolve()}", reason=args.reason)
    _write(args.output, data)
    print(_("Slip for inspection {id} written to {path}.", id=str(inspection_id), path=str(args.output)).render())
    return 0


def _batch(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    ids = inspections_since(ctx, args.since)
    if not ids:
        raise StationError(_("No inspections were completed since {date}. Give an earlier date.",
                             date=args.since.isoformat()))
    size = args.size or ctx.settings.slip_size
    data = slip_pdf(ctx, ids, size)
    record_prints(ctx, ids, size=size, target=f"file:{args.output.resolve()}", reason=args.reason)
    _write(args.output, data)
    print(_n("%n slip(s) written to {path}.", len(ids), path=str(args.output)).render())
    return 0
