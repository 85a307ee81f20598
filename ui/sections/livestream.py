"""Livestream section: build a kit (products, order, segment lengths, market, platform, host), preview it,
export the kit folder, schedule teasers and run the teleprompter."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio import clock
from studio.domain import ChangeSummary, StudioError
from ui import ops, plain
from ui.catalog.thumbnails import PICKER_SIZE, set_item_thumbnail
from ui.i18n import N_, tr
from ui.labels import country_label
from ui.models import RIGHT, Column, RowModel
from ui.ops import Op
from ui.sections import Section
from ui.widgets import files
from ui.widgets.fit import wrap_items

MAX_PRODUCTS = 100  # platform-specs.md B: TikTok Shop LIVE / LIVE Product Set (1–100 per set)


def _set_minutes(row: dict[str, Any], value: Any) -> bool:
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        return False
    if minutes <= 0 or minutes > 240:
        return False
    row["minutes"] = minutes
    return True



def _kit_changes(result) -> ChangeSummary | None:
    """The kit's segment drafts (written or reused by ``build_kit``): views that list drafts refresh."""
    ids = tuple(int(p["draft_id"]) for p in result.kit.get("products", []) if p.get("draft_id"))
    return ChangeSummary(updated=ids, entity="draft", message="livestream kit") if ids else None

class KitProductsModel(RowModel):
    """The products of the live in pin order, with their segment length (minutes, editable)."""

    COLUMNS = (
        Column(N_("#"), lambda i: i + 1, align=RIGHT, by_index=True),
        Column(N_("Product"), lambda r: r["title"]),
        Column(N_("SKU"), lambda r: r.get("sku") or r["handle"]),
        Column(N_("Minutes"), lambda r: r["minutes"], align=RIGHT, set=_set_minutes),
    )

    def add(self, row: dict[str, Any]) -> bool:
        if len(self._rows) >= MAX_PRODUCTS or any(r["handle"] == row["handle"] for r in self._rows):
            return False
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._renumber()

    def move(self, row: int, delta: int) -> int:
        dest = row + delta
        if not (0 <= row < len(self._rows)) or not (0 <= dest < len(self._rows)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest + 1 if delta > 0 else dest)
        self._rows.insert(dest, self._rows.pop(row))
        self.endMoveRows()
        self._renumber()
        return dest

    def _renumber(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))


