"""The Checks section's widgets (see ``ui/sections/checks.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import ui.qtcompat  # noqa: F401 - PySide6 6.12 / CPython 3.11 refcount defect with data() returning None
from studio import quality
from studio.domain import StudioError
from studio.quality import user_rules
from studio.services import quality as quality_service
from ui import ops, theme
from ui.i18n import N_, tr
from ui.labels import kind_label, target_label
from ui.models import RIGHT, Column, RowModel
from ui.ops import Op
from ui.plain import text_of
from ui.widgets import files
from ui.widgets.checks_panel import ChecksPanel, is_model_suggested
from ui.widgets.fit import ElidedLabel

_SEVERITIES = ("error", "warning", "info")


def _row_colour(r) -> QColor | None:
    if r.errors:
        return theme.background("error")  # light or dark variant: the row's text stays readable
    if r.warnings:
        return theme.background("warning")
    return None


class ReportModel(RowModel):
    COLUMNS = (
        Column(N_("Product"), lambda r: r.product_handle, tip=lambda r: r.product_title),
        Column(N_("Market"), lambda r: r.market),
        Column(N_("Target"), lambda r: target_label(r.target) if r.target else kind_label(r.kind),
               tip=lambda r: r.target or r.kind),
        Column(N_("Drafts"), lambda r: int(r.drafts), align=RIGHT),
        Column(N_("Errors"), lambda r: int(r.errors), align=RIGHT),
        Column(N_("Warnings"), lambda r: int(r.warnings), align=RIGHT),
        Column(N_("Info"), lambda r: int(r.infos), align=RIGHT),
        Column(N_("Most frequent rules"), lambda r: r.top_rules),
    )
    ROW_ROLES = {Qt.ItemDataRole.BackgroundRole: _row_colour}


class ReportTab(QWidget):
    report_ready = Signal(object)  # list[ReportRow]

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.results: list[quality_service.DraftLint] = []
        self.model = ReportModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 230)  # product handles were cut to 'ceramic-bud-…' beside an empty rules column
        self.status = QLabel(tr("Press “Run checks” to lint every draft."))
        self.status.setWordWrap(True)  # "Checks failed: …" / "Saved <path>" must not widen the window
        self.run_button = QPushButton(tr("Run checks"))
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.html_button = QPushButton(tr("Export HTML…"))
        for b in (self.csv_button, self.html_button):
            b.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.csv_button)
        top.addWidget(self.html_button)
        self.details = ChecksPanel(self)  # the findings of the selected row (read-only: no editor)
        self.details.setObjectName("ReportDetails")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_row)
        self.run_button.clicked.connect(self.run_checks)
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.html_button.clicked.connect(lambda: self._export("html"))

    def run_checks(self) -> None:
        self.status.setText(tr("Checking drafts…"))
        db = self.ctx.db

        def job(progress, cancel):
            return quality_service.lint_drafts(db, progress=progress, cancel=cancel)

        Op(self.ctx, self, job).named("quality-report").busy(self.run_button).success(self._done) \
            .failure(self._failed).run_in_background()

    def _done(self, results) -> None:
        self.results = list(results)
        rows = quality_service.catalog_report(self.results)
        self.model.set_rows(rows)
        totals = quality_service.severity_totals(self.results)
        self.status.setText(tr("{n} draft(s): {e} error(s), {w} warning(s), {i} info").format(
            n=len(self.results), e=totals["error"], w=totals["warning"], i=totals["info"]))
        self.csv_button.setEnabled(bool(rows))
        self.html_button.setEnabled(bool(rows))
        if rows:  # show the first row's findings instead of an empty "No checks yet."
            self.table.selectRow(0)
        self.report_ready.emit(rows)

    def _show_row(self, current, _previous=None) -> None:
        if not current.isValid():
            self.details.set_findings([])
            return
        row = self.model.rows()[current.row()]
        found = []
        for r in self.results:
            if (r.product_handle, r.market, r.target or r.kind) == (row.product_handle, row.market, row.target):
                found += [f.with_field(f"#{r.draft_id} {r.kind}" + (f" · {f.field}" if f.field else ""))
                          for f in r.findings]
        self.details.set_findings(found)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(tr("Checks failed: {msg}").format(msg=ops.message_of(exc)))

    def export(self, kind: str, path: str | Path) -> Path:
        rows = self.model.rows()
        if kind == "csv":
            return quality_service.export_csv(rows, path)
        return quality_service.export_html(rows, path)

    def _export(self, kind: str) -> None:
        filt = tr("CSV files (*.csv)") if kind == "csv" else tr("HTML files (*.html)")
        path = files.save_file(self, self.ctx.settings, "quality-report", tr("Export quality report"),
                               f"quality-report.{kind}", filt)
        if path:
            out = self.export(kind, path)
            self.status.setText(tr("Saved {path}").format(path=str(out)))


class LintPad(QWidget):
    """Pick a target and a market, paste a text, see the findings live with the spans underlined."""

    second_opinion_ready = Signal(int)

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.target = QComboBox(self)
        for t in quality.targets():
            limit = f" ({t.max} {t.unit})" if t.max else ""
            self.target.addItem(f"{t.id} — {tr(t.label)}{limit}", t.id)
        from ui.widgets.market_picker import MarketPicker

        self.market = MarketPicker(self, tag="en-US")
        self.sponsored = QCheckBox(tr("Sponsored post"))
        self.ai_generated = QCheckBox(tr("AI-generated"))
        from studio.services import claims_review

        self.second_mode = QComboBox(self)
        self.second_mode.setObjectName("SecondOpinionMode")
        for key, label in (("local", tr("Second opinion: offline classifier")),
                           ("llm", tr("Second opinion: language model")), ("off", tr("Second opinion: off"))):
            self.second_mode.addItem(label, key)
        self.second_mode.setToolTip(tr("Model-suggested findings (dotted underline, italic) beside the rules': the "
                                       "offline classifier runs as you type; the language model when you ask it. "
                                       "They are warnings unless a rule agrees (setting quality.second_opinion)."))
        self.second_mode.setCurrentIndex(max(0, self.second_mode.findData(claims_review.configured_mode())))
        self.second_button = QPushButton(tr("Ask the model"))
        self.second_button.setToolTip(tr("A second opinion on claims from the configured language model: its "
                                         "suggestions are marked as model-suggested warnings unless a rule agrees"))
        # "No second opinion: <a long error>" must not widen the window (finding s14-1): elided, whole text in its tip
        self.second_status = ElidedLabel("", self, min_chars=12)
        self.second_status.setObjectName("SecondOpinionStatus")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("LintPadEditor")
        self.editor.setPlaceholderText(tr("Paste or type a caption, title or description…"))
        self.panel = ChecksPanel(self)
        form = QFormLayout()
        form.addRow(tr("Target"), self.target)
        form.addRow(tr("Market"), self.market)
        flags = QHBoxLayout()
        flags.addWidget(self.sponsored)
        flags.addWidget(self.ai_generated)
        flags.addWidget(self.second_status, 1)
        flags.addWidget(self.second_mode)
        flags.addWidget(self.second_button)
        form.addRow("", flags)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        lv.addWidget(self.editor, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.panel.bind(self.editor, self.lint)
        self.target.currentIndexChanged.connect(lambda _i: self.panel.relint())
        self.sponsored.toggled.connect(lambda _b: self.panel.relint())
        self.ai_generated.toggled.connect(lambda _b: self.panel.relint())
        self.second_button.clicked.connect(self.second_opinion)
        self.second_mode.currentIndexChanged.connect(self._mode_changed)
        signal = getattr(self.market, "market_changed", None) or self.market.currentTextChanged
        signal.connect(lambda _t: self.panel.relint())
        signal.connect(lambda _t: self._update_direction())
        self._update_direction()

    def _update_direction(self) -> None:
        from localization.markets import get_market

        try:
            rtl = get_market(self.market_tag()).direction == "rtl"
        except ValueError:  # not a registered market (yet: the tag is being typed)
            rtl = False
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.editor.setLayoutDirection(direction)
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute if rtl
                            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.editor.document().setDefaultTextOption(option)

    def market_tag(self) -> str:
        tag = self.market.tag() if hasattr(self.market, "tag") else self.market.currentText()
        return tag or "en-US"

    def set_market(self, tag: str) -> None:
        if hasattr(self.market, "set_tag"):
            self.market.set_tag(tag)
        else:
            self.market.setCurrentText(tag)

    def set_target(self, target_id: str) -> None:
        i = self.target.findData(target_id)
        if i >= 0:
            self.target.setCurrentIndex(i)

    def second_opinion(self) -> None:
        """Ask the configured model in the background; its findings join the rules' until the text changes."""
        text = text_of(self.editor)
        target, market = self.target.currentData() or "generic", self.market_tag()
        rule_findings = self.lint(text)
        self.second_status.setText(tr("Asking the model…"))

        def job(progress, cancel):
            from studio.services import claims_review

            return claims_review.second_opinion(text, target, market, rule_findings=rule_findings, mode="llm"), \
                claims_review.last_error

        def done(result) -> None:
            extra, error = result
            if text_of(self.editor) != text:
                self.second_status.setText("")
                return  # the text changed meanwhile: the answer is about another text
            if error:
                self.second_status.setText(tr("No second opinion: {error}").format(error=error))
            elif not extra and any(is_model_suggested(f) for f in rule_findings):
                # the findings listed as model-suggested are the offline classifier's (finding s14-19)
                self.second_status.setText(tr("The language model added nothing to the findings listed."))
            elif not extra:
                self.second_status.setText(tr("The language model found nothing (or no model is configured)."))
            else:
                self.second_status.setText(tr("{n} model suggestion(s)").format(n=len(extra)))
            self.panel.set_findings(quality.sort_findings([*rule_findings, *extra]))
            self.second_opinion_ready.emit(len(extra))

        def failed(exc: BaseException) -> None:
            self.second_status.setText(tr("No second opinion: {error}").format(error=ops.message_of(exc)))

        Op(self.ctx, self, job).named("claims-second-opinion").busy(self.second_button).success(done) \
            .failure(failed).run_in_background()

    def mode(self) -> str:
        return self.second_mode.currentData() or "off"

    def _mode_changed(self, _i: int = 0) -> None:
        self.ctx.settings.set("quality.second_opinion", self.mode())
        self.second_status.setText("")
        self.panel.relint()

    def lint(self, text: str):
        context = {"sponsored": self.sponsored.isChecked(), "ai_generated": self.ai_generated.isChecked()}
        target, market = self.target.currentData() or "generic", self.market_tag()
        try:
            found = quality.lint_text(text, target, market, context=context)
        except StudioError as exc:
            self.panel.summary.setText(str(exc))
            return []
        if self.mode() == "local":  # the offline classifier: ~1 ms a text, cached by text hash
            from studio.services import claims_review

            extra = claims_review.second_opinion(text, target, market, rule_findings=found, mode="local",
                                                 sponsored=self.sponsored.isChecked())
            found = quality.sort_findings([*found, *extra]) if extra else found
        return found


