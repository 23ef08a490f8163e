"""`station containers list` and `station container show|close|move|label|manifest`, `station item-label`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from station.commands.common import station_from
from station.services import putaway
from station.slips.content import find_inspection
from station.text import StationError, _


def register(sub: argparse._SubParsersAction) -> None:
    many = sub.add_parser("containers", help="containers (totes, carts, pallets, gaylords, cages)")
    many_sub = many.add_subparsers(dest="containers_command", metavar="ACTION", required=True)
    listing = many_sub.add_parser("list", help="every container this station knows of")
    listing.add_argument("--open", action="store_true", help="open containers only")
    listing.add_argument("--json", action="store_true", help="one JSON object per container, as a list")
    listing.set_defaults(func=_list)

    one = sub.add_parser("container", help="one container: show, close, move, label, manifest")
    one_sub = one.add_subparsers(dest="container_command", metavar="ACTION", required=True)
    show = one_sub.add_parser("show", help="what is in a container")
    show.add_argument("code", metavar="ID", help="the container's barcode, e.g. T-00042")
    show.add_argument("--json", action="store_true", help="as JSON")
    show.set_defaults(func=_show)
    close = one_sub.add_parser("close", help="close a container (then print its label and manifest)")
    close.add_argument("code", metavar="ID")
    close.set_defaults(func=_close)
    move = one_sub.add_parser("move", help="record that a container was taken to a location")
    move.add_argument("code", metavar="ID")
    move.add_argument("location", metavar="LOCATION", help="the location's barcode, e.g. LOC-A-01")
    move.set_defaults(func=_move)
    label = one_sub.add_parser("label", help="the container's 4x6 label, as PDF or ZPL")
    label.add_argument("code", metavar="ID")
    label.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    label.add_argument("--zpl", action="store_true", help="ZPL for Zebra-type thermal printers instead of PDF")
    label.set_defaults(func=_label)
    manifest = one_sub.add_parser("manifest", help="every item in the container, as PDF or CSV (by the suffix)")
    manifest.add_argument("code", metavar="ID")
    manifest.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf or FILE.csv")
    manifest.set_defaults(func=_manifest)

    item = sub.add_parser("item-label", help="an inspected item's own label (license plate), 2x1 in ZPL or 4x6 PDF")
    item.add_argument("inspection", metavar="INSPECTION_ID", help="inspection id, slip QR text or short reference")
    item.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    item.add_argument("--pdf", action="store_true", help="a 4x6 in PDF instead of 2x1 in ZPL")
    item.set_defaults(func=_item_label)


def _list(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    found = putaway.list_containers(ctx, open_only=args.open)
    if args.json:
        print(json.dumps([c.to_json() for c in found], indent=2))
        return 0
    for c in found:
        print(f"{c.code:<10} {c.kind:<8} {c.status:<7} {len(c.items):>4}/{c.capacity_items:<4} "
              f"{c.location or '-':<12} {c.zone_title}")
    return 0


def _show(args: argparse.Namespace) -> int:
    view = putaway.container_view(station_from(args), args.code)
    if args.json:
        print(json.dumps(view.to_json(), indent=2))
        return 0
    print(f"{view.code} · {view.kind} · {view.zone_title} · {view.status} · {len(view.items)}/{view.capacity_items}"
          f" · {view.location or '-'}")
    if view.notice is not None:
        print(view.notice.render())
    for item in view.items:
        print(f"  {item.inspection_id}  {item.sku:<10} {item.grade:<2} {item.disposition:<10} {item.serial or ''}")
    return 0


def _close(args: argparse.Namespace) -> int:
    done = putaway.close_container(station_from(args), args.code)
    print(done.message.render())
    return 0 if done.closed else 1


def _move(args: argparse.Namespace) -> int:
    view = putaway.move_container(station_from(args), args.code, args.location)
    print(_("{code} is at {location}.", code=view.code, location=view.location or "-").render())
    return 0


def _written(path: Path) -> None:
    print(_("Written to {path}.", path=str(path)).render())


def _label(args: argparse.Namespace) -> int:
    try:
        _written(putaway.container_label(station_from(args), args.code, args.output, zpl=args.zpl))
    except OSError as exc:
        raise StationError(_("Cannot write {path} ({problem}). Choose another file.", path=str(args.output),
                             problem=exc.strerror or str(exc))) from exc
    return 0


def _manifest(args: argparse.Namespace) -> int:
    try:
        _written(putaway.container_manifest(station_from(args), args.code, args.output))
    except OSError as exc:
        raise StationError(_("Cannot write {path} ({problem}). Choose another file.", path=str(args.output),
                             problem=exc.strerror or str(exc))) from exc
    return 0


def _item_label(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    inspection_id = find_inspection(ctx, args.inspection)
    _written(putaway.item_label(ctx, inspection_id, args.output, "4x6" if args.pdf else "zpl"))
    return 0
