"""Station settings: one typed, versioned schema; defaults here, a JSON file, then STATION_* overrides."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, Field, ValidationError, field_validator

from station.paths import APP_NAME, default_data_dir
from station.text import StationError, _

__all__ = ["RESOURCES", "PhotoThresholds", "Settings", "default_data_dir", "load_settings", "settings_path",
           "write_setting"]

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


class PhotoThresholds(BaseModel):
    """Photo quality gate limits for one camera, measured on the photo scaled to 640 px (station/evidence)."""

    model_config = {"extra": "forbid"}

    # Least directional variance of the second difference; below it the photo is blurred. `station
    # photo-calibrate` suggests one per camera from a sharp and a blurred photo.
    sharpness_min: float = Field(default=3.0, ge=0)
    # How little a further blur changes the photo (0 sharp, 1 blurred), averaged over four directions; above it
    # the photo is blurred whatever it shows. Calibrated on real photographs (tests/data/real_photos).
    softness_max: float = Field(default=0.375, ge=0, le=1)
    # Grey-level spread below which a photo shows nothing (lens covered, a blank wall).
    contrast_min: float = Field(default=6.0, ge=0)
    # Too dark when even the brightest 5 % are below this; too bright when even the darkest 1 % are above that.
    dark_p95_max: float = Field(default=50.0, ge=0, le=255)
    bright_p01_min: float = Field(default=124.0, ge=0, le=255)
    # Share of the picture in one blooming reflection.
    glare_max: float = Field(default=0.01, ge=0, le=1)
    # Share of the picture clipped to pure white (a white backdrop left out): over-exposed above it.
    clipped_max: float = Field(default=0.17, ge=0, le=1)
    # Share of the picture in one broad highlight whose light fades over a wide rim (a lamp in a glossy box).
    glare_region_max: float = Field(default=0.03, ge=0, le=1)
    # For photos of the whole item: the smallest share of the picture the item's outline may cover.
    subject_min: float = Field(default=0.05, ge=0, le=1)


class Settings(BaseModel):
    """Everything a warehouse may change per station. Unknown keys are an error, not silently kept."""

    model_config = {"extra": "forbid"}

    version: int = SETTINGS_VERSION
    station_id: str = Field(default="DOCK-01", min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$")
    station_name: str = "Receiving dock 1"
    # None: the embedded default, where the local SQLite store also plays the central store.
    central_url: str | None = None
    # Sync timing (station.sync.retry): the pause between passes, and after a failure a retry that starts at
    # sync_retry_first_s and doubles up to sync_retry_max_s, each spread by ±sync_retry_jitter so that stations
    # that lost the link together do not all come back in the same second.
    sync_interval_s: float = Field(default=30.0, gt=0, le=86400)
    sync_retry_first_s: float = Field(default=5.0, gt=0, le=3600)
    sync_retry_max_s: float = Field(default=300.0, gt=0, le=86400)
    sync_retry_jitter: float = Field(default=0.2, ge=0, lt=1)
    # "demo" replays the demo label photos; a number is a camera device; a path is a folder or video file.
    camera: str = "demo"
    camera_fps: float = Field(default=2.0, gt=0, le=120)
    # Regular expression for this warehouse's RMA numbers (issue: configurable per warehouse), matched by RE2.
    rma_pattern: str = r"RMA-\d{4,}"
    # Seconds during which the same code from consecutive frames counts as one scan.
    scan_debounce_s: float = Field(default=3.0, ge=0, le=60)
    # Keyboard-wedge scanners: the longest gap between two keys of one burst, and the shortest burst.
    wedge_max_gap_ms: int = Field(default=40, ge=5, le=500)
    wedge_min_chars: int = Field(default=4, ge=2, le=64)
    # The language of the sign-in screen and of people who have not chosen one: a code, or "system".
    language: str = "en"
    sounds: bool = True
    # Review: disposing of an item priced at least this much needs a lead; this share of the rest is sampled.
    review_high_value: float = Field(default=200.0, ge=0)
    review_sample_rate: float = Field(default=0.05, ge=0, le=1)
    # Loudness of the scan tones, 0 (silent) to 1; and a daily quiet time (local clock) when no tone plays.
    volume: float = Field(default=0.6, ge=0, le=1)
    night_mute_from: dt.time | None = dt.time(22, 0)
    night_mute_until: dt.time | None = dt.time(6, 0)
    # Text size for the dock (1 = the stylesheet's sizes) and the look: "standard" or "high_contrast".
    font_scale: float = Field(default=1.0, ge=0.75, le=2.0)
    theme: Literal["standard", "high_contrast"] = "standard"
    # Grading slips: the paper size, a silent print to the remembered printer after each completed inspection,
    # and the printer chosen last for each kind of slip ({"grading": "Zebra-dock-1"}).
    slip_size: Literal["4x6", "a6"] = "4x6"
    slip_print_after_inspection: bool = False
    slip_printers: dict[str, str] = Field(default_factory=dict)
    # The item's own label (license plate) printed at Complete at this station: "off", "pdf" (4x6 in, through
    # the label printer remembered as "item_label", else the grading slips' one) or "zpl" (2x1 in, sent raw to
    # the thermal printer remembered as "item_label_zpl": host:9100, a device such as /dev/usb/lp0, or a print
    # queue). Off, the label is only written to item-labels/ in the put-away rules' format.
    item_label_print: Literal["off", "pdf", "zpl"] = "off"
    # Photo quality gate limits by camera (the `camera` value, or "file" for photo files); others use defaults.
    photo_thresholds: dict[str, PhotoThresholds] = Field(default_factory=dict)

    def thresholds_for(self, camera: str) -> PhotoThresholds:
        return self.photo_thresholds.get(camera) or PhotoThresholds()

    @field_validator("rma_pattern")
    @classmethod
    def _rma_pattern_is_usable(cls, value: str) -> str:
        # Refused when the settings load, not at the first scan of the shift.
        from station.user_patterns import PatternRefused, compile_user_pattern

        try:
            compile_user_pattern(value)
        except PatternRefused as exc:
            raise ValueError(exc.text.render()) from exc
        return value


ENV_PREFIX = "STATION_"


def settings_path(data_dir: Path, explicit_data_dir: bool) -> Path:
    # With --data-dir (tests, demos, several stations on one machine) everything stays in that folder.
    if explicit_data_dir:
        return data_dir / "settings.json"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = raw.get("version", 1)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise StationError(
            _("Settings file is from a newer station version ({version}). Update the station.", version=version)
        )
    # Version 1 is the first schema; later versions add their steps here, oldest first.
    raw["version"] = SETTINGS_VERSION
    return raw


def load_settings(path: Path) -> Settings:
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StationError(
                _("Settings file {path} cannot be read ({problem}). Fix or delete it, then start again.",
                  path=str(path), problem=str(exc))
            ) from exc
        if not isinstance(raw, dict):
            raise StationError(_("Settings file {path} must hold a JSON object.", path=str(path)))
        raw = _migrate(raw)
    for name in Settings.model_fields:
        value = os.environ.get(ENV_PREFIX + name.upper())
        if value is not None:
            raw[name] = value
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise StationError(
            _("Settings in {path} are not valid: {problems}. Fix them, or delete the file for defaults.",
              path=str(path), problems=problems)
        ) from exc


def write_setting(path: Path, name: str, value: Any, *, key: str | None = None) -> None:
    """Replaces one field of a settings file (with `key`, one entry of a field that maps names to values),
    atomically, leaving every other key as written: a value that came from a STATION_* variable for this run
    never ends up in the file. StationError says what to do when the file cannot be read or written."""
    if name not in Settings.model_fields:
        raise ValueError(f"no setting {name!r}")
    raw: dict[str, Any] = {}
    try:
        if path.exists():
            raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StationError(_("Settings file {path} cannot be read ({problem}). Fix or delete it, then start again.",
                             path=str(path), problem=str(exc))) from exc
    if not isinstance(raw, dict):
        raise StationError(_("Settings file {path} must hold a JSON object.", path=str(path)))
    if key is None:
        raw[name] = value
    else:
        entries = raw.get(name)
        raw[name] = {**(entries if isinstance(entries, dict) else {}), key: value}
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(raw, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StationError(_("The setting could not be saved ({problem}). It holds until the station restarts.",
                             problem=exc.strerror or str(exc))) from exc
