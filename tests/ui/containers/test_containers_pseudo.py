"""The Containers mode in the pseudo-locale (accented, ~40% longer): every text translated, nothing cut off, the
window no wider than the dock's screen, for a shift lead (the longest mode bar that has Containers)."""

from __future__ import annotations

import csv

from station.config import RESOURCES
from station.services import putaway
from tests.station.putaway.items import restock_item
from tests.ui.i18n.test_pseudo_locale import Walk, _sign_in, pseudo, shown_data  # noqa: F401  (pseudo: fixture)


def test_the_containers_mode_is_translated_and_nothing_is_cut_off(qtbot, pseudo) -> None:  # noqa: F811
    window, ctx = pseudo
    item = restock_item(ctx)
    putaway.confirm_placement(ctx, item, putaway.put_away_for(ctx, item).container_code)
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        lead = next(r for r in csv.DictReader(handle) if r["role"] == "lead")
    _sign_in(qtbot, window, lead["name"], lead["pin"])
    window.show_mode("containers")
    qtbot.waitUntil(lambda: window.mode_key == "containers")
    page = window.current_page
    qtbot.waitUntil(lambda: page.running == 0 and page.data is not None)
    walk = Walk(window, shown_data(ctx))
    walk.look("containers")
    page.handle_scan(page.data.containers[0].code, "typed")
    qtbot.waitUntil(lambda: page.running == 0 and page.shown is not None)
    walk.look("a container shown")
    walk.check()