class Teleprompter(QWidget):
    """Full-screen prompter: large type, adjustable scroll speed, the product on air and its timer
    highlighted. Keys: Space start/pause, ↑/↓ speed, ←/→ previous/next segment, +/− type size, Esc close."""

    block_changed = Signal(int)

    def __init__(self, kit: dict[str, Any], parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from studio.services import livestream

        self._svc = livestream
        self.setWindowTitle(tr("Teleprompter"))
        self.setObjectName("Teleprompter")
        self.blocks = livestream.teleprompter_blocks(kit)
        self.rtl = kit.get("language") in ("ar", "fa", "he", "ur")
        self.elapsed = 0.0
        self.speed = 1.0  # seconds of show per real second
        self.point_size = 40
        self.running = False
        self.current = -1
        self.setStyleSheet("background:#000;color:#f5f5f5;")
        lay = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setStyleSheet("color:#ffd1e3;font-size:28px;font-weight:700;")
        self.timer_label = QLabel(self)
        self.timer_label.setStyleSheet("color:#9be7a6;font-size:28px;font-weight:700;")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.timer_label)
        lay.addLayout(top)
        self.view = QTextBrowser(self)
        self.view.setStyleSheet("border:0;background:#000;color:#f5f5f5;")
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.rtl:
            self.view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        lay.addWidget(self.view, 1)
        self.help = QLabel(tr("Space start/pause · ↑/↓ speed · ←/→ segment · +/− size · Esc close"), self)
        self.help.setStyleSheet("color:#888;font-size:14px;")
        lay.addWidget(self.help)
        self.tick = QTimer(self)
        self.tick.setInterval(100)
        self.tick.timeout.connect(self._on_tick)
        self._render()
        self._update(force=True)

    # -- drawing
    def _render(self) -> None:
        parts = []
        for i, b in enumerate(self.blocks):
            colour = "#ffffff" if i == self.current else "#8a8a8a"
            body = "<br>".join(_esc(line) for line in b.text.splitlines())
            head = "#ffd1e3" if i == self.current else "#7a5a66"
            parts.append(f"<a name='b{i}'></a><p style='color:{head};font-weight:700;margin:0'>"
                         f"{_esc(_tc(b.start))} {_esc(b.title)}</p>"
                         f"<p style='color:{colour};margin-top:4px;margin-bottom:48px'>{body}</p>")
        direction = "rtl" if self.rtl else "ltr"
        self.view.setHtml(f"<div dir='{direction}' style='font-size:{self.point_size}pt'>{''.join(parts)}</div>")

    def _update(self, force: bool = False) -> None:
        idx, left = self._svc.current_block(self.blocks, self.elapsed)
        if idx != self.current or force:
            self.current = idx
            self._render()
            self.view.scrollToAnchor(f"b{idx}")
            self.block_changed.emit(idx)
        b = self.blocks[idx]
        state = "" if self.running else f"  ({tr('paused')})"
        self.header.setText(f"{_tc(self.elapsed)} — {b.title}{state}")
        self.timer_label.setText(f"{tr('segment')} {_tc(left)}  ×{self.speed:.2f}")

    def _on_tick(self) -> None:
        self.elapsed = min(self.elapsed + 0.1 * self.speed, float(self.blocks[-1].end))
        sb = self.view.verticalScrollBar()
        sb.setValue(sb.value() + max(1, int(self.speed)))
        if self.elapsed >= self.blocks[-1].end:
            self.toggle(False)
        self._update()

    # -- control
    def toggle(self, run: bool | None = None) -> None:
        self.running = (not self.running) if run is None else run
        (self.tick.start if self.running else self.tick.stop)()
        self._update()

    def jump(self, delta: int) -> None:
        idx = max(0, min(len(self.blocks) - 1, self.current + delta))
        self.elapsed = float(self.blocks[idx].start)
        self._update(force=True)

    def set_speed(self, factor: float) -> None:
        self.speed = max(0.25, min(4.0, factor))
        self._update()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Up:
            self.set_speed(self.speed * 1.25)
        elif key == Qt.Key.Key_Down:
            self.set_speed(self.speed / 1.25)
        elif key == Qt.Key.Key_Right:
            self.jump(1)
        elif key == Qt.Key.Key_Left:
            self.jump(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.point_size = min(120, self.point_size + 4)
            self._render()
        elif key == Qt.Key.Key_Minus:
            self.point_size = max(16, self.point_size - 4)
            self._render()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.tick.stop()
        super().closeEvent(event)


def _tc(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _esc(s: str) -> str:
    import html

    return html.escape(s)


class LivestreamView(QWidget):
    kit_built = Signal(int)
    teasers_scheduled = Signal(int)

    def __init__(self, ctx) -> None:
        super().__init__()
        from studio.services import livestream

        self.ctx = ctx
        self._svc = livestream
        self.result = None
        self.prompter: Teleprompter | None = None
        outer = QVBoxLayout(self)
        title = QLabel(tr("Livestream kit"))
        title.setStyleSheet("font-size:18px;font-weight:700;")
        outer.addWidget(title)
        splitter = QSplitter(self)
        outer.addWidget(splitter, 1)

        # left: find and pick products
        left = QWidget()
        ll = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search products…"))
        self.search.textChanged.connect(self._search_later)
        self.found = wrap_items(QListWidget())
        self.found.setIconSize(QSize(PICKER_SIZE, PICKER_SIZE))
        from ui.widgets import empty

        self.found_empty = empty.attach_products(self.found, ctx, self.search)
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.found.itemDoubleClicked.connect(lambda _i: self.add_selected())
        add = QPushButton(tr("Add to live →"))
        add.clicked.connect(self.add_selected)
        ll.addWidget(self.search)
        ll.addWidget(self.found, 1)
        ll.addWidget(add)
        splitter.addWidget(left)

        # middle: the live's products and settings
        mid = QWidget()
        ml = QVBoxLayout(mid)
        self.model = KitProductsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 32)
        self.table.setColumnWidth(1, 220)
        ml.addWidget(self.table, 1)
        row = QHBoxLayout()
        for text, slot in ((tr("Up"), lambda: self._move(-1)), (tr("Down"), lambda: self._move(1)),
                           (tr("Remove"), self._remove)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        ml.addLayout(row)
        self.count_label = QLabel()
        ml.addWidget(self.count_label)

        form_box = QGroupBox(tr("Live"))
        form = QFormLayout(form_box)
        self.market = QComboBox()
        self._fill_markets()
        self.platform = QComboBox()
        self._fill_platforms()
        self.host = QLineEdit(ctx.settings.get("livestream.host", "Host"))
        self.persona = QComboBox()
        self.persona.setToolTip(tr("The host's voice: a brand voice profile (tone, audience, do and don't words)"))
        self.persona.addItem(tr("Default brand voice"), None)
        from studio.services import brand_voice

        for bv in brand_voice.list_brand_voices(ctx.db):
            self.persona.addItem(bv.name, bv.name)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setValue(60)
        self.minutes.setSuffix(" min")
        self.starts = QDateTimeEdit(QDateTime(clock.now().astimezone().replace(tzinfo=None)).addDays(2))
        self.starts.setCalendarPopup(True)
        self.store_url = QLineEdit(ctx.settings.get("livestream.store_url", ""))
        self.store_url.setPlaceholderText("https://shop.example.com")
        self.shipping = QLineEdit(ctx.settings.get("livestream.shipping_policy", ""))
        self.returns = QLineEdit(ctx.settings.get("livestream.returns_policy", ""))
        form.addRow(tr("Market"), self.market)
        form.addRow(tr("Platform"), self.platform)
        form.addRow(tr("Host"), self.host)
        form.addRow(tr("Persona"), self.persona)
        form.addRow(tr("Length"), self.minutes)
        form.addRow(tr("Starts"), self.starts)
        form.addRow(tr("Store URL"), self.store_url)
        form.addRow(tr("Shipping policy"), self.shipping)
        form.addRow(tr("Returns policy"), self.returns)
        ml.addWidget(form_box)

        flash_box = QGroupBox(tr("Flash sale on the selected product"))
        fl = QFormLayout(flash_box)
        self.flash_on = QCheckBox(tr("Add a flash sale"))
        self.countdown = QSpinBox()
        self.countdown.setRange(10, 300)  # platform-specs.md B: TikTok Shop LIVE / LIVE Flash Sale
        self.countdown.setValue(60)
        self.countdown.setSuffix(" s")
        self.duration = QSpinBox()
        self.duration.setRange(1, 20)  # platform-specs.md B: TikTok Shop LIVE / LIVE Flash Sale
        self.duration.setValue(5)
        self.duration.setSuffix(" min")
        self.deal = QDoubleSpinBox()
        self.deal.setRange(0, 10_000_000)
        self.deal.setDecimals(2)
        self.deal.setSpecialValueText(tr("listing price"))
        fl.addRow(self.flash_on)
        fl.addRow(tr("Countdown"), self.countdown)
        fl.addRow(tr("Duration"), self.duration)
        fl.addRow(tr("Deal price"), self.deal)
        ml.addWidget(flash_box)
        self.flash_sales: dict[str, dict[str, Any]] = {}
        self.flash_on.toggled.connect(self._flash_changed)
        for w in (self.countdown, self.duration, self.deal):
            w.valueChanged.connect(lambda _v: self._flash_changed(self.flash_on.isChecked()))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        buttons = QHBoxLayout()
        self.build_btn = QPushButton(tr("Build kit"))
        self.build_btn.setShortcut(QKeySequence("Ctrl+B"))
        self.build_btn.clicked.connect(self.build)
        self.export_btn = QPushButton(tr("Export folder…"))
        self.export_btn.clicked.connect(self.export_dialog)
        self.prompter_btn = QPushButton(tr("Teleprompter"))
        self.prompter_btn.setShortcut(QKeySequence("Ctrl+T"))
        self.prompter_btn.clicked.connect(self.open_teleprompter)
        self.teaser_btn = QPushButton(tr("Schedule teasers…"))
        self.teaser_btn.setToolTip(tr("Queue posts 24 h and 1 h before the live with its shop link"))
        self.teaser_btn.clicked.connect(self.schedule_teasers_dialog)
        for b in (self.export_btn, self.prompter_btn, self.teaser_btn):
            b.setEnabled(False)
        buttons.addWidget(self.build_btn)
        buttons.addWidget(self.export_btn)
        buttons.addWidget(self.prompter_btn)
        buttons.addWidget(self.teaser_btn)
        # the live's settings are taller than a 768 px screen leaves: they scroll instead of pushing the
        # window (and its status bar) off the bottom of the screen
        mid_scroll = QScrollArea()
        mid_scroll.setObjectName("LiveSettingsScroll")
        mid_scroll.setWidgetResizable(True)
        mid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        mid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        mid_scroll.setWidget(mid)
        mid_scroll.setMinimumWidth(mid.minimumSizeHint().width() + mid_scroll.verticalScrollBar().sizeHint().width())
        self.table.setMinimumHeight(180)  # five products in view at 1366×768 (the column scrolls)
        mid_column = QWidget()  # Build kit & co. stay in view below the scrolling settings
        mcl = QVBoxLayout(mid_column)
        mcl.setContentsMargins(0, 0, 0, 0)
        mcl.addWidget(mid_scroll, 1)
        mcl.addLayout(buttons)
        splitter.addWidget(mid_column)

        # right: preview
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.preview.setPlaceholderText(tr("Build the kit to see the run of show here."))
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 420, 520])
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        from ui.widgets.requirements_banner import RequirementsBanner  # fonts/tools: not needed to start

        self.requirements = RequirementsBanner(voice=False)
        outer.addWidget(self.requirements)
        self.market.currentIndexChanged.connect(lambda _i: self.requirements.set_market(self.market.currentData()))
        self.requirements.set_market(self.market.currentData())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh_products)
        # PySide6 connects a signal given as a keyword; its stub lists only the positional overloads
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)  # type: ignore[call-overload]
        self.refresh_products()
        self._update_count()

    # -- data
    def _fill_markets(self) -> None:
        from localization.markets import all_markets

        for mk in sorted(all_markets(), key=lambda m: m.tag):
            self.market.addItem(f"{mk.tag} — {country_label(mk)} ({mk.language_name})", mk.tag)
        idx = self.market.findData(self.ctx.settings.get("livestream.market", "en-US"))
        self.market.setCurrentIndex(max(0, idx))

    def _fill_platforms(self) -> None:
        from PySide6.QtGui import QStandardItemModel

        for p in self._svc.platform_choices():
            self.platform.addItem(p["name"] if p["available"] else f"{p['name']} — {tr('ended')} {p['ended']}", p["id"])
            if not p["available"]:
                model = self.platform.model()
                if isinstance(model, QStandardItemModel):
                    item = model.item(self.platform.count() - 1)
                    item.setEnabled(False)
                    item.setToolTip(p["note"])

    def _search_later(self, _text: str) -> None:
        self._search_timer.start()

    def refresh_products(self) -> None:
        """The products matching the search, read off the GUI thread (the latest search wins)."""
        db, query = self.ctx.db, self.search.text().strip()

        def job(progress, cancel):
            from studio.services import catalog

            return catalog.list_products(db, 0, 200, query=query)

        Op(self.ctx, self, job).named("livestream: products").quiet().latest_only("found") \
            .success(self._show_found).run_in_background()

    def _show_found(self, rows) -> None:
        self.found.clear()
        for s in rows:
            item = QListWidgetItem(s.title)
            item.setData(Qt.ItemDataRole.UserRole, s.handle)
            item.setToolTip(plain.tip(s.handle))
            self.found.addItem(item)
            set_item_thumbnail(item, s.thumbnail)  # off the GUI thread, cached, a placeholder until then

    def add_selected(self) -> None:
        from studio.services import catalog

        for item in self.found.selectedItems():
            handle = item.data(Qt.ItemDataRole.UserRole)
            prod = catalog.get_product_by_ref(self.ctx.db, handle)
            if not self.model.add({"handle": handle, "title": prod.title, "sku": prod.skus[0] if prod.skus else None,
                                   "minutes": 5.0}):
                if len(self.model.rows()) >= MAX_PRODUCTS:
                    self.status.setText(tr("A live set holds at most 100 products."))
        self._update_count()

    def _move(self, delta: int) -> None:
        row = self.table.currentIndex().row()
        dest = self.model.move(row, delta)
        self.table.selectRow(dest)

    def _remove(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows()):
            self.flash_sales.pop(self.model.rows()[row]["handle"], None)
        self.model.remove(row)
        self._update_count()

    def _update_count(self) -> None:
        n = len(self.model.rows())
        self.count_label.setText(tr("{n} of 100 products").format(n=n))
        self.build_btn.setEnabled(n > 0)

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        fs = self.flash_sales.get(self.model.rows()[current.row()]["handle"])
        for w in (self.flash_on, self.countdown, self.duration, self.deal):
            w.blockSignals(True)
        self.flash_on.setChecked(fs is not None)
        if fs:
            self.countdown.setValue(fs["countdown_s"])
            self.duration.setValue(fs["duration_min"])
            self.deal.setValue(float(fs.get("deal_price") or 0))
        for w in (self.flash_on, self.countdown, self.duration, self.deal):
            w.blockSignals(False)

    def _flash_changed(self, on: bool) -> None:
        row = self.table.currentIndex().row()
        if not (0 <= row < len(self.model.rows())):
            return
        handle = self.model.rows()[row]["handle"]
        if on:
            self.flash_sales[handle] = {"product": handle, "countdown_s": self.countdown.value(),
                                        "duration_min": self.duration.value(),
                                        "deal_price": f"{self.deal.value():.2f}" if self.deal.value() > 0 else None}
        else:
            self.flash_sales.pop(handle, None)

    def request(self):
        handles = [r["handle"] for r in self.model.rows()]
        starts = self.starts.dateTime().toPython()
        if starts.tzinfo is None:
            starts = starts.astimezone()
        return self._svc.KitRequest(
            products=handles, market=self.market.currentData(), platform=self.platform.currentData(),
            host=self.host.text().strip() or "Host", persona=self.persona.currentData(),
            total_minutes=self.minutes.value(),
            segment_minutes=[r["minutes"] for r in self.model.rows()], starts_at=starts.astimezone(UTC),
            store_url=self.store_url.text().strip() or None,
            flash_sales=[self.flash_sales[h] for h in handles if h in self.flash_sales],
            shipping_policy=self.shipping.text().strip() or None, returns_policy=self.returns.text().strip() or None)

    # -- actions
    def build(self) -> None:
        try:
            req = self.request()
        except StudioError as exc:
            self.status.setText(str(exc))
            return
        for key, value in (("livestream.store_url", req.store_url), ("livestream.host", req.host),
                           ("livestream.market", req.market), ("livestream.shipping_policy", req.shipping_policy),
                           ("livestream.returns_policy", req.returns_policy)):
            if value:
                self.ctx.settings.set(key, value)
        self.status.setText(tr("Building the kit…"))
        db = self.ctx.db

        def job(progress, cancel):
            return self._svc.build_kit(db, req, progress, cancel)

        Op(self.ctx, self, job).named("livestream kit").writes().busy(self.build_btn).changes(_kit_changes) \
            .success(self._built).failure(self._failed).run_in_background()

    def _built(self, result) -> None:
        self.result = result
        self.export_btn.setEnabled(True)
        self.prompter_btn.setEnabled(True)
        self.teaser_btn.setEnabled(True)
        kit = result.kit
        direction = "rtl" if result.meta.get("direction") == "rtl" else "ltr"
        self.preview.setHtml(self._svc.preview_html(result))
        if direction == "rtl":
            self.preview.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        else:
            self.preview.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        warn = "; ".join(kit.get("warnings", []))
        self.status.setText(tr("Kit #{id} ready: {n} products, {m} min.").format(
            id=result.kit_id, n=len(kit["products"]), m=kit["total_s"] // 60) + (f" ⚠ {warn}" if warn else ""))
        self.kit_built.emit(result.kit_id)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(f"⚠ {ops.message_of(exc)}")

    def export_dialog(self) -> None:
        folder = files.folder(self, self.ctx.settings, "kit-export", tr("Export kit to folder"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        if not self.result:
            return
        db, result = self.ctx.db, self.result

        def job(progress, cancel):
            return self._svc.export(db, result, folder)

        Op(self.ctx, self, job).named("export kit").writes().success(
            lambda files: self.status.setText(tr("Exported to {path}").format(path=files["run_sheet_html"]))) \
            .failure(self._failed).run_in_background()

    def schedule_teasers_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from studio.services import accounts

        names = [a.name for a in accounts.list_accounts(self.ctx.db)]
        if not names:
            self.status.setText(tr("Add an account in the Calendar section (or with 'studio accounts add') first."))
            return
        name, ok = QInputDialog.getItem(self, tr("Schedule teasers"), tr("Account"), names, 0, False)
        if ok and name:
            self.schedule_teasers(name)

    def schedule_teasers(self, account: str, override_reason: str | None = None) -> None:
        if not self.result:
            return
        db, kit_id = self.ctx.db, self.result.kit_id

        def job(progress, cancel):
            return self._svc.schedule_teasers(db, kit_id, account, override_reason=override_reason)

        def failed(exc: BaseException) -> None:
            message = ops.message_of(exc)
            if "warning" in message and override_reason is None:
                from PySide6.QtWidgets import QInputDialog

                reason, ok = QInputDialog.getText(self, tr("Warnings"), f"{message}\n\n{tr('Reason to publish anyway:')}")
                if ok and reason.strip():
                    self.schedule_teasers(account, reason.strip())
                    return
            self._failed(exc)

        def done(posts) -> None:
            self.status.setText(tr("Teasers queued: {posts}").format(
                posts=", ".join(f"#{p.id} {p.scheduled_at:%Y-%m-%d %H:%M} UTC" for p in posts)))
            self.teasers_scheduled.emit(len(posts))

        Op(self.ctx, self, job).named("schedule teasers").writes().success(done).failure(failed).run_in_background()

    def open_teleprompter(self) -> None:
        if not self.result:
            return
        self.prompter = Teleprompter(self.result.kit)
        self.prompter.showFullScreen()

    def shutdown(self) -> None:
        if self.prompter:
            self.prompter.close()


SECTION = Section(id="livestream", title="Livestream", order=60, factory=LivestreamView, icon="SP_MediaPlay")

