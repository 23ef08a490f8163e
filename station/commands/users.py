"""`station users locked` and `station users unlock`: who is locked after wrong PINs, and a lead's unlock."""

from __future__ import annotations

import argparse

from station.commands.common import read_pin, station_from
from station.services import auth


def register(sub: argparse._SubParsersAction) -> None:
    users = sub.add_parser("users", help="people who sign in at the station")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    locked = users_sub.add_parser("locked", help="users locked or waiting after wrong PINs")
    locked.set_defaults(func=_locked)
    unlock = users_sub.add_parser("unlock", help="let a locked user sign in again (a shift lead or admin)",
                                  description="The lead's PIN is read from STATION_PIN or asked on the terminal; "
                                              "it is never an argument, so it stays out of the shell history.")
    unlock.add_argument("badge", metavar="BADGE", help="the locked user's badge code")
    unlock.add_argument("--by", required=True, metavar="BADGE", help="the badge code of the lead or admin")
    unlock.set_defaults(func=_unlock)


def _locked(args: argparse.Namespace) -> int:
    from station.ids import utc_now

    ctx = station_from(args)
    now = utc_now()
    shown = 0
    for user in auth.list_users(ctx):
        guard = auth.signin_guard(ctx, user.id)
        if guard.locked:
            print(f"{user.name}: locked after {guard.failures} wrong PINs")
        elif guard.seconds_left(now):
            print(f"{user.name}: {guard.failures} wrong PINs, next try in {guard.seconds_left(now)} s")
        else:
            continue
        shown += 1
    if not shown:
        print("nobody is locked or waiting")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    user = auth.find_badge(ctx, args.badge)
    lead = auth.find_badge(ctx, args.by)
    auth.unlock(ctx, user.id, lead.id, read_pin("PIN of the lead or admin: "))
    print(f"{user.name} unlocked by {lead.name}")
    return 0
