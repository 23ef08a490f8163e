"""`station central web`, `station central web-user` and `station central web-brand`: the web view of the central
database, its browser sign-ins and which brand each product belongs to."""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
from pathlib import Path

from station.text import StationError, _, english_plural

PASSWORD_ENV = "STATION_WEB_PASSWORD"
SECRET_ENV = "STATION_WEB_SECRET"


def register(actions: argparse._SubParsersAction) -> None:
    web = actions.add_parser("web", help="serve the web view of the central database (behind a TLS proxy)")
    web.add_argument("--url", required=True, help="the central database as the web login (<prefix>_webview)")
    web.add_argument("--host", default="127.0.0.1", help="listen here (default 127.0.0.1: the proxy's side)")
    web.add_argument("--port", type=int, default=8080)
    web.add_argument("--role-prefix", default="station", help="the prefix central init was given (default station)")
    web.add_argument("--cache-dir", type=Path, default=None,
                     help="photos and their thumbnails, fetched once (default: the user's cache folder)")
    web.add_argument("--insecure-cookies", action="store_true",
                     help="send the sign-in cookie over plain HTTP too (only for a test without the TLS proxy)")
    web.set_defaults(func=_serve)

    user = actions.add_parser("web-user", help="set a browser password, or unlock a locked sign-in")
    which = user.add_subparsers(dest="web_user_command", metavar="ACTION", required=True)
    setpw = which.add_parser("set-password", help=f"the password from the terminal or ${PASSWORD_ENV}")
    setpw.add_argument("badge", metavar="BADGE", help="a station user's badge, or a client's sign-in name")
    setpw.add_argument("--url", required=True, help="the central database, as its owner")
    setpw.add_argument("--client", metavar="NAME", help="a brand's client account with this display name")
    setpw.add_argument("--brand", action="append", default=[], help="a brand this client sees (repeat)")
    setpw.add_argument("--language", choices=("en", "he", "ru"), default="en", help="a client's language")
    setpw.set_defaults(func=_set_password)
    unlock = which.add_parser("unlock", help="let a sign-in locked after wrong passwords try again")
    unlock.add_argument("badge", metavar="BADGE")
    unlock.add_argument("--url", required=True, help="the central database, as its owner")
    unlock.set_defaults(func=_unlock)

    brand = actions.add_parser("web-brand", help="say which brand (a 3PL's client) products belong to")
    brand.add_argument("brand", metavar="BRAND", nargs="?")
    brand.add_argument("sku", nargs="*", metavar="SKU")
    brand.add_argument("--demo", action="store_true", help="the demo catalog's brands (resources/demo/brands.csv)")
    brand.add_argument("--url", required=True, help="the central database, as its owner")
    brand.set_defaults(func=_brand)


def _password() -> str:
    # Never an argument: it would stay in the shell history and in the process list.
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    first = getpass.getpass("New web password: ")
    if getpass.getpass("Again: ") != first:
        raise StationError(_("The two passwords differ. Nothing was changed: run the command again."))
    return first


def _owner(url: str):  # type: ignore[no-untyped-def]
    from station.sync.connection import central_engine

    return central_engine(url)


def _set_password(args: argparse.Namespace) -> int:
    from station.web.accounts import set_password

    engine = _owner(args.url)
    try:
        with engine.begin() as connection:
            done = set_password(connection, args.badge, _password(), client=args.client, brands=args.brand,
                                language=args.language)
    finally:
        engine.dispose()
    print(f"web password set for {done.badge} ({done.name}, {done.role})")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from station.web.accounts import unlock

    engine = _owner(args.url)
    try:
        with engine.begin() as connection:
            unlock(connection, args.badge)
    finally:
        engine.dispose()
    print(f"{args.badge} may sign in again")
    return 0


def _brand(args: argparse.Namespace) -> int:
    from station.web.accounts import set_brand, set_demo_brands

    engine = _owner(args.url)
    try:
        with engine.begin() as connection:
            if args.demo:
                count = set_demo_brands(connection)
            elif args.brand and args.sku:
                count = set_brand(connection, args.brand, args.sku)
            else:
                raise StationError(_("Name a brand and its SKUs (station central web-brand BRAND SKU…), or --demo."))
    finally:
        engine.dispose()
    print(english_plural("%n product(s) with a brand", count))
    return 0


def _serve(args: argparse.Namespace) -> int:
    import platformdirs
    import uvicorn

    from station.web.app import make_app
    from station.web.central import open_web_central

    secret = os.environ.get(SECRET_ENV)
    if not secret:
        # Without a fixed secret every restart signs everyone out, and two workers would not know each other's.
        secret = secrets.token_urlsafe(32)
        print(f"no ${SECRET_ENV} set: sessions end when this process stops")
    cache = args.cache_dir or Path(platformdirs.user_cache_dir("station-web"))
    central = open_web_central(args.url, cache, args.role_prefix)
    app = make_app(central, secret, https_only=not args.insecure_cookies)
    uvicorn.run(app, host=args.host, port=args.port, proxy_headers=True, log_level="info")
    return 0
