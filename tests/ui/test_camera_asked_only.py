"""The camera acts only when asked: nothing outside Inspect's scan screen, not the label of the item just done."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt

from station.config import RESOURCES
from tests.flows import like_new
from tests.ui.dock import answer_checklist, attach_needed_photos, scan, settle, station_window, user_button


def _camera_on_one_label(station_dir: Path, tmp_path: Path, **settings: object) -> str:
    """The folder frame source replaying one photographed label of a one-line RMA; returns the RMA."""
    with (RESOURCES / "demo" / "rmas.csv").open(encoding="utf-8") as handle:
        lines = Counter(r["rma_number"] for r in csv.DictReader(handle))
    with (RESOURCES / "demo" / "camera" / "manifest.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle)
                   if r["format"] == "QRCode" and r["note"] != "hard" and lines[r["rma_number"]] == 1)
    folder = tmp_path / "camera"
    folder.mkdir()
    shutil.copy(RESOURCES / "demo" / "camera" / row["file"], folder / Path(row["file"]).name)
    (station_dir / "settings.json").write_text(json.dumps({"camera": str(folder), "camera_fps": 10, **settings}),
                                               encoding="utf-8")
    return row["rma_number"]


def _user(role: str) -> dict[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if r["role"] == role)


def _sign_in(qtbot, window, user: dict[str, str]) -> None:
    qtbot.mouseClick(user_button(qtbot, window, user["name"]), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, user["pin"])
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    settle(qtbot, window)


def test_in_refurb_a_label_under_the_camera_shows_no_error(qtbot, station_dir: Path, tmp_path: Path) -> None:
    _camera_on_one_label(station_dir, tmp_path)
    with station_window(qtbot, station_dir, camera=True) as window:
        _sign_in(qtbot, window, _user("refurb"))
        assert window.mode_key == "refurb"
        seen: list[object] = []
        window.camera.codes.connect(seen.append)
        window.camera.forget_seen()  # the label is read again now, in Refurb
        qtbot.waitUntil(lambda: bool(seen), timeout=15000)
        settle(qtbot, window)
        refurb = window.current_page
        assert refurb.queue_view.message.property("state") != "bad", refurb.queue_view.message.text()
        assert refurb.stack.currentWidget() is refurb.queue_view


def test_the_label_of_the_item_just_completed_opens_nothing(qtbot, station_dir: Path, tmp_path: Path) -> None:
    # A long window, so the re-read below falls inside it however slow the machine is.
    _camera_on_one_label(station_dir, tmp_path, scan_debounce_s=60)
    with station_window(qtbot, station_dir, camera=True) as window:
        _sign_in(qtbot, window, _user("inspector"))
        page = window.inspect
        window.camera.forget_seen()  # the inspector holds the label under the camera
        qtbot.waitUntil(lambda: page.draft is not None, timeout=15000)
        answer_checklist(qtbot, window, like_new(window.ctx.templates.templates[page.draft.category],
                                                 window.ctx.rules))
        attach_needed_photos(qtbot, window)
        if page.stack.currentWidget() is page.photos_view:
            qtbot.keyClick(page.photos_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.grade_view)
        qtbot.keyClick(page.grade_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.waiting is not None, timeout=10000)
        scan(qtbot, page, page.waiting.container_code)
        assert page.waiting is None and page.stack.currentWidget() is page.scan_view
        seen: list[object] = []
        window.camera.codes.connect(seen.append)
        window.camera.forget_seen()  # the camera reads the completed item's label again, at once
        qtbot.waitUntil(lambda: bool(seen), timeout=15000)
        settle(qtbot, window)
        assert page.stack.currentWidget() is page.scan_view and page.draft is None
        assert window.flash.state != "bad"


def test_a_label_lying_under_the_camera_at_sign_in_opens_nothing_until_it_is_shown(qtbot, station_dir: Path,
                                                                                   tmp_path: Path) -> None:
    # An admin starts on Inspect's scan screen: the parcel left under the camera while they signed in is nobody's
    # scan; held under it again, it is.
    from sqlalchemy import func, select

    from db import models

    rma = _camera_on_one_label(station_dir, tmp_path)
    with station_window(qtbot, station_dir, camera=True) as window:
        seen: list[object] = []
        qtbot.waitUntil(lambda: window.camera is not None, timeout=15000)
        window.camera.codes.connect(seen.append)
        qtbot.waitUntil(lambda: bool(seen), timeout=15000)  # the label was read on the sign-in screen
        settle(qtbot, window)
        assert window.user is None and window.signin.stack.currentIndex() == 0
        _sign_in(qtbot, window, _user("admin"))
        page = window.inspect
        assert window.current_page is page and page.stack.currentWidget() is page.scan_view
        frames: list[object] = []
        window.camera.preview.connect(frames.append)
        qtbot.waitUntil(lambda: len(frames) >= 15, timeout=20000)  # the camera went on looking at the label
        qtbot.wait(500)
        settle(qtbot, window)
        assert page.draft is None and page.stack.currentWidget() is page.scan_view
        with window.ctx.read() as session:
            assert session.scalar(select(func.count()).select_from(models.Draft)) == 0, "no draft for anyone"
        window.camera.forget_seen()  # the label held under the camera again: now it is a scan
        qtbot.waitUntil(lambda: page.draft is not None, timeout=15000)
        assert page.draft.line is not None and page.draft.line.rma_number == rma
        assert page.scan_view.message.text() == f"{rma} read", "the read is named, then opened at once"
