"""The sign-in screen comes first and light: it is painted, with the scanner listening, before the database, the
label decoders, the PDF library or any mode's page is imported; a badge scanned meanwhile is checked once the
station is open."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from db import models
from station.context import open_station
from ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]

# What the first screen must not wait for. Each took a share of the start before (the 1.8x).
HEAVY = ("sqlalchemy", "db", "station.context", "station.services.auth", "station.scan", "station.checklist",
         "reportlab", "zxingcpp", "numpy", "cv2", "PIL", "pydantic", "biip", "yaml",
         "ui.inspect", "ui.review", "ui.refurb", "ui.dashboard", "ui.admin", "ui.containers", "ui.modes",
         "ui.camera_worker", "ui.sync_worker")

# Run as the window's own start (`python -m ui`), with a look at sys.modules the moment READY is printed.
CHILD = textwrap.dedent("""
    import sys

    class Watch:
        def write(self, text):
            if text.startswith(("READY", "OPEN")):
                sys.__stdout__.write(text.split()[0] + "-MODULES " + " ".join(sorted(sys.modules)) + "\\n")
            return sys.__stdout__.write(text)

        def flush(self):
            sys.__stdout__.flush()

    sys.stdout = Watch()
    from ui.app import main

    sys.exit(main(sys.argv[1:]))
""")


def _loaded(modules: set[str]) -> list[str]:
    return sorted(name for name in HEAVY if name in modules or any(m.startswith(name + ".") for m in modules))


def test_the_sign_in_screen_is_painted_before_the_heavy_modules_are_imported(station_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD, "--data-dir", str(station_dir), "--ready-and-quit"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = {line.split(" ", 1)[0]: set(line.split()[1:]) for line in result.stdout.splitlines()
            if line.endswith("MODULES") or "-MODULES " in line}
    assert list(seen) == ["READY-MODULES", "OPEN-MODULES"], result.stdout[:500]
    at_ready = seen["READY-MODULES"]
    assert "ui.wedge" in at_ready, "the scanner listens when the window says it is ready"
    assert _loaded(at_ready) == [], "imported before the sign-in screen was painted"
    # The same look sees them once the station is open: the check above can fail.
    assert {"sqlalchemy", "station.context", "ui.inspect"} <= set(_loaded(seen["OPEN-MODULES"]))


def test_a_badge_scanned_while_the_station_opens_is_checked_once_it_is_open(qtbot, station_dir: Path) -> None:
    window = MainWindow(data_dir=station_dir, camera=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitSignal(window.usable, timeout=10000):
        window.show()
    assert window.wedge is not None, "the scanner listens from the first paint"
    ctx = open_station(station_dir)
    try:
        with ctx.read() as session:
            user = session.scalars(select(models.User).where(models.User.role == "inspector")
                                   .order_by(models.User.name)).first()
            assert user is not None and user.badge_code
            badge, name = user.badge_code, user.name
        window.on_scanned(badge)  # what the wedge filter emits for a scanner's burst
        assert window.signin.stack.currentIndex() == 0
        assert window.signin.pick_message.text() == "Opening the station…"
        window.attach(ctx)
        qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1, timeout=20000)
        assert name in window.signin.pin_title.text()
    finally:
        window.close()
        window.shutdown()
        ctx.sessions.kw["bind"].dispose()
