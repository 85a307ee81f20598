"""Mockups section: place a product in a studio scene or a photo of a room, true to scale, and export it.

The canvas is a QGraphicsView. The scene background and the product are screen-resolution pixmaps
(composited at full resolution only on export, by the service). The product item can be dragged (it
snaps to the scene's floor line and centre line, or, on a photo, stays on the marked plane at its true
size), scaled (wheel or the Size box), rotated (Shift+wheel or the Rotate box), and its four corners pulled
in perspective (QTransform.quadToQuad). Modes: mark the plane + a reference length on a photo of your own;
a refine brush that paints the cut-out mask (left button keeps, right button removes).
Everything goes through ``studio.services.mockups`` and ``studio.services.catalog``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import ops
from ui.i18n import tr
from ui.models import ProductListModel
from ui.ops import Op
from ui.sections import Section

TARGETS = [("amazon-main", "Amazon main"), ("instagram", "Instagram 4:5"), ("story", "Story 9:16"),
           ("pinterest", "Pinterest 2:3"), ("tiktok-shop", "TikTok Shop 1:1"), (None, "PNG")]


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


# --------------------------------------------------------------------------- the section


class MockupsView(QWidget):
    exported = Signal(object)  # AssetDTO or list of BatchItem
    canvas_ready = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.batch_dir: str | None = None  # tests set this instead of the folder dialog
        self._current_pid: int | None = None
        self._scene_infos: list[Any] = []

        self.products = ProductListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("mockupProducts")
        self.list.setModel(self.products)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._reload_canvas())

        self.scene_box = QComboBox(self)
        self.scene_box.setObjectName("mockupScene")
        self.scene_box.currentIndexChanged.connect(lambda *_: self._reload_canvas())
        self.canvas = MockupCanvas(self)
        self.canvas.setObjectName("mockupCanvas")
        self.canvas.setMinimumSize(480, 400)
        self.canvas.drag_finished.connect(self._remember_placement)
        self.canvas.marks_changed.connect(self._on_marks)

        self.size_box = QDoubleSpinBox(self)
        self.size_box.setRange(5, 800)
        self.size_box.setSuffix(" %")
        self.size_box.setValue(100)
        self.size_box.setToolTip(tr("Size (100 % = true size on a photo scene, or the scene's fit)"))
        self.size_box.editingFinished.connect(lambda: self.canvas.set_scale(self.size_box.value() / 100))
        self.rot_box = QSpinBox(self)
        self.rot_box.setRange(-180, 180)
        self.rot_box.setSuffix("°")
        self.rot_box.editingFinished.connect(lambda: self.canvas.set_rotation(self.rot_box.value()))
        self.info = QLabel("", self)
        self.info.setWordWrap(True)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("mockupStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # export buttons
        exports = QGridLayout()
        self.export_buttons: dict[str | None, QPushButton] = {}
        for i, (target, label) in enumerate(TARGETS):
            b = QPushButton(tr(label), self)
            b.setObjectName(f"export-{target or 'png'}")
            b.clicked.connect(lambda _=False, t=target: self.export(t))
            exports.addWidget(b, i // 3, i % 3)
            self.export_buttons[target] = b
        self.glb_button = QPushButton(tr("AR model (.glb)"), self)
        self.glb_button.clicked.connect(self.export_glb)
        self.batch_button = QPushButton(tr("Batch: selected products × this scene…"), self)
        self.batch_button.clicked.connect(self.batch)

        # photo scenes and refine brush
        self.add_scene_button = QPushButton(tr("New scene from a photo…"), self)
        self.add_scene_button.clicked.connect(self.start_add_scene)
        self.ref_length = QLineEdit(self)
        self.ref_length.setPlaceholderText(tr("reference length, e.g. 29.7cm"))
        self.scene_name = QLineEdit(self)
        self.scene_name.setPlaceholderText(tr("scene name, e.g. living-room"))
        self.plane_kind = QComboBox(self)
        self.plane_kind.addItem(tr("floor"), "floor")
        self.plane_kind.addItem(tr("wall"), "wall")
        self.save_scene_button = QPushButton(tr("Save scene"), self)
        self.save_scene_button.clicked.connect(self.save_scene)
        self.mark_hint = QLabel("", self)
        self.mark_hint.setWordWrap(True)
        self.mark_panel = QWidget(self)
        mp = QVBoxLayout(self.mark_panel)
        mp.setContentsMargins(0, 0, 0, 0)
        for w in (self.mark_hint, self.plane_kind, self.ref_length, self.scene_name, self.save_scene_button):
            mp.addWidget(w)
        self.mark_panel.hide()
        self.brush_button = QPushButton(tr("Refine cut-out (brush)"), self)
        self.brush_button.setCheckable(True)
        self.brush_button.toggled.connect(self.toggle_brush)
        self.brush_apply = QPushButton(tr("Apply brush"), self)
        self.brush_apply.clicked.connect(self.apply_brush)
        self.brush_apply.hide()
        self.brush_clear = QPushButton(tr("Reset mask"), self)
        self.brush_clear.clicked.connect(self.clear_brush)
        self.brush_clear.hide()

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(tr("Products"), self))
        lv.addWidget(self.list, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.addWidget(QLabel(tr("Scene"), self))
        rv.addWidget(self.scene_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Size"), self))
        row.addWidget(self.size_box)
        row.addWidget(QLabel(tr("Rotate"), self))
        row.addWidget(self.rot_box)
        rv.addLayout(row)
        rv.addWidget(self.info)
        rv.addWidget(QLabel(tr("Export"), self))
        rv.addLayout(exports)
        rv.addWidget(self.glb_button)
        rv.addWidget(self.batch_button)
        rv.addSpacing(8)
        rv.addWidget(self.add_scene_button)
        rv.addWidget(self.mark_panel)
        rv.addWidget(self.brush_button)
        rv.addWidget(self.brush_apply)
        rv.addWidget(self.brush_clear)
        rv.addStretch(1)
        rv.addWidget(self.status)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.canvas)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 800, 260])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(split)
        self.canvas.placement_changed.connect(self._on_placement)
        if hasattr(ctx, "bus") and ctx.bus is not None:
            ctx.bus.changed.connect(lambda s: self.refresh() if getattr(s, "entity", "") == "product" else None)
        self.refresh()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import catalog, mockups

            return catalog.list_products(db, 0, 1000), mockups.list_scenes()

        Op(self.ctx, self, job).named("mockups: load").latest_only("load").success(self._loaded) \
            .failure(self._error).run_in_background()

    def _loaded(self, result) -> None:
        rows, scenes = result
        keep_pid = self.current_product_id()
        self.list.selectionModel().blockSignals(True)
        self.products.set_rows(rows)
        for i, r in enumerate(rows):
            if r.id == keep_pid:
                self.list.setCurrentIndex(self.products.index(i))
                break
        self.list.selectionModel().blockSignals(False)
        current = self.scene_box.currentData()
        self._scene_infos = scenes
        self.scene_box.blockSignals(True)
        self.scene_box.clear()
        for s in scenes:
            label = s.title if s.kind == "studio" else f"{s.title} ({tr('photo')})"
            self.scene_box.addItem(label, s.name)
        wanted = getattr(self, "_select_scene_after_load", None) or current or "seamless-backdrop"
        self._select_scene_after_load = None
        idx = self.scene_box.findData(wanted)
        self.scene_box.setCurrentIndex(max(0, idx))
        self.scene_box.blockSignals(False)
        if not rows:
            self.info.setText(tr("No products yet: import a catalog first (Catalog section or `studio import`)."))
        if rows and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.products.index(0))
        else:
            self._reload_canvas()

    def current_product_id(self) -> int | None:
        idx = self.list.currentIndex()
        return idx.data(ProductListModel.IdRole) if idx.isValid() else None

    def current_scene(self) -> str | None:
        return self.scene_box.currentData()

    def _reload_canvas(self) -> None:
        pid, scene = self.current_product_id(), self.current_scene()
        if pid is None or scene is None or self.canvas.mode != "place":
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.canvas_setup(db, pid, scene)

        self.status.setText(tr("Preparing the cut-out…"))
        Op(self.ctx, self, job).named("mockups: canvas").latest_only("canvas").success(self._show_setup) \
            .failure(self._canvas_failed).run_in_background()

    def _canvas_failed(self, exc: BaseException) -> None:
        self.canvas.clear_all()  # never leave another product's layers on the canvas
        self.canvas.setup = None
        self._error(exc)

    def _show_setup(self, setup) -> None:
        if setup.product_id != self.current_product_id() or setup.scene != self.current_scene():
            return  # an older request
        self.canvas.load(setup)
        self.size_box.setValue(self.canvas.scale_factor * 100)
        self.rot_box.setValue(round(self.canvas.rotation))
        if setup.kind == "photo":
            self.info.setText(tr("True size on the marked plane.") if setup.true_scale
                              else tr("No dimensions fact: shown at a guessed size, not true scale."))
        else:
            self.info.setText(tr("Drag to move (snaps to the floor and centre), wheel to resize, "
                                 "Shift+wheel to rotate, pull a corner for perspective."))
        self.status.setText("")
        self.canvas_ready.emit()

    def _on_placement(self, placement: dict) -> None:
        if "scale" in placement:
            self.size_box.blockSignals(True)
            self.size_box.setValue(float(placement["scale"]) * 100)
            self.size_box.blockSignals(False)

    def _remember_placement(self) -> None:
        pid, scene = self.current_product_id(), self.current_scene()
        if pid is None or scene is None or not self.canvas.placement:
            return
        placement = dict(self.canvas.placement)

        def job(progress, cancel):
            from studio.services import mockups

            mockups.save_placement(pid, scene, placement)

        Op(self.ctx, self, job).named("mockups: remember placement").writes().failure(self._error) \
            .run_in_background()

    def _error(self, exc: BaseException) -> None:
        self.status.setText(f"⚠ {ops.message_of(exc)}")

    # ------------------------------------------------------------------ exports
    def export(self, target: str | None) -> None:
        pid, scene = self.current_product_id(), self.current_scene()
        if pid is None:
            return
        placement = dict(self.canvas.placement) if self.canvas.placement else None
        if target == "amazon-main" and scene != "marketplace-white":
            scene, placement = "marketplace-white", None  # the main image is the product on pure white
        if target and target != "amazon-main" and placement and "quad" in placement:
            placement = None  # a perspective quad belongs to this canvas' aspect; targets re-fit
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.compose(db, pid, scene, target=target, placement=placement)

        self.status.setText(tr("Composing at full resolution…"))
        Op(self.ctx, self, job).named(f"mockup {target or 'png'}").writes().success(self._exported) \
            .failure(self._error).run_in_background()

    def _exported(self, asset) -> None:
        self.status.setText(f"{tr('Saved')}: {asset.path}  ({asset.width}×{asset.height})")
        self.exported.emit(asset)

    def export_glb(self) -> None:
        pid = self.current_product_id()
        if pid is None:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.make_glb(db, pid)

        Op(self.ctx, self, job).named("mockup glb").writes().success(self._exported_glb).failure(self._error) \
            .run_in_background()

    def _exported_glb(self, asset) -> None:
        size = asset.provenance.get("size_m") or [0, 0, 0]
        self.status.setText(f"{tr('Saved')}: {asset.path}  ({size[0]:.2f} × {size[1]:.2f} × {size[2]:.2f} m)")
        self.exported.emit(asset)

    def batch(self) -> None:
        scene = self.current_scene()
        ids = [i.data(ProductListModel.IdRole) for i in self.list.selectionModel().selectedIndexes()]
        if not ids or scene is None:
            self.status.setText(tr("Select one or more products first."))
            return
        out = self.batch_dir or QFileDialog.getExistingDirectory(self, tr("Folder for the mockups"))
        if not out:
            return
        handles = [r.handle for r in self.products.rows() if r.id in ids]
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.batch(db, handles, [scene], Path(out), None, None, progress, cancel)

        Op(self.ctx, self, job).named("mockups: batch").writes().success(self._batched).failure(self._error) \
            .progress(lambda f, m: self.status.setText(f"{int(f * 100)} % {m}")).run_in_background()

    def _batched(self, items) -> None:
        ok = sum(1 for i in items if i.path)
        bad = [i for i in items if i.error]
        self.status.setText(f"{tr('Batch done')}: {ok} {tr('saved')}" + (f", {len(bad)} {tr('failed')}: {bad[0].error}"
                                                                         if bad else ""))
        self.exported.emit(items)

    # ------------------------------------------------------------------ photo scenes
    def start_add_scene(self, photo_path: str | None = None) -> None:
        path = photo_path or QFileDialog.getOpenFileName(self, tr("A photo of the room"), "",
                                                         tr("Images (*.jpg *.jpeg *.png *.webp)"))[0]
        if not path:
            return
        img = QImage(path)
        if img.isNull():
            self.status.setText(f"⚠ {tr('Cannot read this image')}: {path}")
            return
        self._photo_path = path
        self.canvas.start_marking(img)
        self.mark_panel.show()

    def _on_marks(self, n: int) -> None:
        if n < 4:
            self.mark_hint.setText(tr("Click the 4 corners of a rectangle on the floor or wall: top-left, "
                                      "top-right, bottom-right, bottom-left.") + f" ({n}/4)")
        elif n < 6:
            self.mark_hint.setText(tr("Click both ends of something of known length on that plane "
                                      "(an A4 sheet's long side is 29.7 cm).") + f" ({n - 4}/2)")
        else:
            self.mark_hint.setText(tr("Enter the reference length and a name, then save."))

    def save_scene(self) -> None:
        if len(self.canvas.marks) < 6:
            self.status.setText(tr("Mark the 4 plane corners and the 2 reference points first."))
            return
        plane, ref = self.canvas.marks_in_photo()
        length, name, kind = self.ref_length.text(), self.scene_name.text(), self.plane_kind.currentData()
        photo = self._photo_path

        def job(progress, cancel):
            from studio.services import mockups

            return mockups.add_photo_scene(photo, plane, ref, mockups.parse_length(length), name, plane_kind=kind)

        def done(info) -> None:
            self.mark_panel.hide()
            self.canvas.mode = "place"
            self.status.setText(f"{tr('Scene saved')}: {info.name}")
            self._select_scene_after_load = info.name
            self.refresh()

        Op(self.ctx, self, job).named("mockups: save scene").writes().success(done).failure(self._error) \
            .run_in_background()

    # ------------------------------------------------------------------ refine brush
    def toggle_brush(self, on: bool) -> None:
        pid = self.current_product_id()
        if not on or pid is None:
            self.brush_apply.hide()
            self.brush_clear.hide()
            self.canvas.mode = "place"
            self._reload_canvas()
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import catalog, mockups

            product = catalog.get_product(db, pid)
            src = mockups.source_image(product)
            mask_path = mockups.refine_mask_path(pid)
            return src, (str(mask_path) if mask_path.is_file() else None)

        def done(result) -> None:
            src, mask_path = result
            mask = QImage(mask_path) if mask_path else None
            self.canvas.start_brush(pil_to_qimage(src), mask)
            self.brush_apply.show()
            self.brush_clear.show()
            self.info.setText(tr("Paint with the left button to keep, the right button to remove. "
                                 "Apply recomputes the cut-out."))

        Op(self.ctx, self, job).named("mockups: brush").success(done).failure(self._error).run_in_background()

    def apply_brush(self) -> None:
        pid, mask = self.current_product_id(), self.canvas.mask
        if pid is None or mask is None:
            return
        from PIL import Image

        m = mask.convertToFormat(QImage.Format.Format_Grayscale8)
        ptr = bytes(m.constBits())[: m.bytesPerLine() * m.height()]
        pil = Image.frombuffer("L", (m.width(), m.height()), ptr, "raw", "L", m.bytesPerLine(), 1).copy()

        def job(progress, cancel):
            from studio.services import mockups

            mockups.save_refine_mask(pid, pil)
            return True

        def done(_r) -> None:
            self.brush_button.setChecked(False)
            self.status.setText(tr("Cut-out refined."))

        Op(self.ctx, self, job).named("mockups: save mask").writes().success(done).failure(self._error) \
            .run_in_background()

    def clear_brush(self) -> None:
        pid = self.current_product_id()
        if pid is None:
            return

        def job(progress, cancel):
            from studio.services import mockups

            mockups.clear_refine_mask(pid)
            return True

        Op(self.ctx, self, job).named("mockups: reset mask").writes() \
            .success(lambda _r: self.brush_button.setChecked(False)).failure(self._error).run_in_background()


SECTION = Section(id="mockups", title="Mockups", order=50, factory=MockupsView, icon="SP_DesktopIcon")
