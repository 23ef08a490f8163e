"""Start-up time: process start to a usable station window, next to a bare PySide6 QMainWindow in the same run.

Usage: .venv/bin/python scripts/bench_startup.py [--runs 7]
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
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
            process.wait(timeout=30)
            assert ready is not None
            return ready, opened
    if ready is not None:
        process.wait(timeout=30)
        return ready, None
    _out, err = process.communicate(timeout=30)
    raise RuntimeError(f"{command} never became ready: {err[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "station"
        station = [sys.executable, "-m", "ui", "--data-dir", str(data), "--ready-and-quit"]
        bare = [sys.executable, "-c", BARE]
        # The first start creates the database and loads the demo data: that is set-up, not start-up.
        time_until_ready(station, env)
        bare_times, station_times, open_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(time_until_ready(bare, env)[0])
            ready, opened = time_until_ready(station, env)
            station_times.append(ready)
            open_times.append(opened or 0.0)
    bare_ms = statistics.median(bare_times) * 1000
    station_ms = statistics.median(station_times) * 1000
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'xcb (DISPLAY ' + env['DISPLAY'] + ')'}, runs: {args.runs}")
    print(f"{'':32}{'median ms':>10}{'min ms':>10}")
    print(f"{'bare PySide6 QMainWindow':32}{bare_ms:10.0f}{min(bare_times) * 1000:10.0f}")
    print(f"{'station window (sign-in ready)':32}{station_ms:10.0f}{min(station_times) * 1000:10.0f}")
    print(f"{'  database open, camera started':32}{statistics.median(open_times) * 1000:10.0f}"
          f"{min(open_times) * 1000:10.0f}")
    print(f"ratio station / bare: {station_ms / bare_ms:.2f}  (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
