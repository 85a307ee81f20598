"""Creators: the roster on the left; on the right the selected creator (platforms, markets, notes, orders from
their links), a brief for a product × market × platform (preview, then export PDF + text), share texts for
messaging apps with copy-to-clipboard, and the creator's data export and delete. Work runs through
``studio.services.creators`` / ``briefs`` / ``share`` off the GUI thread (``ui.ops.Op``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops, plain
from ui.i18n import tr
from ui.ops import Op
from ui.widgets.fit import ElidedLabel

PLATFORMS = ("instagram", "tiktok", "youtube", "facebook", "x", "threads", "pinterest")
APPS = ("whatsapp", "line", "wechat", "telegram", "messenger")


def _combo(name: str) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setMinimumContentsLength(8)
    return c


class CreatorsView(QWidget):
    loaded = Signal()  # roster (re)loaded
    done = Signal(str)  # "add", "update", "delete", "export", "preview", "brief", "share"

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("CreatorsView")
        self.creators: list[Any] = []
        self.current: Any = None
        self.brief: Any = None
        self.shares: list[Any] = []
        self.last_files: dict[str, str] = {}
        self.dialog: Any = None

        self.list = QListWidget()
        self.list.setObjectName("CreatorList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._selected)
        self.add_btn = QPushButton(tr("Add creator…"))
        self.add_btn.setObjectName("AddCreator")
        self.add_btn.clicked.connect(self.add_dialog)
        self.import_btn = QPushButton(tr("Import CSV…"))
        self.import_btn.setObjectName("ImportCreators")
        self.import_btn.setToolTip(tr("Columns: name, platforms (tiktok:@x; instagram:@y), markets (de-DE; ar-SA), "
                                      "notes — the whole file is checked first"))
        self.import_btn.clicked.connect(lambda: self.import_csv())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        adds = QHBoxLayout()
        adds.addWidget(self.add_btn)
        adds.addWidget(self.import_btn)
        ll.addLayout(adds)
        ll.addWidget(self.list, 1)

        self.title = ElidedLabel("")
        self.title.setObjectName("CreatorTitle")
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.summary = ElidedLabel("", lines=3)
        self.summary.setObjectName("CreatorSummary")
        self.edit_btn = QPushButton(tr("Edit…"))
        self.export_btn = QPushButton(tr("Export data…"))
        self.export_btn.setToolTip(tr("Everything stored about this creator, as JSON and CSV, into a folder"))
        self.delete_btn = QPushButton(tr("Delete"))
        self.delete_btn.setToolTip(tr("Remove the creator and every brief written for them"))
        for name, btn, slot in (("EditCreator", self.edit_btn, self.edit_dialog),
                                ("ExportCreator", self.export_btn, self.export_data),
                                ("DeleteCreator", self.delete_btn, self.delete)):
            btn.setObjectName(name)
            btn.clicked.connect(slot)
        top = QHBoxLayout()
        top.addWidget(self.edit_btn)
        top.addWidget(self.export_btn)
        top.addStretch(1)
        top.addWidget(self.delete_btn)

        # --- brief tab
        self.product = _combo("BriefProduct")
        self.market = _combo("BriefMarket")
        self.platform = _combo("BriefPlatform")
        for p in PLATFORMS:
            self.platform.addItem(p, p)
        self.campaign = _combo("BriefCampaign")
        self.campaign.setEditable(True)
        self.campaign.setToolTip(tr("A campaign gives the brief its code, dates and festival; any other name is "
                                    "only the link's UTM campaign"))
        editor = self.campaign.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(tr("campaign (optional)"))
        self.campaign.currentTextChanged.connect(lambda _t: self._fill_markets())
        self.store_url = QLineEdit(ctx.settings.get("livestream.store_url", "") or "")
        self.store_url.setObjectName("BriefStoreUrl")
        self.store_url.setPlaceholderText(tr("Store URL, e.g. https://shop.example.com"))
        self.store_url.setToolTip(tr("Store URL: your shop's address; the creator's link points to the product "
                                     "page under it"))
        self.store_url.setAccessibleName(tr("Store URL"))
        self.preview_btn = QPushButton(tr("Preview brief"))
        self.preview_btn.setObjectName("PreviewBrief")
        self.preview_btn.clicked.connect(lambda: self.preview())
        self.pdf_btn = QPushButton(tr("Export PDF and text…"))
        self.pdf_btn.setObjectName("ExportBrief")
        self.pdf_btn.clicked.connect(lambda: self.export_brief())
        self.copy_brief_btn = QPushButton(tr("Copy text"))
        self.copy_brief_btn.setObjectName("CopyBrief")
        self.copy_brief_btn.clicked.connect(self.copy_brief)
        row1 = QHBoxLayout()
        row1.addWidget(self.product, 2)
        row1.addWidget(self.market, 1)
        row1.addWidget(self.platform, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.campaign, 1)
        row2.addWidget(self.store_url, 2)
        row2.addWidget(self.preview_btn)
        row2.addWidget(self.pdf_btn)
        row2.addWidget(self.copy_brief_btn)
        self.brief_text = QPlainTextEdit()
        self.brief_text.setObjectName("BriefPreview")
        self.brief_text.setReadOnly(True)
        # read-only still takes the keyboard (Ctrl+End, Page Down, arrows) and a click gives it focus, so the
        # deliverables, code and dates at the foot can be reached (walkthrough s14 finding 16)
        self.brief_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.brief_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.brief_text.setPlaceholderText(tr("Choose a product, market and platform, then Preview brief."))
        brief_tab = QWidget()
        bl = QVBoxLayout(brief_tab)
        bl.addLayout(row1)
        bl.addLayout(row2)
        bl.addWidget(self.brief_text, 1)

        # --- share tab
        self.app = _combo("ShareApp")
        for a in APPS:
            self.app.addItem(a, a)
        self.share_btn = QPushButton(tr("Write share texts"))
        self.share_btn.setObjectName("WriteShare")
        self.share_btn.clicked.connect(lambda: self.write_share())
        self.copy_share_btn = QPushButton(tr("Copy"))
        self.copy_share_btn.setObjectName("CopyShare")
        self.copy_share_btn.clicked.connect(self.copy_share)
        self.app.currentIndexChanged.connect(self._show_share)
        srow = QHBoxLayout()
        srow.addWidget(self.app, 1)
        srow.addWidget(self.share_btn)
        srow.addWidget(self.copy_share_btn)
        srow.addStretch(1)
        self.share_text = QPlainTextEdit()
        self.share_text.setObjectName("SharePreview")
        self.share_text.setReadOnly(True)
        self.share_note = ElidedLabel("", lines=2)
        self.share_note.setObjectName("ShareNote")
        share_tab = QWidget()
        sl = QVBoxLayout(share_tab)
        sl.addLayout(srow)
        sl.addWidget(self.share_text, 1)
        sl.addWidget(self.share_note)

        self.sent = QListWidget()
        self.sent.setObjectName("BriefsSent")
        self.sent.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("CreatorTabs")
        self.tabs.addTab(brief_tab, tr("Brief"))
        self.tabs.addTab(share_tab, tr("Share texts"))
        self.tabs.addTab(self.sent, tr("Briefs sent"))
        self.status = ElidedLabel("", lines=2)
        self.status.setObjectName("CreatorStatus")

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.summary)
        rl.addLayout(top)
        rl.addWidget(self.tabs, 1)
        rl.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("CreatorsSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._enable()
        ctx.bus.changed.connect(self._changed)
        self.reload()
        self._load_choices()

    # ------------------------------------------------------------------ loading
    def reload(self, select: str | None = None) -> None:
        from studio.services import creators

        db = self.ctx.db
        want = select or (self.current.name if self.current is not None else None)

        def job(progress, cancel):
            listed = creators.list_creators(db)
            name = want if want in {c.name for c in listed} else (listed[0].name if listed else None)
            if name is None:
                return listed, None, None, []
            sent = [{k: v for k, v in b.items() if k != "brief"} for b in creators.briefs_of(db, name)]
            return listed, creators.get_creator(db, name), creators.performance(db, name), sent

        Op(self.ctx, self, job).named("load creators").latest_only("load").success(self._loaded) \
            .failure(self._failed).run_in_background()

    def _load_choices(self) -> None:
        from localization.markets import all_tags
        from studio.services import catalog

        db = self.ctx.db

        def job(progress, cancel):
            try:
                from studio.services import campaigns

                names = {c.name: list(c.markets) for c in campaigns.list_campaigns(db)}
            except Exception:  # noqa: BLE001 — the brief works without campaigns
                names = {}
            return catalog.list_products(db, limit=500), all_tags(), names

        Op(self.ctx, self, job).named("brief choices").latest_only("choices").success(self._choices) \
            .failure(self._failed).run_in_background()

    def _choices(self, result) -> None:
        products, markets, campaign_names = result
        keep_p, keep_m = self.product.currentData(), self.market.currentData()
        typed = self.campaign.currentText()
        self.campaign.clear()
        self.campaign.addItem("")
        self.campaign_markets = dict(campaign_names)
        self.campaign.addItems(list(campaign_names))
        self.campaign.setEditText(typed)
        self.product.clear()
        for p in products:
            self.product.addItem(p.title, p.handle)
        self.all_markets = list(markets)
        self._fill_markets()
        for combo, keep in ((self.product, keep_p), (self.market, keep_m)):
            i = combo.findData(keep)
            if i >= 0:
                combo.setCurrentIndex(i)
        self._prefer_creator_market()
        self._enable()

    def _loaded(self, result) -> None:
        listed, current, perf, sent = result
        self.sent.clear()
        for b in reversed(sent):
            item = QListWidgetItem(f"{b['created_at']:%Y-%m-%d} · {b['product']} · {b['market']} · {b['platform']} · "
                                   f"{b['discount_code']}" if b.get("created_at") else f"{b['product']} · {b['market']}")
            item.setToolTip(plain.tip(b["link"]))
            self.sent.addItem(item)
        self.creators = listed
        self.list.blockSignals(True)
        self.list.clear()
        for c in listed:
            handles = ", ".join(p["handle"] for p in c.platforms)
            item = QListWidgetItem(f"{c.name}\n{', '.join(c.markets)}" + (f" · {handles}" if handles else ""))
            item.setData(Qt.ItemDataRole.UserRole, c.name)
            item.setToolTip(plain.tip(c.audience_notes) if c.audience_notes else "")
            self.list.addItem(item)
            if current is not None and c.name == current.name:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show(current, perf)
        if not listed:
            self.status.setText(tr("No creators yet. Add creator… puts the first one on the roster."))
        self.loaded.emit()

    def _show(self, c, perf) -> None:
        self.current = c
        if c is None:
            self.title.setText(tr("Creators"))
            self.summary.setText(tr("Creator names, handles and notes stay on this computer and never go into "
                                    "a prompt."))
            self._enable()
            return
        self.title.setText(c.name)
        handles = ", ".join(f"{p['platform']} {p['handle']}" for p in c.platforms) or tr("no platforms")
        orders = tr("orders from their links: unknown (no orders imported)") if perf is None or perf.orders is None \
            else tr("orders from their links: {n}").format(n=perf.orders) + (
                " · " + ", ".join(f"{v} {k}" for k, v in perf.revenue.items()) if perf.revenue else "")
        parts = [handles, ", ".join(c.markets) or tr("no markets"), tr("{n} briefs").format(n=c.briefs), orders]
        if c.audience_notes:
            parts.append(f"{tr('audience')}: {c.audience_notes}")
        # each part in its own isolate: handles and tags keep their order inside a right-to-left line
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""  # an RTL paragraph
        self.summary.setText(mark + " · ".join(f"\u2068{p}\u2069" for p in parts))
        for p in c.platforms:
            i = self.platform.findData(p.get("platform"))
            if i >= 0:
                self.platform.setCurrentIndex(i)
                break
        self._fill_markets()
        self._prefer_creator_market()
        self._enable()

    def _fill_markets(self) -> None:
        """The brief's market list: the creator's markets first, then the chosen campaign's (a campaign's brief is
        refused outside its markets), a separator, then every other market."""
        tags = list(getattr(self, "all_markets", []) or [])
        if not tags:
            return
        first: list[str] = []
        if self.current is not None:
            first += [t for t in self.current.markets if t in tags]
        camp = (getattr(self, "campaign_markets", {}) or {}).get(self.campaign.currentText().strip())
        first += [t for t in camp or [] if t in tags and t not in first]
        keep = self.market.currentData()
        self.market.blockSignals(True)
        self.market.clear()
        for tag in first:
            self.market.addItem(tag, tag)
        if first:
            self.market.insertSeparator(self.market.count())
        for tag in tags:
            if tag not in first:
                self.market.addItem(tag, tag)
        i = self.market.findData(keep)
        self.market.setCurrentIndex(i if i >= 0 else 0)
        self.market.blockSignals(False)

    def _prefer_creator_market(self) -> None:
        """The creator's first market, once per creator picked: a reload after Preview or Export (which records the
        brief) keeps the market the user chose (it switched th-TH back to ar-SA, and the next export was the wrong
        market's brief)."""
        if self.current is None or not self.current.markets or self.market.count() == 0:
            return
        if getattr(self, "_market_preferred_for", None) == self.current.name:
            return
        i = self.market.findData(self.current.markets[0])
        if i >= 0:
            self.market.setCurrentIndex(i)
            self._market_preferred_for = self.current.name

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.creators):
            self.reload(self.creators[row].name)

    def _enable(self, busy: bool = False) -> None:
        has = self.current is not None and not busy
        ready = has and self.product.count() > 0 and self.market.count() > 0
        for b in (self.edit_btn, self.export_btn, self.delete_btn):
            b.setEnabled(has)
        self.preview_btn.setEnabled(ready)
        self.pdf_btn.setEnabled(ready)
        self.copy_brief_btn.setEnabled(self.brief is not None)
        self.share_btn.setEnabled(not busy and self.product.count() > 0 and self.market.count() > 0)
        self.copy_share_btn.setEnabled(bool(self.shares))
        self.add_btn.setEnabled(not busy)
        self.import_btn.setEnabled(not busy)

    def _changed(self, summary: ChangeSummary) -> None:
        if summary.entity in ("creator",) and self.isVisible():
            self.reload()
        elif summary.entity in ("product", "campaign") and self.isVisible():
            self._load_choices()

    def _failed(self, exc: BaseException) -> None:
        text = ops.message_of(exc)
        if "store URL" in text and not self.store_url.text().strip():
            # the field that fixes it is right here: name it, put the cursor in it
            text = tr("No store URL: type your shop's address in the Store URL field next to Preview brief "
                      "(e.g. https://shop.example.com), then try again.")
            self.store_url.setFocus()
        self.status.setText(text)
        self.loaded.emit()

    # ------------------------------------------------------------------ roster
    def add_dialog(self) -> None:
        from ui.creators.dialogs import CreatorDialog

        self.dialog = CreatorDialog(self)
        self.dialog.accepted.connect(lambda: self.save(**self.dialog.values()))
        self.dialog.open()

    def edit_dialog(self) -> None:
        from ui.creators.dialogs import CreatorDialog

        if self.current is None:
            return
        self.dialog = CreatorDialog(self, self.current)
        self.dialog.accepted.connect(lambda: self.save(**self.dialog.values()))
        self.dialog.open()

    def save(self, name: str, platforms: list[str], markets: list[str], audience_notes: str,
             original: str | None = None) -> None:
        from studio.services import creators

        db = self.ctx.db

        def job(progress, cancel):
            if original:
                c = creators.update_creator(db, original, platforms=platforms, markets=markets,
                                            audience_notes=audience_notes,
                                            new_name=name if name != original else None)
                return c, ChangeSummary(updated=(c.id,), entity="creator", message=f"updated {c.name}")
            c = creators.add_creator(db, name, platforms=platforms, markets=markets, audience_notes=audience_notes)
            return c, ChangeSummary(created=(c.id,), entity="creator", message=f"added {c.name}")

        def ok(result) -> None:
            c, summary = result
            self.status.setText(summary.message)
            self.reload(c.name)
            self.done.emit("update" if original else "add")

        Op(self.ctx, self, job).named("save creator").writes().changes(lambda r: r[1]).success(ok) \
            .failure(self._failed).run_in_background()

    def import_csv(self, path: str | None = None) -> None:
        from studio.services import creators

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import creators"), "", tr("CSV files (*.csv)"))
            if not path:
                return
        db = self.ctx.db

        def job(progress, cancel):
            r = creators.import_creators(db, path)
            return r, ChangeSummary(created=tuple(range(r["added"])), entity="creator",
                                    message=f"added {r['added']} creators")

        def ok(result) -> None:
            r, _summary = result
            self.status.setText(tr("Imported {n} creators from {file}").format(n=r["added"], file=Path(path).name))
            self.reload(r["creators"][0] if r["creators"] else None)
            self.done.emit("import")

        Op(self.ctx, self, job).named("import creators").writes().busy(self.import_btn) \
            .changes(lambda res: res[1]).success(ok).failure(self._failed).run_in_background()

    def export_data(self, out_dir: str | None = None) -> None:
        from studio.services import creators

        if self.current is None:
            return
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, tr("Export creator data to"))
            if not out_dir:
                return
        db, name = self.ctx.db, self.current.name

        def ok(r) -> None:
            self.last_files = {"json": r["json"], "csv": r["csv"]}
            self.status.setText(tr("Exported {name}: {path}").format(name=r["creator"], path=r["json"]))
            self.done.emit("export")

        Op(self.ctx, self, lambda p, c: creators.export_creator(db, name, out_dir)).named("export creator") \
            .busy(self.export_btn).success(ok).failure(self._failed).run_in_background()

    def delete(self, confirm: bool = True) -> None:
        from studio.services import creators

        if self.current is None:
            return
        name = self.current.name
        if confirm:
            answer = QMessageBox.question(self, tr("Delete creator"),
                                          tr("Delete {name} and every brief written for them? "
                                             "Export their data first if you need it.").format(name=name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        db = self.ctx.db

        def ok(summary) -> None:
            self.status.setText(summary.message)
            self.current = None
            self.brief = None
            self.brief_text.clear()
            self.reload()
            self.done.emit("delete")

        Op(self.ctx, self, lambda p, c: creators.delete_creator(db, name)).named("delete creator").writes() \
            .success(ok).failure(self._failed).run_in_background()

    # ------------------------------------------------------------------ brief
    def _request(self, record: bool) -> Any:
        from studio.services import briefs

        store = self.store_url.text().strip() or None
        return briefs.BriefRequest(product=self.product.currentData(), market=self.market.currentData(),
                                   creator=self.current.name, platform=self.platform.currentData(),
                                   store_url=store, campaign=self.campaign.currentText().strip() or None)

    def preview(self) -> None:
        from studio.services import briefs

        if self.current is None:
            return
        req = self._request(False)
        db = self.ctx.db
        self.status.setText(tr("Writing the brief…"))

        def ok(brief) -> None:
            self.brief = brief
            self._set_brief_text(brief)
            d = brief.data
            left = f" · {tr('left out')}: {len(d['left_out'])}" if d["left_out"] else ""
            self.status.setText(tr("Disclosure: start with “{label}”, in the app: {control}").format(
                label=d["disclosure"]["label"], control=d["disclosure"]["control"]) + left)
            self._enable()
            self.done.emit("preview")

        Op(self.ctx, self, lambda p, c: briefs.build_brief(db, req, p, c, record=False)).named("preview brief") \
            .latest_only("brief").busy(self.preview_btn, self.pdf_btn).success(ok).failure(self._failed) \
            .run_in_background()

    def export_brief(self, out_dir: str | None = None) -> None:
        from studio.services import briefs

        if self.current is None:
            return
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, tr("Export the brief to"))
            if not out_dir:
                return
        req = self._request(True)
        db = self.ctx.db

        def job(progress, cancel):
            brief = briefs.build_brief(db, req, progress, cancel)
            files = briefs.export_brief(brief, out_dir)
            return brief, files

        def ok(result) -> None:
            brief, files = result
            self.brief = brief
            self.last_files = files
            self._set_brief_text(brief)
            self.status.setText(tr("Brief written: {pdf}").format(pdf=Path(files["pdf"]).name))
            self.reload()
            self.done.emit("brief")

        Op(self.ctx, self, job).named("export brief").writes().busy(self.preview_btn, self.pdf_btn) \
            .success(ok).failure(self._failed).run_in_background()

    def _set_brief_text(self, brief) -> None:
        """The brief as the creator will read it: right-aligned, right-to-left paragraphs for an Arabic brief
        (each paragraph's own direction still decides, so an English angle reads left to right)."""
        rtl = brief.data.get("direction") == "rtl"
        option = QTextOption(self.brief_text.document().defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.brief_text.document().setDefaultTextOption(option)
        self.brief_text.setPlainText(brief.text)

    def copy_brief(self) -> None:
        if self.brief is not None:
            QGuiApplication.clipboard().setText(self.brief.text)
            self.status.setText(tr("Brief text copied"))

    # ------------------------------------------------------------------ share
    def write_share(self) -> None:
        from studio.services import share

        product, market = self.product.currentData(), self.market.currentData()
        store = self.store_url.text().strip() or None
        db = self.ctx.db

        def ok(texts) -> None:
            self.shares = texts
            self._show_share()
            self._enable()
            self.done.emit("share")

        Op(self.ctx, self, lambda p, c: share.share_texts(db, product, market, store_url=store)) \
            .named("share texts").latest_only("share").busy(self.share_btn).success(ok).failure(self._failed) \
            .run_in_background()

    def _show_share(self) -> None:
        app = self.app.currentData()
        t = next((s for s in self.shares if s.app == app), None)
        self.share_text.setPlainText(t.text if t else "")
        self.share_note.setText(" · ".join((t.notes if t else []) + ([t.share_url] if t and t.share_url else [])))

    def copy_share(self) -> None:
        text = plain.text_of(self.share_text)
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status.setText(tr("Share text copied"))
