"""The review queue's dialogs: a rejection reason, and an edit of the draft's fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import plain
from ui.content.editors import to_text
from ui.content.structured import editor_problem, editor_value, make_editor
from ui.fields import field_label
from ui.i18n import tr
from ui.plain import text_of
from ui.widgets.fit import ElidedLabel

REASONS = ("States something the facts do not say", "Wrong language or tone", "Too long for the channel",
           "Needs a clearer call to action")


class RejectDialog(QDialog):
    """Asks why: OK stays disabled until a reason is typed (the reason is stored and shown in the history)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RejectDialog")
        self.setWindowTitle(tr("Reject draft"))
        self.heading = ElidedLabel(title)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("RejectReason")
        self.reason.setPlaceholderText(tr("Why? What should change? (kept in the draft's history)"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Reject"))
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: ok.setEnabled(bool(self.text())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        quick = QComboBox()
        quick.setObjectName("RejectCommonReasons")
        quick.addItem(tr("Common reasons: "), "")
        for r in REASONS:
            quick.addItem(tr(r), tr(r))
        quick.activated.connect(lambda i: self._use(quick.itemData(i)))
        self.quick = quick
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.reason, 1)
        lay.addWidget(quick)
        lay.addWidget(self.buttons)
        self.resize(480, 260)

    def text(self) -> str:
        return " ".join(text_of(self.reason).split())

    def _use(self, reason: str) -> None:
        """A common reason goes into the box (after what is typed), to be completed."""
        if reason:
            typed = text_of(self.reason).strip()
            self.reason.setPlainText(f"{typed}; {reason}" if typed else reason)
            self.reason.setFocus()
            self.reason.moveCursor(QTextCursor.MoveOperation.End)

    def accept(self) -> None:
        if self.text():
            super().accept()


class ApproveReasonDialog(QDialog):
    """A draft with error findings is approved only with a reason (issue 16 item 5): the errors are listed, and
    OK stays disabled until a reason is typed; the reason goes into the version's provenance and its history."""

    def __init__(self, title: str, errors: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewApproveReasonDialog")
        self.setWindowTitle(tr("Approve despite errors"))
        msg = plain.label(tr("This draft has {n} error finding(s):").format(n=len(errors)) + "\n" + "\n".join(
            f"• {e.get('rule_id')}: {e.get('message')}" for e in errors[:6])
            + "\n\n" + tr("Approve it anyway only with a reason; the reason is recorded in the draft's "
                            "provenance and shown in the Calendar."))
        msg.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("ReviewApproveReason")
        self.reason.setPlaceholderText(tr("Reason (required)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Approve with reason"))
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(ElidedLabel(title))
        lay.addWidget(msg)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        self.resize(560, 280)

    def text(self) -> str:
        return " ".join(self.reason.text().split())

    def accept(self) -> None:
        if self.text():
            super().accept()


class EditDialog(QDialog):
    """One editor per field of the current version; ``changes()`` is what differs (a new human version)."""

    def __init__(self, title: str, content: dict[str, Any], rtl: bool, parent: QWidget | None = None,
                 hidden: tuple[str, ...] = ("language", "link_placement"), lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("ReviewEditDialog")
        self.setWindowTitle(tr("Edit draft"))
        self.content = dict(content)
        self.editors: dict[str, Any] = {}  # QPlainTextEdit, or a structured editor (FAQ pairs, scenes)
        box = QWidget()
        form = QFormLayout(box)
        for key, value in content.items():
            if key in hidden:
                continue
            structured = make_editor(key, value, rtl, lang)
            if structured is not None:
                structured.setObjectName(f"ReviewEdit-{key}")
                self.editors[key] = structured
                label = plain.label(field_label(key))
                label.setObjectName(f"ReviewEditLabel-{key}")
                form.addRow(label)  # the list or table gets the dialog's whole width
                form.addRow(structured)
                continue
            ed = QPlainTextEdit(to_text(value))
            ed.setObjectName(f"ReviewEdit-{key}")
            ed.setTabChangesFocus(True)
            if rtl:
                ed.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            lines = max(2, min(8, to_text(value).count("\n") + 2))
            ed.setFixedHeight(ed.fontMetrics().lineSpacing() * lines + 12)
            self.editors[key] = ed
            label = plain.label(field_label(key))  # "Search terms", never the key "search_terms"
            label.setObjectName(f"ReviewEditLabel-{key}")
            form.addRow(label, ed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        self.error = ElidedLabel("", lines=2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(ElidedLabel(title))
        lay.addWidget(scroll, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(640, 480)

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, ed in self.editors.items():
            old = self.content.get(key)
            new = editor_value(ed, old)
            if new != old:
                out[key] = new
        return out

    def accept(self) -> None:
        try:
            self.changes()
        except ValueError as exc:  # a JSON field that no longer parses
            self.error.setText(tr("A field is not valid: ") + str(exc))
            return
        reason = editor_problem(self.editors)  # an empty FAQ answer, a scene too long…: one line, not saved
        if reason:
            self.error.setText(tr("Not saved: ") + reason)
            return
        super().accept()
