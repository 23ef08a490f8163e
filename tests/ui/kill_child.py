"""A station window process that starts an inspection, answers two questions, says so, and keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from station.context import open_station
from station.services.auth import list_users
from tests.flows import like_new
from tests.ui.dock import demo_inspector
from ui.main_window import MainWindow


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
    window.inspect.handle_scan(rma, "typed")
    draft = window.inspect.draft
    assert draft is not None, "the RMA did not open a checklist"
    template = ctx.templates.templates[draft.category]
    answers = like_new(template, ctx.rules)
    for _ in range(2):
        question = window.inspect.draft.current_question
        window.inspect.answer(question.id, answers.get(question.id))
    draft = window.inspect.draft
    assert draft is not None
    print(f"ANSWERED {draft.id} {draft.position}", flush=True)
    QTimer.singleShot(60_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
