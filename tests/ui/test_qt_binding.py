"""The Qt binding keeps Python's reference counts straight over a shift's worth of calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_do_not_eat_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 dropped a reference to None on every such call; after a few thousand the process died.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2000):
        label.setText(str(number))
        label.setVisible(False)
    assert sys.getrefcount(None) - before > -100
