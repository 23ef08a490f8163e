"""Starts the station window: settings, database (demo data on first start), style, camera and scanner."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from station import __version__
from station.text import StationError
from ui.i18n import render

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station-window", description="Returns inspection station window")
    parser.add_argument("--version", action="version", version=f"station {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the database, photos and settings")
    parser.add_argument("--no-camera", action="store_true", help="typed, scanner and file input only")
    parser.add_argument("--no-demo", action="store_true", help="do not load the demo data on first start")
    parser.add_argument("--ready-and-quit", action="store_true",
                        help="print READY once the window is usable, then quit (start-up benchmark)")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Returns inspection station")
    from ui.style import apply_style

    apply_style(app)
    try:
        window = build_window(args.data_dir, camera=not args.no_camera, demo=not args.no_demo)
    except StationError as exc:
        QMessageBox.critical(None, "Returns inspection station", render(exc.text))
        return 2
    window.showMaximized() if not args.ready_and_quit else window.show()
    if args.ready_and_quit:
        def ready() -> None:
            print("READY", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, ready)
    code = app.exec()
    window.shutdown()
    return code


def build_window(data_dir: Path | None, *, camera: bool = True, demo: bool = True):
    from station.demo.loading import demo_is_loaded, load_demo
    from station.services.context import open_station
    from ui.main_window import MainWindow

    ctx = open_station(data_dir)
    # A newcomer's first start shows a working dock; a warehouse's own data is never mixed with the demo.
    if demo and ctx.settings.central_url is None and not demo_is_loaded(ctx):
        load_demo(ctx)
    return MainWindow(ctx, camera=camera)
