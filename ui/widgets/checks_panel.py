"""Check results beside an editor: a list of findings with severity icons, exact span highlighting
(wavy underlines through ExtraSelections) and one-click fixes.

Embed it next to any ``QPlainTextEdit``/``QTextEdit``::

    panel = ChecksPanel(parent)
    panel.bind(editor, lambda text: quality.lint_text(text, "instagram", "de-DE"))  # live, debounced

or drive it yourself with ``panel.set_findings(findings)`` and ``highlight(editor, findings)``.
Finding spans are Python ``str`` indices; Qt documents count UTF-16 units, so every span is converted
(``py_to_qt``) — exact for emoji, Arabic and Thai.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

import ui.qtcompat  # noqa: F401 - PySide6 6.12 / CPython 3.11 refcount defect with data() returning None
from studio.quality import Finding, counts
from studio.quality.sources import readable
from ui import plain, theme
from ui.fields import field_label
from ui.finding_text import finding_message
from ui.i18n import N_, tr
from ui.models import Column, RowModel

SEVERITY_COLORS = theme.SEVERITY  # text colours >= 4.5:1 in the light and the dark scheme (ui.theme)
_ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "info": QStyle.StandardPixmap.SP_MessageBoxInformation}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def py_to_qt(text: str, index: int) -> int:
    """Python str index → QTextDocument position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def qt_to_py(text: str, pos: int) -> int:
    units = 0
    for i, ch in enumerate(text):
        if units >= pos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _text_of(editor) -> str:
    return plain.text_of(editor)


