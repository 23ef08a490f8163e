"""Real windows under Xvfb: each step of the Inspect flow, saved to artifacts/screens/ for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from station.context import open_station
from tests.flows import damaged_with_photo
from tests.ui.dock import answer_checklist, scan, sign_in
from tests.ui.screens import save_screenshot
from ui.main_window import MainWindow
from ui.style import apply_style

pytestmark = pytest.mark.xvfb


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.wait(250)  # lets the window manager-less Xvfb paint before the grab; not used for test logic


def test_screens_of_the_inspect_flow(qtbot, qapp, station_dir: Path) -> None:
    apply_style(qapp)
    ctx = open_station(station_dir)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        _settle(qtbot, window)
        save_screenshot(window, "01-sign-in")
        sign_in(qtbot, window)
        page = window.inspect
        qtbot.waitUntil(lambda: (page.scan_view.preview.pixmap() is not None
                        and not page.scan_view.preview.pixmap().isNull()) or page.draft is not None, timeout=10000)
        if page.draft is not None:
            page.park()
        window.camera.stop()  # the rest of the walk is typed, so the camera does not open another label
        _settle(qtbot, window)
        save_screenshot(window, "02-scan")

        scan(qtbot, page, "RMA-100040", "typed")
        qtbot.waitUntil(lambda: page.draft is not None)
        draft = page.draft
        template = ctx.templates.templates[draft.category]
        answers = damaged_with_photo(template, ctx.rules)
        answer_checklist(qtbot, window, answers, limit=1)
        _settle(qtbot, window)
        save_screenshot(window, "03-checklist")
        answer_checklist(qtbot, window, answers)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)
        sample = sorted((ctx.resources / "demo" / "camera").glob("*.jpg"))[0]
        page._attach(page.draft.photos_missing[0].question_id, path=sample)
        qtbot.waitUntil(lambda: page.draft is not None and len(page.draft.photos) == 1, timeout=10000)
        _settle(qtbot, window)
        save_screenshot(window, "04-photos")
        while page.draft.photos_missing:
            missing = len(page.draft.photos_missing)
            page._attach(page.draft.photos_missing[0].question_id, path=sample)
            qtbot.waitUntil(lambda m=missing: len(page.draft.photos_missing) < m or "Saving" not in
                            page.photos_view.error.text(), timeout=10000)
            assert len(page.draft.photos_missing) < missing, page.photos_view.error.text()
        qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
        _settle(qtbot, window)
        save_screenshot(window, "05-grade")
        assert page.grade_view.grade.text() in ctx.rules.grades
        qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.draft is None)
        _settle(qtbot, window)
        save_screenshot(window, "06-next-scan")
    finally:
        window.close()
        window.shutdown()
    for name in ("01-sign-in", "02-scan", "03-checklist", "04-photos", "05-grade", "06-next-scan"):
        assert (Path(__file__).resolve().parents[2] / "artifacts" / "screens" / f"{name}.png").stat().st_size > 5000
