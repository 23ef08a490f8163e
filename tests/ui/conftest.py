"""UI test fixtures: a test fails if it leaves top-level widgets open or a background worker running; `styled`
gives a test the station's stylesheet and language English back afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.camera_worker import running_workers
from ui.tasks import busy_runners

# Top-level helpers Qt itself creates and keeps for reuse; they are not the test's.
_QT_OWN = {"QTipLabel", "QComboBoxPrivateContainer", "QMenu", "QCompleterPrivate"}


def _alive_top_levels() -> dict[int, QWidget]:
    return {
        shiboken6.getCppPointer(w)[0]: w
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w) and type(w).__name__ not in _QT_OWN
    }


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or "-"
    title = widget.windowTitle() or "-"
    return f"{type(widget).__name__}(objectName={name}, title={title}, visible={widget.isVisible()})"


@pytest.fixture(autouse=True)
def no_leaks(qapp: QApplication) -> Iterator[None]:
    """napari/Vorta style: pytest-qt closes qtbot.addWidget() widgets before this runs, so whatever is
    still here was left by the test. Leaks are cleaned up after failing, so one bad test does not fail
    the rest."""
    before = set(_alive_top_levels())
    yield
    problems: list[str] = []

    runners = busy_runners()
    if runners:
        problems.append(f"{len(runners)} TaskRunner(s) still busy (wait with qtbot.waitUntil or shutdown())")
        for runner in runners:
            runner.shutdown(2000)
    workers = running_workers()
    if workers:
        problems.append(f"{len(workers)} CameraWorker thread(s) still running (call stop())")
        for worker in workers:
            worker.stop(5000)

    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for ptr, w in _alive_top_levels().items() if ptr not in before]
    if leaked:
        problems.append("top-level widgets left open: " + ", ".join(_describe(w) for w in leaked)
                        + " (register them with qtbot.addWidget)")
        for widget in leaked:
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    if problems:
        pytest.fail("; ".join(problems), pytrace=False)


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The station's stylesheet for a screenshot; the previous look and English come back afterwards."""
    from ui.style import apply_style
    from ui.translations import set_language

    sheet, style = qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    set_language("en")
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
