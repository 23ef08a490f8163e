"""Station settings: one typed, versioned schema; defaults here, a JSON file, then STATION_* overrides."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel, Field, ValidationError

from station.paths import APP_NAME, default_data_dir
from station.text import StationError, _

__all__ = ["RESOURCES", "Settings", "default_data_dir", "load_settings", "save_settings", "settings_path"]

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


class Settings(BaseModel):
    """Everything a warehouse may change per station. Unknown keys are an error, not silently kept."""

    model_config = {"extra": "forbid"}

    version: int = SETTINGS_VERSION
    station_id: str = Field(default="DOCK-01", min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$")
    station_name: str = "Receiving dock 1"
    # None: the embedded default, where the local SQLite store also plays the central store.
    central_url: str | None = None
    # "demo" replays the demo label photos; a number is a camera device; a path is a folder or video file.
    camera: str = "demo"
    camera_fps: float = Field(default=2.0, gt=0, le=120)
    # Regular expression for this warehouse's RMA numbers (issue: configurable per warehouse).
    rma_pattern: str = r"RMA-\d{4,}"
    # Seconds during which the same code from consecutive frames counts as one scan.
    scan_debounce_s: float = Field(default=3.0, ge=0, le=60)
    # Keyboard-wedge scanners: the longest gap between two keys of one burst, and the shortest burst.
    wedge_max_gap_ms: int = Field(default=40, ge=5, le=500)
    wedge_min_chars: int = Field(default=4, ge=2, le=64)
    language: str = "en"
    sounds: bool = True


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


def save_settings(path: Path, settings: Settings) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, path)
