"""Content section: product + facts on the left, markets as tabs, kind/target picker, generate with live
(streamed) output, check results inline, per-field editors (a save is a human version), regenerate one
field, versions with diff, approve. RTL markets get right-to-left editors.

Only ``studio`` services are used (generation, drafts, catalog, providers); jobs run through ``ctx.tasks``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from studio.domain import ChangeSummary, StudioError
from ui import ops, plain
from ui.i18n import N_, tr
from ui.models import ProductListModel, RowModel, tuple_columns
from ui.ops import Op
from ui.sections import Section
from ui.widgets.checks_panel import ChecksPanel, apply_fix_to_editor, highlight

DEFAULT_MARKETS = ["en-US", "de-DE", "ar-SA", "ja-JP"]
MARKETS_SETTING = "content.markets"
BRAND_VOICE_SETTING = "content.brand_voice"
SEVERITY_COLORS = {"error": QColor("#c62828"), "warning": QColor("#ef6c00"), "info": QColor("#1565c0")}
RECHECK_MS = 300
_FIELD_RE = re.compile(r"^([^\[.]+)(?:\[(\d+)\])?(.*)$")


DRAFT_STATUSES = (N_("draft"), N_("in-review"), N_("approved"), N_("rejected"))  # drafts.STATUSES, shown with tr()


# --------------------------------------------------------------------------- models


# --------------------------------------------------------------------------- field editors


def _to_text(value: Any) -> str:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return "" if value is None else str(value)


def _from_text(text: str, like: Any) -> Any:
    if isinstance(like, list) and all(isinstance(v, str) for v in like):
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(like, list | dict):
        return json.loads(text)
    return text



# --------------------------------------------------------------------------- checks beside the editors


def _json_path(value: Any, path: str) -> Any:
    for m in re.finditer(r"\.([^.\[]+)|\[(\d+)\]", path):
        value = value[m.group(1)] if m.group(1) is not None else value[int(m.group(2))]
    return value


def map_to_editor(finding, editors: dict[str, QPlainTextEdit]) -> tuple[QPlainTextEdit, int, int] | None:
    """Where a finding of content field ``finding.field`` (``title``, ``bullets[2]``, ``faqs[0].answer``) lies
    in the field editors: (editor, start, end) as Python indices into that editor's text, or None."""
    if not finding.field or finding.end < finding.start:
        return None
    m = _FIELD_RE.match(finding.field)
    if m is None:
        return None
    key, idx, rest = m.group(1), m.group(2), m.group(3)
    ed = editors.get(key)
    if ed is None:
        return None
    text = ed.toPlainText()
    start, end = finding.start, finding.end
    if idx is None and not rest:
        return (ed, start, end) if not ed.property("json_field") and end <= len(text) else None
    if idx is not None and not rest and ed.property("list_lines"):
        n, pos = -1, 0
        for line in text.split("\n"):  # one item per non-empty line, stripped (as _from_text reads it)
            if line.strip():
                n += 1
                if n == int(idx):
                    base = pos + len(line) - len(line.lstrip())
                    return (ed, base + start, base + end) if end <= len(line.strip()) else None
            pos += len(line) + 1
        return None
    try:
        value = _json_path(json.loads(text), finding.field[len(key):])
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if not isinstance(value, str) or end > len(value):
        return None
    at = text.find(json.dumps(value, ensure_ascii=False))
    if at < 0:
        return None

    def esc(s: str) -> int:  # length of s inside a JSON string literal (escapes included)
        return len(json.dumps(s, ensure_ascii=False)) - 2

    return ed, at + 1 + esc(value[:start]), at + 1 + esc(value[:end])


