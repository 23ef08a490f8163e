"""Built for the dock: four distinct tones with a volume and a night mute, font scale, high contrast."""

from __future__ import annotations

import datetime as dt
import io
import json
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from station.config import Settings, load_settings
from tests.ui.i18n.screens import settle
from ui.feedback import TONES, ScanFlash, TonePlayer, in_quiet_time, tone_wav
from ui.style import STYLESHEET, apply_style, build_stylesheet, scale_fonts


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[QApplication]:
    sheet, style = qapp.styleSheet(), qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def test_four_tones_differ_in_rhythm_and_pitch() -> None:
    assert set(TONES) == {"good", "bad", "photo", "complete"}
    shapes = {name: tuple(notes) for name, notes in TONES.items()}
    assert len(set(shapes.values())) == 4
    # Not only pitch: the number of notes or the length differs between any two, for noisy halls.
    rhythm = {name: (len(notes), round(sum(s for _f, s in notes), 2)) for name, notes in TONES.items()}
    assert len(set(rhythm.values())) == 4


def test_volume_scales_the_samples() -> None:
    def peak(volume: float) -> int:
        with wave.open(io.BytesIO(tone_wav(TONES["complete"], volume))) as w:
            frames = w.readframes(w.getnframes())
        return max(abs(int.from_bytes(frames[i:i + 2], "little", signed=True)) for i in range(0, len(frames), 2))

    assert peak(0.2) < peak(0.8)
    assert abs(peak(0.8) / peak(0.2) - 4) < 0.2


@pytest.mark.parametrize(("now", "quiet"), [("23:30", True), ("02:00", True), ("06:00", False), ("12:00", False),
                                            ("21:59", False), ("22:00", True)])
def test_night_mute_runs_past_midnight(now: str, quiet: bool) -> None:
    assert in_quiet_time(dt.time.fromisoformat(now), dt.time(22), dt.time(6)) is quiet


def test_no_tone_in_the_quiet_time_or_when_muted() -> None:
    clock = {"now": dt.time(23, 0)}
    tones = TonePlayer(player=[], volume=0.5, quiet=(dt.time(22), dt.time(6)), clock=lambda: clock["now"])
    tones.good()
    assert tones.played == []
    clock["now"] = dt.time(9, 0)
    tones.photo_needed()
    tones.complete()
    assert tones.played == ["photo", "complete"]
    tones.configure(sounds=False, volume=0.5, quiet_from=None, quiet_until=None)
    tones.bad()
    assert tones.played == ["photo", "complete"]
    tones.configure(sounds=True, volume=0.0, quiet_from=None, quiet_until=None)
    tones.bad()
    assert tones.played == ["photo", "complete"]


def test_the_flash_has_its_own_word_icon_and_tone_for_each_event(qtbot) -> None:
    tones = TonePlayer(player=[], volume=0.5)
    tones.muted = False
    flash = ScanFlash(tones=tones, hold_ms=0)
    qtbot.addWidget(flash)
    flash.photo_needed("Photograph the damaged box.")
    assert flash.state == "photo" and flash.word == "Photo needed"
    flash.saved("Grade A")
    assert flash.state == "good" and flash.word == "Saved"
    flash.bad()
    assert flash.state == "bad"
    assert tones.played[-3:] == ["photo", "complete", "bad"]


def test_settings_hold_the_dock_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = Settings()
    assert (defaults.night_mute_from, defaults.night_mute_until) == (dt.time(22), dt.time(6))
    assert defaults.font_scale == 1.0 and defaults.theme == "standard"
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"volume": 0.3, "font_scale": 1.25, "theme": "high_contrast",
                                "night_mute_from": None}), encoding="utf-8")
    monkeypatch.setenv("STATION_NIGHT_MUTE_UNTIL", "05:30")
    settings = load_settings(path)
    assert (settings.volume, settings.font_scale, settings.theme) == (0.3, 1.25, "high_contrast")
    assert settings.night_mute_from is None and settings.night_mute_until == dt.time(5, 30)


def test_font_scale_grows_every_size_in_the_stylesheet() -> None:
    base = STYLESHEET.read_text(encoding="utf-8")
    bigger = scale_fonts(base, 1.5)
    assert "font-size: 17pt" in base and "font-size: 25.5pt" in bigger
    assert "font-size: 17pt" not in bigger
    assert scale_fonts(base, 1.0) == base


def test_high_contrast_theme_keeps_the_base_and_changes_colours(qtbot, restore_style: QApplication) -> None:
    sheet = build_stylesheet(theme="high_contrast")
    assert sheet.startswith(STYLESHEET.read_text(encoding="utf-8"))
    assert "#000000" in sheet and "#ffe600" in sheet
    apply_style(restore_style, font_scale=1.3, theme="high_contrast")
    button = QPushButton("Complete (Enter)")
    button.setProperty("role", "primary")
    qtbot.addWidget(button)
    button.show()
    settle()
    # Big targets stay big with any theme and text size: at least 48 px.
    assert button.height() >= 48
    image = button.grab().toImage()
    centre = image.pixelColor(image.width() // 2, 4)
    assert (centre.red(), centre.green(), centre.blue()) == (0xff, 0xe6, 0x00)


def test_the_window_reads_language_size_and_theme_before_the_station_opens(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.app import early_settings

    scanner = {"wedge_max_gap_ms": 40, "wedge_min_chars": 4}
    assert early_settings(tmp_path, True) == {"language": "en", "font_scale": 1.0, "theme": "standard", **scanner}
    (tmp_path / "settings.json").write_text(json.dumps({"language": "he", "font_scale": 9, "camera": "0",
                                                        "wedge_min_chars": 1}), encoding="utf-8")
    monkeypatch.setenv("STATION_THEME", "high_contrast")
    monkeypatch.setenv("STATION_WEDGE_MAX_GAP_MS", "60")
    # The scanner listens from the first paint, with the station's own key timing (kept within the schema's limits).
    assert early_settings(tmp_path, True) == {"language": "he", "font_scale": 2.0, "theme": "high_contrast",
                                              "wedge_max_gap_ms": 60, "wedge_min_chars": 2}
    (tmp_path / "settings.json").write_text("{broken", encoding="utf-8")
    assert early_settings(tmp_path, True)["language"] == "en"
