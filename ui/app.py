"""Starts the station window: the sign-in names at once, then the database, camera and scanner behind them."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The first screen's pure-Python modules load before PySide6 (imported in main): once imported, PySide6 reads the
# source of every module imported after it, for its `from __feature__` switches, and the first screen would wait for
# it to read json's, uuid's and platform's too.
import station.people
import station.services.preferences
import station.text  # noqa: F401
from station import __version__
from station.paths import data_dir_from

if TYPE_CHECKING:
    from station.context import StationContext

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station-window", description="Returns inspection station window")
    parser.add_argument("--version", action="version", version=f"station {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the database, photos and settings")
    parser.add_argument("--no-camera", action="store_true", help="typed, scanner and file input only")
    parser.add_argument("--no-demo", action="store_true", help="do not load the demo data on first start")
    parser.add_argument("--ready-and-quit", action="store_true",
                        help="print READY when the sign-in screen is painted and the scanner listens, and OPEN "
                             "when the station is open, then quit (start-up benchmark)")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def open_core(data_dir: Path, demo: bool) -> StationContext:
    """Runs in a worker: opens the database (migrating it if needed) and loads the demo data on first start."""
    from station.context import open_station
    from station.demo.loading import demo_is_loaded, load_demo

    ctx = open_station(data_dir)
    # A newcomer's first start shows a working dock; a warehouse's own data is never mixed with the demo.
    if demo and ctx.settings.central_url is None and not demo_is_loaded(ctx):
        load_demo(ctx)
    # Loaded here, off the UI thread, so the window does not wait for them when the station opens.
    import station.services.identify
    import station.services.inspect  # noqa: F401
    return ctx


def early_settings(data_dir: Path, explicit: bool) -> dict[str, Any]:
    """The few settings the window needs before the station opens: language, text size, theme and the scanner's
    key timing.

    Read from the same file and STATION_* variables without the full schema, whose import would delay the
    first window; the station checks the whole file when it opens and reports a broken one then.
    """
    import json
    import os

    if explicit:
        folder = data_dir
    else:
        import platformdirs

        from station.paths import APP_NAME

        folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    values: dict[str, Any] = {"language": "en", "font_scale": 1.0, "theme": "standard", "wedge_max_gap_ms": 40,
                              "wedge_min_chars": 4}
    try:
        raw = json.loads((folder / "settings.json").read_text(encoding="utf-8"))
        if isinstance(raw, dict):
            values.update({k: raw[k] for k in values if k in raw})
    except (OSError, ValueError):
        pass
    values.update({k: os.environ[f"STATION_{k.upper()}"] for k in values if f"STATION_{k.upper()}" in os.environ})
    try:
        values["font_scale"] = min(2.0, max(0.75, float(values["font_scale"])))
    except (TypeError, ValueError):
        values["font_scale"] = 1.0
    for key, default, low, high in (("wedge_max_gap_ms", 40, 5, 500), ("wedge_min_chars", 4, 2, 64)):
        try:
            values[key] = min(high, max(low, int(values[key])))
        except (TypeError, ValueError):
            values[key] = default
    return values


def keep_start_up_out_of_collections() -> None:
    """Once the station is open: what start-up made (the libraries, the open station, the pages) lives as long as
    the window, so it is frozen out of the collector's sight. A full collection holds Python's lock for its whole
    pass, in whichever thread sets it off, and walking all of that took about 300 ms on a year's station while
    the UI thread waited at its next Python call; now a pass walks only what came after."""
    gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    data_dir = data_dir_from(args.data_dir)
    settings = early_settings(data_dir, args.data_dir is not None)
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    # Fusion chosen by argument: it honours stylesheet sizes on every OS (see ui.style.apply_style).
    app = existing or QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setApplicationName("Returns inspection station")
    from ui.main_window import MainWindow
    from ui.style import apply_style
    from ui.translations import resolve_language, set_language

    apply_style(app, font_scale=settings["font_scale"], theme=str(settings["theme"]), set_fusion=existing is not None)
    # The station's language (or the desktop's) until someone signs in; then theirs.
    set_language(resolve_language(str(settings["language"])))
    window = MainWindow(data_dir=data_dir, camera=not args.no_camera,
                        wedge_timing=(settings["wedge_max_gap_ms"], settings["wedge_min_chars"]))
    from ui.uncaught import install_excepthooks

    # An error nothing caught is logged with its traceback; the dock shows plain words in its flash bar.
    uninstall_hooks = install_excepthooks(window.show_problem)
    started = time.perf_counter()

    def opened(ctx: StationContext) -> None:
        window.attach(ctx)
        keep_start_up_out_of_collections()
        if args.ready_and_quit:
            print(f"OPEN {time.perf_counter() - started:.3f}", flush=True)
            window.close()
            app.quit()

    def failed(exc: BaseException) -> None:
        from ui.i18n import error_text

        message = error_text(exc)
        print(f"station-window: {message}", file=sys.stderr, flush=True)
        log.debug("the station could not open", exc_info=exc)
        if not args.ready_and_quit:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, "Returns inspection station", message)
        app.exit(2)

    def usable() -> None:
        if args.ready_and_quit:
            print("READY", flush=True)
        # Only now: the worker's imports (SQLAlchemy, the scan and checklist areas) hold Python's lock for most of
        # a second, and the first paint must not wait for them.
        window.runner.run(open_core, data_dir, not args.no_demo, on_result=opened, on_error=failed, key="open")

    window.usable.connect(usable)
    if args.ready_and_quit:
        window.show()
    else:
        # Fill the screen even where no window manager maximises (kiosk sessions, a bare X server at the dock).
        screen = app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
    code = app.exec()
    window.shutdown()
    uninstall_hooks()
    return code
