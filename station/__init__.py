"""The returns inspection station's domain: scanning, checklists, grading, evidence and sync, free of Qt."""

import os

__version__ = "0.1.0"

# OpenCV reads its pixel limit once, when cv2 loads, and some area loads cv2 on import: set here, before any of
# them, the largest picture any path of the station accepts (a 108 MP phone JPEG, decoded reduced). Every path
# also refuses by the header's size first (station.image_size); this is the second wall, unless the owner chose.
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(120_000_000))
