"""What every subcommand shares: opening the station named by --data-dir (and --central, when given)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from station.context import StationContext, open_station
from station.text import StationError, _


def station_from(args: argparse.Namespace) -> StationContext:
    ctx = open_station(args.data_dir)
    central = getattr(args, "central", None)
    if central:
        # --central wins over the settings file and STATION_CENTRAL_URL, for this command only.
        ctx.settings = ctx.settings.model_copy(update={"central_url": central})
    return ctx


def read_pin(prompt: str) -> str:
    """A PIN for a command: from STATION_PIN, else asked on the terminal; never an argument, which `ps` would show."""
    pin = os.environ.get("STATION_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            raise StationError(_("No PIN: set STATION_PIN or run this at a terminal, which asks for it."))
        pin = getpass.getpass(prompt)
    return pin.strip()
