"""The one path for an error nothing caught: its traceback to the log, plain words to the dock, never a dialog."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from ui.i18n import error_text

log = logging.getLogger(__name__)


class _ToUiThread(QObject):
    # Emitted from whichever thread failed; Qt's automatic connection queues it from another thread to the one this
    # object lives on (the UI thread), and shows it at once when the UI thread itself failed.
    report = Signal(str)


def install_excepthooks(show: Callable[[str], None]) -> Callable[[], None]:
    """Routes `sys.excepthook` (a slot or timer that raised) and `threading.excepthook` (a plain thread) to
    `show(text)` on the UI thread, after logging the traceback. Returns the function that puts the previous
    hooks back."""
    bridge = _ToUiThread()
    bridge.report.connect(show)  # no Qt.ConnectionType: its enums are not built before the first screen
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str) -> None:
        log.error("Unexpected error %s", where, exc_info=(exc_type, exc, tb))
        # The window may be gone already (shutting down): the log has it then.
        with contextlib.suppress(RuntimeError):
            bridge.report.emit(error_text(exc))

    def on_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_sys(exc_type, exc, tb)
            return
        report(exc_type, exc, tb, "in the window")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        report(args.exc_type, args.exc_value, args.exc_traceback, f"in thread {name}")

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_thread
        bridge.deleteLater()

    return uninstall
