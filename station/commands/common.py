"""What every subcommand shares: opening the station named by --data-dir."""

from __future__ import annotations

import argparse

from station.services.context import StationContext, open_station


def station_from(args: argparse.Namespace) -> StationContext:
    return open_station(args.data_dir)
