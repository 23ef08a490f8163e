"""Where a frame shows signs of codes: dense edges, in one direction (a 1D code's bars) or in all (a 2D code).

Found on a copy of at most DETECT_MAX_SIDE pixels from the local structure tensor of its gradients: a 1D code's
bars turn every gradient one way (high coherence), a QR or DataMatrix's modules point them every way. Each
region comes with its box in the full frame, which kinds of code it shows signs of and, for bars, the angle that
stands them upright, so the pipeline can decode that region at full resolution. Patches of cells whose gradients
all point one way are also given as strips of bars, each with its own slant and size, so a carrier's Code 128 on
a turned label is cut out alone. Print and parcel texture give signs too; each of those costs one small decode,
within the pipeline's budget.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import cv2
import numpy as np

# The detection copy's longer side: large enough that a carrier's Code 128 on a 1080p frame keeps its bars.
DETECT_MAX_SIDE = 960
# Tensor cells of this many detection pixels: the smallest readable code is a few cells across.
CELL = 4
# Coherence of the gradients in a cell: bars are near 1, a matrix code's modules near 0.
BARS_COHERENCE = 0.6
MATRIX_COHERENCE = 0.45
# Edge energy (mean squared Sobel response) that a printed code's contrast gives even in dim light.
MIN_ENERGY = 900.0
MIN_CELLS = 12  # fewer cells of a kind than this hold no code a camera could read
MAX_SIGNS = 6  # the largest regions; more than that is texture (a pallet, a printed box), not a label
# Bar strips: patches of this many coherent cells or more, the largest few (text lines give some too).
MIN_STRIP_CELLS = 24
MAX_STRIPS = 6
MIN_STRIP_FILL = 0.25


@dataclass(frozen=True)
class Sign:
    box: tuple[int, int, int, int]  # left, top, right, bottom in the full frame's pixels
    bars: bool  # shows a 1D code's bars
    matrix: bool  # shows a 2D code's modules (or print, which looks alike at this scale)
    angle: float  # degrees that turn the bars upright (gradients along the x axis)
    seen: bool = False  # a decoder found a symbol here and could not read it
    # For a strip of bars: its middle and its size once stood upright (across the bars, along them), in the
    # frame's pixels, so that only the strip is cut from the turned region.
    centre: tuple[float, float] | None = None
    extent: tuple[float, float] | None = None

    def contains(self, x: float, y: float) -> bool:
        left, top, right, bottom = self.box
        return left <= x <= right and top <= y <= bottom


def find_signs(grey: np.ndarray) -> list[Sign]:
    """The regions of a grey frame that look like they hold a 1D or a 2D code, largest first."""
    height, width = grey.shape[:2]
    factor = min(1.0, DETECT_MAX_SIDE / max(height, width))
    small = grey if factor == 1.0 else cv2.resize(grey, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    gx = cv2.Sobel(small, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(small, cv2.CV_32F, 0, 1, ksize=3)
    cells = (max(1, small.shape[1] // CELL), max(1, small.shape[0] // CELL))
    jxx = cv2.resize(gx * gx, cells, interpolation=cv2.INTER_AREA)
    jyy = cv2.resize(gy * gy, cells, interpolation=cv2.INTER_AREA)
    jxy = cv2.resize(gx * gy, cells, interpolation=cv2.INTER_AREA)
    energy = jxx + jyy
    coherence = np.sqrt((jxx - jyy) ** 2 + 4 * jxy ** 2) / (energy + 1e-6)
    strong = (energy > MIN_ENERGY).astype(np.uint8)
    closed = cv2.morphologyEx(strong, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    _count, labels, stats, _centroids = cv2.connectedComponentsWithStats(closed, connectivity=8)
    order = np.argsort(-stats[1:, cv2.CC_STAT_AREA]) + 1
    scale = CELL / factor
    signs = []
    for label in order[:MAX_SIGNS]:
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < MIN_CELLS:
            break
        inside = (labels[y:y + h, x:x + w] == label) & (strong[y:y + h, x:x + w] > 0)
        local = coherence[y:y + h, x:x + w][inside]
        bars = local > BARS_COHERENCE
        angle = 0.0
        if bars.sum() >= MIN_CELLS:
            # The label's axis from the coherent cells, with angles taken four times over: a code's bars and the
            # print beside it stand at right angles, and turning by either stands both upright for the decoder.
            local_jxy = jxy[y:y + h, x:x + w][inside][bars]
            local_diff = (jxx - jyy)[y:y + h, x:x + w][inside][bars]
            cell_angle = 0.5 * np.arctan2(2 * local_jxy, local_diff)
            weight = np.sqrt(local_diff ** 2 + 4 * local_jxy ** 2)
            angle = math.degrees(0.25 * math.atan2(float((weight * np.sin(4 * cell_angle)).sum()),
                                                   float((weight * np.cos(4 * cell_angle)).sum())))
        box = (int(x * scale), int(y * scale), min(width, int((x + w) * scale)), min(height, int((y + h) * scale)))
        signs.append(Sign(box, bool(bars.sum() >= MIN_CELLS), bool((local < MATRIX_COHERENCE).sum() >= MIN_CELLS),
                          angle))
    strips = _bar_strips(coherence, jxx, jyy, jxy, strong, scale, (width, height))
    # A label with bar strips found in it wants its 1D codes read from those: standing the whole label upright
    # costs many times the strip and would spend a camera frame's budget on one region.
    return strips + [replace(sign, bars=False) if sign.bars and any(_inside(strip, sign) for strip in strips)
                     else sign for sign in signs]


def _bar_strips(coherence: np.ndarray, jxx: np.ndarray, jyy: np.ndarray, jxy: np.ndarray, strong: np.ndarray,
                scale: float, size: tuple[int, int]) -> list[Sign]:
    """The patches of cells whose gradients all point one way: a 1D code's bars, or a block of text lines.

    Each comes with its own angle, so a strip is cut from the frame at little more than the code's own size.
    """
    width, height = size
    coherent = ((coherence > BARS_COHERENCE) & (strong > 0)).astype(np.uint8)
    _count, labels, stats, _centroids = cv2.connectedComponentsWithStats(coherent, connectivity=8)
    order = np.argsort(-stats[1:, cv2.CC_STAT_AREA]) + 1
    strips = []
    for label in order[:MAX_STRIPS]:
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < MIN_STRIP_CELLS:
            break
        if area < MIN_STRIP_FILL * w * h:
            continue  # a thin outline (a label's or a box's edge against the background), not a patch of bars
        inside = labels[y:y + h, x:x + w] == label
        sxx, syy = float(jxx[y:y + h, x:x + w][inside].sum()), float(jyy[y:y + h, x:x + w][inside].sum())
        sxy = float(jxy[y:y + h, x:x + w][inside].sum())
        # The gradients' mean direction: turning by it stands the bars upright.
        radians = 0.5 * math.atan2(2 * sxy, sxx - syy)
        rows, cols = np.nonzero(inside)
        cx, cy = (cols + x + 0.5) * scale, (rows + y + 0.5) * scale
        across = cx * math.cos(radians) + cy * math.sin(radians)
        along = -cx * math.sin(radians) + cy * math.cos(radians)
        mid_u, mid_v = (across.max() + across.min()) / 2, (along.max() + along.min()) / 2
        centre = (float(mid_u * math.cos(radians) - mid_v * math.sin(radians)),
                  float(mid_u * math.sin(radians) + mid_v * math.cos(radians)))
        extent = (float(np.ptp(across)) + scale, float(np.ptp(along)) + scale)
        box = (int(x * scale), int(y * scale), min(width, int((x + w) * scale)), min(height, int((y + h) * scale)))
        strips.append(Sign(box, True, False, math.degrees(radians), centre=centre, extent=extent))
    return strips


def _inside(inner: Sign, outer: Sign) -> bool:
    left, top, right, bottom = inner.box
    return outer.contains((left + right) / 2, (top + bottom) / 2)


def sign_of_miss(fmt: str, position: tuple[tuple[int, int], ...], linear: bool, shape: tuple[int, ...]) -> Sign:
    """A region around a symbol a decoder found and could not read; a 1D code's position is its scan line, so
    its box is widened across the line by a third of its length."""
    xs, ys = [p[0] for p in position], [p[1] for p in position]
    (x0, y0), (x1, y1) = position[0], position[1]
    length = math.hypot(x1 - x0, y1 - y0)
    grow = int(length / 3) if linear else 0
    box = (max(0, min(xs) - grow), max(0, min(ys) - grow), min(shape[1], max(xs) + grow),
           min(shape[0], max(ys) + grow))
    return Sign(box, linear, not linear, math.degrees(math.atan2(y1 - y0, x1 - x0)) if linear else 0.0, seen=True)
