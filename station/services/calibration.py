"""Admin's camera calibration: each camera's photo limits, a suggestion from a sharp and a blurred photo, saving it."""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.config import PhotoThresholds, default_data_dir, settings_path
from station.evidence.quality import QualityMeasures, ThresholdSuggestion, suggest_thresholds
from station.evidence.working_image import WorkingImage, decode_for_checks, frame_for_checks, read_for_checks
from station.text import StationError, _

if TYPE_CHECKING:
    import numpy as np

    from station.services.context import StationContext

log = logging.getLogger(__name__)

CALIBRATING_ROLES = frozenset({"admin"})
FILE_CAMERA = "file"  # the limits for photo files chosen with F or dropped on the window


class CalibrationRefused(StationError):
    """Someone other than an admin tried to change a camera's limits, or the settings could not be written."""


@dataclass(frozen=True)
class CameraLimits:
    camera: str
    limits: PhotoThresholds
    calibrated: bool  # False: the camera uses the shipped defaults


@dataclass(frozen=True)
class CalibrationPhoto:
    """One of the two calibration photos, measured the way the quality gate measures every photo."""

    measures: QualityMeasures
    width: int
    height: int


def cameras(ctx: StationContext) -> list[CameraLimits]:
    """The station's camera first, then photo files, then any other camera that has limits of its own."""
    names = [ctx.settings.camera, FILE_CAMERA, *sorted(ctx.settings.photo_thresholds)]
    return [CameraLimits(name, ctx.settings.thresholds_for(name), name in ctx.settings.photo_thresholds)
            for name in dict.fromkeys(names)]


def _working(photo: Path | bytes | np.ndarray) -> WorkingImage:
    if isinstance(photo, Path):
        return read_for_checks(photo)
    if isinstance(photo, bytes | bytearray):
        return decode_for_checks(bytes(photo))
    return frame_for_checks(photo)


def measure_photo(photo: Path | bytes | np.ndarray) -> CalibrationPhoto:
    """PhotoNotCheckable (a StationError) says what is wrong with a file that cannot be measured."""
    from station.evidence.quality import measure

    image = _working(photo)
    return CalibrationPhoto(measure(image.bgr), image.width, image.height)


def suggest(ctx: StationContext, camera: str, sharp: Path | bytes | np.ndarray, blurred: Path | bytes | np.ndarray
            ) -> ThresholdSuggestion:
    """The blur limit halfway between the two photos; the camera's other limits stay as they are.

    CalibrationUnclear says how to retake them when the "sharp" photo is not clearly the sharper one.
    """
    return suggest_thresholds(_working(sharp).bgr, _working(blurred).bgr, ctx.settings.thresholds_for(camera))


def _require_admin(ctx: StationContext, user_id: uuid.UUID | None) -> None:
    from db import models

    with ctx.read() as session:
        user = session.get(models.User, user_id) if user_id is not None else None
        allowed = user is not None and user.active and user.role in CALIBRATING_ROLES
    if not allowed:
        raise CalibrationRefused(_("Only an admin may change a camera's photo limits. Ask an admin."))


def _settings_file(ctx: StationContext) -> Path:
    explicit = ctx.data_dir != default_data_dir().expanduser().resolve()
    return settings_path(ctx.data_dir, explicit)


def save_limits(ctx: StationContext, user_id: uuid.UUID | None, camera: str, limits: PhotoThresholds
                ) -> CameraLimits:
    """Keeps the limits for this camera in settings.json; photos taken from now on are judged by them.

    Only the file's `photo_thresholds` entry changes: a value that comes from a STATION_* variable for this run
    is not written into the file.
    """
    _require_admin(ctx, user_id)
    write_limits(_settings_file(ctx), camera, limits)
    updated = {**ctx.settings.photo_thresholds, camera: limits}
    ctx.settings = ctx.settings.model_copy(update={"photo_thresholds": updated})
    log.info("photo limits for camera %s set to %s", camera, limits.model_dump())
    return CameraLimits(camera, limits, True)


def write_limits(path: Path, camera: str, limits: PhotoThresholds) -> None:
    """Replaces one camera's limits in a settings file, atomically, leaving every other key as written."""
    raw: dict[str, Any] = {}
    try:
        if path.exists():
            raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CalibrationRefused(_("Settings file {path} cannot be read ({problem}). Fix or delete it, then "
                                   "calibrate again.", path=str(path), problem=str(exc))) from exc
    if not isinstance(raw, dict):
        raise CalibrationRefused(_("Settings file {path} must hold a JSON object.", path=str(path)))
    thresholds = raw.get("photo_thresholds")
    raw["photo_thresholds"] = {**(thresholds if isinstance(thresholds, dict) else {}), camera: limits.model_dump()}
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(raw, indent=2, default=str), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CalibrationRefused(_("The limits could not be saved ({problem}). Free some disk space or check "
                                   "the folder's permissions, then save again.",
                                   problem=exc.strerror or str(exc))) from exc
