"""Video section: the storyboard editor of a product's short video, a scrub preview, render and batch render.

Pick a product and market; the scenes of its video script (approved, else latest, else written now) fill the
table: drag rows to reorder, edit on-screen text, voice-over, seconds and camera move, swap a scene's image.
The scrubber renders the frame at its position through the service (Pillow, off the GUI thread). "Save" keeps
the edit as a new video-script version (author human); "Render" saves first, then renders that version in a
subprocess with progress and cancel. "Render checked" renders every checked product of the list.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops, plain
from ui.catalog.thumbnails import PICKER_SIZE, set_item_thumbnail
from ui.i18n import N_, tr
from ui.models import RIGHT, Column, RowModel
from ui.ops import Op
from ui.sections import Section
from ui.widgets.fit import ElidedLabel, wrap_items
from ui.widgets.market_picker import MarketPicker

MOVES = ("zoom-in", "zoom-out", "pan-left", "pan-right", "pan-up", "pan-down", "none")
MIME = "application/x-studio-scene-row"
PRODUCT_LIMIT = 500  # products listed at once; the search box reaches the rest


def _set_seconds(scene: dict[str, Any], value: Any) -> bool:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return False
    if not 0.5 <= seconds <= 60:
        return False
    scene["duration"] = round(seconds, 2)
    return True


def _set_camera(scene: dict[str, Any], value: Any) -> bool:
    if value not in MOVES:
        return False
    scene["camera"] = value
    return True


def _set_text(key: str):
    def setter(scene: dict[str, Any], value: Any) -> bool:
        scene[key] = str(value)
        return True

    return setter


class ScenesModel(RowModel):
    """The scenes of a video script; rows move by drag and drop (or ``move``)."""

    COLUMNS = (
        Column(N_("#"), lambda i: i + 1, align=RIGHT, by_index=True),
        Column(N_("Image"), lambda s: str(s.get("image") or "")),
        Column(N_("On-screen text"), lambda s: str(s.get("on_screen_text") or ""),
               tip=lambda s: str(s.get("on_screen_text") or ""), set=_set_text("on_screen_text")),
        Column(N_("Voice-over"), lambda s: str(s.get("voice_over") or ""),
               tip=lambda s: str(s.get("voice_over") or ""), set=_set_text("voice_over")),
        Column(N_("Seconds"), lambda s: float(s.get("duration") or 0.0), align=RIGHT, set=_set_seconds),
        Column(N_("Camera"), lambda s: str(s.get("camera") or ""), set=_set_camera),
    )
    changed = Signal()

    @property
    def scenes(self) -> list[dict[str, Any]]:
        return self._rows

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not super().setData(index, value, role):
            return False
        self.changed.emit()
        return True

    def set_image(self, row: int, ref: str) -> None:
        if 0 <= row < len(self.scenes):
            self.scenes[row]["image"] = ref
            idx = self.index(row, 1)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole])
            self.changed.emit()

    def load(self, scenes: list[dict[str, Any]]) -> None:
        self.set_rows([dict(s) for s in scenes])

    def move(self, row: int, dest: int) -> int:
        """Move ``row`` so it ends up at index ``dest``; returns the new index."""
        n = len(self.scenes)
        if not (0 <= row < n) or not (0 <= dest < n) or row == dest:
            return row
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest + 1 if dest > row else dest):
            return row
        self.scenes.insert(dest, self.scenes.pop(row))
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, 0), self.index(n - 1, 0))
        self.changed.emit()
        return dest

    def moveRows(self, parent, row, count, dest_parent, dest) -> bool:  # noqa: N802 - Qt API
        if count != 1 or parent.isValid() or dest_parent.isValid():
            return False
        target = dest - 1 if dest > row else dest
        return self.move(row, target) == target

    # ------------------------------------------------------------------ drag and drop (internal move)
    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        md = QMimeData()
        md.setData(MIME, QByteArray(json.dumps(rows[:1]).encode()))
        return md

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            src = json.loads(bytes(data.data(MIME)).decode())[0]
        except (ValueError, IndexError):
            return False
        dest = parent.row() if row < 0 and parent.isValid() else (row if row >= 0 else len(self.scenes))
        self.moveRows(QModelIndex(), src, 1, QModelIndex(), dest)
        # the move is done here; returning False keeps the view from removing the dragged row afterwards
        return False


class VideoView(QWidget):
    storyboard_loaded = Signal()
    preview_ready = Signal(float)
    render_finished = Signal(object)
    saved = Signal(int)

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.board: dict[str, Any] | None = None
        self.dirty = False
        self._render_handle = None

        root = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        root.addWidget(split)

        # ---- left: products (check for batch)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Products")))
        # every product is reachable: the list shows the first PRODUCT_LIMIT matches of the search
        self.search = QLineEdit()
        self.search.setObjectName("VideoSearch")
        self.search.setPlaceholderText(tr("Search products…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.load_products)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        lv.addWidget(self.search)
        self.products = wrap_items(QListWidget())
        self.products.setObjectName("VideoProducts")
        self.products.setIconSize(QSize(PICKER_SIZE, PICKER_SIZE))
        self._checked: dict[str, None] = {}  # handles checked for a batch, kept across searches (in order)
        self.products.itemChanged.connect(self._on_item_changed)
        lv.addWidget(self.products, 1)
        from ui.widgets import empty

        self.products_empty = empty.attach_products(self.products, ctx, self.search)
        self.more_label = ElidedLabel("")
        self.more_label.setObjectName("VideoMoreProducts")
        self.more_label.hide()
        lv.addWidget(self.more_label)
        self.batch_btn = QPushButton(tr("Render checked"))
        self.batch_btn.setToolTip(tr("Render the video of every checked product for this market"))
        lv.addWidget(self.batch_btn)
        # titles read a few words a line beside their thumbnails, not one word ("Cera… Bud Vase") as at 1366x768
        left.setMinimumWidth(PICKER_SIZE + 190)
        split.addWidget(left)

        # ---- middle: options + scenes
        mid = QWidget()
        mv = QVBoxLayout(mid)
        mv.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.market = MarketPicker(tag=ctx.settings.get("video.market") or "en-US")
        self.channel = QComboBox()
        for cid, label in (("tiktok", "TikTok"), ("instagram", "Instagram Reels"), ("youtube", "YouTube Shorts"),
                           ("facebook", "Facebook Reels")):
            self.channel.addItem(label, cid)
        self.aspect = QComboBox()
        for a, label in (("9:16", "9:16 · 1080×1920"), ("1:1", "1:1 · 1080×1080"), ("16:9", "16:9 · 1920×1080")):
            self.aspect.addItem(label, a)
        self.duration = QComboBox()
        for d in (15, 30, 60):
            self.duration.addItem(tr("{n} s").replace("{n}", str(d)), d)
        row = QHBoxLayout()
        for w in (self.market, self.channel, self.aspect, self.duration):
            row.addWidget(w)
        # the label above its pickers: beside them it took the room the product list needs at 1366x768 (s21)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(tr("Market / channel / size / length"), row)
        mv.addLayout(form)

        self.model = ScenesModel(self)
        self.table = QTableView()
        self.table.setObjectName("ScenesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # the number, image, seconds and camera need less than Qt's 100 px; the texts get the room (s21: 119 px)
        for col, width in ((0, 36), (1, 80), (4, 64), (5, 90)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setVisible(False)
        mv.addWidget(self.table, 1)

        edit_row = QHBoxLayout()
        self.up_btn = QPushButton(tr("Move up"))
        self.down_btn = QPushButton(tr("Move down"))
        self.image_pick = QComboBox()
        self.image_pick.setToolTip(tr("Image of the selected scene"))
        edit_row.addWidget(self.up_btn)
        edit_row.addWidget(self.down_btn)
        edit_row.addWidget(QLabel(tr("Image:")))
        edit_row.addWidget(self.image_pick, 1)
        mv.addLayout(edit_row)

        act = QHBoxLayout()
        self.write_btn = QPushButton(tr("Write script"))
        self.write_btn.setToolTip(tr("Write a video script with the configured writer (offline writer by default)"))
        self.write_btn.setVisible(False)
        act.addWidget(self.write_btn)
        self.save_btn = QPushButton(tr("Save script"))
        self.render_btn = QPushButton(tr("Render video"))
        self.cancel_btn = QPushButton(tr("Cancel"))
        self.cancel_btn.setEnabled(False)
        self.open_btn = QPushButton(tr("Open video"))
        self.open_btn.setEnabled(False)
        self.last_video: str | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        for w in (self.save_btn, self.render_btn, self.cancel_btn, self.open_btn):
            act.addWidget(w)
        act.addWidget(self.progress, 1)
        mv.addLayout(act)
        self.status = QLabel("")
        self.status.setObjectName("VideoStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mv.addWidget(self.status)
        from ui.widgets.requirements_banner import RequirementsBanner  # fonts/tools: not needed to start

        self.requirements = RequirementsBanner(voice=True)
        mv.addWidget(self.requirements)
        self.requirements.set_market(self.market.tag())
        split.addWidget(mid)

        # ---- right: scrub preview
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(tr("Pick a product"))
        self.preview.setObjectName("VideoPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(270, 480)
        rv.addWidget(self.preview, 1)
        self.scrub = QSlider(Qt.Orientation.Horizontal)
        self.scrub.setObjectName("VideoScrubber")
        self.scrub.setRange(0, 150)
        self.time_label = ElidedLabel("0.0 s", min_chars=6)
        srow = QHBoxLayout()
        srow.addWidget(self.scrub, 1)
        srow.addWidget(self.time_label)
        rv.addLayout(srow)
        split.addWidget(right)
        split.setSizes([230, 620, 300])
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setChildrenCollapsible(False)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.request_preview)

        self.products.currentItemChanged.connect(lambda *_: self.load_storyboard())
        self.market.market_changed.connect(lambda _t: self.load_storyboard())
        self.market.market_changed.connect(self.requirements.set_market)
        self.channel.currentIndexChanged.connect(lambda _i: self.load_storyboard())
        self.aspect.currentIndexChanged.connect(lambda _i: self._schedule_preview())
        self.scrub.valueChanged.connect(self._on_scrub)
        self.model.changed.connect(self._on_edit)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._sync_image_pick(cur.row()))
        self.image_pick.activated.connect(self._on_image_picked)
        self.up_btn.clicked.connect(lambda: self._move(-1))
        self.down_btn.clicked.connect(lambda: self._move(1))
        self.save_btn.clicked.connect(self.save)
        self.write_btn.clicked.connect(lambda: self.load_storyboard(generate=True))
        self.render_btn.clicked.connect(self.render)
        self.cancel_btn.clicked.connect(self.cancel_render)
        self.batch_btn.clicked.connect(self.batch_render)
        self.open_btn.clicked.connect(self.open_video)
        self._set_enabled(False)
        self.load_products()

    # ------------------------------------------------------------------ products
    def load_products(self) -> None:
        db, query = self.ctx.db, self.search.text().strip()

        def job(progress, cancel):
            from studio.services import catalog

            rows = [(p.handle, p.title, p.thumbnail) for p in catalog.list_products(db, 0, PRODUCT_LIMIT, query)]
            total = catalog.count_products(db, query) if len(rows) >= PRODUCT_LIMIT else len(rows)
            return rows, total

        Op(self.ctx, self, job).named("video products").latest_only("products").success(self._fill_products) \
            .failure(self._error).run_in_background()

    def _fill_products(self, result) -> None:
        rows, total = result if isinstance(result, tuple) else (result, len(result))
        keep = self.current_handle()
        self.products.blockSignals(True)
        self.products.clear()
        for handle, title, thumb in rows:
            item = QListWidgetItem(title or handle)
            item.setData(Qt.ItemDataRole.UserRole, handle)
            item.setToolTip(plain.tip(handle))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if handle in self._checked else Qt.CheckState.Unchecked)
            self.products.addItem(item)
            set_item_thumbnail(item, thumb)
        self.products.blockSignals(False)
        if total > len(rows):
            self.more_label.setText(tr("Showing {shown} of {total}: search to find the others")
                                    .replace("{shown}", f"{len(rows):,}").replace("{total}", f"{total:,}"))
        self.more_label.setVisible(total > len(rows))
        handles = [h for h, _t, _p in rows]
        if keep in handles:
            self.products.setCurrentRow(handles.index(keep))
        elif self.products.count() and self.products.currentRow() < 0:
            self.products.setCurrentRow(0)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        handle = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked[handle] = None
        else:
            self._checked.pop(handle, None)

    def current_handle(self) -> str | None:
        item = self.products.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def checked_handles(self) -> list[str]:
        """The products checked for a batch, also those a later search no longer lists."""
        return list(self._checked)

    # ------------------------------------------------------------------ storyboard
    def load_storyboard(self, generate: bool = False) -> None:
        handle, market = self.current_handle(), self.market.tag()
        if not handle or not market:
            return
        self.ctx.settings.set("video.market", market)
        db, target, duration = self.ctx.db, self.channel.currentData(), self.duration.currentData()
        self.status.setText(tr("Loading the video script…"))

        def job(progress, cancel):
            from studio.services import video

            return video.storyboard(db, handle, market, target, duration, generate=generate)

        Op(self.ctx, self, job).named("storyboard").writes(generate).latest_only("storyboard") \
            .changes(lambda b: ChangeSummary(updated=(int(b["draft_id"]),), entity="draft", message="video script")
                     if generate and b.get("draft_id") else None) \
            .success(self._show_board).failure(self._error).run_in_background()

    def _show_board(self, board: dict[str, Any]) -> None:
        self.board = board
        self.model.load(board["content"].get("scenes") or [])
        self.dirty = False
        refs = [f"media:{i + 1}" for i in range(len(board["images"]))]
        refs += [f"mockup:{i + 1}" for i in range(len(board["mockups"]))] + ["card:cta"]
        self.image_pick.clear()
        for r in refs:
            self.image_pick.addItem(r, r)
        has_script = board["draft_id"] is not None
        self.write_btn.setVisible(not has_script)
        if has_script:
            state = tr("approved") if board["approved"] else tr("draft")
            self.status.setText(tr("Script v{v} ({state}, by {author})").replace("{v}", str(board["version"]))
                                .replace("{state}", state).replace("{author}", board["author"]))
        else:
            self.status.setText(tr("This product has no video script for this market and channel yet."))
            self.preview.setText(tr("No script yet"))
        self._set_enabled(has_script)
        self._update_scrub_range()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.storyboard_loaded.emit()
        self._schedule_preview()

    def content(self) -> dict[str, Any]:
        base = dict(self.board["content"]) if self.board else {}
        base["scenes"] = [dict(s) for s in self.model.scenes]
        return base

    def _on_edit(self) -> None:
        self.dirty = True
        self._update_scrub_range()
        self._schedule_preview()

    def _move(self, delta: int) -> None:
        row = self.table.currentIndex().row()
        new = self.model.move(row, row + delta)
        self.table.selectRow(new)

    def _sync_image_pick(self, row: int) -> None:
        if 0 <= row < len(self.model.scenes):
            i = self.image_pick.findData(self.model.scenes[row].get("image"))
            if i >= 0:
                self.image_pick.setCurrentIndex(i)
            self._seek_scene(row)

    def _on_image_picked(self, _i: int) -> None:
        row = self.table.currentIndex().row()
        self.model.set_image(row, self.image_pick.currentData())

    def save(self, then=None) -> None:
        if not self.board:
            return
        db, board, content = self.ctx.db, self.board, self.content()

        def job(progress, cancel):
            from studio.services import video

            return video.save_storyboard(db, board["product_id"], board["market"], board["target"], content)

        def done(draft) -> None:
            self.dirty = False
            self.board = dict(self.board, draft_id=draft.id, version=draft.current_version, author="human",
                              approved=False, content=content)
            self.status.setText(tr("Saved as script v{v}").replace("{v}", str(draft.current_version)))
            self.saved.emit(draft.current_version)
            if then:
                then()

        Op(self.ctx, self, job).named("save script").writes() \
            .changes(lambda d: ChangeSummary(updated=(d.id,), entity="draft", message="edited")) \
            .success(done).failure(self._error).run_in_background()

    # ------------------------------------------------------------------ preview
    def _update_scrub_range(self) -> None:
        from studio.services import video

        total = video.timeline_duration({"scenes": self.model.scenes}) if self.model.scenes else 0.0
        self.scrub.setRange(0, max(1, int(total * 10)))

    def _seek_scene(self, row: int) -> None:
        t = sum(float(s.get("duration") or 0) for s in self.model.scenes[:row]) - 0.4 * row + 0.8
        self.scrub.setValue(int(max(0.0, t) * 10))

    def _on_scrub(self, value: int) -> None:
        self.time_label.setText(f"{value / 10:.1f} s")
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self.board:
            self._preview_timer.start()

    def request_preview(self) -> None:
        if not self.board or not self.model.scenes:
            return
        db, handle, market = self.ctx.db, self.board["handle"], self.board["market"]
        aspect, content, t = self.aspect.currentData(), self.content(), self.scrub.value() / 10

        def job(progress, cancel):
            from studio.services import video

            return video.preview_frame(db, handle, market, t, aspect=aspect, content=content, max_height=640)

        def done(png: bytes) -> None:
            pix = QPixmap()
            pix.loadFromData(png, "PNG")
            self.preview.setPixmap(pix)
            self.preview_ready.emit(t)

        # latest only: a newer position asked for meanwhile wins
        Op(self.ctx, self, job).named("preview frame").latest_only("preview").success(done).failure(self._error) \
            .run_in_background()

    # ------------------------------------------------------------------ render
    def render(self) -> None:
        if not self.board:
            return
        if self.dirty:
            self.save(then=self._start_render)
        else:
            self._start_render()

    def _start_render(self) -> None:
        db, board = self.ctx.db, self.board
        aspect, duration, target = self.aspect.currentData(), self.duration.currentData(), self.channel.currentData()
        scale = float(self.ctx.settings.get("video.render_scale") or 1.0)

        def job(progress, cancel):
            from studio.services import video

            asset = video.render_video(db, board["handle"], board["market"], aspect, None, board["draft_id"],
                                       progress, cancel, duration=duration, target=target, scale=scale,
                                       script_version=board["version"])
            return asset

        self._render_handle = Op(self.ctx, self, job).named("render video").on_busy(self._busy) \
            .success(self._render_done).failure(self._error).progress(self._on_progress) \
            .cancelled(self._render_cancelled).run_in_background()

    def batch_render(self) -> None:
        handles = self.checked_handles()
        market = self.market.tag()
        if not handles or not market:
            self.status.setText(tr("Check the products to render first."))
            return
        db, aspect, duration = self.ctx.db, self.aspect.currentData(), self.duration.currentData()
        target = self.channel.currentData()
        scale = float(self.ctx.settings.get("video.render_scale") or 1.0)

        def job(progress, cancel):
            from studio.services import video

            return video.batch_render(db, handles, market, aspect, duration=duration, target=target, scale=scale,
                                      progress=progress, cancel=cancel)

        self._render_handle = Op(self.ctx, self, job).named("batch render").on_busy(self._busy) \
            .success(self._batch_done).failure(self._error).progress(self._on_progress) \
            .cancelled(self._render_cancelled).run_in_background()

    def cancel_render(self) -> None:
        if self._render_handle is not None:
            self._render_handle.cancel.cancel()
            self.status.setText(tr("Cancelling…"))

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(message)

    def _render_done(self, asset) -> None:
        self.progress.setValue(1000)
        self.status.setText(tr("Video ready: {path}").replace("{path}", asset.path))
        self.last_video = asset.path
        self.open_btn.setEnabled(True)
        self.render_finished.emit(asset)

    def open_video(self) -> None:
        if self.last_video:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_video))

    def _batch_done(self, items) -> None:
        ok = [i for i in items if i.asset]
        lines = [tr("{n} of {m} videos ready").replace("{n}", str(len(ok))).replace("{m}", str(len(items)))]
        lines += [f"{i.ref}: {i.error}" for i in items if i.error]
        self.status.setText("\n".join(lines))
        self.render_finished.emit(items)

    def _render_cancelled(self) -> None:
        self.progress.setValue(0)
        self.status.setText(tr("Render cancelled."))

    def _busy(self, busy: bool) -> None:  # a render's busy state (ops call it on start and on any end)
        self.render_btn.setEnabled(not busy)
        self.batch_btn.setEnabled(not busy)
        self.cancel_btn.setEnabled(busy)
        if not busy:
            self._render_handle = None

    def _set_enabled(self, on: bool) -> None:
        for w in (self.save_btn, self.render_btn, self.up_btn, self.down_btn, self.image_pick, self.scrub):
            w.setEnabled(on)

    def _error(self, exc: BaseException) -> None:
        self.status.setText(tr("Error: {message}").replace("{message}", ops.message_of(exc)))

    def shutdown(self) -> None:
        self.cancel_render()


def _create(ctx):
    return VideoView(ctx)


SECTION = Section(id="video", title="Video", order=40, factory=_create, icon="SP_MediaPlay")
