"""Content › the per-field editors of a draft and the checks beside them: text ↔ value, a finding mapped to
its editor and span, the findings panel that selects, highlights and fixes spans in the editors."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from ui import plain, theme
from ui.i18n import tr
from ui.widgets.checks_panel import ChecksPanel, apply_fix_to_editor, highlight

SEVERITY_COLORS = theme.SEVERITY  # readable in the light and the dark scheme (ui.theme)
_FIELD_RE = re.compile(r"^([^\[.]+)(?:\[(\d+)\])?(.*)$")


SAFETY_RULE = "generation.safety-untranslated"


def is_untranslated_sentence(f) -> bool:
    """A finding asking for the seller's translation of one warning or direction sentence."""
    return f is not None and f.rule_id == SAFETY_RULE and bool((f.data or {}).get("sentence"))


def to_text(value: Any) -> str:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return "" if value is None else str(value)


def from_text(text: str, like: Any) -> Any:
    """``text`` read back as the kind of value ``like`` is; an untouched field is its stored value (a script's
    ``duration`` 15.0 stays a number, it came back as the text "15.0")."""
    if like is not None and not isinstance(like, str) and text == to_text(like):
        return like
    if isinstance(like, bool):
        return text.strip().lower() in ("true", "yes", "1")
    if isinstance(like, int | float):
        try:
            number = float(text.strip().replace(",", "."))
        except ValueError:
            raise ValueError(f"a number is expected, got {text.strip()[:40]!r}") from None
        return int(number) if isinstance(like, int) and number.is_integer() else number
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


def map_to_editor(finding, editors: dict[str, Any]) -> tuple[QPlainTextEdit, int, int] | None:
    """Where a finding of content field ``finding.field`` (``title``, ``bullets[2]``, ``faqs[0].answer``) lies
    in the field editors: (editor, start, end) as Python indices into that editor's text, or None. A structured
    editor (``ui.content.structured``) answers with the text box of the item's key."""
    if not finding.field or finding.end < finding.start:
        return None
    m = _FIELD_RE.match(finding.field)
    if m is None:
        return None
    key, idx, rest = m.group(1), m.group(2), m.group(3)
    ed = editors.get(key)
    if ed is None:
        return None
    if hasattr(ed, "sub_editor"):  # a structured editor (FAQ pairs, scenes): the span lies in one of its boxes
        sub = ed.sub_editor(finding.field[len(key):])
        if sub is None or finding.end > len(plain.text_of(sub)):
            return None
        return sub, finding.start, finding.end
    text = plain.text_of(ed)
    start, end = finding.start, finding.end
    if idx is None and not rest:
        return (ed, start, end) if not ed.property("json_field") and end <= len(text) else None
    if idx is not None and not rest and ed.property("list_lines"):
        n, pos = -1, 0
        for line in text.split("\n"):  # one item per non-empty line, stripped (as from_text reads it)
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
        self.editors: dict[str, Any] = {}
        self._snapshot: dict[int, str] = {}
        self.detail = plain.label()
        self.detail.setObjectName("FindingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # a long message scrolls in at most six lines instead of squeezing the findings table to a sliver
        box = QScrollArea(self)
        box.setObjectName("FindingDetailBox")
        box.setWidgetResizable(True)
        box.setFrameShape(QFrame.Shape.NoFrame)
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.setWidget(self.detail)
        box.setMaximumHeight(self.detail.fontMetrics().lineSpacing() * 6 + 4)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.layout().addWidget(box)
        self.finding_activated.connect(self._show_detail)
        self.findings_changed.connect(lambda _f: self.detail.clear())
        # a mandatory sentence the writer could not say in the language: the seller gives theirs from here
        self.translate_button = QPushButton(tr("Add translation…"))
        self.translate_button.setObjectName("AddSentenceTranslation")
        self.translate_button.setToolTip(tr("Give your translation of the selected safety sentence: kept in "
                                            "Translations, then the draft is written and checked again"))
        self.translate_button.setEnabled(False)
        self.translate_button.hide()
        self._add_translation: Callable[[Any], None] | None = None
        self.layout().addWidget(self.translate_button)  # its own row: the buttons' row is full in a narrow panel
        self.translate_button.clicked.connect(self.add_translation_selected)
        self.finding_activated.connect(self._update_translate)
        self.findings_changed.connect(lambda _f: self._update_translate(self._selected()))

    def set_add_translation(self, add: Callable[[Any], None] | None) -> None:
        """Show **Add translation…** for untranslated safety sentences; ``add(finding)`` asks for and stores it."""
        self._add_translation = add
        self._update_translate(self._selected())

    def _update_translate(self, f) -> None:
        """Shown while the findings ask for a sentence translation; enabled when such a finding is selected."""
        self.translate_button.setVisible(self._add_translation is not None
                                         and any(is_untranslated_sentence(x) for x in self.findings()))
        self.translate_button.setEnabled(bool(self._add_translation is not None and is_untranslated_sentence(f)))

    def add_translation_selected(self) -> bool:
        f = self._selected()
        if self._add_translation is None or not is_untranslated_sentence(f):
            return False
        self._add_translation(f)
        return True

    def _show_detail(self, f) -> None:
        fix = "" if f.fix is None else f"\n{tr('Fix')}: {f.fix!r}"
        # a model's suggestion says so before its reason (the classifier's reading, not a rule)
        model = f"[{tr('model-suggested')}] " if f.data.get("model_suggested") else ""
        self.detail.setText(f"{model}{f.rule_id} ({f.field or '-'}): {f.message}{fix}\n{tr('Source')}: {f.source}")

    def set_editors(self, editors: dict[str, Any]) -> None:
        self.editors = editors
        self._snapshot: dict[int, str] = {}

    def text_editors(self) -> list[QPlainTextEdit]:
        """Every text box of the fields: a structured editor's boxes (FAQ questions, scene voice-overs) included."""
        out: list[QPlainTextEdit] = []
        for ed in self.editors.values():
            out.extend(ed.text_editors() if hasattr(ed, "text_editors") else [ed])
        return out

    def stale(self, editor: QPlainTextEdit) -> bool:
        """True when ``editor`` changed since the findings were made (their spans no longer apply)."""
        return self._snapshot.get(id(editor)) != plain.text_of(editor)

    def locate(self, f):
        hit = map_to_editor(f, self.editors)
        if hit is None:
            return None
        ed, a, b = hit
        return ed, dataclasses.replace(f, start=a, end=b)

    def set_findings(self, findings) -> None:
        findings = list(findings)
        self._snapshot = {id(ed): plain.text_of(ed) for ed in self.text_editors()}
        super().set_findings(findings)
        if not findings and not self.editors:  # no draft shown: nothing was checked (it said "No problems found.")
            self.summary.setText(tr("No checks yet."))
        self.highlight_all()
        self.fix_all_button.setEnabled(any(f.fix is not None and self.locate(f) for f in findings))

    def highlight_all(self) -> None:
        per: dict[int, tuple[QPlainTextEdit, list]] = {id(ed): (ed, []) for ed in self.text_editors()}
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
        text = plain.text_of(ed)
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
            limit = len(plain.text_of(ed)) + 1
            for _, g in sorted((h for h in hits if h[0] is ed), key=lambda h: (h[1].start, h[1].end), reverse=True):
                if g.end <= limit and apply_fix_to_editor(ed, g):
                    done += 1
                    limit = g.start
        if done:
            self.fix_all_button.setEnabled(False)
            self.fix_applied.emit(None)
        return done

