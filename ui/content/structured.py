"""Editors for the structured fields of a draft (Content and Review › Edit): an FAQ as a list of question/answer
pairs (add, remove, move up/down) and a video script's scenes as a table (seconds, on-screen text, voice-over) with
the total duration and a warning on a scene whose voice-over is longer than the scene. Validation and pacing are
``studio.services.draft_fields`` (the same as ``studio drafts edit``); keys a person does not edit (a scene's image
and camera move, any other key of an item) are kept as they were."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.services import draft_fields
from ui import plain, theme
from ui.i18n import tr
from ui.plain import text_of

_SUB = re.compile(r"^\[(\d+)\]\.([A-Za-z_]+)$")


def _text_box(text: str, rtl: bool, lines: int, name: str) -> QPlainTextEdit:
    ed = QPlainTextEdit(text)
    ed.setObjectName(name)
    ed.setTabChangesFocus(True)
    if rtl:
        ed.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        opt = ed.document().defaultTextOption()
        opt.setTextDirection(Qt.LayoutDirection.RightToLeft)
        opt.setAlignment(Qt.AlignmentFlag.AlignRight)
        ed.document().setDefaultTextOption(opt)
    ed.setFixedHeight(ed.fontMetrics().lineSpacing() * lines + 12)
    return ed


def _small(text: str, tip: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setToolTip(tip)
    b.setFixedWidth(b.fontMetrics().horizontalAdvance(text) + 22)
    return b


class StructuredEditor(QWidget):
    """A structured field's editor: ``value()`` is the edited list (every other key kept), ``problem()`` the
    one-line reason it cannot be saved (or None), ``text_editors()`` the text boxes a finding can point into."""

    changed = Signal()
    FIELD = ""
    SUBKEYS: tuple[str, ...] = ()

    def __init__(self, items: list[dict[str, Any]], rtl: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rtl = rtl
        self._items = [copy.deepcopy(x) for x in items]
        self._rows: list[dict[str, Any]] = []  # per row: its widgets by key
        self.rows_box = QWidget()
        self.rows_layout = QGridLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.note = plain.label()
        self.note.setObjectName(f"{self.FIELD}-note")
        self.note.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.add_button)
        foot.addWidget(self.note, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.rows_box)
        lay.addLayout(foot)
        self._build()

    # -- what the row widgets hold
    def _read_row(self, i: int) -> dict[str, Any]:
        raise NotImplementedError

    def _make_row(self, i: int, item: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def _new(self) -> dict[str, Any]:
        raise NotImplementedError

    def value(self) -> list[dict[str, Any]]:
        out = []
        for i, base in enumerate(self._items):
            item = copy.deepcopy(base)
            item.update(self._read_row(i))
            out.append(item)
        return out

    def problem(self) -> str | None:
        return draft_fields.problem(self.FIELD, self.value())

    def text_editors(self) -> list[QPlainTextEdit]:
        return [w for row in self._rows for w in row.values() if isinstance(w, QPlainTextEdit)]

    def sub_editor(self, path: str) -> QPlainTextEdit | None:
        """The text box of ``[i].key`` (a finding's field after the field name), or None."""
        m = _SUB.match(path)
        if m is None or int(m.group(1)) >= len(self._rows):
            return None
        w = self._rows[int(m.group(1))].get(m.group(2))
        return w if isinstance(w, QPlainTextEdit) else None

    # -- rows
    def _build(self) -> None:
        while self.rows_layout.count():
            w = self.rows_layout.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self._rows = []
        self._header()
        for i, item in enumerate(self._items):
            self._rows.append(self._make_row(i, item))
        self._refresh()

    def _header(self) -> None:
        pass

    def _buttons(self, i: int) -> QWidget:
        box = QWidget()
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(2)
        up = _small("↑", tr("Move up"), f"{self.FIELD}-up-{i}")
        down = _small("↓", tr("Move down"), f"{self.FIELD}-down-{i}")
        remove = _small("✕", tr("Remove"), f"{self.FIELD}-remove-{i}")
        up.setEnabled(i > 0)
        down.setEnabled(i < len(self._items) - 1)
        up.clicked.connect(lambda: self.move(i, i - 1))
        down.clicked.connect(lambda: self.move(i, i + 1))
        remove.clicked.connect(lambda: self.remove_row(i))
        for b in (up, down, remove):
            h.addWidget(b)
        return box

    def _sync(self) -> None:
        self._items = self.value()

    def add_row(self) -> None:
        self._sync()
        self._items.append(self._new())
        self._build()
        self.changed.emit()
        eds = self._rows[-1]
        first = next((w for w in eds.values() if isinstance(w, QPlainTextEdit)), None)
        if first is not None:
            first.setFocus()

    def remove_row(self, i: int) -> None:
        self._sync()
        if 0 <= i < len(self._items):
            del self._items[i]
            self._build()
            self.changed.emit()

    def move(self, i: int, j: int) -> None:
        self._sync()
        if 0 <= i < len(self._items) and 0 <= j < len(self._items) and i != j:
            self._items.insert(j, self._items.pop(i))
            self._build()
            self.changed.emit()

    def _edited(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        reason = self.problem()
        self.note.setText(reason or "")
        self.note.setStyleSheet(f"color: {theme.SEVERITY['error'].name()};" if reason else "")


class FaqEditor(StructuredEditor):
    """An FAQ: one question and its answer per row."""

    FIELD = draft_fields.FAQ_FIELD

    def __init__(self, items: list[dict[str, Any]], rtl: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(items, rtl, parent)
        self.add_button.setText(tr("Add question"))
        self.add_button.setObjectName("faq-add")

    def _new(self) -> dict[str, Any]:
        return draft_fields.new_faq_item()

    def _make_row(self, i: int, item: dict[str, Any]) -> dict[str, Any]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        head = QHBoxLayout()
        num = plain.label(tr("FAQ {n}").replace("{n}", str(i + 1)))
        num.setObjectName(f"faq-label-{i}")
        head.addWidget(num)
        head.addStretch(1)
        head.addWidget(self._buttons(i))
        q = _text_box(str(item.get("q") or ""), self.rtl, 2, f"faq-q-{i}")
        a = _text_box(str(item.get("a") or ""), self.rtl, 3, f"faq-a-{i}")
        grid.addLayout(head, 0, 0, 1, 2)
        grid.addWidget(plain.label(tr("Question")), 1, 0)
        grid.addWidget(q, 1, 1)
        grid.addWidget(plain.label(tr("Answer")), 2, 0)
        grid.addWidget(a, 2, 1)
        grid.setColumnStretch(1, 1)
        self.rows_layout.addWidget(frame, i, 0)
        for ed in (q, a):
            ed.textChanged.connect(self._edited)
        return {"q": q, "a": a}

    def _read_row(self, i: int) -> dict[str, Any]:
        row = self._rows[i]
        return {"q": text_of(row["q"]), "a": text_of(row["a"])}


class ScenesEditor(StructuredEditor):
    """A video script's scenes as a table: seconds, on-screen text, voice-over; the total below, and a warning
    on each scene whose voice-over takes longer to say (at the language's pace) than the scene lasts."""

    FIELD = draft_fields.SCENES_FIELD

    def __init__(self, scenes: list[dict[str, Any]], rtl: bool = False, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        self.lang = lang
        super().__init__(scenes, rtl, parent)
        self.add_button.setText(tr("Add scene"))
        self.add_button.setObjectName("scenes-add")

    def _new(self) -> dict[str, Any]:
        return draft_fields.new_scene()

    def _header(self) -> None:
        for col, text in enumerate((tr("#"), tr("Seconds"), tr("On-screen text"), tr("Voice-over"))):
            h = plain.label(text)
            h.setStyleSheet("font-weight: bold;")
            self.rows_layout.addWidget(h, 0, col)
        self.rows_layout.setColumnStretch(2, 2)
        self.rows_layout.setColumnStretch(3, 3)

    def _make_row(self, i: int, item: dict[str, Any]) -> dict[str, Any]:
        r = 1 + 3 * i  # the row, its buttons under the seconds, its pacing warning
        num = plain.label(str(i + 1))
        num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        secs = QDoubleSpinBox()
        secs.setObjectName(f"scenes-seconds-{i}")
        secs.setRange(draft_fields.MIN_SECONDS, draft_fields.MAX_SECONDS)
        secs.setDecimals(2)
        secs.setSingleStep(0.5)
        # no " s" suffix: the column is headed "Seconds" (an English "s" stood in the Arabic and Chinese tables)
        try:
            secs.setValue(float(item.get("duration") or 3.0))
        except (TypeError, ValueError):
            secs.setValue(3.0)
        loaded = secs.value()  # untouched, the stored duration is kept exactly as it was (3.333, or out of range)
        on_screen = _text_box(str(item.get("on_screen_text") or ""), self.rtl, 3, f"scenes-on-screen-{i}")
        voice = _text_box(str(item.get("voice_over") or ""), self.rtl, 3, f"scenes-voice-{i}")
        warn = plain.label()
        warn.setObjectName(f"scenes-pacing-{i}")
        warn.setWordWrap(True)
        warn.setStyleSheet(f"color: {theme.SEVERITY['warning'].name()};")
        warn.hide()
        self.rows_layout.addWidget(num, r, 0)
        self.rows_layout.addWidget(secs, r, 1, Qt.AlignmentFlag.AlignTop)
        self.rows_layout.addWidget(on_screen, r, 2, 2, 1)
        self.rows_layout.addWidget(voice, r, 3, 2, 1)
        self.rows_layout.addWidget(self._buttons(i), r + 1, 1, Qt.AlignmentFlag.AlignTop)
        self.rows_layout.addWidget(warn, r + 2, 1, 1, 3)
        secs.valueChanged.connect(self._edited)
        for ed in (on_screen, voice):
            ed.textChanged.connect(self._edited)
        return {"duration": secs, "on_screen_text": on_screen, "voice_over": voice, "_pacing": warn,
                "_loaded": (loaded, item.get("duration"))}

    def _read_row(self, i: int) -> dict[str, Any]:
        row = self._rows[i]
        shown, stored = row["_loaded"]
        seconds = row["duration"].value()
        return {"duration": stored if seconds == shown and stored is not None else round(float(seconds), 2),
                "on_screen_text": text_of(row["on_screen_text"]), "voice_over": text_of(row["voice_over"])}

    def pacing_warnings(self) -> list[str]:
        return [row["_pacing"].text() for row in self._rows if not row["_pacing"].isHidden()]

    def _refresh(self) -> None:
        scenes = self.value()
        slow = {p.index: p for p in draft_fields.too_long(scenes, self.lang)}
        for i, row in enumerate(self._rows):
            p = slow.get(i)
            row["_pacing"].setVisible(p is not None)
            row["_pacing"].setText("" if p is None else tr(
                "The voice-over takes about {needs} s to say; the scene lasts {lasts} s.")
                .replace("{needs}", f"{p.needs:g}").replace("{lasts}", f"{p.lasts:g}"))
        total = tr("Total: {s} s").replace("{s}", f"{draft_fields.total_seconds(scenes):g}")
        if slow:
            total += " · " + tr("{n} scene(s) with a voice-over too long").replace("{n}", str(len(slow)))
        reason = self.problem()
        self.note.setText(total + (f" · {reason}" if reason else ""))
        self.note.setStyleSheet(f"color: {theme.SEVERITY['error'].name()};" if reason else "")


def make_editor(key: str, value: Any, rtl: bool, lang: str) -> StructuredEditor | None:
    """The structured editor of field ``key`` (None when it is edited as text)."""
    if draft_fields.is_faq(key, value):
        return FaqEditor(value, rtl)
    if draft_fields.is_scenes(key, value):
        return ScenesEditor(value, rtl, lang)
    return None


def editor_value(editor: QWidget, like: Any) -> Any:
    """What a field editor holds: a structured editor's list, else the text read as ``like`` was."""
    from ui.content.editors import from_text

    if isinstance(editor, StructuredEditor):
        return editor.value()
    return from_text(text_of(editor), like)


def editor_problem(editors: dict[str, QWidget]) -> str | None:
    """The first structured editor's reason it cannot be saved, with its field's label, or None."""
    from ui.fields import field_label

    for key, ed in editors.items():
        if isinstance(ed, StructuredEditor):
            reason = ed.problem()
            if reason:
                return f"{field_label(key)}: {reason}"
    return None

