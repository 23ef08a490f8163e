"""`station import products|rmas|sales FILE.csv` and `station export inspections`: data in from a shop or ERP,
and out to accounting. With --central they use the central database; without, this station's store."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from station.commands.common import station_from
from station.imports.export import as_csv_lines, as_jsonl_lines, inspection_records
from station.imports.rows import ImportResult
from station.policy.zone import configured_zone
from station.text import StationError, _, _n


def register(sub: argparse._SubParsersAction) -> None:
    imports = sub.add_parser("import", help="import products, RMAs or sales counts from a CSV file")
    imports_sub = imports.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    for what, text in (("products", "the catalog: sku,gtin,name,category,price,image,serialized"),
                       ("rmas", "RMAs, one row per line: rma_number,order_number,customer,reason,purchase_date,"
                                "line_no,sku,quantity,expected_serial[,requested_date,delivery_date]"),
                       ("sales", "units sold per product and month: sku,month,units")):
        parser = imports_sub.add_parser(what, help=text)
        parser.add_argument("file", type=Path, metavar="FILE.csv")
        parser.set_defaults(func=_import, what=what)
    export = sub.add_parser("export", help="export completed inspections for accounting and the shop")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    inspections = export_sub.add_parser("inspections", help="completed inspections with refund recommendations")
    inspections.add_argument("--since", type=date.fromisoformat, metavar="DATE", help="first day (YYYY-MM-DD)")
    inspections.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    inspections.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    inspections.set_defaults(func=_export)


def sessions_for(args: argparse.Namespace) -> sessionmaker[Session]:
    """The central database with --central, else this station's own store."""
    if getattr(args, "central", None):
        from station.sync.connection import central_engine

        return sessionmaker(central_engine(args.central), expire_on_commit=False)
    return station_from(args).sessions


def _import(args: argparse.Namespace) -> int:
    from station.imports.products import import_products
    from station.imports.rmas import import_rmas
    from station.imports.sales import import_sales

    sessions = sessions_for(args)
    try:
        if args.what == "products":
            result: ImportResult = import_products(sessions, args.file)
        elif args.what == "rmas":
            result = import_rmas(sessions, args.file, configured_zone())
        else:
            result = import_sales(sessions, args.file)
    except SQLAlchemyError as exc:
        raise StationError(_("The import could not be written to the database ({problem}). Nothing was imported; "
                             "check the database and try again.", problem=type(exc).__name__)) from exc
    for problem in result.problems:
        print(_("{file}, {problem}", file=args.file.name, problem=problem.describe()).render(), file=sys.stderr)
    if result.problems:
        print(_("Fix the lines named above and import the file again: its other lines were imported, and importing "
                "them again changes nothing.").render(), file=sys.stderr)
    print(_n("{what}: {added} added, {updated} updated, {unchanged} unchanged, %n row(s) with errors",
             len(result.problems), what=args.what, added=result.added, updated=result.updated,
             unchanged=result.unchanged).render())
    return 1 if result.problems else 0


def _export(args: argparse.Namespace) -> int:
    records = inspection_records(sessions_for(args), args.since, configured_zone())
    lines = as_csv_lines(records) if args.format == "csv" else as_jsonl_lines(records)
    if args.output is None:
        for line in lines:
            sys.stdout.write(line)
        return 0
    try:
        with args.output.open("w", encoding="utf-8", newline="") as handle:
            for line in lines:
                handle.write(line)
    except OSError as exc:
        raise StationError(_("The export file {path} cannot be written ({problem}). Choose another place.",
                             path=str(args.output), problem=exc.strerror or str(exc))) from exc
    return 0
