"""Content section: product + facts on the left, markets as tabs, kind/target picker, generate with live
(streamed) output, check results inline, per-field editors (a save is a human version), regenerate one
field, versions with diff, approve. RTL markets get right-to-left editors.

Only ``studio`` services are used (generation, drafts, catalog, providers); work runs as ``ui.ops.Op``s.
The view is split by concern: ``pickers`` (kind/target/market/brand voice), ``checks`` (live re-checks),
``actions`` (generate, save, approve…), ``editors`` (field editors and the findings beside them).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops, plain
from ui.catalog.thumbnails import PICKER_SIZE
from ui.content.actions import DraftActions
from ui.content.checks import DraftChecks
from ui.content.editors import FieldChecksPanel, to_text
from ui.content.pickers import DEFAULT_MARKETS, MARKETS_SETTING, SlotPickers
from ui.content.structured import make_editor
from ui.fields import field_label
from ui.i18n import N_, tr
from ui.labels import author_label, fact_label, kind_label, link_placement_label, target_label
from ui.models import ProductListModel, RowModel, tuple_columns
from ui.ops import Op
from ui.widgets.fit import ElidedLabel, wrap_items
from ui.widgets.id_combo import IdCombo

RECHECK_MS = 300
DRAFT_STATUSES = (N_("draft"), N_("in-review"), N_("approved"), N_("rejected"))  # drafts.STATUSES, shown with tr()


class ContentView(SlotPickers, DraftChecks, DraftActions, QWidget):
    generated = Signal(int)  # draft id, after a generation finished

    saved = Signal(int)  # draft id, after an edit or approval was written

    draft_shown = Signal()  # the editors show the current slot's draft (or that there is none)

    checked = Signal(object)  # list[Finding], after a live re-check of the edited fields

    HIDDEN_FIELDS = ("language", "link_placement")  # kept as written; the link placement is in the status line

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.product_id: int | None = None
        self.draft = None
        self.field_editors: dict[str, Any] = {}  # QPlainTextEdit, or a structured editor (FAQ pairs, scenes)
        self.field_labels: dict[str, QLabel] = {}
        self._handle = None
        self._checker: Any = None
        self._checker_key: tuple | None = None

        # left: products and facts
        self.search = QLineEdit(placeholderText=tr("Search products…"))
        self.products = ProductListModel(self)
        self.product_view = QListView()
        self.product_view.setIconSize(QSize(PICKER_SIZE, PICKER_SIZE))  # product thumbnails (ProductListModel)
        self.product_view.setModel(self.products)
        from ui.widgets import empty

        self.products_empty = empty.attach_products(self.product_view, ctx, self.search)
        self.product_view.setSelectionMode(QAbstractItemView.SingleSelection)
        wrap_items(self.product_view)
        self.facts = RowModel(self, columns=tuple_columns(N_("Fact"), N_("Value")))
        self.facts_view = QTableView()
        self.facts_view.setModel(self.facts)
        self.facts_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.facts_view.verticalHeader().hide()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.search)
        lv.addWidget(self.product_view, 3)
        self.localize_button = QPushButton(tr("Localize…"))
        self.localize_button.setObjectName("ContentLocalize")
        self.localize_button.setToolTip(tr("Write the whole pack (listing, captions, FAQ, video script…) for the "
                                           "markets and channels you choose; the drafts land in Review"))
        self.localize_button.clicked.connect(self.localize)
        lv.addWidget(self.localize_button)
        lv.addWidget(QLabel(tr("Facts (the only thing copy is grounded in)")))
        lv.addWidget(self.facts_view, 2)

        # right: markets as tabs, kind/target, actions
        self.market_tabs = QTabBar()
        self.market_tabs.setExpanding(False)
        for tag in self.ctx.settings.get(MARKETS_SETTING, DEFAULT_MARKETS):
            self.market_tabs.addTab(tag)
        self.add_market = QComboBox()
        self.add_market.setToolTip(tr("Add a market tab"))
        self.kind = IdCombo(kind_label)  # "Video script", "FAQ" shown; the id ("video-script") is the data
        self.target = IdCombo(target_label)
        self.generate_button = QPushButton(tr("Generate"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.provider_label = QLabel()
        # wraps instead of widening the window past a 1366 px screen (the bar row is full)
        self.provider_label.setWordWrap(True)
        self.brand_voice = QComboBox()
        self.brand_voice.setObjectName("ContentBrandVoice")
        self.brand_voice.setToolTip(tr("The brand voice Generate applies"))
        self.brand_voice_edit = QPushButton(tr("Brand voices…"))
        self.batch_button = QPushButton(tr("Batch…"))
        self.batch_button.setToolTip(tr("Generate for many products, markets and kinds at once"))
        bar = QHBoxLayout()
        for w in (QLabel(tr("Kind")), self.kind, QLabel(tr("Target")), self.target, QLabel(tr("Voice")),
                  self.brand_voice, self.brand_voice_edit, self.generate_button, self.cancel_button,
                  self.batch_button):
            bar.addWidget(w)
        bar.addStretch(1)
        mbar = QHBoxLayout()
        mbar.addWidget(self.market_tabs, 1)
        # beside the market tabs, where there is room: in the full toolbar row it wrapped onto three to five lines
        mbar.addWidget(self.provider_label)
        mbar.addWidget(self.add_market)

        # wraps into three lines at most (a failure can quote a whole model answer), the rest in the tooltip
        self.status = ElidedLabel(tr("Pick a product, a market and a kind, then Generate."), lines=3)
        self.live = QPlainTextEdit(readOnly=True)
        self.live.setPlaceholderText(tr("Live output appears here while the model writes."))
        self.live.setMaximumHeight(72)

        self.fields_box = QWidget()
        self.fields_form = QFormLayout(self.fields_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_box)

        self.checks_panel = FieldChecksPanel()
        self.checks_panel.setMinimumWidth(340)
        self.checks_panel.span_selected.connect(lambda ed: scroll.ensureWidgetVisible(ed))
        self.checks_panel.fix_applied.connect(lambda _f: self.recheck())
        self.checks_panel.set_dismiss(self.dismiss_suggestion)  # model-suggested findings: Dismiss for this draft
        self.checks_panel.set_add_translation(self.add_translation)  # safety text not in the language
        self.checks = self.checks_panel.model
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(RECHECK_MS)
        self._recheck_timer.timeout.connect(self.recheck)
        editors_split = QSplitter()
        editors_split.addWidget(scroll)
        editors_split.addWidget(self.checks_panel)
        editors_split.setStretchFactor(0, 3)
        editors_split.setStretchFactor(1, 2)
        editors_split.setChildrenCollapsible(False)
        editors_split.setSizes([560, 500])
        scroll.setMinimumWidth(320)
        header = self.checks_panel.table.horizontalHeader()
        for col, width in ((0, 90), (1, 140), (2, 96)):
            header.resizeSection(col, width)
        self.checks_panel.table.setColumnHidden(4, True)  # the source is in each row's tooltip

        self.versions = RowModel(self, columns=tuple_columns(N_("Version"), N_("Author"), N_("Provider"), N_("When")))
        self.versions_view = QTableView()
        self.versions_view.setModel(self.versions)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versions_view.horizontalHeader().setStretchLastSection(True)
        self.versions_view.verticalHeader().hide()
        self.versions_view.setMaximumHeight(110)

        self.save_button = QPushButton(tr("Save edit"))
        self.regen_field = QComboBox()
        self.regen_field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "Questions and answers"
        self.regen_button = QPushButton(tr("Regenerate field"))
        self.diff_button = QPushButton(tr("Diff with selected version"))
        self.prompt_button = QPushButton(tr("Show prompt"))
        self.approve_button = QPushButton(tr("Approve"))
        actions = QHBoxLayout()
        for w in (self.save_button, self.regen_field, self.regen_button, self.diff_button, self.prompt_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.approve_button)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addLayout(mbar)
        rv.addLayout(bar)
        rv.addWidget(self.status)
        rv.addWidget(self.live)
        rv.addWidget(editors_split, 3)
        rv.addLayout(actions)
        rv.addWidget(QLabel(tr("Versions")))
        rv.addWidget(self.versions_view)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self._fill_kinds()
        self._fill_markets()
        self._update_provider_label()
        self._set_draft_actions(False)

        self.search.textChanged.connect(self.reload_products)
        self.product_view.selectionModel().currentChanged.connect(self._on_product)
        self.market_tabs.currentChanged.connect(lambda _i: self.load_draft())
        self.kind.currentTextChanged.connect(self._on_kind)
        self.target.currentTextChanged.connect(lambda _t: self.load_draft())
        self.add_market.activated.connect(self._on_add_market)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_edit)
        self.regen_button.clicked.connect(self.regenerate_field)
        self.diff_button.clicked.connect(self.show_diff)
        self.prompt_button.clicked.connect(self.show_prompt)
        self.approve_button.clicked.connect(self.approve)
        self.brand_voice.activated.connect(self._on_brand_voice)
        self.brand_voice_edit.clicked.connect(self.edit_brand_voices)
        self.batch_button.clicked.connect(self.open_batch)
        ctx.bus.changed_by.connect(self._on_changed)
        self.reload_products()
        self.reload_brand_voices()

    def _set_draft_actions(self, enabled: bool) -> None:
        for w in (self.save_button, self.regen_button, self.regen_field, self.diff_button, self.prompt_button,
                  self.approve_button):
            w.setEnabled(enabled)

    def reload_products(self) -> None:
        from studio.services import catalog

        query = self.search.text().strip()
        db = self.ctx.db

        def job(progress, cancel):
            return catalog.list_products(db, 0, 500, query)

        Op(self.ctx, self, job).named("content: products").latest_only("products") \
            .success(self._products_loaded).run_in_background()

    def _products_loaded(self, rows) -> None:
        keep = self.product_id
        self.products.set_rows(rows)
        row = self.products.row_of(keep) if keep is not None else (0 if rows else -1)
        if row >= 0:
            self.product_view.setCurrentIndex(self.products.index(row))

    def localize(self) -> None:
        """Localize… the selected product: every kind for the chosen markets and channels (ui.review.localize)."""
        from ui.review.localize import open_localize

        idx = self.product_view.currentIndex()
        if not idx.isValid():
            self.status.setText(tr("Pick a product to localize."))
            return
        r = self.products.row(idx.row())
        tabs = [self.market_tabs.tabText(i) for i in range(self.market_tabs.count())]
        dlg = open_localize(self.ctx, self, [(r.id, r.handle, r.title)])
        dlg.markets.set_checked(tabs)

    def _on_product(self, current: QModelIndex, _prev=None) -> None:
        pid = self.products.product_id(current.row()) if current.isValid() else None
        self.product_id = pid
        if pid is None:
            ops.drop_pending(self, "product")
            self.facts.set_rows([])
            return
        from studio.services import catalog

        db = self.ctx.db

        def job(progress, cancel):
            return catalog.get_product(db, pid)

        Op(self.ctx, self, job).named("content: product").quiet().latest_only("product") \
            .success(self._product_loaded).failure(self._failed).run_in_background()
        self.load_draft()

    def _product_loaded(self, p) -> None:
        self.facts.set_rows([(fact_label(f.key), f.value + (f" {f.unit}" if f.unit and f.unit not in f.value else ""))
                             for f in p.facts])

    def slot(self) -> tuple | None:
        """(product id, market, kind, target) shown now, or None without a product."""
        if self.product_id is None:
            return None
        return (self.product_id, self.market, self.kind.currentText(), self.target.currentText())

    def load_draft(self) -> None:
        """Read the slot's draft off the GUI thread; a newer request (or a generation) wins."""
        from studio.services import drafts

        key, db = self.slot(), self.ctx.db
        if getattr(self, "_handle", None) is None and getattr(self, "_live_slot", None) != key:
            # another product, market, kind or target: the last run's live output (Japanese hashtags under an
            # en-US tab that says "No draft yet") is not this slot's
            self.live.clear()
            self._live_slot = None
        if key is None:
            ops.drop_pending(self, "draft")
            self.draft = None
            self._show_draft()
            return

        def job(progress, cancel):
            return drafts.find_draft(db, *key)

        Op(self.ctx, self, job).named("content: draft").quiet().latest_only("draft") \
            .success(self._draft_loaded).failure(self._failed).run_in_background()

    def _draft_loaded(self, draft) -> None:
        self.draft = draft
        self._show_draft()

    def _show_draft(self) -> None:
        self._recheck_timer.stop()
        ops.drop_pending(self, "check")  # a re-check still running is for the editors being replaced
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_editors = {}
        self.field_labels = {}
        self.checks_panel.set_editors(self.field_editors)
        self.regen_field.clear()
        d = self.draft
        rtl = self._is_rtl(self.market if d is None else d.market)
        if d is None or d.latest is None:
            self.checks_panel.set_findings([])
            self.versions.set_rows([])
            self._set_draft_actions(False)
            self.status.setText(tr("No draft yet for this product, market and target. Press Generate."))
            self.draft_shown.emit()
            return
        v = d.latest
        from studio.services import draft_fields

        lang = draft_fields.voice_language(d.market, v.content)
        for key, value in v.content.items():
            if key in self.HIDDEN_FIELDS:
                continue
            structured = make_editor(key, value, rtl, lang)  # FAQ pairs, scenes: not JSON text
            if structured is not None:
                structured.setObjectName(f"field-{key}")
                label = plain.label(field_label(key))
                label.setObjectName(f"field-label-{key}")
                self.fields_form.addRow(label)  # the list or table gets the form's whole width below its label
                self.fields_form.addRow(structured)
                self.field_editors[key] = structured
                self.field_labels[key] = label
                structured.changed.connect(self._recheck_timer.start)
                if key in self._schema_fields():
                    self.regen_field.addItem(field_label(key), key)
                continue
            ed = QPlainTextEdit(to_text(value))
            ed.setObjectName(f"field-{key}")
            ed.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
            opt = ed.document().defaultTextOption()
            opt.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
            opt.setAlignment(Qt.AlignRight if rtl else Qt.AlignLeft)
            ed.document().setDefaultTextOption(opt)
            short = not isinstance(value, list | dict) and len(to_text(value)) < 120  # a title, a hook, 2.0
            ed.setMinimumHeight(46 if short else 110)
            if short:  # a title or a hook: not stretched to half the form (beside a scenes table it took 190 px)
                ed.setMaximumHeight(ed.fontMetrics().lineSpacing() * 4 + 14)
            ed.setProperty("list_lines", isinstance(value, list) and all(isinstance(x, str) for x in value))
            ed.setProperty("json_field", isinstance(value, list | dict) and not ed.property("list_lines"))
            label = plain.label(field_label(key))
            label.setObjectName(f"field-label-{key}")
            self.fields_form.addRow(label, ed)
            self.field_editors[key] = ed
            self.field_labels[key] = label
            ed.textChanged.connect(self._recheck_timer.start)
            if key in self._schema_fields():
                self.regen_field.addItem(field_label(key), key)
        from studio.services.content_checks import finding_from_dict

        self.show_findings([finding_from_dict(c) for c in v.checks or []])
        self.versions.set_rows([(x.number, author_label(x.author), f"{x.provenance.get('provider', '')} {x.provenance.get('model', '')}"
                                 .strip(), x.created_at.strftime("%Y-%m-%d %H:%M") if x.created_at else "")
                                for x in reversed(d.versions)])
        self._set_draft_actions(True)
        errors = sum(1 for c in v.checks or [] if c.get("severity") == "error")
        ai = tr("AI-generated") if v.ai_generated else (tr("offline writer, not AI") if v.author == "offline"
                                                         else tr("human edit"))
        override = (v.provenance or {}).get("approval_override")
        self.status.setText(f"{tr('Draft')} #{d.id} · v{d.current_version} · {tr(d.status)} · {ai} · "
                            f"{errors} {tr('errors')}" + (f" · {tr('approved')} v{d.approved_version}"
                                                          if d.approved_version else "")
                            + (f" · {link_placement_label(v.content['link_placement'])}"
                               if v.content.get("link_placement") else "")
                            + (f" · {tr('approved despite errors')}: {override.get('reason')}" if override else ""))
        self.draft_shown.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # the writer may have changed in Settings › LLM: say which one is in use and which markets it covers
        self._update_provider_label()
        self._fill_markets()
        super().showEvent(event)

    def _on_changed(self, summary: ChangeSummary, initiator: object = None) -> None:
        if summary.entity == "brand_voice":
            self.reload_brand_voices()
        if summary.entity == "product":
            self._checker_key = None  # facts may have changed: the next re-check reads them again
            self.reload_products()
        elif summary.entity == "draft" and initiator is not self and self.draft is not None \
                and self.draft.id in (summary.updated + summary.created):  # our own change is shown already
            self.load_draft()
