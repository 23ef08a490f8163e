"""A station process for the kill -9 tests: says READY once open, then syncs once in small batches."""

from __future__ import annotations

import sys
from pathlib import Path


def main(data_dir: Path, batch_size: int) -> None:
    from station.context import open_station
    from station.services.sync import sync_once
    from station.sync import photos, pull

    photos.GROUP_PHOTOS = 2  # many small transactions: more places for a kill to land
    pull.LOG_ROWS, pull.KEYS_PER_BATCH = 20, 40
    ctx = open_station(data_dir)
    print("READY", flush=True)
    report = sync_once(ctx, batch_size=batch_size)
    print("DONE", report.outcome, report.everything_sent, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