def highlight(editor: QPlainTextEdit | QTextEdit, findings, *, field: str | None = None) -> list:
    """Underline every finding's exact span in ``editor`` (wavy, coloured by severity).

    ``field``: only findings of that content field (None: findings without a field, or all when none has one).
    Returns the ExtraSelections set on the editor.
    """
    text = _text_of(editor)
    selections = []
    items = [f for f in findings if field is None or f.field == field]
    # errors last so they draw on top of warnings on the same span
    order = {"info": 0, "warning": 1, "error": 2}
    for f in sorted(items, key=lambda f: order.get(f.severity, 0)):
        if f.end <= f.start or f.end > len(text):
            continue
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(editor.document())
        cursor.setPosition(py_to_qt(text, f.start))
        cursor.setPosition(py_to_qt(text, f.end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        # a model's suggestion is dotted, a rule's finding wavy (Checks: model-suggested findings shown distinctly)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if is_model_suggested(f)
                              else QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(SEVERITY_COLORS.get(f.severity, QColor("gray")))
        if f.severity == "error":
            fmt.setBackground(QColor(211, 47, 47, 40))
        fmt.setToolTip(plain.tip(f"{f.rule_id}: {f.message}"))
        sel.cursor = cursor
        sel.format = fmt
        selections.append(sel)
    editor.setExtraSelections(selections)
    return selections


def apply_fix_to_editor(editor: QPlainTextEdit | QTextEdit, finding: Finding) -> bool:
    """Replace the finding's span with its fix through a QTextCursor (one undo step)."""
    if finding.fix is None:
        return False
    text = _text_of(editor)
    if not 0 <= finding.start <= finding.end <= len(text):
        return False
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(py_to_qt(text, finding.start))
    cursor.setPosition(py_to_qt(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(finding.fix)
    cursor.endEditBlock()
    return True


def _severity_icon(f: Finding):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.style().standardIcon(_ICONS.get(f.severity, _ICONS["info"]))


def is_model_suggested(f: Finding) -> bool:
    return bool(f.data.get("model_suggested"))


# the severity words the findings table shows (marked for extraction: "Error" and "Warning" were never
# extracted, so they stayed English in the Chinese and Arabic UI)
SEVERITY_WORDS = {"error": N_("Error"), "warning": N_("Warning"), "info": N_("Info")}


def _severity_text(f: Finding) -> str:
    sev = tr(SEVERITY_WORDS.get(f.severity, f.severity.capitalize()))
    return tr("{severity} · model-suggested").format(severity=sev) if is_model_suggested(f) else sev


def _italic_if_model(f: Finding):
    if not is_model_suggested(f):
        return None
    from PySide6.QtGui import QFont

    font = QFont()
    font.setItalic(True)
    return font


def _where(f: Finding) -> str:
    span = f"{f.start}–{f.end}" if f.end > f.start else ""
    return " ".join(x for x in (field_label(f.field), span) if x)


class FindingsModel(RowModel):
    COLUMNS = (
        Column(N_("Severity"), _severity_text,
               roles={Qt.ItemDataRole.DecorationRole: _severity_icon,
                      Qt.ItemDataRole.ForegroundRole: lambda f: SEVERITY_COLORS.get(f.severity)}),
        Column(N_("Rule"), lambda f: f.rule_id),
        Column(N_("Where"), _where),
        Column(N_("Message"), lambda f: finding_message(f.message) + (f"  [{tr('fix')}: {f.fix!r}]" if f.fix is not None
                                                                       else "")),
        Column(N_("Source"), lambda f: readable(f.source)),  # platform/law names, not research file names
    )
    ROW_ROLES = {
        Qt.ItemDataRole.ToolTipRole: lambda f: plain.tip(f"{f.rule_id}\n{finding_message(f.message)}\n"
                                                         f"{tr('Source')}: {readable(f.source)}"),
        FINDING_ROLE: lambda f: f,
        Qt.ItemDataRole.FontRole: _italic_if_model,
    }

    def set_findings(self, findings) -> None:
        self.set_rows(findings)

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def findings(self) -> list[Finding]:
        return self.rows()


class ChecksPanel(QWidget):
    """Findings list with severity icons, a summary line and Fix / Fix all buttons."""

    fix_applied = Signal(object)  # Finding
    finding_activated = Signal(object)  # Finding
    findings_changed = Signal(object)  # list[Finding]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChecksPanel")
        self.editor: QPlainTextEdit | QTextEdit | None = None
        self._lint: Callable[[str], list[Finding]] | None = None
        self._field: str | None = None
        self.model = FindingsModel(self)
        from ui.widgets.fit import ElidedLabel

        self.summary = ElidedLabel(tr("No checks yet."), min_chars=12)  # elided with a tooltip in a narrow panel
        self.summary.setObjectName("ChecksSummary")
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.fix_button = QPushButton(tr("Fix"))
        self.fix_button.setToolTip(tr("Apply the mechanical fix of the selected finding"))
        self.fix_all_button = QPushButton(tr("Fix all"))
        self.fix_button.setEnabled(False)
        self.fix_all_button.setEnabled(False)
        # a model's suggestion (never a rule's finding) can be dismissed for the draft, when the host says how
        # not the notification's "Dismiss" (= close): zh/ar read "关闭"/"إغلاق" for it; this one sets a suggestion aside
        self.dismiss_button = QPushButton(tr("Dismiss suggestion"))
        self.dismiss_button.setObjectName("DismissSuggestion")
        self.dismiss_button.setToolTip(tr("Dismiss the selected model-suggested finding for this draft (kept in its "
                                          "review history)"))
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.hide()
        self._dismiss: Callable[[Finding], None] | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.relint)
        self.fix_button.clicked.connect(self.fix_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.fix_all_button.clicked.connect(self.fix_all)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(self._on_double)

    # a panel narrower than this (Content's checks beside the editors, ~400 px at 1366x768) hides the Rule and
    # Source columns — both are in the row's tooltip and the finding's detail — so the message gets the room:
    # before, "generation.fact-…" took it and the message read "Weight: …" / "The …"
    NARROW = 640
    _WIDE_ONLY = (1, 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        narrow = self.width() < self.NARROW
        for col in self._WIDE_ONLY:
            if self.table.isColumnHidden(col) != narrow:
                self.table.setColumnHidden(col, narrow)

    # ------------------------------------------------------------------ binding
    def bind(self, editor: QPlainTextEdit | QTextEdit, lint: Callable[[str], list[Finding]] | None = None,
             *, field: str | None = None, live: bool = True) -> None:
        """Attach an editor: findings are highlighted in it and fixes applied to it. With ``lint``, the
        panel re-checks the text (debounced) whenever it changes."""
        if self.editor is not None and self._lint is not None:
            try:
                self.editor.textChanged.disconnect(self._timer.start)
            except (RuntimeError, TypeError):
                pass
        self.editor = editor
        self._lint = lint
        self._field = field
        if lint is not None and live:
            editor.textChanged.connect(self._timer.start)
        if lint is not None:
            self.relint()

    def set_dismiss(self, dismiss: Callable[[Finding], None] | None) -> None:
        """Show **Dismiss** for model-suggested findings; ``dismiss(finding)`` records it (e.g. for the draft)."""
        self._dismiss = dismiss
        self.dismiss_button.setVisible(dismiss is not None)
        f = self._selected()
        self.dismiss_button.setEnabled(bool(dismiss is not None and f is not None and is_model_suggested(f)))

    def dismiss_selected(self) -> bool:
        f = self._selected()
        if f is None or self._dismiss is None or not is_model_suggested(f):
            return False
        self._dismiss(f)
        return True

    def set_lint(self, lint: Callable[[str], list[Finding]]) -> None:
        self._lint = lint
        self.relint()

    def relint(self) -> None:
        if self.editor is None or self._lint is None:
            return
        self.set_findings(self._lint(_text_of(self.editor)))

    # ------------------------------------------------------------------ findings
    def set_findings(self, findings) -> None:
        findings = list(findings)
        self.model.set_findings(findings)
        c = counts(findings)
        if findings:
            summary = tr("{e} error(s), {w} warning(s), {i} info").format(e=c["error"], w=c["warning"], i=c["info"])
            n_model = sum(1 for f in findings if is_model_suggested(f))
            if n_model:
                summary += " · " + tr("{n} model-suggested").format(n=n_model)
            self.summary.setText(summary)
        elif self.editor is not None and self._lint is not None and not _text_of(self.editor).strip():
            self.summary.setText(tr("Nothing to check yet: type or paste a text."))  # not "No problems" (s14-19)
        else:
            self.summary.setText(tr("No problems found."))
        self.fix_all_button.setEnabled(self.editor is not None and any(f.fix is not None for f in findings))
        self.fix_button.setEnabled(False)
        self.dismiss_button.setEnabled(False)
        if self.editor is not None:
            highlight(self.editor, [f for f in findings if self._field is None or f.field == self._field])
        self.findings_changed.emit(findings)

    def findings(self) -> list[Finding]:
        return self.model.findings()

    def _selected(self) -> Finding | None:
        idx = self.table.currentIndex()
        return self.model.finding(idx.row()) if idx.isValid() else None

    def _on_current(self, current: QModelIndex | QPersistentModelIndex, _previous=None) -> None:
        f = self.model.finding(current.row()) if current.isValid() else None
        self.fix_button.setEnabled(bool(f is not None and f.fix is not None and self.editor is not None))
        self.dismiss_button.setEnabled(bool(f is not None and self._dismiss is not None and is_model_suggested(f)))
        if f is not None:
            self.select_span(f)
            self.finding_activated.emit(f)

    def _on_double(self, index: QModelIndex) -> None:
        f = self.model.finding(index.row())
        if f.fix is not None:
            self.apply(f)

    def select_span(self, f: Finding) -> None:
        if self.editor is None or f.end <= f.start:
            return
        text = _text_of(self.editor)
        if f.end > len(text):
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(py_to_qt(text, f.start))
        cursor.setPosition(py_to_qt(text, f.end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    # ------------------------------------------------------------------ fixes
    def apply(self, f: Finding) -> bool:
        if self.editor is None or not apply_fix_to_editor(self.editor, f):
            return False
        self.fix_applied.emit(f)
        if self._lint is not None:
            self._timer.stop()
            self.relint()
        return True

    def fix_selected(self) -> bool:
        f = self._selected()
        return f is not None and self.apply(f)

    def fix_all(self) -> int:
        """Apply every non-overlapping fix, right to left (spans stay valid), as one undo step each."""
        if self.editor is None:
            return 0
        done = 0
        limit = len(_text_of(self.editor)) + 1
        fixes = sorted((f for f in self.findings() if f.fix is not None), key=lambda f: (f.start, f.end), reverse=True)
        for f in fixes:
            if f.end <= limit and apply_fix_to_editor(self.editor, f):
                done += 1
                limit = f.start
                self.fix_applied.emit(f)
        if self._lint is not None:
            self._timer.stop()
            self.relint()
        return done
