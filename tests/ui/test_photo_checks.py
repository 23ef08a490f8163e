"""The photo step shows a failed quality check with Retake and Keep with a reason, and a wrong-item hint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db import models
from station.context import StationContext, open_station
from tests.flows import damaged_with_photo
from tests.ui.dock import answer_checklist, scan, sign_in
from tests.ui.screens import save_screenshot
from ui.main_window import MainWindow

PHOTOS = Path(__file__).resolve().parents[1] / "data" / "photos"


def _rma_of(ctx: StationContext, sku: str) -> str:
    with ctx.read() as session:
        lines = session.scalars(select(models.RmaLine).where(models.RmaLine.sku == sku)).all()
        counts = {line.rma_number: 0 for line in lines}
        for line in session.scalars(select(models.RmaLine).where(models.RmaLine.rma_number.in_(counts))):
            counts[line.rma_number] += 1
    return next(rma for rma, n in sorted(counts.items()) if n == 1)


def _to_photos(qtbot, window: MainWindow, sku: str) -> None:
    sign_in(qtbot, window)
    page = window.inspect
    window.camera.stop()  # typed from here on, so the replayed camera opens no other label
    if page.draft is not None:
        page.park()
    scan(qtbot, page, _rma_of(window.ctx, sku), "typed")
    qtbot.waitUntil(lambda: page.draft is not None)
    answer_checklist(qtbot, window, damaged_with_photo(window.ctx.templates.templates[page.draft.category],
                                                       window.ctx.rules))
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.photos_view)


def _attach(qtbot, window: MainWindow, name: str, question_id: str | None) -> None:
    page = window.inspect
    count = len(page.draft.photos)
    page._attach(question_id, path=PHOTOS / name)
    qtbot.waitUntil(lambda: page.draft is not None and len(page.draft.photos) == count + 1, timeout=10000)


@pytest.fixture
def window(qtbot, station_dir: Path):
    (station_dir / "settings.json").write_text(json.dumps({"camera_fps": 10}), encoding="utf-8")
    window = MainWindow(open_station(station_dir))
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    yield window
    window.close()
    window.shutdown()


def test_retake_removes_a_blurred_photo_and_keep_needs_a_reason(qtbot, window: MainWindow) -> None:
    _to_photos(qtbot, window, "TY-5003")
    page, view = window.inspect, window.inspect.photos_view
    need = page.draft.photos_missing[0].question_id
    _attach(qtbot, window, "TY-5003-blur.jpg", need)
    qtbot.waitUntil(view.check_panel.isVisible)
    assert "Blurred" in view.check_text.text() and view.retake_button.isVisible()
    assert "(retake?)" in view.thumbs.item(0).text()
    assert page.stack.currentWidget() is view, "a failed photo does not move on to the grade by itself"

    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: page.draft.photos == [] and not view.check_panel.isVisible())

    _attach(qtbot, window, "TY-5003-dark.jpg", need)
    qtbot.waitUntil(view.check_panel.isVisible)
    assert "Too dark: turn on the ring light or move closer." in view.check_text.text()
    assert not view.keep_button.isEnabled()
    # Typed by a person (qtbot's instant key bursts would look like the hand scanner to the window).
    view.keep_reason.setText("ring light broken")
    assert view.keep_button.isEnabled()
    qtbot.mouseClick(view.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "photo_kept" in [f.kind for f in page.draft.flags])
    assert not view.check_panel.isVisible() and "(kept)" in view.thumbs.item(0).text()


def test_a_photo_of_another_product_shows_the_hint(qtbot, window: MainWindow) -> None:
    _to_photos(qtbot, window, "HK-4001")
    page, view = window.inspect, window.inspect.photos_view
    _attach(qtbot, window, "TY-5003-good.jpg", None)
    qtbot.waitUntil(view.check_panel.isVisible)
    assert "may not be the product on the RMA" in view.check_text.text()
    assert not view.retake_button.isVisible(), "a hint is no failed photo: nothing to retake or keep"
    assert "wrong_item_hint" in [f.kind for f in page.draft.flags]


def test_a_matching_item_photo_shows_its_score_without_alarm(qtbot, window: MainWindow) -> None:
    _to_photos(qtbot, window, "HK-4001")
    view = window.inspect.photos_view
    _attach(qtbot, window, "HK-4001-good.jpg", None)
    qtbot.waitUntil(view.check_panel.isVisible)
    assert "matches the product's catalog picture" in view.check_text.text()
    assert view.check_panel.property("state") == "good"
    assert "wrong_item_hint" not in [f.kind for f in window.inspect.draft.flags]


@pytest.mark.xvfb
def test_screen_of_a_failed_photo_check(qtbot, styled, window: MainWindow) -> None:
    qtbot.waitExposed(window)
    _to_photos(qtbot, window, "EL-1003")
    view = window.inspect.photos_view
    _attach(qtbot, window, "EL-1003-glare.jpg", window.inspect.draft.photos_missing[0].question_id)
    qtbot.waitUntil(view.check_panel.isVisible)
    view.keep_reason.setText("glossy screen")
    qtbot.wait(250)  # lets Xvfb paint before the grab; not used for test logic
    path = save_screenshot(window, "evidence-photo-check")
    assert path.stat().st_size > 5000


@pytest.mark.xvfb
def test_screen_of_an_item_photo_that_matches_its_catalog_picture(qtbot, styled, window: MainWindow) -> None:
    qtbot.waitExposed(window)
    _to_photos(qtbot, window, "HK-4001")
    view = window.inspect.photos_view
    _attach(qtbot, window, "HK-4001-good.jpg", None)
    qtbot.waitUntil(view.check_panel.isVisible)
    qtbot.wait(250)  # lets Xvfb paint before the grab; not used for test logic
    path = save_screenshot(window, "evidence-photo-match")
    assert path.stat().st_size > 5000 and view.check_panel.property("state") == "good"
