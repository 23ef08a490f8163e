"""Grey conversion and the image variants (scaled, CLAHE, inverted, rotated) tried when a plain pass fails."""

from __future__ import annotations

import cv2
import numpy as np

# zxing-cpp and zbar read 8-bit grey; anything smaller than this cannot hold a readable code.
MIN_SIDE = 8


def to_grey(frame: object) -> np.ndarray | None:
    """The frame as C-contiguous 8-bit grey, or None when it is not an image array we can use."""
    if not isinstance(frame, np.ndarray) or frame.size == 0:
        return None
    image = frame
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.ndim not in (2, 3) or image.shape[0] < MIN_SIDE or image.shape[1] < MIN_SIDE:
        return None
    if image.dtype != np.uint8:
        image = _to_uint8(image)
        if image is None:
            return None
    if image.ndim == 3:
        channels = image.shape[2]
        if channels == 3:
            return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        if channels == 4:
            return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
        return None
    # Only copy when the decoders could not read the memory as it is (a crop or a strided view).
    return image if image.flags.c_contiguous else np.ascontiguousarray(image)


def _to_uint8(image: np.ndarray) -> np.ndarray | None:
    if image.dtype == np.bool_:
        return image.astype(np.uint8) * 255
    if np.issubdtype(image.dtype, np.integer) and image.dtype.itemsize == 2:
        return (image >> 8).astype(np.uint8) if image.dtype == np.uint16 else None
    if np.issubdtype(image.dtype, np.floating):
        finite = np.nan_to_num(image.astype(np.float32), nan=0.0, posinf=1.0, neginf=0.0)
        # Float images are 0..1 by OpenCV's convention.
        return np.clip(finite * 255.0, 0, 255).astype(np.uint8)
    return None


def fit_within(grey: np.ndarray, max_side: int) -> np.ndarray:
    """The image shrunk so its longer side is at most max_side (area-averaged), or the image itself."""
    longest = max(grey.shape[:2])
    if longest <= max_side:
        return grey
    factor = max_side / longest
    return cv2.resize(grey, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def scaled(grey: np.ndarray, factor: float) -> np.ndarray:
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(grey, None, fx=factor, fy=factor, interpolation=interpolation)


_CLAHE = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8))


def equalised(grey: np.ndarray) -> np.ndarray:
    """Contrast-limited adaptive histogram equalisation: lifts faded print and evens out glare."""
    return _CLAHE.apply(grey)


def sharpened(grey: np.ndarray) -> np.ndarray:
    """An unsharp mask: edges a little out of focus are steepened, as zxing-cpp's maintainer suggests for soft,
    low-resolution bars (zxing-cpp issue 642)."""
    soft = cv2.GaussianBlur(grey, (0, 0), 1.5)
    return cv2.addWeighted(grey, 2.0, soft, -1.0, 0)


def inverted(grey: np.ndarray) -> np.ndarray:
    return cv2.bitwise_not(grey)


def rotated(grey: np.ndarray, degrees: float) -> np.ndarray:
    """The image turned about its centre on a canvas large enough to keep every corner."""
    return rotation(grey, degrees)[0]


def rotation(grey: np.ndarray, degrees: float) -> tuple[np.ndarray, np.ndarray]:
    """The turned image and the 2x3 matrix that takes the image's points to the turned image's."""
    height, width = grey.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(height * sin + width * cos), int(height * cos + width * sin)
    matrix[0, 2] += new_w / 2 - width / 2
    matrix[1, 2] += new_h / 2 - height / 2
    # A white border: the quiet zone around a code must not turn into a dark frame.
    return cv2.warpAffine(grey, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderValue=255), matrix
