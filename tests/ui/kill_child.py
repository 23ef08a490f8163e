"""A station window process that starts an inspection, answers two questions, says so, and keeps running."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from station.context import open_station
from station.services.auth import list_users
from tests.flows import like_new
from tests.ui.dock import demo_inspector
from ui.main_window import MainWindow


def wait_for(app: QApplication, done: Callable[[], bool], what: str, timeout_s: float = 20.0) -> None:
    """Turns the event loop until `done()`: the window's service calls return by signal."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main(data_dir: Path, rma: str) -> None:
    app = QApplication(sys.argv[:1])
    ctx = open_station(data_dir)
    window = MainWindow(ctx, camera=False, install_wedge=False)
    window.show()
    name, pin = demo_inspector()
    user = next(u for u in list_users(ctx) if u.name == name)
    window.signin.choose(user)
    window.signin.pin_edit.setText(pin)
    window.signin.submit_pin()
    wait_for(app, lambda: window.user is not None and not window.runner.busy, "the sign-in")
    window.inspect.handle_scan(rma, "typed")
    wait_for(app, lambda: window.inspect.draft is not None, "the RMA to open a checklist")
    draft = window.inspect.draft
    template = ctx.templates.templates[draft.category]
    answers = like_new(template, ctx.rules)
    for _ in range(2):
        before = window.inspect.draft.position
        question = window.inspect.draft.current_question
        window.inspect.answer(question.id, answers.get(question.id))
        wait_for(app, lambda b=before: window.inspect.draft.position != b, "the answer to be saved")
    draft = window.inspect.draft
    assert draft is not None
    print(f"ANSWERED {draft.id} {draft.position}", flush=True)
    QTimer.singleShot(60_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