class RulesEditor(QWidget):
    """The user's banned words and regex pattern rules (Settings key ``quality.user_rules``)."""

    saved = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.words = QTableWidget(0, 3, self)
        self.words.setHorizontalHeaderLabels([tr("Banned word or phrase"), tr("Severity"), tr("Replacement")])
        self.words.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.patterns = QTableWidget(0, 5, self)
        self.patterns.setHorizontalHeaderLabels([tr("Id"), tr("Regular expression"), tr("Severity"),
                                                 tr("Targets (comma-separated, * = all)"), tr("Message")])
        self.patterns.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel("")
        self.status.setObjectName("RulesStatus")
        self.status.setWordWrap(True)  # a refused pattern is explained at length
        add_word = QPushButton(tr("Add word"))
        del_word = QPushButton(tr("Remove word"))
        add_pat = QPushButton(tr("Add pattern"))
        del_pat = QPushButton(tr("Remove pattern"))
        self.save_button = QPushButton(tr("Save rules"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Banned words are checked in every text; pattern rules only for their targets.")))
        layout.addWidget(self.words, 1)
        row = QHBoxLayout()
        row.addWidget(add_word)
        row.addWidget(del_word)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.patterns, 1)
        row2 = QHBoxLayout()
        row2.addWidget(add_pat)
        row2.addWidget(del_pat)
        row2.addStretch(1)
        row2.addWidget(self.status)
        row2.addWidget(self.save_button)
        layout.addLayout(row2)
        add_word.clicked.connect(lambda: self.add_word("", "warning", ""))
        del_word.clicked.connect(lambda: self.words.removeRow(self.words.currentRow()))
        add_pat.clicked.connect(lambda: self.add_pattern("", "", "warning", "*", ""))
        del_pat.clicked.connect(lambda: self.patterns.removeRow(self.patterns.currentRow()))
        self.save_button.clicked.connect(self.save)
        self.load()

    def _sev_combo(self, value: str) -> QComboBox:
        box = QComboBox()
        for s in _SEVERITIES:
            box.addItem(tr(s.capitalize()), s)
        box.setCurrentIndex(max(0, _SEVERITIES.index(value) if value in _SEVERITIES else 1))
        return box

    def add_word(self, word: str, severity: str, replacement: str) -> None:
        r = self.words.rowCount()
        self.words.insertRow(r)
        self.words.setItem(r, 0, QTableWidgetItem(word))
        self.words.setCellWidget(r, 1, self._sev_combo(severity))
        self.words.setItem(r, 2, QTableWidgetItem(replacement))

    def add_pattern(self, pid: str, pattern: str, severity: str, targets: str, message: str) -> None:
        r = self.patterns.rowCount()
        self.patterns.insertRow(r)
        self.patterns.setItem(r, 0, QTableWidgetItem(pid))
        self.patterns.setItem(r, 1, QTableWidgetItem(pattern))
        self.patterns.setCellWidget(r, 2, self._sev_combo(severity))
        self.patterns.setItem(r, 3, QTableWidgetItem(targets))
        self.patterns.setItem(r, 4, QTableWidgetItem(message))

    def load(self) -> None:
        rules = user_rules.load(self.ctx.settings)
        self.words.setRowCount(0)
        self.patterns.setRowCount(0)
        for w in rules.banned_words:
            self.add_word(w["word"], w["severity"], w.get("replacement") or "")
        for p in rules.patterns:
            self.add_pattern(p["id"], p["pattern"], p["severity"], ", ".join(p["targets"]), p["message"])

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text().strip() if item is not None else ""

    def collect(self) -> dict:
        words = []
        for r in range(self.words.rowCount()):
            word = self._cell(self.words, r, 0)
            if not word:
                continue
            entry = {"word": word, "severity": cast(QComboBox, self.words.cellWidget(r, 1)).currentData()}
            rep = self._cell(self.words, r, 2)
            if rep:
                entry["replacement"] = rep
            words.append(entry)
        pats = []
        for r in range(self.patterns.rowCount()):
            pattern = self._cell(self.patterns, r, 1)
            if not pattern:
                continue
            targets = [t.strip() for t in self._cell(self.patterns, r, 3).split(",") if t.strip()] or ["*"]
            pats.append({"id": self._cell(self.patterns, r, 0) or f"pattern-{r + 1}", "pattern": pattern,
                         "severity": cast(QComboBox, self.patterns.cellWidget(r, 2)).currentData(), "targets": targets,
                         "message": self._cell(self.patterns, r, 4)})
        return {"banned_words": words, "patterns": pats}

    def save(self) -> bool:
        try:
            user_rules.save(self.collect(), self.ctx.settings)
        except StudioError as exc:
            self.status.setText(str(exc))
            theme.tint(self.status, "error")
            return False
        self.status.setStyleSheet("")
        self.status.setText(tr("Saved."))
        self.saved.emit()
        return True


class ChecksView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.report = ReportTab(ctx)
        self.pad = LintPad(ctx)
        self.rules = RulesEditor(ctx)
        self.tabs.addTab(self.report, tr("Catalog report"))
        self.tabs.addTab(self.pad, tr("Lint a text"))
        self.tabs.addTab(self.rules, tr("Your rules"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.rules.saved.connect(self.pad.panel.relint)
        bus = getattr(ctx, "bus", None)
        if bus is not None:
            bus.changed.connect(self._on_change)

    def _on_change(self, summary) -> None:
        # drafts changed elsewhere: the report is stale; say so instead of re-running a catalog-wide job
        if getattr(summary, "entity", "") in ("draft", "drafts") and self.report.model.rowCount():
            self.report.status.setText(tr("Drafts changed — press “Run checks” to refresh."))
