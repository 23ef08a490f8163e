"""A photo view that zooms and pans by mouse wheel, pinch and keyboard, drawing the sharpest image it needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QGesture,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
    QStyleOptionGraphicsItem,
    QWidget,
)

MIN_ZOOM = 0.02
MAX_ZOOM = 8.0
STEP = 1.25


class LayeredImageItem(QGraphicsItem):
    """One photo in the original's pixel coordinates, held at several resolutions (thumbnail, review copy,
    original). Each paint draws only the exposed part of the smallest image sharp enough for the zoom, so a
    12-megapixel original is never scaled down as a whole and never converted to a pixmap."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, max(1, width), max(1, height))
        self.levels: list[QImage] = []

    def boundingRect(self) -> QRectF:
        return self._rect

    def add_level(self, image: QImage) -> None:
        if image.isNull():
            return
        self.levels = sorted([*[i for i in self.levels if i.width() != image.width()], image], key=QImage.width)
        self.update()

    @property
    def sharpest(self) -> int:
        return self.levels[-1].width() if self.levels else 0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.levels:
            return
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        needed = self._rect.width() * detail
        image = next((i for i in self.levels if i.width() >= needed), self.levels[-1])
        scale = image.width() / self._rect.width()
        target = option.exposedRect.intersected(self._rect) if option.exposedRect.isValid() else self._rect
        source = QRectF(target.x() * scale, target.y() * scale, target.width() * scale, target.height() * scale)
        # The view's painter already smooths (see ZoomView); one call per paint keeps the hot path short.
        painter.drawImage(target, image, source)


# The keys the photo answers to itself (keyPressEvent): + = − zoom, 0 fit, 1 actual size.
ZOOM_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0, Qt.Key.Key_1)


class ZoomView(QGraphicsView):
    """Wheel or pinch zooms under the pointer; drag pans; + - 0 1 and the arrow keys do the same by keyboard."""

    zoomChanged = Signal(float)  # 1.0 = one image pixel per screen pixel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item: LayeredImageItem | None = None
        self._fitted = True
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("role", "photo")
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    # ---- content ----
    def show_photo(self, width: int, height: int, image: QImage | None = None) -> LayeredImageItem:
        """Starts a new photo of the original's size; sharper levels arrive later with `add_level`."""
        self.scene().clear()
        self.item = LayeredImageItem(width, height)
        self.scene().addItem(self.item)
        self.scene().setSceneRect(self.item.boundingRect())
        if image is not None:
            self.item.add_level(image)
        self.fit()
        return self.item

    def add_level(self, image: QImage) -> None:
        if self.item is not None:
            self.item.add_level(image)
            self.viewport().update()

    def clear_photo(self) -> None:
        self.scene().clear()
        self.item = None

    # ---- zoom ----
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        if self.item is None:
            return
        self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True
        self.zoomChanged.emit(self.zoom)

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.zoom_by(zoom / self.zoom if self.zoom else 1.0)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        if self.item is None or factor <= 0:
            return
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor))
        factor = target / self.zoom
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        # Keep the image point under the pointer (or the pinch, or the view's centre) where it is.
        fixed = self.mapToScene(anchor.toPoint())
        previous = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor, factor)
        self.setTransformationAnchor(previous)
        moved = self.mapFromScene(fixed) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._fitted = False
        self.zoomChanged.emit(self.zoom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(STEP ** steps, event.position())
            event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            gesture: QGesture | None = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(gesture, QPinchGesture):
                self.pinch(gesture.scaleFactor(), self.viewport().mapFromGlobal(gesture.centerPoint().toPoint()))
                event.accept()
                return True
        # Touchpads: a zoom gesture's value is the change in scale since the last event.
        if (event.type() == QEvent.Type.NativeGesture
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):  # type: ignore[attr-defined]
            self.zoom_by(1.0 + event.value(), event.position())  # type: ignore[attr-defined]
            return True
        return super().viewportEvent(event)

    def pinch(self, scale_factor: float, center: object = None) -> None:
        anchor = QPointF(center) if center is not None else None  # type: ignore[arg-type]
        self.zoom_by(scale_factor, anchor)

    def event(self, event: QEvent) -> bool:
        # The review's digit shortcuts (1–9: disposition) must not take the photo's own zoom keys while it has focus.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in ZOOM_KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1:
            self.set_zoom(1.0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.horizontalScrollBar() if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) else \
                self.verticalScrollBar()
            sign = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            bar.setValue(bar.value() + sign * max(40, bar.pageStep() // 5))
        else:
            super().keyPressEvent(event)
            return
        event.accept()
