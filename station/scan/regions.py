"""Reading the regions of a frame that show signs of a code not read yet, at full resolution, within a budget.

A dock label holds several codes of different kinds (an RMA QR code, a carrier Code 128, a GS1 DataMatrix).
The whole-frame pass reads most of them; here each region that shows bars without a 1D code read in it, or
modules without a 2D code, is cut from the full-resolution frame and decoded stood upright, enlarged and by the
second decoder, until it is read or the budget is spent. A strip of bars is cut at its own size and slant, not
its label's box, so turning it costs little. The cheap ways are tried on every region before the dear ones. The
budget counts the pixels handed to the decoders, which is what their time grows with, so the result of a frame
does not depend on how busy the machine is. A still photo (STILL) may spend three quarters of a 1080p frame's
worth, zbar included; a camera frame (LIVE) half of one, zxing-cpp only, with a decoder for the kind of code
each region still wants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from station.scan import variants
from station.scan.decoding import Code, Decoder, Miss
from station.scan.signs import Sign, find_signs, sign_of_miss

LINEAR_FORMATS = frozenset({"Code128", "EAN13", "EAN8", "UPCA", "UPCE", "Code39", "ITF"})
# Room around a region: the quiet zone, and the code's parts the detection copy blurred away.
MARGIN = 0.12
# A region whose shorter side is below this is enlarged before decoding: a small code's modules are few pixels.
UPSCALE_BELOW = 360
# Bars within this many degrees of upright are read as they are: zxing-cpp scans rows and columns.
UPRIGHT_WITHIN = 8.0
# A camera frame's small region is enlarged by this much only: half again in each direction reads most fine bars at
# little more than half the pixels of doubling.
CHEAP_ENLARGE = 1.5
# zbar takes about twice zxing-cpp's time per pixel, so its pixels count twice against the budget.
SECOND_COST = 2
# The share of a region that the codes read in it must cover before it counts as read.
FILLED = 0.2


Position = tuple[tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]]
Mapper = Callable[[Position | None], Position | None]
# One decode of a region: the image, who reads it, and how its positions map back to the frame.
Attempt = Callable[[], "tuple[np.ndarray, Decoder, Mapper]"]


@dataclass(frozen=True)
class RegionDecoders:
    fast: Decoder
    histogram: Decoder  # the global-histogram binarizer: better on evenly lit, slightly blurred bars
    second: Decoder | None  # pyzbar: reads upright 1D bars that zxing-cpp gives up on
    # zxing-cpp for one kind of code only: a region that wants just a Code 128 is not searched for QR finders,
    # which is where most of zxing-cpp's time on a label goes.
    linear: Decoder
    matrix: Decoder
    # zxing-cpp for 1D codes along rows only: a strip of bars is turned until they stand upright, so searching it
    # a quarter turn round as well would double the cost for nothing.
    rows: Decoder | None = None


@dataclass(frozen=True)
class RegionPolicy:
    """How much a frame may spend on its regions, and how hard each is tried."""

    budget: int  # pixels handed to the decoders (zbar's counted twice)
    # On a shrunk frame with a find, the whole frame at full size first, as raw zxing-cpp reads it, so nothing it
    # would read is lost.
    whole_frame: bool
    # Every way of reading a region is tried; otherwise only the cheap ways, by a decoder that looks for the wanted
    # kind alone where one kind is wanted.
    thorough: bool
    # A region counts as read only once the codes read in it cover a good part of it (a whole label shows up as
    # one region, and its QR code alone does not read it); otherwise once a code of each kind it shows is read.
    cover: bool = True
    # zbar reads upright bars zxing-cpp gives up on, at twice its time per pixel: worth it for a still photo, not
    # for every camera frame (the next frame shows the label again).
    second_opinion: bool = True


# Still photos and dropped files: reading matters most. Camera frames: the next frame comes soon.
STILL = RegionPolicy(budget=1_500_000, whole_frame=True, thorough=True)
LIVE = RegionPolicy(budget=1_000_000, whole_frame=False, thorough=False, cover=False, second_opinion=False)


def wanted(sign: Sign, codes: Sequence[Code], cover: bool = True) -> tuple[bool, bool]:
    """Which kinds of code (1D, 2D) the region still wants: those it shows signs of and no code found in it is."""
    inside = [c for c in codes if c.position is not None and sign.contains(*_centre(c.position))]
    want_1d = sign.bars and not any(c.format in LINEAR_FORMATS for c in inside)
    want_2d = sign.matrix and not any(c.format not in LINEAR_FORMATS for c in inside)
    if cover:
        # A whole label shows up as one region: while the codes read cover little of it, it may hold more of any
        # kind it shows (a DataMatrix beside the QR code read).
        left, top, right, bottom = sign.box
        covered = sum(_area(c.position) for c in inside)  # type: ignore[arg-type]
        if covered < FILLED * (right - left) * (bottom - top):
            return sign.bars, sign.matrix
    return want_1d, want_2d


def needs(sign: Sign, codes: Sequence[Code], cover: bool = True) -> bool:
    return any(wanted(sign, codes, cover))


def read_regions(grey: np.ndarray, found: list[Code], decoders: RegionDecoders, policy: RegionPolicy, *,
                 shrunk: bool, misses: Sequence[Miss] = (), search: bool = True) -> list[Code]:
    """Codes found in the regions still unread, in frame coordinates, spending at most the policy's budget.

    shrunk: the whole-frame ladder saw a shrunk copy, so a region is first decoded as it is at full size.
    misses: symbols the ladder's decoder found and could not read (in frame coordinates), looked at first.
    search: also look for signs of codes in the whole frame. The pipeline does for shrunk frames and frames
    where the ladder found nothing: a photo read at full size with a code found and no symbol missed is done,
    which keeps single-code photos as fast as one pass.
    """
    thorough, cover = policy.thorough, policy.cover
    codes = list(found)
    spent = 0
    signs = [sign_of_miss(m.format, m.position, m.format in LINEAR_FORMATS, grey.shape) for m in misses]
    if search:
        signs += find_signs(grey)
    signs = [sign for sign in signs if needs(sign, codes, cover)]
    whole = policy.whole_frame and shrunk and bool(found) and any(not sign.seen for sign in signs)
    if whole:
        # Only the kinds still wanted somewhere: a frame with its QR and DataMatrix read is searched for bars alone,
        # at under half the cost of a full pass.
        want_1d = any(wanted(sign, codes, cover)[0] for sign in signs)
        want_2d = any(wanted(sign, codes, cover)[1] for sign in signs)
        decoder = decoders.fast if want_1d == want_2d else decoders.linear if want_1d else decoders.matrix
        spent += grey.size
        codes += [c for c in decoder.decode(grey) if c not in codes]
    # The cheap ways for every region first, then the dear ones with what is left: most codes a region still
    # holds are read the cheap way, and one stubborn region must not spend the budget of the others.
    # zbar only in the dear round, and never for a camera frame unless the policy asks for it.
    cheap = decoders if policy.second_opinion and not thorough else replace(decoders, second=None)
    for dear in (False, True) if thorough else (False,):
        by = decoders if dear and policy.second_opinion else cheap
        for sign in signs:
            want = wanted(sign, codes, cover)
            if not any(want):
                continue
            for attempt in _attempts(grey, sign, by, want, thorough=dear, as_it_is=shrunk and not whole):
                image, decoder, to_frame = attempt()
                cost = image.size * (SECOND_COST if decoder is decoders.second else 1)
                spent += cost
                if spent > policy.budget:
                    return codes
                for code in decoder.decode(image):
                    moved = replace(code, position=to_frame(code.position))
                    if moved not in codes:
                        codes.append(moved)
                if not needs(sign, codes, cover):
                    break
    return codes


def _attempts(grey: np.ndarray, sign: Sign, decoders: RegionDecoders, want: tuple[bool, bool], *,
              thorough: bool, as_it_is: bool) -> list[Attempt]:
    """The decodes worth trying on one region, most promising first, each made only when its turn comes.

    as_it_is: the region at full size has not been decoded yet (the ladder saw a shrunk copy), so that comes first.
    """
    left, top, right, bottom = sign.box
    mx, my = int(MARGIN * (right - left)) + 8, int(MARGIN * (bottom - top)) + 8
    x0, y0 = max(0, left - mx), max(0, top - my)
    x1, y1 = min(grey.shape[1], right + mx), min(grey.shape[0], bottom + my)
    crop = np.ascontiguousarray(grey[y0:y1, x0:x1])
    offset = np.array([x0, y0], np.float64)
    turn = sign.angle if sign.bars and _off_upright(sign.angle) > UPRIGHT_WITHIN else 0.0
    if sign.extent is not None:
        # A strip knows which way its bars run, not just its axis: bars lying flat are turned a quarter turn too.
        turn = sign.angle if abs((sign.angle + 90) % 180 - 90) > UPRIGHT_WITHIN else 0.0
    as_is = _mapper(offset, None, 1.0)
    made: dict[str, tuple[np.ndarray, np.ndarray | None]] = {}

    def stood_up() -> tuple[np.ndarray, np.ndarray | None]:
        if "upright" not in made:
            made["upright"] = (crop, None) if turn == 0.0 else _strip(crop, sign, offset, turn)
        return made["upright"]

    def upright(decoder: Decoder, factor: float = 1.0, equalise: bool = False) -> Attempt:
        def make() -> tuple[np.ndarray, Decoder, Mapper]:
            if factor != 1.0 and turn != 0.0 and sign.extent is not None:
                # A slanted strip enlarged in the same turn: one interpolation, not two, keeps its fine bars.
                key = f"upright-{factor}"
                if key not in made:
                    made[key] = _strip(crop, sign, offset, turn, factor)
                image, matrix = made[key]
                if equalise:
                    image = variants.equalised(image)
                return np.ascontiguousarray(image), decoder, _mapper(offset, matrix, 1.0)
            image, matrix = stood_up()
            if factor != 1.0:
                image = variants.scaled(image, factor)
            if equalise:
                image = variants.equalised(image)
            return np.ascontiguousarray(image), decoder, _mapper(offset, matrix, factor)
        return make

    def plain(decoder: Decoder) -> Attempt:
        return lambda: (crop, decoder, as_is)

    small = min(crop.shape[:2]) < UPSCALE_BELOW
    if not thorough:
        # One decoder for the wanted kind; bars stood upright; zbar last, for the 1D codes zxing-cpp gives up on.
        kind = decoders.fast if all(want) else decoders.linear if want[0] else decoders.matrix
        cheap = [plain(kind)] if as_it_is or sign.seen else []
        strip = sign.extent is not None and decoders.rows is not None
        if strip:
            kind = decoders.rows  # type: ignore[assignment]
        if want[0] and (turn != 0.0 or not as_it_is):
            # Also when no turn is needed: the frame's first pass scanned rows only, the 1D decoder turns.
            cheap.append(upright(decoders.rows if strip else decoders.linear))  # type: ignore[arg-type]
        if sign.seen or (small and not as_it_is):
            cheap.append(upright(kind, CHEAP_ENLARGE))
        if want[0] and decoders.second is not None:
            cheap.append(upright(decoders.second))
        return cheap
    if sign.seen:
        # A symbol found and not read: its modules were too few pixels or too faint for the binarizer.
        closer = [plain(decoders.fast), upright(decoders.fast, 2.0)]
        if turn != 0.0:
            closer.append(upright(decoders.fast))
        closer.append(upright(decoders.histogram))
        if decoders.second is not None:
            closer.append(upright(decoders.second))
        return [*closer, upright(decoders.fast, 2.0, equalise=True)]
    steps: list[Attempt] = [plain(decoders.fast)] if as_it_is else []
    if as_it_is and not sign.bars:
        return steps + ([upright(decoders.fast, 2.0)] if small else [])
    if turn != 0.0 or not as_it_is:
        steps.append(upright(decoders.fast))
    if small:
        steps.append(upright(decoders.fast, 2.0))
    if decoders.second is not None:
        steps.append(upright(decoders.second))
        if turn != 0.0:
            # zbar allows some slant along its rows: a code turned a little is often read as it lies.
            steps.append(plain(decoders.second))
    steps.append(upright(decoders.histogram))
    steps.append(upright(decoders.fast, equalise=True))
    return steps


def _strip(crop: np.ndarray, sign: Sign, offset: np.ndarray, turn: float, factor: float = 1.0
           ) -> tuple[np.ndarray, np.ndarray]:
    """The region turned upright; for a strip of bars only the strip and its quiet zones, turned straight into
    an image of their size: the box around a slanted strip holds several times its area, all of which a decoder
    would search and the turn would have to fill."""
    if sign.centre is None or sign.extent is None:
        return variants.rotation(crop, turn)
    cx, cy = sign.centre[0] - offset[0], sign.centre[1] - offset[1]
    width = int((sign.extent[0] * (1 + 2 * MARGIN) + 16) * factor)
    height = int((sign.extent[1] * (1 + 2 * MARGIN) + 16) * factor)
    matrix = cv2.getRotationMatrix2D((cx, cy), turn, factor)
    matrix[:, 2] += (width / 2 - cx, height / 2 - cy)
    # Enlarged, cubic: bars a pixel or two wide blur under a linear one. As it is, linear costs a third as much.
    flags = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_LINEAR
    return cv2.warpAffine(crop, matrix, (width, height), flags=flags, borderValue=255), matrix


def _off_upright(angle: float) -> float:
    return abs((angle + 45) % 90 - 45)


def _mapper(offset: np.ndarray, matrix: np.ndarray | None, factor: float) -> Mapper:
    inverse = None if matrix is None else cv2.invertAffineTransform(matrix)

    def to_frame(position: Position | None) -> Position | None:
        if position is None:
            return None
        points = np.array(position, np.float64) / factor
        if inverse is not None:
            points = points @ inverse[:, :2].T + inverse[:, 2]
        points += offset
        return tuple((round(float(x)), round(float(y))) for x, y in points)  # type: ignore[return-value]
    return to_frame


def _centre(position: tuple[tuple[int, int], ...]) -> tuple[float, float]:
    return (sum(p[0] for p in position) / len(position), sum(p[1] for p in position) / len(position))


def _area(position: tuple[tuple[int, int], ...]) -> float:
    xs, ys = [p[0] for p in position], [p[1] for p in position]
    # A 1D code's position is its scan lines, often thin: its width squared stands in for a flat box.
    return max((max(xs) - min(xs)) * (max(ys) - min(ys)), 0.25 * (max(xs) - min(xs)) ** 2)
