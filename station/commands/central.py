"""`station central init` and `station central add-station`: set up the central PostgreSQL for stations."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from station.text import StationError, _


def register(sub: argparse._SubParsersAction) -> None:
    central = sub.add_parser("central", help="set up the central PostgreSQL database")
    actions = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="apply the migrations, install the sync objects, create station roles")
    _common(init)
    init.add_argument("--station", action="append", default=[], metavar="ID",
                      help="create a database role for this station (repeat for each)")
    init.add_argument("--reference-from", metavar="DATA_DIR",
                      help="copy products, RMAs, users, checklists and rules from this station's database")
    init.set_defaults(func=_init)
    add = actions.add_parser("add-station", help="create (or reset the password of) one station's role")
    _common(add)
    add.add_argument("station_id", metavar="ID")
    add.set_defaults(func=_add)
    importlib.import_module("station.commands.central_events").register(actions)  # relay, events
    importlib.import_module("station.commands.central_web").register(actions)  # web, web-user, web-brand


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="the central database, as its owner (default: --central)")
    parser.add_argument("--role-prefix", default=None, help="database role names start with this (default: station)")
    parser.add_argument("--no-passwords", action="store_true",
                        help="create roles without passwords (certificate, peer or trust authentication)")


def _url(args: argparse.Namespace) -> str:
    url = args.url or getattr(args, "central", None)
    if not url:
        raise StationError(_("Name the central database: station central init --url postgresql://USER@HOST/DB"))
    return str(url)


def _reference(data_dir: str) -> dict[str, list[dict[str, Any]]]:
    from pathlib import Path

    from sqlalchemy import select

    from station.context import open_station
    from station.sync import tables

    ctx = open_station(Path(data_dir))
    with ctx.read() as session:
        return {ref.name: [dict(r) for r in session.execute(select(ref.table)).mappings()]
                for ref in tables.reference_tables()}


def _print_roles(roles: list[Any]) -> None:
    for role in roles:
        print(f"station {role.station_id}: database role {role.role}")
        if role.url:
            print(f"  on that station: STATION_CENTRAL_URL='{role.url}'")
    if roles and roles[0].password:
        print("Passwords are shown once: keep each station's URL in its settings (central_url).")


def _init(args: argparse.Namespace) -> int:
    from station.sync.central_setup import DEFAULT_PREFIX, init_central
    from station.sync.connection import central_engine, shown_url

    url = _url(args)
    engine = central_engine(url)
    try:
        roles = init_central(engine, stations=args.station, prefix=args.role_prefix or DEFAULT_PREFIX,
                             passwords=not args.no_passwords, url=url,
                             reference=_reference(args.reference_from) if args.reference_from else None)
    finally:
        engine.dispose()
    print(f"central database ready: {shown_url(url)}")
    _print_roles(roles)
    return 0


def _add(args: argparse.Namespace) -> int:
    import secrets

    from station.sync.central_setup import DEFAULT_PREFIX, StationRole, add_station, station_url
    from station.sync.connection import central_engine

    url = _url(args)
    engine = central_engine(url)
    password = None if args.no_passwords else secrets.token_urlsafe(18)
    try:
        with engine.begin() as connection:
            role = add_station(connection, args.station_id, prefix=args.role_prefix or DEFAULT_PREFIX,
                               password=password)
    finally:
        engine.dispose()
    _print_roles([StationRole(role.station_id, role.role, password, station_url(url, role.role, password))])
    return 0
