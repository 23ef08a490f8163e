"""An admin calibrates a camera's blur limit from a sharp and a blurred photo; wrong photos save nothing."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.admin.dock import ADMIN, BLURRED, INSPECTOR, SHARP, FilePicker, camera_window, press, sign_in
from tests.ui.dock import station_window
from ui.admin.page import AdminPage
from ui.main_window import MainWindow

SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_admin(qtbot, window: MainWindow) -> AdminPage:
    sign_in(qtbot, window, ADMIN)
    press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.mode_key == "admin")
    page = window.current_page
    assert isinstance(page, AdminPage)
    return page


def saved_limits(station_dir: Path) -> dict:
    return json.loads((station_dir / "settings.json").read_text(encoding="utf-8"))["photo_thresholds"]


def test_the_admin_calibrates_the_station_camera_from_a_camera_frame_and_a_file(qtbot, station_dir: Path,
                                                                                monkeypatch) -> None:
    files = FilePicker(monkeypatch)
    with camera_window(qtbot, station_dir) as window:
        ctx = window.ctx
        page = open_admin(qtbot, window)
        assert page.camera == ctx.settings.camera == "demo", "the station's own camera comes first"
        assert [page.camera_picker.itemData(i) for i in range(2)] == ["demo", "file"]
        assert "Not calibrated yet" in page.limits_view.state.text()
        assert "F6" not in window.hints.text() and "S: sharp photo" in window.hints.text()
        assert not page.save_button.isEnabled()
        qtbot.waitUntil(lambda: window.latest_frame() is not None, timeout=10000)

        press(qtbot, window, Qt.Key.Key_S)  # the sharp photo: the camera's latest frame
        qtbot.waitUntil(lambda: "sharp" in page.photos, timeout=10000)
        sharp = page.photos["sharp"][1].measures.sharpness
        assert page.cards["sharp"].result.text() == f"Sharpness {sharp:.1f}" or sharp >= 100
        assert "blurred photo (B)" in page.message.text()

        files.next = BLURRED
        press(qtbot, window, Qt.Key.Key_B, SHIFT)  # the blurred one from a file
        qtbot.waitUntil(lambda: page.suggestion is not None, timeout=10000)
        assert files.asked == 1
        suggestion = page.suggestion
        limit = suggestion.thresholds.sharpness_min
        assert suggestion.blurred.sharpness < limit < suggestion.sharp.sharpness
        assert page.limits_view.suggested.text() == (f"{limit:.1f}" if limit < 100 else f"{limit:.0f}")
        assert "(now 3.0): photos sharper than" in page.explanation.text()
        assert page.save_button.isEnabled() and page.save_button.text() == "Save for camera demo (Enter)"

        press(qtbot, window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Saved for camera demo" in page.message.text(), timeout=5000)
        assert ctx.settings.thresholds_for("demo").sharpness_min == limit
        assert saved_limits(station_dir)["demo"]["sharpness_min"] == limit
        assert page.limits_view.state.text() == "Calibrated for this camera."
        assert page.limits_view.now["sharpness_min"].text() == page.limits_view.suggested.text()
        assert not page.save_button.isEnabled(), "saved once; a new photo makes a new suggestion"


def test_both_photos_from_files_for_photo_files(qtbot, station_dir: Path, monkeypatch) -> None:
    files = FilePicker(monkeypatch)
    with station_window(qtbot, station_dir) as window:
        page = open_admin(qtbot, window)
        press(qtbot, window, Qt.Key.Key_C)  # the camera picker opens; arrows and Enter choose
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        popup = QApplication.activePopupWidget()
        qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.camera == "file")
        assert not page.cards["sharp"].take_button.isEnabled(), "photo files are calibrated with files"
        press(qtbot, window, Qt.Key.Key_S)
        assert "come from files" in page.message.text() and not page.photos
        files.next = SHARP
        qtbot.mouseClick(page.cards["sharp"].file_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "sharp" in page.photos, timeout=10000)
        assert page.cards["sharp"].result.text() == "Sharpness 17.7"
        assert not page.cards["sharp"].picture.pixmap().isNull(), "the card shows the photo it measured"
        files.next = BLURRED
        press(qtbot, window, Qt.Key.Key_B, SHIFT)
        qtbot.waitUntil(lambda: page.suggestion is not None, timeout=10000)
        limit = page.suggestion.thresholds.sharpness_min
        assert "The blurred test photo scored 0.7, the sharp one 17.7." in page.explanation.text()
        assert page.save_button.text() == "Save for photo files (Enter)"
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Saved for photo files" in page.message.text(), timeout=5000)
        assert window.ctx.settings.thresholds_for("file").sharpness_min == limit
        assert saved_limits(station_dir) == {"file": window.ctx.settings.thresholds_for("file").model_dump()}
        assert window.ctx.settings.thresholds_for("demo").sharpness_min == 3.0, "the camera keeps its own"


def test_swapped_photos_say_how_to_retake_them_and_save_nothing(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        page = open_admin(qtbot, window)
        with qtbot.waitSignal(page.suggested, timeout=10000) as outcome:
            page.measure("sharp", BLURRED)
            page.measure("blurred", SHARP)
        assert outcome.args == [None]
        assert "is not clearly sharper" in page.message.text() and "Nothing was saved." in page.message.text()
        assert page.message.property("state") == "bad"
        assert not page.limits_view.suggested.isVisible() and not page.save_button.isEnabled()
        press(qtbot, window, Qt.Key.Key_Return)
        assert "Take both photos first" in page.message.text()
        assert not (station_dir / "settings.json").exists()
        assert window.ctx.settings.photo_thresholds == {}


def test_an_empty_file_says_so_and_the_page_carries_on(qtbot, station_dir: Path, tmp_path: Path,
                                                       monkeypatch) -> None:
    files = FilePicker(monkeypatch)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"")
    with station_window(qtbot, station_dir) as window:
        page = open_admin(qtbot, window)
        files.next = broken
        press(qtbot, window, Qt.Key.Key_S, SHIFT)
        qtbot.waitUntil(lambda: page.message.property("state") == "bad", timeout=10000)
        assert "is empty (0 bytes)" in page.message.text().replace("\u200b", "")
        assert "Not measured" in page.cards["sharp"].result.text() and "sharp" not in page.photos
        files.next = None  # the admin closes the dialog without a file: nothing happens
        press(qtbot, window, Qt.Key.Key_B, SHIFT)
        assert files.asked == 2 and not page.photos
        press(qtbot, window, Qt.Key.Key_S)  # no camera in this window
        assert "No camera picture" in page.message.text()
        page.measure("sharp", SHARP)
        qtbot.waitUntil(lambda: "sharp" in page.photos, timeout=10000)


def test_an_inspector_has_no_admin_mode(qtbot, station_dir: Path) -> None:
    with station_window(qtbot, station_dir) as window:
        sign_in(qtbot, window, INSPECTOR)
        assert "admin" not in window._mode_buttons
        press(qtbot, window, Qt.Key.Key_F6)
        window.show_mode("admin")
        assert window.mode_key == "inspect" and "admin" not in window._mode_pages


def test_a_refused_save_says_who_may_and_keeps_the_limits(qtbot, ctx) -> None:
    from station.services.auth import list_users
    from ui.tasks import TaskRunner

    # The window never shows this page to a lead; the service refuses anyway, and the page says so.
    runner = TaskRunner()
    page = AdminPage(ctx, runner)
    qtbot.addWidget(page)
    try:
        page.begin(next(u for u in list_users(ctx) if u.role == "lead"))
        page.measure("sharp", SHARP)
        page.measure("blurred", BLURRED)
        qtbot.waitUntil(lambda: page.suggestion is not None, timeout=10000)
        page.save()
        qtbot.waitUntil(lambda: page.message.property("state") == "bad", timeout=5000)
        assert "Only an admin may change" in page.message.text()
        assert page.save_button.isEnabled(), "an admin may still save it"
        assert ctx.settings.photo_thresholds == {}
    finally:
        runner.shutdown()
