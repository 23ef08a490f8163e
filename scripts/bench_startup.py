"""Start-up time: process start to a usable sign-in screen, next to a bare PySide6 QMainWindow in the same run.

"Usable" is the same moment for both: the window has painted once and the event loop has come back to take
input. The station prints READY then, with its keyboard-wedge scanner already listening (a badge scanned from
that moment is checked as soon as the database is open); the bare window prints READY after its first paint.
Each is started --runs times, alternating, and the medians are compared.

Both run with a bytecode cache of their own (in the temporary folder), as an installed station does: pip
compiles the sources at install time, and PySide6 is compiled in site-packages already. --source-compile runs
them as this checkout's environment may (PYTHONDONTWRITEBYTECODE=1: the station's own modules are compiled from
source at every start, the bare window's are not).

Usage: .venv/bin/python scripts/bench_startup.py [--runs 9] [--source-compile]
Runs offscreen unless DISPLAY is set (then a real window). The goal is a ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, ready)
        return False
def ready():
    print("READY", flush=True)
    app.quit()
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""


def time_until_ready(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from process start to READY (window usable), and to OPEN (database open) where printed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               cwd=REPO)
    assert process.stdout is not None
    ready = None
    for line in process.stdout:
        if line.strip() == "READY":
            ready = time.perf_counter() - started
            if "-c" in command:
                break
        elif line.startswith("OPEN"):
            opened = time.perf_counter() - started
            process.wait(timeout=60)
            assert ready is not None
            return ready, opened
    if ready is not None:
        _out, err = process.communicate(timeout=60)
        if "-c" not in command:
            # The station said READY but never OPEN: say why instead of counting a 0 s open.
            print(f"warning: the station exited ({process.returncode}) before it was open: {err.strip()[-600:]}",
                  file=sys.stderr)
        return ready, None
    _out, err = process.communicate(timeout=60)
    raise RuntimeError(f"{command} never became ready: {err[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--source-compile", action="store_true",
                        help="no bytecode cache: the station's modules are compiled at every start")
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        if args.source_compile:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        else:
            # Its own cache folder: the checkout's tree gets no __pycache__ folders from a benchmark.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        data = Path(tmp) / "station"
        station = [sys.executable, "-m", "ui", "--data-dir", str(data), "--ready-and-quit"]
        bare = [sys.executable, "-c", BARE]
        # The first start creates the database and loads the demo data (and fills the bytecode cache): that is
        # set-up, not start-up.
        time_until_ready(station, env)
        time_until_ready(bare, env)
        bare_times, station_times, open_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(time_until_ready(bare, env)[0])
            ready, opened = time_until_ready(station, env)
            station_times.append(ready)
            if opened is not None:
                open_times.append(opened)
    bare_ms = statistics.median(bare_times) * 1000
    station_ms = statistics.median(station_times) * 1000
    platform = env.get("QT_QPA_PLATFORM") or "xcb (DISPLAY " + env["DISPLAY"] + ")"
    compiled = "compiled at every start" if args.source_compile else "bytecode cache"
    print(f"platform: {platform}, runs: {args.runs}, {compiled}")
    print(f"{'':34}{'median ms':>10}{'min ms':>10}")
    print(f"{'bare PySide6 QMainWindow painted':34}{bare_ms:10.0f}{min(bare_times) * 1000:10.0f}")
    print(f"{'station sign-in painted, scanning':34}{station_ms:10.0f}{min(station_times) * 1000:10.0f}")
    if open_times:
        print(f"{'  database open, camera started':34}{statistics.median(open_times) * 1000:10.0f}"
              f"{min(open_times) * 1000:10.0f}")
    print(f"min ratio: {min(station_times) / min(bare_times):.2f}  (goal <= 1.5 on the medians)")
    print(f"ratio: {station_ms / bare_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
