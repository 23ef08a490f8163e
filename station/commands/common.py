"""What every subcommand shares: opening the station named by --data-dir (and --central, when given)."""

from __future__ import annotations

import argparse

from station.context import StationContext, open_station


def station_from(args: argparse.Namespace) -> StationContext:
    ctx = open_station(args.data_dir)
    central = getattr(args, "central", None)
    if central:
        # --central wins over the settings file and STATION_CENTRAL_URL, for this command only.
        ctx.settings = ctx.settings.model_copy(update={"central_url": central})
    return ctx