class FieldChecksPanel(ChecksPanel):
    """The ChecksPanel beside all field editors of a draft: each finding's ``field`` picks the editor, its span
    is mapped into that editor's text (list fields are one item per line), highlights go into every editor and
    Fix edits the right one (one undo step)."""

    span_selected = Signal(object)  # the editor whose span was selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QPlainTextEdit] = {}
        self._snapshot: dict[int, str] = {}
        self.detail = plain.label()
        self.detail.setObjectName("FindingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.layout().addWidget(self.detail)
        self.finding_activated.connect(self._show_detail)
        self.findings_changed.connect(lambda _f: self.detail.clear())

    def _show_detail(self, f) -> None:
        fix = "" if f.fix is None else f"\n{tr('Fix')}: {f.fix!r}"
        self.detail.setText(f"{f.rule_id} ({f.field or '-'}): {f.message}{fix}\n{tr('Source')}: {f.source}")

    def set_editors(self, editors: dict[str, QPlainTextEdit]) -> None:
        self.editors = editors
        self._snapshot: dict[int, str] = {}

    def stale(self, editor: QPlainTextEdit) -> bool:
        """True when ``editor`` changed since the findings were made (their spans no longer apply)."""
        return self._snapshot.get(id(editor)) != editor.toPlainText()

    def locate(self, f):
        hit = map_to_editor(f, self.editors)
        if hit is None:
            return None
        ed, a, b = hit
        return ed, dataclasses.replace(f, start=a, end=b)

    def set_findings(self, findings) -> None:
        findings = list(findings)
        self._snapshot = {id(ed): ed.toPlainText() for ed in self.editors.values()}
        super().set_findings(findings)
        self.highlight_all()
        self.fix_all_button.setEnabled(any(f.fix is not None and self.locate(f) for f in findings))

    def highlight_all(self) -> None:
        per: dict[int, tuple[QPlainTextEdit, list]] = {id(ed): (ed, []) for ed in self.editors.values()}
        for f in self.findings():
            hit = self.locate(f)
            if hit is not None:
                per[id(hit[0])][1].append(hit[1])
        for ed, items in per.values():
            highlight(ed, items)

    def _on_current(self, current, _previous=None) -> None:
        super()._on_current(current, _previous)
        f = self.model.finding(current.row()) if current.isValid() else None
        self.fix_button.setEnabled(bool(f is not None and f.fix is not None and self.locate(f)))

    def select_span(self, f) -> None:
        from ui.widgets.checks_panel import py_to_qt

        hit = self.locate(f)
        if hit is None or hit[1].end <= hit[1].start:
            return
        ed, g = hit
        text = ed.toPlainText()
        cursor = ed.textCursor()
        cursor.setPosition(py_to_qt(text, g.start))
        cursor.setPosition(py_to_qt(text, g.end), QTextCursor.MoveMode.KeepAnchor)
        ed.setTextCursor(cursor)
        ed.ensureCursorVisible()
        self.span_selected.emit(ed)

    def apply(self, f) -> bool:
        hit = self.locate(f)
        if hit is None or self.stale(hit[0]) or not apply_fix_to_editor(*hit):
            return False  # a stale span would replace the wrong text: wait for the re-check
        self.fix_button.setEnabled(False)
        self.fix_applied.emit(f)
        return True

    def fix_all(self) -> int:
        hits = [h for h in (self.locate(f) for f in self.findings() if f.fix is not None)
                if h is not None and not self.stale(h[0])]
        done = 0
        for ed in {id(h[0]): h[0] for h in hits}.values():
            limit = len(ed.toPlainText()) + 1
            for _, g in sorted((h for h in hits if h[0] is ed), key=lambda h: (h[1].start, h[1].end), reverse=True):
                if g.end <= limit and apply_fix_to_editor(ed, g):
                    done += 1
                    limit = g.start
        if done:
            self.fix_all_button.setEnabled(False)
            self.fix_applied.emit(None)
        return done


class ContentView(QWidget):
    generated = Signal(int)  # draft id, after a generation finished
    saved = Signal(int)  # draft id, after an edit or approval was written
    draft_shown = Signal()  # the editors show the current slot's draft (or that there is none)
    checked = Signal(object)  # list[Finding], after a live re-check of the edited fields

    HIDDEN_FIELDS = ("language",)

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.product_id: int | None = None
        self.draft = None
        self.field_editors: dict[str, QPlainTextEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        self._handle = None
        self._checker: Any = None
        self._checker_key: tuple | None = None

        # left: products and facts
        self.search = QLineEdit(placeholderText=tr("Search products…"))
        self.products = ProductListModel(self)
        self.product_view = QListView()
        self.product_view.setModel(self.products)
        self.product_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.facts = RowModel(self, columns=tuple_columns(N_("Fact"), N_("Value")))
        self.facts_view = QTableView()
        self.facts_view.setModel(self.facts)
        self.facts_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.facts_view.verticalHeader().hide()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.search)
        lv.addWidget(self.product_view, 3)
        lv.addWidget(QLabel(tr("Facts (the only thing copy is grounded in)")))
        lv.addWidget(self.facts_view, 2)

        # right: markets as tabs, kind/target, actions
        self.market_tabs = QTabBar()
        self.market_tabs.setExpanding(False)
        for tag in self.ctx.settings.get(MARKETS_SETTING, DEFAULT_MARKETS):
            self.market_tabs.addTab(tag)
        self.add_market = QComboBox()
        self.add_market.setToolTip(tr("Add a market tab"))
        self.kind = QComboBox()
        self.target = QComboBox()
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
        bar.addWidget(self.provider_label)
        mbar = QHBoxLayout()
        mbar.addWidget(self.market_tabs, 1)
        mbar.addWidget(self.add_market)

        self.status = QLabel(tr("Pick a product, a market and a kind, then Generate."))
        self.status.setWordWrap(True)
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

    # ------------------------------------------------------------------ state
    @property
    def market(self) -> str:
        return self.market_tabs.tabText(self.market_tabs.currentIndex()) if self.market_tabs.count() else "en-US"

    def _fill_kinds(self) -> None:
        from studio.services import generation

        self.kind.blockSignals(True)
        self.kind.addItems(generation.kinds())
        if self.kind.findText("listing") >= 0:
            self.kind.setCurrentText("listing")
        self.kind.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self) -> None:
        from studio.services import generation

        self.target.blockSignals(True)
        self.target.clear()
        ts = generation.targets(self.kind.currentText())
        self.target.addItems(["site"] if ts == ["*"] else [t for t in ts if t != "*"])
        self.target.blockSignals(False)

    def _writer(self) -> str:
        from studio.services import providers

        return providers.config(self.ctx.settings)["provider"]

    def _fill_markets(self) -> None:
        """The market picker, each market marked with whether the current writer covers its language."""
        from localization.markets import all_markets
        from studio.services import generation

        markets = [(m.tag, m.language) for m in all_markets()]
        offline = self._writer() == "offline"
        covered = set(generation.supported_offline_languages()) if offline else None
        self.add_market.clear()
        self.add_market.addItem(tr("+ market…"), None)
        for tag, lang in markets:
            if covered is None:
                self.add_market.addItem(tag, tag)
                self.add_market.setItemData(self.add_market.count() - 1,
                                            tr("Written by the configured model"), Qt.ToolTipRole)
            elif lang in covered:
                self.add_market.addItem(f"{tag}  ✓", tag)
                self.add_market.setItemData(self.add_market.count() - 1,
                                            tr("The offline writer has a phrase bank for this language"),
                                            Qt.ToolTipRole)
            else:
                self.add_market.addItem(f"{tag}  — {tr('needs a model')}", tag)
                self.add_market.setItemData(self.add_market.count() - 1,
                                            tr("The offline writer has no phrase bank for this language; "
                                               "configure a model in Settings › LLM"), Qt.ToolTipRole)

    OFFLINE_NOTE = ("The built-in offline writer is in use: no AI. It fills each language's phrase bank with "
                    "your facts (values translated through its glossary; a value it cannot translate stays in "
                    "its source language, marked, with a finding). It cannot translate free text, write new "
                    "benefits or adapt tone; configure a model in Settings › LLM for that.")

    def _update_provider_label(self) -> None:
        p = self._writer()
        if p == "offline":
            self.provider_label.setText(tr("Writer: offline phrase banks (no AI) ⓘ"))
            self.provider_label.setToolTip(tr(self.OFFLINE_NOTE))
        else:
            self.provider_label.setText(tr("Writer: ") + p)
            self.provider_label.setToolTip("")

    def _on_add_market(self, index: int) -> None:
        if index <= 0:
            return
        tag = self.add_market.itemData(index) or self.add_market.itemText(index).split()[0]
        existing = [self.market_tabs.tabText(i) for i in range(self.market_tabs.count())]
        if tag not in existing:
            self.market_tabs.addTab(tag)
            self.ctx.settings.set(MARKETS_SETTING, existing + [tag])
        self.market_tabs.setCurrentIndex([self.market_tabs.tabText(i) for i in range(self.market_tabs.count())]
                                         .index(tag))
        self.add_market.setCurrentIndex(0)

    def _on_kind(self, _kind: str) -> None:
        self._fill_targets()
        self.load_draft()

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
        self.facts.set_rows([(f.key, f.value + (f" {f.unit}" if f.unit and f.unit not in f.value else ""))
                             for f in p.facts])

    # ------------------------------------------------------------------ drafts
    def slot(self) -> tuple | None:
        """(product id, market, kind, target) shown now, or None without a product."""
        if self.product_id is None:
            return None
        return (self.product_id, self.market, self.kind.currentText(), self.target.currentText())

    def load_draft(self) -> None:
        """Read the slot's draft off the GUI thread; a newer request (or a generation) wins."""
        from studio.services import drafts

        key, db = self.slot(), self.ctx.db
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
        for key, value in v.content.items():
            if key in self.HIDDEN_FIELDS:
                continue
            ed = QPlainTextEdit(_to_text(value))
            ed.setObjectName(f"field-{key}")
            ed.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
            opt = ed.document().defaultTextOption()
            opt.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
            opt.setAlignment(Qt.AlignRight if rtl else Qt.AlignLeft)
            ed.document().setDefaultTextOption(opt)
            ed.setMinimumHeight(46 if isinstance(value, str) and len(value) < 120 else 110)
            ed.setProperty("list_lines", isinstance(value, list) and all(isinstance(x, str) for x in value))
            ed.setProperty("json_field", isinstance(value, list | dict) and not ed.property("list_lines"))
            label = plain.label(key)
            label.setObjectName(f"field-label-{key}")
            self.fields_form.addRow(label, ed)
            self.field_editors[key] = ed
            self.field_labels[key] = label
            ed.textChanged.connect(self._recheck_timer.start)
            if key in self._schema_fields():
                self.regen_field.addItem(key)
        from studio.services.content_checks import finding_from_dict

        self.show_findings([finding_from_dict(c) for c in v.checks or []])
        self.versions.set_rows([(x.number, x.author, f"{x.provenance.get('provider', '')} {x.provenance.get('model', '')}"
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
                            + (f" · {tr('approved despite errors')}: {override.get('reason')}" if override else ""))
        self.draft_shown.emit()

    # ------------------------------------------------------------------ checks
    def show_findings(self, findings) -> None:
        """Findings into the panel, their spans underlined in each field editor, counts on the field labels."""
        self.checks_panel.set_findings(findings)
        rank = {"error": 3, "warning": 2, "info": 1}
        for key, label in self.field_labels.items():
            mine = [f for f in findings if f.field and (f.field == key or f.field.startswith(key + "[")
                                                        or f.field.startswith(key + "."))]
            if not mine:
                label.setText(key)
                label.setStyleSheet("")
                label.setToolTip("")
                continue
            worst = max(mine, key=lambda f: rank.get(f.severity, 0)).severity
            label.setText(f"{key}  ● {len(mine)}")
            label.setStyleSheet(f"color: {SEVERITY_COLORS.get(worst, QColor('gray')).name()};")
            label.setToolTip(plain.tip("\n".join(f"{f.rule_id}: {f.message}" for f in mine[:8])))

    def recheck(self) -> None:
        """Check the edited (unsaved) fields off the GUI thread; only the newest result is shown."""
        from studio.services import brand_voice as bv_service
        from studio.services import content_checks

        self._recheck_timer.stop()
        if self.draft is None or self.draft.latest is None or not self.field_editors:
            return
        try:
            content = self.edited_content()
        except ValueError:
            self.checks_panel.summary.setText(tr("A structured field is not valid JSON; checks paused."))
            return
        db = self.ctx.db
        d = self.draft
        used = (d.latest.provenance or {}).get("brand_voice") or None
        # the checker depends on the slot and on the brand voice version the draft was written with
        key = (d.product_id, d.market, d.kind, d.target, (used or {}).get("name"), (used or {}).get("version"))
        item = self._checker if self._checker_key == key else None

        def job(progress, cancel):
            it = item
            if it is None:
                try:
                    voice = bv_service.get_brand_voice(db, used["name"], used.get("version")) if used else False
                except StudioError:
                    voice = False
                it = content_checks.checker(db, *key[:4], brand_voice=voice)
            return it, content_checks.check_content(it, content)

        Op(self.ctx, self, job).named("content: checks").quiet().latest_only("check") \
            .success(lambda r: self._rechecked(key, r)).failure(self._check_failed).run_in_background()

    def _rechecked(self, key: tuple, result) -> None:
        item, findings = result
        self._checker, self._checker_key = item, key
        self.show_findings(findings)
        self.checked.emit(findings)

    def _check_failed(self, exc: BaseException) -> None:
        self.checks_panel.summary.setText(tr("Checks failed: ") + ops.message_of(exc))

    def _schema_fields(self) -> list[str]:
        from studio.services import generation

        try:
            spec = generation.engine().get_spec(self.kind.currentText(), self.target.currentText())
        except KeyError:
            return []
        return list(spec.schema.model_fields)

    @staticmethod
    def _is_rtl(tag: str) -> bool:
        from localization.markets import market_or_provisional

        return market_or_provisional(tag).is_rtl

    # ------------------------------------------------------------------ brand voice, batch
    def brand_voice_choice(self) -> Any:
        """What Generate passes as ``brand_voice``: None = the default profile, False = none, or a name."""
        data = self.brand_voice.currentData()
        return None if data in (None, "") else (False if data == "\x00none" else data)

    def reload_brand_voices(self) -> None:
        from studio.services import brand_voice

        db = self.ctx.db

        def job(progress, cancel):
            return brand_voice.list_brand_voices(db)

        Op(self.ctx, self, job).named("content: brand voices").quiet().latest_only("brand voices") \
            .success(self._brand_voices_loaded).failure(self._failed).run_in_background()

    def _brand_voices_loaded(self, voices) -> None:
        wanted = self.brand_voice.currentData() if self.brand_voice.count() else \
            self.ctx.settings.get(BRAND_VOICE_SETTING, "")
        self.brand_voice.clear()
        default = next((v.name for v in voices if v.is_default), None)
        self.brand_voice.addItem(tr("Default") + (f" ({default})" if default else ""), "")
        for v in voices:
            self.brand_voice.addItem(f"{v.name} v{v.version}", v.name)
        self.brand_voice.addItem(tr("No brand voice"), "\x00none")
        self.brand_voice.setCurrentIndex(max(0, self.brand_voice.findData(wanted or "")))

    def _on_brand_voice(self, _index: int) -> None:
        self.ctx.settings.set(BRAND_VOICE_SETTING, self.brand_voice.currentData() or "")

    def edit_brand_voices(self) -> QDialog:
        from ui.settings_pages.brand_voice import BrandVoicePage

        dlg = QDialog(self)
        dlg.setWindowTitle(tr("Brand voices"))
        lay = QVBoxLayout(dlg)
        page = BrandVoicePage(self.ctx)
        lay.addWidget(page)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(dlg.reject)
        lay.addWidget(bb)
        dlg.finished.connect(lambda _r: self.reload_brand_voices())
        dlg.resize(900, 640)
        dlg.open()
        self._last_dialog = dlg
        return dlg

    def open_batch(self) -> QDialog:
        from ui.dialogs.batch_generation import BatchDialog

        markets = [self.market_tabs.tabText(i) for i in range(self.market_tabs.count())]
        dlg = BatchDialog(self.ctx, self, query=self.search.text().strip(),
                          product_ids=[self.product_id] if self.product_id is not None else [],
                          markets=markets, kinds=[self.kind.currentText()], brand_voice=self.brand_voice_choice())
        dlg.run_finished.connect(lambda _r: self.load_draft())
        dlg.open()
        self._last_dialog = dlg
        return dlg

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

    # ------------------------------------------------------------------ actions
    def generate(self) -> None:
        if self.product_id is None:
            self.status.setText(tr("Pick a product first."))
            return
        from studio.services import generation

        db, pid, market = self.ctx.db, self.product_id, self.market
        kind, target = self.kind.currentText(), self.target.currentText()
        voice = self.brand_voice_choice()
        self.live.clear()
        self.status.setText(tr("Generating…"))

        # on the network pool, not the single DB-writer thread: a slow model must not hold up other saves
        # (the draft write inside is short and serialised by the generation service)
        def job(progress, cancel):
            return generation.generate_one(db, pid, market, kind, target, brand_voice=voice,
                                           on_delta=lambda text: progress(0.5, text), cancel=cancel)

        self._handle = Op(self.ctx, self, job).named("generate").on_busy(self._set_generating) \
            .success(self._generated).failure(self._failed).progress(self._streamed) \
            .cancelled(self._cancelled).run_in_background()

    def _streamed(self, _fraction: float, text: str) -> None:
        self.live.setPlainText(text)
        self.live.verticalScrollBar().setValue(self.live.verticalScrollBar().maximum())

    def _set_generating(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self._handle = None

    def _generated(self, draft) -> None:
        ops.drop_pending(self, "draft")  # a slower read of the old draft must not replace this one
        self.ctx.bus.broadcast(ChangeSummary(updated=(draft.id,), entity="draft", message="generated"),
                               initiator=self)
        self.draft = draft
        self._show_draft()
        self.generated.emit(draft.id)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(tr("Generation failed: ") + ops.message_of(exc))

    def _cancelled(self) -> None:
        self.status.setText(tr("Cancelled."))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()

    def edited_content(self) -> dict[str, Any]:
        base = dict(self.draft.latest.content)
        out = {k: base[k] for k in self.HIDDEN_FIELDS if k in base}
        for key, ed in self.field_editors.items():
            out[key] = _from_text(ed.toPlainText(), base.get(key))
        return out

    def save_edit(self) -> None:
        from studio.services import drafts, generation

        try:
            content = self.edited_content()
        except ValueError as exc:
            plain.warn(self, tr("Not saved"), tr("A structured field is not valid JSON: ") + str(exc))
            return
        db, did = self.ctx.db, self.draft.id

        def job(progress, cancel):
            d = drafts.edit(db, did, content)
            return drafts.get_draft(db, d.id), generation.recheck(db, d.id)

        Op(self.ctx, self, job).named("save edit").writes().busy(self.save_button) \
            .success(self._saved).failure(self._failed).run_in_background()

    def _saved(self, result) -> None:
        from studio.services.content_checks import finding_from_dict

        d, checks = result
        ops.drop_pending(self, "draft")
        self.draft = d
        self.ctx.bus.broadcast(ChangeSummary(updated=(d.id,), entity="draft", message="edited"), initiator=self)
        self._show_draft()
        if checks:
            self.show_findings([finding_from_dict(c) for c in checks])
        self.saved.emit(d.id)

    def regenerate_field(self) -> None:
        from studio.services import generation

        field = self.regen_field.currentText()
        if not field or self.draft is None:
            return
        db, did = self.ctx.db, self.draft.id
        self.status.setText(tr("Rewriting ") + field + "…")

        def job(progress, cancel):
            return generation.regenerate_field(db, did, field)

        Op(self.ctx, self, job).named("regenerate field").success(self._generated).failure(self._failed) \
            .run_in_background()

    def selected_version(self) -> int | None:
        rows = self.versions_view.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.versions.row(rows[0].row())[0])

    def diff_text(self, a: int | None = None) -> str:
        from studio.services import drafts

        a = a or self.selected_version() or max(1, self.draft.current_version - 1)
        diffs = drafts.diff(self.ctx.db, self.draft.id, a, self.draft.current_version)
        return "\n\n".join(f.unified for f in diffs) or tr("No differences.")

    def show_diff(self) -> None:
        self._text_dialog(tr("Diff"), self.diff_text())

    def show_prompt(self) -> None:
        v = self.draft.latest
        prov = json.dumps(v.provenance, ensure_ascii=False, indent=1, default=str)
        self._text_dialog(tr("Prompt and provenance"), f"{prov}\n\n{v.prompt or ''}")

    def _text_dialog(self, title: str, text: str) -> QDialog:
        dlg = QDialog(self)
        dlg.setWindowTitle(title)
        lay = QVBoxLayout(dlg)
        ed = QPlainTextEdit(text, readOnly=True)
        lay.addWidget(ed)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(dlg.reject)
        lay.addWidget(bb)
        dlg.resize(760, 520)
        dlg.open()
        self._last_dialog = dlg
        return dlg

    def approve(self) -> None:
        """Approve; a draft with error findings asks for the reason it may go out anyway (recorded)."""
        from studio.services import drafts

        v = self.draft.latest if self.draft is not None else None
        errors = drafts.error_findings(v.checks if v is not None else [])
        if not errors:
            self._approve(None)
            return
        dlg = QDialog(self)
        dlg.setObjectName("ApproveReasonDialog")
        dlg.setWindowTitle(tr("Approve despite errors"))
        lay = QVBoxLayout(dlg)
        msg = plain.label(tr("This draft has {n} error finding(s):").format(n=len(errors)) + "\n" + "\n".join(
            f"• {e.get('rule_id')}: {e.get('message')}" for e in errors[:6])
            + "\n\n" + tr("Approve it anyway only with a reason; the reason is recorded in the draft's "
                            "provenance and shown in the Calendar."))
        msg.setWordWrap(True)
        reason = QLineEdit(placeholderText=tr("Reason (required)"))
        reason.setObjectName("ApproveReason")
        lay.addWidget(msg)
        lay.addWidget(reason)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        ok = bb.button(QDialogButtonBox.Ok)
        ok.setText(tr("Approve with reason"))
        ok.setEnabled(False)
        reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        bb.accepted.connect(dlg.accept)
        bb.rejected.connect(dlg.reject)
        dlg.accepted.connect(lambda: self._approve(reason.text().strip()))
        lay.addWidget(bb)
        dlg.resize(560, 260)
        dlg.open()
        self._last_dialog = dlg

    def _approve(self, reason: str | None) -> None:
        from studio.services import drafts

        db, did = self.ctx.db, self.draft.id

        def job(progress, cancel):
            return drafts.approve(db, [did], reason=reason, by="app"), drafts.get_draft(db, did)

        def done(result) -> None:
            summary, d = result
            ops.drop_pending(self, "draft")
            self.draft = d
            self._show_draft()
            self.ctx.bus.broadcast(summary, initiator=self)
            self.saved.emit(did)

        Op(self.ctx, self, job).named("approve").writes().changes(None).success(done).failure(self._failed) \
            .run_in_background()


SECTION = Section(id="content", title="Content", order=30, factory=ContentView,
                  icon="SP_FileDialogContentsView")
