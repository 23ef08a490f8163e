"""The sign-in screen comes first and light: it is painted, with the scanner listening, before the database, the
label decoders, the PDF library or any mode's page is imported, before PySide6 builds the Qt namespace's enums or the
classes only later screens use, and before the PIN screen is built; a badge scanned meanwhile is checked once the
station is open."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from db import models
from station.context import open_station
from ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]

# What the first screen must not wait for. Each took a share of the start before (the 1.8x).
HEAVY = ("sqlalchemy", "db", "station.context", "station.services.auth", "station.scan", "station.checklist",
         "reportlab", "zxingcpp", "numpy", "cv2", "PIL", "pydantic", "biip", "yaml",
         "ui.inspect", "ui.review", "ui.refurb", "ui.dashboard", "ui.admin", "ui.containers", "ui.modes",
         "ui.camera_worker", "ui.sync_worker", "platformdirs", "datetime")

# PySide6 builds a class (with its enums) the first time Python names it. The Qt namespace alone holds 100 enums (Qt.Key
# has 471 members), a fifth of the sign-in screen's start; QIcon is named by PySide for QPushButton(text), QLineEdit
# and the validator by the PIN screen, the images and the scrolling area by later pages.
LATER_CLASSES = {"PySide6.QtCore": ("Qt", "QRegularExpression", "QEventLoop", "QLibraryInfo"),
                 "PySide6.QtGui": ("QIcon", "QImage", "QPixmap", "QRegularExpressionValidator"),
                 "PySide6.QtWidgets": ("QLineEdit", "QScrollArea", "QDialog")}

# Run as the window's own start (`python -m ui`), with a look at sys.modules the moment READY is printed.
CHILD = textwrap.dedent("""
    import sys

    class Watch:
        def write(self, text):
            if text.startswith(("READY", "OPEN")):
                sys.__stdout__.write(text.split()[0] + "-MODULES " + " ".join(sorted(sys.modules)) + "\\n")
                built = [f"{name}.{k}" for name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
                         if name in sys.modules for k in vars(sys.modules[name])]
                sys.__stdout__.write(text.split()[0] + "-CLASSES " + " ".join(sorted(built)) + "\\n")
            return sys.__stdout__.write(text)

        def flush(self):
            sys.__stdout__.flush()

    sys.stdout = Watch()
    from ui.app import main

    sys.exit(main(sys.argv[1:]))
""")


def _loaded(modules: set[str]) -> list[str]:
    return sorted(name for name in HEAVY if name in modules or any(m.startswith(name + ".") for m in modules))


def _built(classes: set[str]) -> list[str]:
    return sorted(f"{module}.{name}" for module, names in LATER_CLASSES.items() for name in names
                  if f"{module}.{name}" in classes)


def test_the_sign_in_screen_is_painted_before_the_heavy_modules_are_imported(station_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD, "--data-dir", str(station_dir), "--ready-and-quit"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = {line.split(" ", 1)[0]: set(line.split()[1:]) for line in result.stdout.splitlines()
            if line.split(" ", 1)[0] in ("READY-MODULES", "READY-CLASSES", "OPEN-MODULES", "OPEN-CLASSES")}
    assert list(seen) == ["READY-MODULES", "READY-CLASSES", "OPEN-MODULES", "OPEN-CLASSES"], result.stdout[:500]
    at_ready = seen["READY-MODULES"]
    assert "ui.wedge" in at_ready, "the scanner listens when the window says it is ready"
    assert _loaded(at_ready) == [], "imported before the sign-in screen was painted"
    assert _built(seen["READY-CLASSES"]) == [], "built by PySide6 before the sign-in screen was painted"
    # The same look sees them once the station is open: the checks above can fail.
    assert {"sqlalchemy", "station.context", "ui.inspect"} <= set(_loaded(seen["OPEN-MODULES"]))
    assert {"PySide6.QtCore.Qt", "PySide6.QtGui.QIcon", "PySide6.QtWidgets.QLineEdit"} <= set(
        _built(seen["OPEN-CLASSES"]))


def test_a_badge_scanned_while_the_station_opens_is_checked_once_it_is_open(qtbot, station_dir: Path) -> None:
    window = MainWindow(data_dir=station_dir, camera=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitSignal(window.usable, timeout=10000):
        window.show()
    assert window.wedge is not None, "the scanner listens from the first paint"
    assert window.signin.stack.count() == 1, "the PIN screen is built when someone is first asked for a PIN"
    # Who takes the keys is as before, though the header's focus is set only once the screen is painted.
    assert window.language_picker.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert window.sign_out_button.focusPolicy() == Qt.FocusPolicy.NoFocus
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
