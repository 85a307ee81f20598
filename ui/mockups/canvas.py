"""Mockups › the canvas: a QGraphicsView with the scene and the product (drag, snap, scale, rotate, pull corners
in perspective), the plane marks of a photo scene and the refine brush."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QRadialGradient,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsView,
)


def pil_to_qimage(img) -> QImage:
    """A PIL image as a QImage that owns its bytes."""
    img = img.convert("RGBA")
    data = img.tobytes("raw", "RGBA")
    return QImage(data, img.width, img.height, img.width * 4, QImage.Format.Format_RGBA8888).copy()


# --------------------------------------------------------------------------- canvas items


class Handle(QGraphicsEllipseItem):
    """A corner handle: pulling it moves that corner freely (perspective)."""

    def __init__(self, canvas: MockupCanvas, index: int) -> None:
        super().__init__(-6, -6, 12, 12)
        self.canvas, self.index = canvas, index
        self.setBrush(QBrush(QColor(255, 255, 255)))
        self.setPen(QPen(QColor(30, 120, 220), 2))
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.canvas.move_corner(self.index, event.scenePos())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.canvas.drag_finished.emit()


class ProductItem(QGraphicsPixmapItem):
    """The product at screen resolution, drawn through a quad-to-quad transform (cached in item coords)."""

    def __init__(self, canvas: MockupCanvas, pixmap: QPixmap) -> None:
        super().__init__(pixmap)
        self.canvas = canvas
        self.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(5)
        self._grab: QPointF | None = None

    def set_quad(self, quad) -> None:
        w, h = self.pixmap().width(), self.pixmap().height()
        src = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)])
        dst = QPolygonF([QPointF(float(x), float(y)) for x, y in quad])
        t = QTransform()
        if QTransform.quadToQuad(src, dst, t):
            self.setTransform(t)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.canvas.mode != "place":
            event.ignore()
            return
        bx, by = self.canvas.base_point()
        self._grab = QPointF(event.scenePos().x() - bx, event.scenePos().y() - by)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._grab is None:
            return
        p = event.scenePos() - self._grab
        self.canvas.move_base(p.x(), p.y())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._grab = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.canvas.drag_finished.emit()


class MockupCanvas(QGraphicsView):
    """Background + product + handles; modes: place, mark (plane and reference), brush (refine)."""

    placement_changed = Signal(dict)
    drag_finished = Signal()
    marks_changed = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.gscene = QGraphicsScene(self)
        self.setScene(self.gscene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QBrush(QColor(48, 50, 56)))
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.mode = "place"
        self.setup = None
        self.bg_item: QGraphicsPixmapItem | None = None
        self.item: ProductItem | None = None
        self.handles: list[Handle] = []
        self.plane_item: QGraphicsPolygonItem | None = None
        self.shadow_item: QGraphicsItem | None = None
        self.quad: list[tuple[float, float]] = []
        self.scale_factor = 1.0
        self.rotation = 0.0
        self.placement: dict = {}
        self.custom_quad = False
        self._base: tuple[float, float] | None = None
        # mark mode
        self.marks: list[QPointF] = []
        self._mark_items: list[QGraphicsItem] = []
        self.photo_size: tuple[int, int] | None = None
        # brush mode
        self.mask: QImage | None = None
        self.overlay: QImage | None = None
        self.overlay_item: QGraphicsPixmapItem | None = None
        self.brush_radius = 14.0
        self._brush_src_scale = 1.0
        self._painting = 0

    # ------------------------------------------------------------------ setup
    def clear_all(self) -> None:
        self.gscene.clear()
        self.bg_item = self.item = self.plane_item = self.overlay_item = self.shadow_item = None
        self.handles = []
        self._mark_items = []

    def load(self, setup) -> None:
        """Show a CanvasSetup (from the service)."""
        self.mode = "place"
        self.clear_all()
        self.setup = setup
        w, h = setup.view_size
        self.gscene.setSceneRect(QRectF(0, 0, w, h))
        self.bg_item = self.gscene.addPixmap(QPixmap.fromImage(pil_to_qimage(setup.background)))
        self.bg_item.setZValue(0)
        self.bg_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if setup.plane:
            poly = QPolygonF([QPointF(x, y) for x, y in setup.plane])
            self.plane_item = self.gscene.addPolygon(poly, QPen(QColor(60, 200, 120, 180), 1.5, Qt.PenStyle.DashLine))
            self.plane_item.setZValue(1)
        self.item = ProductItem(self, QPixmap.fromImage(pil_to_qimage(setup.product)))
        self.gscene.addItem(self.item)
        # a soft contact shadow that follows the product (the export renders the real shadows)
        self.shadow_item = None
        if setup.snapper.anchor == "floor":
            grad = QRadialGradient(QPointF(0, 0), 1.0)
            grad.setColorAt(0.0, QColor(0, 0, 0, 110))
            grad.setColorAt(1.0, QColor(0, 0, 0, 0))
            grad.setCoordinateMode(QRadialGradient.CoordinateMode.ObjectBoundingMode)
            grad.setCenter(0.5, 0.5)
            grad.setFocalPoint(0.5, 0.5)
            grad.setRadius(0.5)
            self.shadow_item = self.gscene.addEllipse(0, 0, 1, 1, QPen(Qt.PenStyle.NoPen), QBrush(grad))
            self.shadow_item.setZValue(4)
        self.handles = [Handle(self, i) for i in range(4)]
        for hnd in self.handles:
            self.gscene.addItem(hnd)
        self.scale_factor = float(setup.placement.get("scale") or 1.0)
        self.rotation = float(setup.placement.get("rotation") or 0.0)
        self.placement = dict(setup.placement)
        self.custom_quad = setup.placement.get("quad") is not None
        self._base = None
        self._apply_quad(setup.quad)
        self.fit()

    def fit(self) -> None:
        if self.gscene.sceneRect().isValid():
            self.fitInView(self.gscene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def _apply_quad(self, quad) -> None:
        self.quad = [(float(x), float(y)) for x, y in quad]
        if self.item is not None:
            self.item.set_quad(self.quad)
        if getattr(self, "shadow_item", None) is not None:
            (x3, y3), (x2, y2) = self.quad[3], self.quad[2]
            top = min(self.quad[0][1], self.quad[1][1])
            width = abs(x2 - x3) * 1.15
            height = max(4.0, (max(y2, y3) - top) * 0.08)
            cx, by = (x2 + x3) / 2, max(y2, y3)
            self.shadow_item.setRect(QRectF(cx - width / 2, by - height / 2, width, height))
        for hnd, (x, y) in zip(self.handles, self.quad, strict=False):
            hnd.setPos(x, y)

    # ------------------------------------------------------------------ placing
    def base_point(self) -> tuple[float, float]:
        """Where the product stands: the snapped point it was last moved to (exact, so a drag is relative)."""
        if self._base is not None and not self.custom_quad:
            return self._base
        return self.setup.snapper.base_of(self.quad)

    def move_base(self, x: float, y: float) -> None:
        if self.setup is None:
            return
        if self.custom_quad:  # a perspective-pulled quad moves rigidly
            bx, by = self.base_point()
            self._apply_quad([(qx + x - bx, qy + y - by) for qx, qy in self.quad])
            self._emit_quad()
            return
        quad, placement = self.setup.snapper.quad_for_base(x, y, self.scale_factor, self.rotation)
        self._base = self.setup.snapper.last_base
        self._apply_quad(quad)
        self.placement = placement
        self.placement_changed.emit(dict(placement))

    def set_scale(self, scale: float) -> None:
        self.scale_factor = max(0.05, min(8.0, float(scale)))
        self.custom_quad = False
        self.move_base(*self.base_point())

    def set_rotation(self, degrees: float) -> None:
        self.rotation = float(degrees)
        self.custom_quad = False
        self.move_base(*self.base_point())

    def move_corner(self, index: int, pos: QPointF) -> None:
        quad = list(self.quad)
        quad[index] = (pos.x(), pos.y())
        from studio.services.mockups import quad_is_convex

        if not quad_is_convex(quad):
            return  # a crossed quad would flip the product; keep the last good one
        self.custom_quad = True
        self._apply_quad(quad)
        self._emit_quad()

    def _emit_quad(self) -> None:
        w, h = self.setup.view_size
        self.placement = {"quad": [[x / w, y / h] for x, y in self.quad]}
        self.placement_changed.emit(dict(self.placement))

    def wheelEvent(self, event) -> None:  # noqa: N802
        if self.mode != "place" or self.item is None:
            return super().wheelEvent(event)
        steps = event.angleDelta().y() / 120.0
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.set_rotation(self.rotation + 2.0 * steps)
        else:
            self.set_scale(self.scale_factor * (1.05 ** steps))
        self.drag_finished.emit()
        event.accept()

    # ------------------------------------------------------------------ mark mode (photo scenes)
    def start_marking(self, photo: QImage) -> None:
        self.clear_all()
        self.setup = None
        self.mode = "mark"
        self.photo_size = (photo.width(), photo.height())
        k = 1000 / max(photo.width(), photo.height())
        self._mark_scale = k
        pix = QPixmap.fromImage(photo.scaled(round(photo.width() * k), round(photo.height() * k),
                                             Qt.AspectRatioMode.IgnoreAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.gscene.setSceneRect(QRectF(0, 0, pix.width(), pix.height()))
        self.bg_item = self.gscene.addPixmap(pix)
        self.marks = []
        self.fit()
        self.marks_changed.emit(0)

    def add_mark(self, p: QPointF) -> None:
        if len(self.marks) >= 6:
            return
        self.marks.append(QPointF(p))
        colour = QColor(60, 200, 120) if len(self.marks) <= 4 else QColor(240, 160, 40)
        dot = self.gscene.addEllipse(p.x() - 5, p.y() - 5, 10, 10, QPen(colour, 2), QBrush(colour))
        dot.setZValue(20)
        self._mark_items.append(dot)
        if len(self.marks) == 4:
            poly = self.gscene.addPolygon(QPolygonF(self.marks), QPen(QColor(60, 200, 120), 2))
            self._mark_items.append(poly)
        if len(self.marks) == 6:
            line = QGraphicsLineItem(self.marks[4].x(), self.marks[4].y(), self.marks[5].x(), self.marks[5].y())
            line.setPen(QPen(QColor(240, 160, 40), 3))
            self.gscene.addItem(line)
            self._mark_items.append(line)
        self.marks_changed.emit(len(self.marks))

    def marks_in_photo(self) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        k = self._mark_scale
        pts = [(p.x() / k, p.y() / k) for p in self.marks]
        return pts[:4], pts[4:6]

    # ------------------------------------------------------------------ brush mode (refine the cut-out)
    def start_brush(self, source: QImage, mask: QImage | None) -> None:
        self.clear_all()
        self.mode = "brush"
        k = min(1.0, 1000 / max(source.width(), source.height()))
        self._brush_src_scale = k
        shown = source.scaled(round(source.width() * k), round(source.height() * k),
                              Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.gscene.setSceneRect(QRectF(0, 0, shown.width(), shown.height()))
        self.bg_item = self.gscene.addPixmap(QPixmap.fromImage(shown))
        if mask is None or mask.size() != source.size():
            mask = QImage(source.size(), QImage.Format.Format_Grayscale8)
            mask.fill(128)
        self.mask = mask.convertToFormat(QImage.Format.Format_Grayscale8)
        self.overlay = QImage(shown.size(), QImage.Format.Format_ARGB32_Premultiplied)
        self.overlay.fill(Qt.GlobalColor.transparent)
        self.overlay_item = self.gscene.addPixmap(QPixmap.fromImage(self.overlay))
        self.overlay_item.setZValue(2)
        self.fit()

    def paint_at(self, p: QPointF, keep: bool) -> None:
        if self.mask is None or self.overlay is None:
            return
        k = self._brush_src_scale
        r = self.brush_radius
        painter = QPainter(self.mask)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255) if keep else QColor(0, 0, 0))
        painter.drawEllipse(QPointF(p.x() / k, p.y() / k), r / k, r / k)
        painter.end()
        painter = QPainter(self.overlay)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(40, 200, 90, 110) if keep else QColor(230, 50, 50, 110))
        painter.drawEllipse(p, r, r)
        painter.end()
        self.overlay_item.setPixmap(QPixmap.fromImage(self.overlay))
        self._painting += 1

    # ------------------------------------------------------------------ mouse for mark/brush modes
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.mode == "mark" and event.button() == Qt.MouseButton.LeftButton:
            self.add_mark(self.mapToScene(event.position().toPoint()))
            return
        if self.mode == "brush":
            self._brush_keep = event.button() != Qt.MouseButton.RightButton
            self.paint_at(self.mapToScene(event.position().toPoint()), self._brush_keep)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self.mode == "brush" and event.buttons() != Qt.MouseButton.NoButton:
            self.paint_at(self.mapToScene(event.position().toPoint()), getattr(self, "_brush_keep", True))
            return
        super().mouseMoveEvent(event)

