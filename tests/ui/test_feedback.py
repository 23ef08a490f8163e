"""Scan feedback (flash, word, icon, tone) and the dock stylesheet."""

from __future__ import annotations

import io
import os
import stat
import wave
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.screens import save_screenshot
from ui.feedback import BAD_NOTES, GOOD_NOTES, ScanFlash, TonePlayer, status_icon, tone_wav
from ui.style import STYLESHEET


def wav_info(data: bytes) -> tuple[int, int, int]:
    with wave.open(io.BytesIO(data)) as w:
        return w.getnchannels(), w.getframerate(), w.getnframes()


def test_good_and_bad_tones_are_short_distinct_wavs() -> None:
    good, bad = tone_wav(GOOD_NOTES), tone_wav(BAD_NOTES)
    g_channels, g_rate, g_frames = wav_info(good)
    b_channels, b_rate, b_frames = wav_info(bad)
    assert (g_channels, b_channels) == (1, 1)
    assert 0.1 < g_frames / g_rate < 0.3  # a quick chirp
    assert b_frames / b_rate >= 0.35  # a longer, lower buzz
    assert good != bad


def fake_player(folder: Path) -> tuple[list[str], Path]:
    """A real executable standing in for aplay: it records the file it was asked to play."""
    log = folder / "played.txt"
    script = folder / "player"
    script.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return [str(script), "-q"], log


def test_tones_play_through_a_system_player_without_waiting(qtbot: QtBot, tmp_path: Path) -> None:
    command, log = fake_player(tmp_path)
    tones = TonePlayer(player=command)
    tones.good()
    tones.bad()
    qtbot.waitUntil(lambda: log.exists() and len(log.read_text().splitlines()) == 2, timeout=5000)
    played = sorted(line.split()[-1] for line in log.read_text().splitlines())
    assert [Path(p).name for p in played] == ["bad.wav", "good.wav"]
    assert all(line.startswith("-q ") for line in log.read_text().splitlines())
    for path in played:
        assert wav_info(Path(path).read_bytes())[2] > 0


def test_muted_plays_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    command, log = fake_player(tmp_path)
    tones = TonePlayer(player=command, muted=True)
    tones.good()
    tones.bad()
    tones.muted = False
    tones.good()
    # The player is a separate process: wait for its whole line, not just for the file to appear.
    qtbot.waitUntil(lambda: log.exists() and log.read_text().endswith("\n"), timeout=5000)
    assert [Path(line.split()[-1]).name for line in log.read_text().splitlines()] == ["good.wav"]


def test_flash_shows_word_icon_and_state_then_returns_to_idle(qtbot: QtBot, styled: QApplication) -> None:
    flash = ScanFlash(tones=TonePlayer(muted=True), hold_ms=100)
    qtbot.addWidget(flash)
    flash.show()
    assert flash.state == "idle"
    flash.good("RMA-100001")
    assert flash.state == "good" and flash.word == "Read OK" and flash.detail == "RMA-100001"
    icon = flash.findChild(QLabel, "scanFlashIcon")
    assert icon is not None and not icon.pixmap().isNull()
    qtbot.waitUntil(lambda: flash.state == "idle", timeout=2000)
    flash.bad("Not a QR, Code 128 or EAN")
    assert flash.state == "bad" and flash.word == "Not recognised"
    qtbot.waitUntil(lambda: flash.state == "idle", timeout=2000)
    assert flash.detail == ""


def test_icons_differ_in_shape_not_only_colour() -> None:
    good = status_icon(True, 48).toImage()
    bad = status_icon(False, 48).toImage()
    # The tick's circle leaves the corners empty; the cross's square fills them.
    assert good.pixelColor(3, 3).alpha() == 0
    assert bad.pixelColor(3, 3).alpha() > 0
    assert good.pixelColor(24, 24) != bad.pixelColor(24, 24) or good.pixelColor(3, 3) != bad.pixelColor(3, 3)


def test_stylesheet_makes_big_targets(qtbot: QtBot, styled: QApplication) -> None:
    assert STYLESHEET.is_file()
    assert 'QPushButton[role="primary"]' in qtbot_sheet(styled)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    plain = QPushButton("Next")
    primary = QPushButton("Grade")
    primary.setProperty("role", "primary")
    grade = QLabel("B")
    grade.setObjectName("gradeLetter")
    hint = QLabel("Scan the label")
    hint.setProperty("role", "hint")
    for widget in (plain, primary, grade, hint):
        layout.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    assert plain.height() >= 48
    assert primary.height() >= 56
    assert grade.font().pointSizeF() >= 72
    assert 15 <= hint.font().pointSizeF() < plain.font().pointSizeF() + 1


def qtbot_sheet(app: QApplication) -> str:
    return app.styleSheet()


@pytest.mark.xvfb
def test_flash_in_a_real_window_screenshot(qtbot: QtBot, styled: QApplication) -> None:
    page = QWidget()
    page.setWindowTitle("Scan feedback")
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    title = QLabel("Scan a return label")
    title.setProperty("role", "title")
    good = ScanFlash(tones=TonePlayer(muted=True), hold_ms=0)
    bad = ScanFlash(tones=TonePlayer(muted=True), hold_ms=0)
    idle = ScanFlash(tones=TonePlayer(muted=True), hold_ms=0)
    button = QPushButton("Complete inspection")
    button.setProperty("role", "primary")
    for widget in (title, idle, good, bad, button):
        layout.addWidget(widget)
    page.resize(900, 520)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # Xvfb has no window manager to activate it
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    good.good("RMA-100001")
    bad.bad("Label not recognised: type the RMA number")
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    path = save_screenshot(page, "feedback-flash")
    assert path.is_file() and path.stat().st_size > 0
    image = page.grab().toImage()
    # The frames really are tinted: green behind the good flash, red behind the bad one.
    good_bg = image.pixelColor(good.geometry().left() + 10, good.geometry().center().y())
    bad_bg = image.pixelColor(bad.geometry().left() + 10, bad.geometry().center().y())
    assert good_bg.green() > good_bg.red() and bad_bg.red() > bad_bg.green()
    assert QColor(good_bg) != QColor(bad_bg)
    assert os.environ.get("QT_QPA_PLATFORM") in {"xcb", "offscreen"}
