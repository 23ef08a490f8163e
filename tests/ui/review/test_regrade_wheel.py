"""Review's regrade dropdowns: a mouse wheel passing over them changes neither the new grade nor the disposition."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from station.context import StationContext
from tests.ui.dock import SCREEN
from ui.review.page import ReviewPage
from ui.tasks import TaskRunner


def _wheel(combo: QComboBox, delta: int) -> None:
    centre = QPointF(combo.rect().center())
    QApplication.sendEvent(combo, QWheelEvent(centre, QPointF(combo.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                                              QPoint(0, delta), Qt.MouseButton.NoButton,
                                              Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))


def test_the_wheel_over_the_regrade_dropdowns_changes_nothing(qtbot, ctx: StationContext) -> None:
    runner = TaskRunner()
    page = ReviewPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    # The same wheel turns a plain dropdown: the events below are ones a combo box would act on.
    plain = QComboBox(page)
    plain.addItems(["A", "B", "C"])
    plain.setCurrentIndex(1)
    plain.show()
    _wheel(plain, -120)
    assert plain.currentIndex() != 1
    try:
        for combo in (page.decide.grade_choice, page.decide.disposition_choice):
            combo.setEnabled(True)
            combo.setCurrentIndex(1)
            assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus, "a wheel gives it no focus"
            for delta in (-120, 120, -360, 360):
                _wheel(combo, delta)
                assert combo.currentIndex() == 1, combo.objectName()
    finally:
        runner.wait_idle()
        runner.shutdown()
