"""Image loading for the viewer, run in workers: QImage (not QPixmap) is safe off the UI thread."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

from station.context import StationContext
from station.services.review import EvidenceView, load_evidence


def read_image(path: Path | None) -> QImage:
    """The image at `path`, upright (EXIF orientation applied); a null image when it is missing or unreadable."""
    if path is None or not path.exists():
        return QImage()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    # One fixed format: drawing a mix of formats makes the painter convert on every paint.
    return image.convertToFormat(QImage.Format.Format_RGB32) if not image.isNull() else image


@dataclass(frozen=True)
class OpenedInspection:
    view: EvidenceView
    thumbnails: list[QImage]
    first: QImage  # the first photo's review-size copy: on screen before any original is decoded
    catalog: QImage


def open_inspection(ctx: StationContext, inspection_id: uuid.UUID, viewer_id: uuid.UUID | None) -> OpenedInspection:
    view = load_evidence(ctx, inspection_id, viewer_id)
    thumbnails = [read_image(p.thumbnail) for p in view.photos]
    first = read_image(view.photos[0].review) if view.photos else QImage()
    catalog = read_image(view.product.image if view.product else None)
    return OpenedInspection(view, thumbnails, first, catalog)
