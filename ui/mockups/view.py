"""Mockups section: place a product in a studio scene or a photo of a room, true to scale, and export it.

The canvas is a QGraphicsView. The scene background and the product are screen-resolution pixmaps
(composited at full resolution only on export, by the service). The product item can be dragged (it
snaps to the scene's floor line and centre line, or, on a photo, stays on the marked plane at its true
size), scaled (wheel or the Size box), rotated (Shift+wheel or the Rotate box), and its four corners pulled
in perspective (QTransform.quadToQuad). Modes: mark the plane + a reference length on a photo of your own;
a refine brush that paints the cut-out mask (left button keeps, right button removes).
Everything goes through ``studio.services.mockups`` and ``studio.services.catalog``. The view is split by concern:
``canvas`` (the graphics view), ``exports``, ``scenes`` (photo scenes and the refine brush).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
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
from ui.catalog.thumbnails import PICKER_SIZE
from ui.i18n import tr
from ui.mockups.canvas import MockupCanvas
from ui.mockups.exports import ExportActions
from ui.mockups.scenes import SceneEditing
from ui.models import ProductListModel
from ui.ops import Op
from ui.widgets.fit import ElidedLabel, wrap_items

PRODUCT_LIMIT = 1000  # products listed at once; the search box reaches the rest


def query_of(view) -> str:
    return view.search.text().strip()

TARGETS = [("amazon-main", "Amazon main"), ("instagram", "Instagram 4:5"), ("story", "Story 9:16"),
           ("pinterest", "Pinterest 2:3"), ("tiktok-shop", "TikTok Shop 1:1"), (None, "PNG")]


class MockupsView(ExportActions, SceneEditing, QWidget):
    exported = Signal(object)  # AssetDTO or list of BatchItem

    canvas_ready = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.batch_dir: str | None = None  # tests set this instead of the folder dialog
        self._current_pid: int | None = None
        self._scene_infos: list[Any] = []

        self.products = ProductListModel(self)
        # every product is reachable: the list shows the first PRODUCT_LIMIT matches of the search
        self.search = QLineEdit(self)
        self.search.setObjectName("mockupSearch")
        self.search.setPlaceholderText(tr("Search products…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.more_label = ElidedLabel("")
        self.more_label.setObjectName("mockupMoreProducts")
        self.more_label.hide()
        self.list = wrap_items(QListView(self))
        self.list.setObjectName("mockupProducts")
        self.list.setIconSize(QSize(PICKER_SIZE, PICKER_SIZE))
        self.list.setModel(self.products)
        from ui.widgets import empty

        self.products_empty = empty.attach_products(self.list, ctx, self.search)
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
        lv.addWidget(self.search)
        lv.addWidget(self.list, 1)
        lv.addWidget(self.more_label)
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

    def refresh(self) -> None:
        db, query = self.ctx.db, self.search.text().strip()

        def job(progress, cancel):
            from studio.services import catalog, mockups

            rows = catalog.list_products(db, 0, PRODUCT_LIMIT, query)
            total = catalog.count_products(db, query) if len(rows) >= PRODUCT_LIMIT else len(rows)
            return rows, mockups.list_scenes(), total

        Op(self.ctx, self, job).named("mockups: load").latest_only("load").success(self._loaded) \
            .failure(self._error).run_in_background()

    def _loaded(self, result) -> None:
        rows, scenes, total = result
        if total > len(rows):
            self.more_label.setText(tr("Showing {shown} of {total}: search to find the others")
                                    .replace("{shown}", f"{len(rows):,}").replace("{total}", f"{total:,}"))
        self.more_label.setVisible(total > len(rows))
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
        if not rows and query_of(self):
            self.info.setText(tr("No product matches the search."))
        elif not rows:
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
