"""A station process for the crash tests: inspects one item, prints its id, then dies with SIGKILL where told
(before the confirm scan, inside it before the commit, or just after it)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def main(data_dir: Path, where: str) -> None:
    from station.context import open_station
    from station.services import putaway
    from tests.station.putaway.items import restock_item

    ctx = open_station(data_dir)
    item = restock_item(ctx)
    print(item, flush=True)
    if where == "before_confirm":
        os.kill(os.getpid(), signal.SIGKILL)
    code = putaway.put_away_for(ctx, item).container_code
    putaway.confirm_placement(ctx, item, code)  # STATION_SYNC_KILL_AT=putaway.before_commit kills inside
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
