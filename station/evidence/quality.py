"""The photo quality gate: blur, exposure, glare and framing measured at working size, judged by thresholds."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import asdict, dataclass

import cv2
import numpy as np

from station.config import PhotoThresholds
from station.text import StationError, Text, _

# All problems the gate can name, in the order they are shown.
PROBLEMS = ("blank", "blur", "dark", "bright", "clipped", "glare", "broad_glare", "small", "cut_off")
SATURATED = 250
BACKDROP = 246  # a white sweep, allowing for JPEG noise
BACKDROP_BORDER = 0.9  # a sweep behind the item covers at least this share of the picture's border
BACKDROP_ITEM_SHARE = 0.4  # ... and the largest piece it holds is at least this share of all it holds
# Glare blooms: just outside the blown-out spot it is still near white, a little further out it has fallen to
# the item's own tones. White print or paper either stays white (paper) or drops to dark at once (print).
GLARE_RIM_MIN = 235
GLARE_FALLOFF = (150, 25)  # the outer ring is at least 150 and at least 25 below the inner ring
GLARE_REGION_MIN = 0.01  # a broad highlight is at least this share of the picture; smaller spots are glare_share's
# Its light fades over rings out to one radius of the blob: never brighter outwards (but for noise), down by a clear
# fall in all, and not all of it in the first ring (a clipped white part ends at an edge instead).
GLARE_RINGS = ((0.0, 0.1), (0.1, 0.35), (0.35, 0.6), (0.6, 1.0))
GLARE_REGION_RIM, GLARE_REGION_FALL, GLARE_REGION_NOISE, GLARE_REGION_SPREAD = 200.0, 30.0, 5.0, 0.3
# Framing: the subject is where the strong edges are (1st to 99th percentile); it runs off a side when that box
# comes within this share of the side.
EDGE_MARGIN = 0.012
# Second differences along these four directions: motion blur flattens one of them, focus blur all.
_DIRECTIONS = tuple(np.array(k, np.float32) for k in (
    [[0, 0, 0], [1, -2, 1], [0, 0, 0]], [[0, 1, 0], [0, -2, 0], [0, 1, 0]],
    [[1, 0, 0], [0, -2, 0], [0, 0, 1]], [[0, 0, 1], [0, -2, 0], [1, 0, 0]]))


@dataclass(frozen=True)
class QualityMeasures:
    """What was measured; each value is what a threshold compares against, so a lead can see why."""

    sharpness: float  # the least, over four directions, variance of the second difference (grey, working size)
    laplacian: float  # the classic variance of the Laplacian, for reference; blind to blur in one direction
    contrast: float  # standard deviation of grey levels
    p01: float  # 1st percentile of brightness, a white backdrop left out: high when even shadows are washed out
    p95: float  # 95th percentile of brightness: low when even the highlights are dim
    glare: float  # share of the picture in the largest blooming blown-out spot away from the edges
    subject: float  # share of the picture in the subject's box (only measured for whole-item photos)
    cut_sides: int  # sides of the picture the subject runs off (only measured for whole-item photos)
    clipped: float = 0.0  # share of the picture clipped to white, a white backdrop left out
    glare_region: float = 0.0  # share of the picture in the largest broad highlight fading into the item
    softness: float = 0.0  # how little a further blur changes the picture (0 sharp, 1 blurred); see softness()

    def to_json(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


@dataclass(frozen=True)
class QualityResult:
    measures: QualityMeasures
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _grey(bgr: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr


def sharpness(grey: np.ndarray) -> float:
    # 16-bit integer filtering: four float passes cost ten times as much on a 640 px picture.
    return float(min(cv2.meanStdDev(cv2.filter2D(grey, cv2.CV_16S, kernel))[1][0, 0] ** 2 for kernel in _DIRECTIONS))


# Re-blurring along each of these directions: a sharp photo loses much of its pixel-to-pixel change, a blurred one
# little, whatever it shows.
_REBLUR = 9
_STEPS = ((0, 1), (1, 0), (1, 1), (1, -1))
# Sums, not means, over 9 pixels: in 16-bit integers (9 x 255 fits) the four filters cost half as much as float.
_REBLUR_KERNELS = (np.ones((1, _REBLUR), np.float32), np.ones((_REBLUR, 1), np.float32),
                   np.eye(_REBLUR, dtype=np.float32), np.fliplr(np.eye(_REBLUR, dtype=np.float32)).copy())


def softness(grey: np.ndarray) -> float:
    """How little of the picture's fine change a further blur takes away, 0 (sharp) to 1 (all blurred), averaged
    over four directions (Crété-Roffet et al., "The blur effect", 2007).

    The sharpness score is absolute: a photo of fine print stays above its limit when blurred, a plain scene falls
    below it when sharp. This one compares the photo with itself, so detail and contrast cancel out.
    """
    image = cv2.multiply(grey, _REBLUR, dtype=cv2.CV_16S)  # on the scale of the 9-pixel sums
    total = 0.0
    for kernel, (dy, dx) in zip(_REBLUR_KERNELS, _STEPS, strict=True):
        blurred = cv2.filter2D(grey, cv2.CV_16S, kernel, borderType=cv2.BORDER_REFLECT)
        change, kept = _change(image, dy, dx), _change(blurred, dy, dx)
        before = cv2.sumElems(change)[0]
        if before <= 0:
            return 1.0  # a flat picture has no detail to lose
        lost = cv2.max(cv2.subtract(change, kept), 0)
        total += 1.0 - cv2.sumElems(lost)[0] / before
    return total / len(_STEPS)


def _change(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """The absolute difference between each pixel and its neighbour one step (dy, dx) away."""
    height, width = image.shape
    y0, y1, x0, x1 = dy, height, max(dx, 0), width + min(dx, 0)
    return cv2.absdiff(image[y0:y1, x0:x1], image[y0 - dy:y1 - dy, x0 - dx:x1 - dx])


def percentiles(grey: np.ndarray, *shares: float, mask: np.ndarray | None = None) -> list[float]:
    """Percentiles of 8-bit grey levels from the histogram: a sort of every pixel is not needed."""
    counts = cv2.calcHist([grey], [0], mask, [256], [0, 256]).ravel().cumsum()
    if counts[-1] == 0:
        return percentiles(grey, *shares)
    return [float(np.searchsorted(counts, share / 100 * counts[-1])) for share in shares]


def not_backdrop(bgr: np.ndarray) -> np.ndarray | None:
    """A mask of everything but a white backdrop that reaches the picture's edges (None when there is none).

    A pack shot of a pale item on white is not overexposed: exposure is judged on the item, not on the sweep.
    """
    if bgr.ndim != 3:
        return None
    white = cv2.inRange(bgr, (BACKDROP, BACKDROP, BACKDROP), (255, 255, 255))
    if not cv2.countNonZero(white):
        return None
    count, labels = cv2.connectedComponents(white, connectivity=4)
    edge = np.zeros(count, bool)
    edge[np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))] = True
    edge[0] = False
    if not edge.any():
        return None
    return np.where(edge[labels], 0, 255).astype(np.uint8)


def _saturated(bgr: np.ndarray, grey: np.ndarray) -> np.ndarray:
    """Pixels blown out to white in every channel."""
    if bgr.ndim == 3:
        return cv2.inRange(bgr, (SATURATED, SATURATED, SATURATED), (255, 255, 255))
    return cv2.inRange(grey, SATURATED, 255)


def _inner_blobs(bgr: np.ndarray, grey: np.ndarray, min_share: float
                 ) -> Iterator[tuple[int, np.ndarray, tuple[int, int, int, int, int]]]:
    """The three largest blown-out blobs of at least `min_share` of the picture that stay clear of its edges
    (a white backdrop reaches the edge; a reflection sits on the item): label, label image, x, y, w, h, area."""
    saturated = _saturated(bgr, grey)
    if not cv2.countNonZero(saturated):
        return
    _count, labels, stats, _centroids = cv2.connectedComponentsWithStats(saturated, connectivity=8)
    height, width = grey.shape
    for label in (np.argsort(-stats[1:, cv2.CC_STAT_AREA]) + 1)[:3]:
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < min_share * height * width:
            return
        if x == 0 or y == 0 or x + w >= width or y + h >= height:
            continue
        yield int(label), labels, (x, y, w, h, area)


def glare_share(bgr: np.ndarray, grey: np.ndarray) -> float:
    """The largest blown-out spot that blooms into its surroundings and does not reach the picture's edge.

    A white backdrop reaches the edge and is not glare; a reflection sits on the item.
    """
    height, width = grey.shape
    best = 0.0
    for label, labels, (x, y, w, h, area) in _inner_blobs(bgr, grey, 0.002):
        # Work in a window around the spot: dilating the whole picture for every spot would cost milliseconds.
        pad = 24
        y0, y1, x0, x1 = max(0, y - pad), min(height, y + h + pad), max(0, x - pad), min(width, x + w + pad)
        spot = (labels[y0:y1, x0:x1] == label).astype(np.uint8)
        window = grey[y0:y1, x0:x1]
        inner = cv2.dilate(spot, np.ones((9, 9), np.uint8)) - spot
        near = cv2.dilate(spot, np.ones((25, 25), np.uint8))
        outer = cv2.dilate(spot, np.ones((45, 45), np.uint8)) - near
        if not inner.any() or not outer.any():
            continue
        rim, beyond = float(np.median(window[inner > 0])), float(np.median(window[outer > 0]))
        if rim >= GLARE_RIM_MIN and GLARE_FALLOFF[0] <= beyond <= rim - GLARE_FALLOFF[1]:
            best = max(best, area / (height * width))
    return best


def clipped_share(bgr: np.ndarray, grey: np.ndarray, backdrop_free: np.ndarray | None) -> float:
    """The share of the picture blown out to white in every channel, outside a white backdrop.

    An over-exposed photo loses its highlights to pure white over large areas, while its shadows may still hold
    tones (so the darkest 1 % alone misses it); a pack shot's white sweep is the backdrop, not clipping.
    """
    blown = _saturated(bgr, grey)
    if backdrop_free is not None and _is_sweep(backdrop_free):
        blown = cv2.bitwise_and(blown, backdrop_free)
    return cv2.countNonZero(blown) / float(grey.size)


def _is_sweep(backdrop_free: np.ndarray) -> bool:
    """Whether the white that reaches the edges is a backdrop behind an item rather than over-exposed paper.

    A sweep runs round nearly all of the border and holds the item as one piece; a label washed out to white
    reaches the edges too, but what is left of it is print: many small marks, none of them large.
    """
    border = np.concatenate([backdrop_free[0], backdrop_free[-1], backdrop_free[:, 0], backdrop_free[:, -1]])
    if float(np.count_nonzero(border == 0)) < BACKDROP_BORDER * border.size:
        return False
    _count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(backdrop_free, connectivity=8)
    areas = stats[1:, cv2.CC_STAT_AREA]
    return bool(areas.size) and float(areas.max()) >= BACKDROP_ITEM_SHARE * float(areas.sum())


def glare_region_share(bgr: np.ndarray, grey: np.ndarray) -> float:
    """The largest broad highlight: a blown-out region away from the edges whose rim fades over a wide band.

    glare_share() looks at a narrow ring around small spots; a lamp reflected in a glossy box is a large blob
    whose light falls off over a distance that grows with its size, so its rings are measured in its own radius.
    """
    height, width = grey.shape
    best = 0.0
    for label, labels, (x, y, w, h, area) in _inner_blobs(bgr, grey, GLARE_REGION_MIN):
        radius = max(2, int(np.sqrt(area / np.pi)))
        pad = radius + 2
        y0, y1, x0, x1 = max(0, y - pad), min(height, y + h + pad), max(0, x - pad), min(width, x + w + pad)
        spot = (labels[y0:y1, x0:x1] == label).astype(np.uint8)
        # Distance from the blob in pixels; rings out to one radius, in the blob's own size.
        distance = cv2.distanceTransform(1 - spot, cv2.DIST_L2, 3)
        if _fades(grey[y0:y1, x0:x1], distance, radius):
            best = max(best, area / (height * width))
    return best


def _fades(window: np.ndarray, distance: np.ndarray, radius: int) -> bool:
    """Whether brightness falls off ring after ring away from the blob, as spreading light does.

    The upper quartile of each ring is the surface under the light, not the print on it. White paper or a white
    part that is merely clipped ends at an edge: right beside it the level is already what it is further out.
    """
    levels = []
    for inner, outer in GLARE_RINGS:
        ring = window[(distance > inner * radius) & (distance <= outer * radius)]
        if ring.size == 0:
            return False
        levels.append(float(np.percentile(ring, 75)))
    steps = [a - b for a, b in itertools.pairwise(levels)]
    fall = levels[0] - levels[-1]
    # Falling all the way out (allowing for noise), by a clear amount, and not all of it in the first ring.
    return (levels[0] >= GLARE_REGION_RIM and min(steps) >= -GLARE_REGION_NOISE and fall >= GLARE_REGION_FALL
            and levels[1] - levels[-1] >= GLARE_REGION_SPREAD * fall)


def framing(grey: np.ndarray) -> tuple[float, int]:
    """The subject's box as a share of the picture, and how many sides it runs off.

    The subject is where the strong, connected edges are; table grain and sensor noise give none after smoothing.
    """
    edges = cv2.Canny(cv2.GaussianBlur(grey, (0, 0), 2.0), 40, 100)
    count, labels, stats, _centroids = cv2.connectedComponentsWithStats(edges, connectivity=8)
    if count <= 1:
        return 0.0, 0
    keep = stats[:, cv2.CC_STAT_AREA] >= 40
    keep[0] = False
    ys, xs = np.nonzero(keep[labels])
    if xs.size == 0:
        return 0.0, 0
    height, width = grey.shape
    x0, x1 = np.percentile(xs, (1, 99))
    y0, y1 = np.percentile(ys, (1, 99))
    mx, my = EDGE_MARGIN * width, EDGE_MARGIN * height
    cut = int(x0 < mx) + int(x1 > width - 1 - mx) + int(y0 < my) + int(y1 > height - 1 - my)
    return float((x1 - x0) * (y1 - y0)) / float(width * height), cut


def measure(bgr: np.ndarray, *, whole_item: bool = False) -> QualityMeasures:
    grey = _grey(bgr)
    backdrop_free = not_backdrop(bgr)
    (p01,) = percentiles(grey, 1, mask=backdrop_free)
    (p95,) = percentiles(grey, 95)
    subject, cut = framing(grey) if whole_item else (0.0, 0)
    laplacian = float(cv2.meanStdDev(cv2.Laplacian(grey, cv2.CV_16S, ksize=3))[1][0, 0] ** 2)
    contrast = float(cv2.meanStdDev(grey)[1][0, 0])
    return QualityMeasures(sharpness(grey), laplacian, contrast, p01, p95, glare_share(bgr, grey), subject, cut,
                           clipped_share(bgr, grey, backdrop_free), glare_region_share(bgr, grey), softness(grey))


def judge(measures: QualityMeasures, limits: PhotoThresholds, *, whole_item: bool = False) -> tuple[str, ...]:
    found: set[str] = set()
    # A flat, dim picture is a dark one (light is the fix); a flat, lit one shows nothing (a covered lens, a wall).
    dim_and_flat = measures.contrast < limits.contrast_min and measures.p95 < 2 * limits.dark_p95_max
    if measures.p95 < limits.dark_p95_max or dim_and_flat:
        found.add("dark")
    elif measures.contrast < limits.contrast_min:
        found.add("blank")
    elif measures.p01 > limits.bright_p01_min:
        found.add("bright")
    elif measures.clipped > limits.clipped_max:
        # The shadows still hold tones, yet large parts are blown out to white: too much light all the same.
        found.add("clipped")
    # In a dark, washed-out or empty picture sharpness means little; the light is the fix to ask for first.
    if not found and (measures.sharpness < limits.sharpness_min or measures.softness > limits.softness_max):
        found.add("blur")
    if measures.glare > limits.glare_max:
        found.add("glare")
    elif measures.glare_region > limits.glare_region_max:
        found.add("broad_glare")
    if whole_item and not found & {"blank", "dark"}:
        if measures.cut_sides > 0:
            found.add("cut_off")
        elif measures.subject < limits.subject_min:
            found.add("small")
    return tuple(p for p in PROBLEMS if p in found)


def check_quality(bgr: np.ndarray, limits: PhotoThresholds, *, whole_item: bool = False) -> QualityResult:
    measures = measure(bgr, whole_item=whole_item)
    return QualityResult(measures, judge(measures, limits, whole_item=whole_item))


def problem_text(problem: str) -> Text:
    """What is wrong and how to fix it, in words for the inspector."""
    texts = {
        "blank": _("Nothing to see: the photo is one flat colour. Uncover the lens and aim at the item."),
        "blur": _("Blurred: hold the item and camera still, let the camera focus, then take it again."),
        "dark": _("Too dark: turn on the ring light or move closer."),
        "bright": _("Too bright: washed out. Dim the ring light or move the item out of direct light."),
        "clipped": _("Too bright: lower the ring light. Large parts of the photo are pure white and show nothing."),
        "glare": _("Glare: a reflection hides part of the item. Tilt the item or the light a little."),
        "broad_glare": _("Glare: a broad reflection covers part of the item. Move the light to one side or tilt "
                         "the item until the white patch is gone."),
        "small": _("The item is too small in the photo: move closer so it fills most of the picture."),
        "cut_off": _("Part of the item is cut off: step back so the whole item is in the picture."),
    }
    return texts.get(problem, _("Problem with the photo: {problem}. Take it again.", problem=problem))


class CalibrationUnclear(StationError):
    """The two calibration photos do not differ the way sharp and blurred photos should."""


@dataclass(frozen=True)
class ThresholdSuggestion:
    sharp: QualityMeasures
    blurred: QualityMeasures
    thresholds: PhotoThresholds


def suggest_thresholds(sharp: np.ndarray, blurred: np.ndarray, base: PhotoThresholds | None = None
                       ) -> ThresholdSuggestion:
    """The blur limit between a sharp and a blurred photo of the same scene from the same camera.

    The geometric mean sits halfway on the log scale, where sharpness changes by orders of magnitude.
    """
    base = base or PhotoThresholds()
    sharp_m, blurred_m = measure(sharp), measure(blurred)
    if sharp_m.sharpness < 1.5 * blurred_m.sharpness:
        raise CalibrationUnclear(_(
            "The \"sharp\" photo ({sharp:.0f}) is not clearly sharper than the \"blurred\" one ({blurred:.0f}). "
            "Take the sharp photo with the item still and in focus, the blurred one with the camera moving.",
            sharp=sharp_m.sharpness, blurred=blurred_m.sharpness))
    limit = float(np.sqrt(sharp_m.sharpness * blurred_m.sharpness))
    return ThresholdSuggestion(sharp_m, blurred_m, base.model_copy(update={"sharpness_min": round(limit, 1)}))
