"""Admin's camera calibration: each camera's photo limits, a suggestion from a sharp and a blurred photo, saving it."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from station.config import PhotoThresholds, write_setting
from station.evidence.quality import QualityMeasures, ThresholdSuggestion, suggest_thresholds
from station.evidence.working_image import WorkingImage, decode_for_checks, frame_for_checks, read_for_checks
from station.text import StationError, _

if TYPE_CHECKING:
    import numpy as np

    from station.context import StationContext

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


def save_limits(ctx: StationContext, user_id: uuid.UUID | None, camera: str, limits: PhotoThresholds
                ) -> CameraLimits:
    """Keeps the limits for this camera in settings.json; photos taken from now on are judged by them.

    Only this camera's entry of the file's `photo_thresholds` changes (config.write_setting).
    """
    _require_admin(ctx, user_id)
    if ctx.settings_file is not None:
        try:
            write_setting(ctx.settings_file, "photo_thresholds", limits.model_dump(), key=camera)
        except StationError as exc:
            raise CalibrationRefused(exc.text) from exc
    ctx.settings = ctx.settings.model_copy(update={"photo_thresholds": {**ctx.settings.photo_thresholds,
                                                                        camera: limits}})
    log.info("photo limits for camera %s set to %s", camera, limits.model_dump())
    return CameraLimits(camera, limits, True)
