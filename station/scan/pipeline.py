"""The decode pipeline: a cheap pass first, then ever dearer image variants and the second decoder."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np

from station.scan import variants
from station.scan.decoding import FORMATS, Code, Decoder, Miss, PyzbarDecoder, ZxingDecoder, load_pyzbar
from station.scan.regions import LINEAR_FORMATS, LIVE, STILL, RegionDecoders, RegionPolicy, read_regions

log = logging.getLogger(__name__)

# The cheap variants (equalised, inverted, turned, the second decoder) read a frame shrunk to this longer side: a
# 1080p frame then costs a quarter as much, and codes big enough to scan from a dock camera survive it.
FIRST_PASS_MAX_SIDE = 960
# The first pass itself reads a camera frame (up to 1080p) whole, in one zxing-cpp call: a dock label's fine
# Code 128 and small DataMatrix are lost on a shrunk copy, and reading them there first costs less than finding
# them again region by region. Larger pictures (a phone's 12 MP photo) are shrunk to this.
FULL_PASS_MAX_SIDE = 1920
# A picture whose longer side is above this is a scene (a camera frame, a label on a parcel) that may hold several
# codes: after the first find its regions are searched for signs of codes still unread. A close-up of one label
# is not, so a single-code photo costs one pass.
SCENE_SIDE = 960
# Upscaling past this longer side costs more than the small codes it rescues.
MAX_UPSCALED_SIDE = 2600


class FrameVariants:
    """The image variants of one frame, each made at most once and only when a stage asks for it."""

    def __init__(self, grey: np.ndarray, first_pass_max_side: int = FIRST_PASS_MAX_SIDE) -> None:
        self.grey = grey
        self._first_pass_max_side = first_pass_max_side
        self.longest = max(grey.shape[:2])

    @cached_property
    def first_pass(self) -> np.ndarray:
        return variants.fit_within(self.grey, self._first_pass_max_side)

    @property
    def first_pass_factor(self) -> float:
        return self.first_pass.shape[1] / self.grey.shape[1]

    @cached_property
    def small(self) -> np.ndarray:
        """The copy the cheap variants start from: never larger than FIRST_PASS_MAX_SIDE."""
        if max(self.first_pass.shape[:2]) <= FIRST_PASS_MAX_SIDE:
            return self.first_pass
        return variants.fit_within(self.grey, FIRST_PASS_MAX_SIDE)

    @property
    def small_factor(self) -> float:
        return self.small.shape[1] / self.grey.shape[1]

    def scaled(self, factor: float) -> np.ndarray | None:
        if factor > 1 and self.longest * factor > MAX_UPSCALED_SIDE:
            return None
        if factor < 1 and self.longest * factor < 4 * variants.MIN_SIDE:
            return None
        return self._scaled(factor)

    @cached_property
    def _scales(self) -> dict[float, np.ndarray]:
        return {}

    def _scaled(self, factor: float) -> np.ndarray:
        if factor not in self._scales:
            self._scales[factor] = variants.scaled(self.grey, factor)
        return self._scales[factor]

    @cached_property
    def equalised(self) -> np.ndarray:
        return variants.equalised(self.small)


# A stage makes one image from the frame's variants (None: not worth trying for this frame) and says
# by which factor that image was scaled from the full grey frame, to map positions back (None: cannot).
Make = Callable[[FrameVariants], "tuple[np.ndarray, float | None] | None"]


@dataclass(frozen=True)
class Stage:
    name: str
    make: Make
    decoder: Decoder


@dataclass(frozen=True)
class ScanResult:
    codes: list[Code]
    # The stage that found them, or None when nothing was found; "regions" when only the region reading did.
    stage: str | None


def _first_pass(v: FrameVariants) -> tuple[np.ndarray, float]:
    return v.first_pass, v.first_pass_factor


def _close_up(v: FrameVariants) -> tuple[np.ndarray, float] | None:
    return None if v.longest > SCENE_SIDE else (v.first_pass, v.first_pass_factor)


def _scene(v: FrameVariants) -> tuple[np.ndarray, float] | None:
    return (v.first_pass, v.first_pass_factor) if v.longest > SCENE_SIDE else None


def _scene_decoder() -> ZxingDecoder:
    # A scene's first pass scans rows only: searching a 1080p frame for 1D codes turned a quarter turn doubles the
    # pass, and a scene's regions with bars still unread are decoded by a 1D decoder that does turn them.
    return ZxingDecoder(try_rotate=False, name="zxing-cpp rows")


def _full_frame(v: FrameVariants) -> tuple[np.ndarray, float] | None:
    # Only worth a pass when the first one saw a shrunk copy.
    return None if v.first_pass is v.grey else (v.grey, 1.0)


def _scaled_by(factor: float) -> Make:
    def make(v: FrameVariants) -> tuple[np.ndarray, float] | None:
        image = v.scaled(factor)
        return None if image is None else (image, factor)
    return make


def _small(v: FrameVariants) -> tuple[np.ndarray, float]:
    return v.small, v.small_factor


def _equalised(v: FrameVariants) -> tuple[np.ndarray, float]:
    return v.equalised, v.small_factor


def _equalised_upscaled(v: FrameVariants) -> tuple[np.ndarray, float] | None:
    if v.longest * 2 > MAX_UPSCALED_SIDE:
        return None
    return variants.scaled(v.equalised, 2.0), 2.0 * v.small_factor


def _sharpened_upscaled(v: FrameVariants) -> tuple[np.ndarray, float] | None:
    image = v.scaled(2.0)
    return None if image is None else (variants.sharpened(image), 2.0)


def _inverted(v: FrameVariants) -> tuple[np.ndarray, float]:
    return variants.inverted(v.small), v.small_factor


def _inverted_equalised(v: FrameVariants) -> tuple[np.ndarray, float]:
    return variants.inverted(v.equalised), v.small_factor


def _rotated_by(degrees: float) -> Make:
    # zxing-cpp scans 1D codes along rows and columns; a code lying at 30-60 degrees needs turning.
    def make(v: FrameVariants) -> tuple[np.ndarray, None]:
        return variants.rotated(v.small, degrees), None
    return make


def full_stages(second: Decoder | None) -> list[Stage]:
    """Every step, cheapest first: for image files and still photos, where reading matters most."""
    fast = ZxingDecoder(name="zxing-cpp")
    histogram = ZxingDecoder(global_histogram=True, name="zxing-cpp global-histogram")
    fixed = ZxingDecoder(fixed_threshold=True, name="zxing-cpp fixed-threshold")
    stages = [
        Stage("plain", _close_up, fast),
        Stage("plain", _scene, _scene_decoder()),
        Stage("full-resolution", _full_frame, fast),
        Stage("upscaled-1.5", _scaled_by(1.5), fast),
        Stage("upscaled-2", _scaled_by(2.0), fast),
        Stage("downscaled-0.5", _scaled_by(0.5), fast),
        Stage("global-histogram", _small, histogram),
        Stage("global-histogram-downscaled-0.5", _scaled_by(0.5), histogram),
        Stage("equalised", _equalised, fast),
        Stage("equalised-upscaled-2", _equalised_upscaled, fast),
        Stage("inverted", _inverted, fast),
        Stage("inverted-equalised", _inverted_equalised, fast),
        Stage("rotated+45", _rotated_by(45), fast),
        Stage("rotated-45", _rotated_by(-45), fast),
        Stage("fixed-threshold", _small, fixed),
        Stage("fixed-threshold-upscaled-2", _scaled_by(2.0), fixed),
        Stage("sharpened-upscaled-2", _sharpened_upscaled, fast),
    ]
    if second is not None:
        stages += [
            Stage("second-decoder", _small, second),
            Stage("second-decoder-upscaled-2", _scaled_by(2.0), second),
            Stage("second-decoder-equalised", _equalised, second),
        ]
    return stages


def live_stages(second: Decoder | None) -> list[Stage]:
    """A short ladder for camera frames: the next frame comes soon, so a frame with no code stays cheap."""
    fast = ZxingDecoder(name="zxing-cpp")
    stages = [
        Stage("plain", _close_up, fast),
        Stage("plain", _scene, _scene_decoder()),
        Stage("full-resolution", _full_frame, fast),
        Stage("equalised", _equalised, fast),
    ]
    if second is not None:
        stages.append(Stage("second-decoder", _small, second))
    return stages


def _second_decoder() -> Decoder | None:
    return PyzbarDecoder() if load_pyzbar() is not None else None


class ScanPipeline:
    """Tries its stages in order up to the first that finds any code, then, for a scene or when the ladder may
    have missed something, reads the frame's regions that show signs of a kind of code still unread (a Code 128
    beside the QR code found), within a budget.

    A 1080p camera frame is read whole in one zxing-cpp call first (FULL_PASS_MAX_SIDE); the dearer variants of
    the ladder work on a copy shrunk to FIRST_PASS_MAX_SIDE."""

    def __init__(self, stages: Sequence[Stage], first_pass_max_side: int = FIRST_PASS_MAX_SIDE, *,
                 regions: RegionPolicy | None = None, second: Decoder | None = None) -> None:
        self.stages = list(stages)
        self.first_pass_max_side = first_pass_max_side
        # None: no region reading after the ladder (the ladder alone, as a baseline or for a test).
        self.regions = regions
        self._region_decoders = RegionDecoders(
            ZxingDecoder(name="zxing-cpp"), ZxingDecoder(global_histogram=True, name="zxing-cpp global-histogram"),
            second, ZxingDecoder(tuple(f for f in FORMATS if f in LINEAR_FORMATS), name="zxing-cpp 1D"),
            ZxingDecoder(tuple(f for f in FORMATS if f not in LINEAR_FORMATS), name="zxing-cpp 2D"),
            ZxingDecoder(tuple(f for f in FORMATS if f in LINEAR_FORMATS), try_rotate=False, try_downscale=False,
                         name="zxing-cpp 1D rows"))

    @classmethod
    def default(cls) -> ScanPipeline:
        """zxing-cpp through every variant, then pyzbar when the zbar library is installed."""
        second = _second_decoder()
        return cls(full_stages(second), FULL_PASS_MAX_SIDE, regions=STILL, second=second)

    @classmethod
    def live(cls) -> ScanPipeline:
        """For camera frames: the cheap steps and a small region budget, so a frame does not hold up the next."""
        second = _second_decoder()
        return cls(live_stages(second), FULL_PASS_MAX_SIDE, regions=LIVE, second=second)

    def decode(self, frame: object) -> list[Code]:
        return self.scan(frame).codes

    def scan(self, frame: object) -> ScanResult:
        grey = variants.to_grey(frame)
        if grey is None:
            log.debug("not an image frame: %s", getattr(frame, "shape", type(frame).__name__))
            return ScanResult([], None)
        frame_variants = FrameVariants(grey, self.first_pass_max_side)
        found: list[Code] = []
        misses: list[Miss] = []
        name: str | None = None
        for stage in self.stages:
            made = stage.make(frame_variants)
            if made is None:
                continue
            image, factor = made
            if isinstance(stage.decoder, ZxingDecoder):
                codes, missed = stage.decoder.read(image)
                misses += _misses_in_frame(missed, factor)
            else:
                codes = stage.decoder.decode(image)
            if codes:
                found, name = _unique(_in_frame(codes, factor)), stage.name
                break
        shrunk = frame_variants.first_pass is not grey
        scene = frame_variants.longest > SCENE_SIDE
        # A close-up read at full size, with codes found and no symbol missed, is done: that keeps single-code
        # photos as fast as one pass. A scene (a camera frame with a label on a parcel), a frame read shrunk, a
        # frame with nothing found, or a symbol zxing-cpp saw and could not read may hold what the ladder missed.
        if self.regions is not None and (shrunk or scene or not found or misses):
            more = read_regions(grey, found, self._region_decoders, self.regions, shrunk=shrunk, misses=misses,
                                search=shrunk or scene or not found)
            if len(more) > len(found):
                found, name = more, name or "regions"
        return ScanResult(found, name)


def _in_frame(codes: list[Code], factor: float | None) -> list[Code]:
    if factor == 1.0:
        return codes
    out = []
    for code in codes:
        if factor is None or code.position is None:
            out.append(replace(code, position=None))
        else:
            corners = tuple((round(x / factor), round(y / factor)) for x, y in code.position)
            out.append(replace(code, position=corners))  # type: ignore[arg-type]
    return out


def _misses_in_frame(misses: list[Miss], factor: float | None) -> list[Miss]:
    if factor is None:  # found on a turned copy: where it lies in the frame is not known
        return []
    if factor == 1.0:
        return misses
    return [Miss(m.format, tuple((round(x / factor), round(y / factor)) for x, y in m.position))  # type: ignore[arg-type]
            for m in misses]


def _unique(codes: list[Code]) -> list[Code]:
    seen: set[Code] = set()
    out = []
    for code in codes:
        if code not in seen:
            seen.add(code)
            out.append(code)
    return out
